import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon, Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/components/shell/section-guard";

export const metadata = { title: "Staffing" };

export default async function StaffingPage() {
  const { allowed } = await userForSection("staffing");
  if (!allowed) return <Forbidden what="staffing" />;
  return (
    <>
      <PageHeader title="Staffing" description="Find the right people for a project." />
      <ComingSoon title="Staffing">
        Describe a project — field, complexity criteria, size, role — and see the members ranked by how well their
        level and skills fit, and who would reach the next level by taking it on.
      </ComingSoon>
    </>
  );
}
