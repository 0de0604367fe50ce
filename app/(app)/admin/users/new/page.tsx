import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { allDepartments } from "@/lib/db/queries/roster";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/lib/auth/section";
import { CreateUserForm } from "@/components/roster/user-forms";

export const metadata = { title: "New user" };

export default async function NewUserPage() {
  const { user, allowed } = await userForSection("admin");
  if (!allowed || !can(user, "users.manage")) return <Forbidden what="user management" />;
  const departments = await allDepartments(await getDb());
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>{" "}
        /{" "}
        <Link href="/admin/users" className="hover:underline">
          Users
        </Link>{" "}
        / New
      </nav>
      <PageHeader
        title="New user"
        description="The email is the sign-in name (stored in lower case). To make the user a member of a team, link the account on the team's roster."
      />
      <Card>
        <CreateUserForm departments={departments} />
      </Card>
    </>
  );
}
