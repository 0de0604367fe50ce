import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon, Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/components/shell/section-guard";

export const metadata = { title: "Admin" };

export default async function AdminPage() {
  const { allowed } = await userForSection("admin");
  if (!allowed) return <Forbidden what="administration" />;
  return (
    <>
      <PageHeader title="Administration" description="Departments, teams, users and roles; import and export; the audit log." />
      <ComingSoon title="Administration">User and role management, CSV and JSON import/export and the audit log arrive with the roster.</ComingSoon>
    </>
  );
}
