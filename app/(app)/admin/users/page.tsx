import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { listUsers, parseUserParams } from "@/lib/db/queries/roster";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/lib/auth/section";
import { UsersTable } from "@/components/roster/users-table";
import { queryOf, stateOf } from "@/components/roster/params";

export const metadata = { title: "Users" };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await userForSection("admin");
  if (!allowed || !can(user, "users.manage")) return <Forbidden what="user management" />;
  const p = parseUserParams(await searchParams);
  const { rows, total } = await listUsers(await getDb(), p);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>{" "}
        / Users
      </nav>
      <PageHeader
        title="Users and roles"
        description="Sign-in accounts: role, department, status. Disabled accounts cannot sign in; nothing is deleted."
        actions={
          <Link
            href="/admin/users/new"
            className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            New user
          </Link>
        }
      />
      <UsersTable
        rows={rows}
        total={total}
        state={stateOf(p)}
        role={p.role}
        exportHref={`/api/export/users?${queryOf(p)}`}
      />
    </>
  );
}
