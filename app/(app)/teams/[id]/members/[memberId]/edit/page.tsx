import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { archiveMember, moveMember, restoreMember } from "@/lib/actions/members";
import { linkableUsers } from "@/lib/db/queries/users";
import { memberForEdit } from "@/lib/db/queries/team-members";
import { teamOptions } from "@/lib/db/queries/teams";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { MemberForm } from "@/components/roster/member-form";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/fields";
import { parseRouteId as segmentId } from "@/lib/validation";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("teams.editMember");
  return { title: t("metaTitle") };
}

export default async function EditMemberPage({ params }: { params: Promise<{ id: string; memberId: string }> }) {
  const [{ memberId: raw }, user, db, t, tRoster] = await Promise.all([
    params,
    requireUser(),
    getDb(),
    getTranslations("teams.editMember"),
    getTranslations("roster"),
  ]);
  const memberId = segmentId(raw);
  const member = memberId ? await memberForEdit(db, memberId) : null;
  const scope = member ? { departmentId: member.departmentId, teamId: member.teamId, memberId: member.id } : null;
  if (!member || !scope || !can(user, "member.read", scope)) notFound();
  if (!can(user, "member.manage", scope)) forbidden(); // 403: no loading boundary above this page (the team overview's is in its own group)
  const [accounts, teams] = await Promise.all([
    linkableUsers(db, member.departmentId, member.userId),
    teamOptions(db, user),
  ]);
  const targets = teams.filter(
    (t) => t.id !== member.teamId && can(user, "member.manage", { departmentId: t.departmentId, teamId: t.id }),
  );
  return (
    <>
      <nav aria-label={tRoster("breadcrumb")} className="mb-2 text-sm text-slate-600">
        <Link href="/teams" className="hover:underline">
          {t("breadcrumbTeams")}
        </Link>{" "}
        /{" "}
        <Link href={`/teams/${member.teamId}`} className="hover:underline">
          {member.teamName}
        </Link>{" "}
        / {member.name}
      </nav>
      <PageHeader
        title={t("title", { name: member.name })}
        description={member.archived ? t("archivedNote") : t("memberOf", { team: member.teamName })}
        actions={
          <Link href={`/members/${member.id}`} className={buttonClass({ variant: "secondary" })}>
            {t("openRecord")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("details")}>
          <MemberForm teamId={member.teamId} accounts={accounts} member={member} />
        </Card>
        <div className="space-y-6">
          <Card title={t("move")}>
            {targets.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noTarget")}</p>
            ) : (
              <ActionForm
                action={moveMember}
                hidden={{ id: member.id, version: member.version }}
                submitLabel={t("moveSubmit")}
                variant="secondary"
              >
                <SelectField
                  name="teamId"
                  label={t("newTeam")}
                  options={targets.map((t) => ({ value: String(t.id), label: `${t.name} (${t.departmentName})` }))}
                />
              </ActionForm>
            )}
          </Card>
          <Card title={member.archived ? t("restoreTitle") : t("archiveTitle")}>
            <p className="mb-3 text-sm text-slate-600">{member.archived ? t("restoreNote") : t("archiveNote")}</p>
            {member.archived ? (
              <ActionForm
                action={restoreMember}
                hidden={{ id: member.id, version: member.version }}
                submitLabel={t("restore")}
                variant="secondary"
              />
            ) : (
              <ActionForm
                action={archiveMember}
                hidden={{ id: member.id, version: member.version }}
                submitLabel={t("archive")}
                variant="danger"
                confirm={t("archiveConfirm", { name: member.name })}
              />
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
