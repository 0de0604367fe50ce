import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { setUserDisabled } from "@/lib/actions/users";
import { allDepartments } from "@/lib/db/queries/departments";
import { userById } from "@/lib/db/queries/users";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { requireSection } from "@/lib/auth/section";
import { ActionForm } from "@/components/forms/action-form";
import { EditUserForm, ResetPasswordForm } from "@/components/roster/user-forms";
import { parseRouteId as segmentId } from "@/lib/validation";

export async function generateMetadata() {
  const t = await getTranslations("admin.user");
  return { title: t("metaTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireSection("admin");
  const [t, tAdmin] = await Promise.all([getTranslations("admin.user"), getTranslations("admin")]);
  const id = segmentId((await params).id);
  const db = await getDb();
  const [target, departments] = await Promise.all([id ? userById(db, id) : null, allDepartments(db)]);
  if (!target) notFound();
  const isSelf = target.id === user.userId;
  return (
    <>
      <nav aria-label={tAdmin("breadcrumb")} className="mb-2 text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          {tAdmin("breadcrumbAdmin")}
        </Link>{" "}
        /{" "}
        <Link href="/admin/users" className="hover:underline">
          {tAdmin("breadcrumbUsers")}
        </Link>{" "}
        / {target.email}
      </nav>
      <PageHeader
        title={target.name}
        description={target.disabled ? t("descriptionDisabled", { email: target.email }) : target.email}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("account")}>
          <EditUserForm user={target} departments={departments} />
        </Card>
        <div className="space-y-6">
          <Card title={t("password")}>
            <ResetPasswordForm user={target} />
          </Card>
          <Card title={target.disabled ? t("enable") : t("disable")}>
            {isSelf ? (
              <p className="text-sm text-slate-600">{t("notSelf")}</p>
            ) : (
              <ActionForm
                action={setUserDisabled}
                hidden={{ id: target.id, version: target.version, disabled: !target.disabled }}
                submitLabel={target.disabled ? t("enable") : t("disable")}
                variant={target.disabled ? "secondary" : "danger"}
                confirm={target.disabled ? undefined : t("disableConfirm", { email: target.email })}
              />
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
