import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "Standard" };

export default async function StandardPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="The standard" description="ITSS — Customer Service: Hardware, Software, Facility Management." />
      <ComingSoon title="The standard browser">Skill items, knowledge items, level descriptions and achievement indicators.</ComingSoon>
    </>
  );
}
