import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { setUserDisabled } from "@/lib/actions/users";
import { allDepartments, userById } from "@/lib/db/queries/roster";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/components/shell/section-guard";
import { ActionForm } from "@/components/forms/action-form";
import { EditUserForm, ResetPasswordForm } from "@/components/roster/user-forms";
import { segmentId } from "@/components/roster/params";

export const metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, allowed } = await userForSection("admin");
  if (!allowed) return <Forbidden what="user management" />;
  const id = segmentId((await params).id);
  const db = await getDb();
  const [target, departments] = await Promise.all([id ? userById(db, id) : null, allDepartments(db)]);
  if (!target) notFound();
  if (!can(user, "users.manage", { departmentId: target.departmentId ?? 0 }))
    return <Forbidden what="user management" />;
  const isSelf = target.id === user.userId;
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
        / {target.email}
      </nav>
      <PageHeader title={target.name} description={`${target.email}${target.disabled ? " · disabled" : ""}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Account">
          <EditUserForm user={target} departments={departments} />
        </Card>
        <div className="space-y-6">
          <Card title="Password">
            <ResetPasswordForm user={target} />
          </Card>
          <Card title={target.disabled ? "Enable account" : "Disable account"}>
            {isSelf ? (
              <p className="text-sm text-slate-600">You cannot disable your own account.</p>
            ) : (
              <ActionForm
                action={setUserDisabled}
                hidden={{ id: target.id, version: target.version, disabled: !target.disabled }}
                submitLabel={target.disabled ? "Enable account" : "Disable account"}
                variant={target.disabled ? "secondary" : "danger"}
                confirm={
                  target.disabled ? undefined : `Disable ${target.email}? They will be signed out and cannot sign in.`
                }
              />
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
