// A team's or a department's targets: where each stands, and (for those who may set them) forms to add, change and
// delete them. Leads set their teams' targets, heads their department's and its teams', admins any.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { teams } from "@/lib/db/schema";
import { can } from "@/lib/auth/policy";
import { resolveScope, scopeParamsSchema, type ViewScope } from "@/lib/views/scope";
import { allDepartments } from "@/lib/db/queries/departments";
import { scopeTeamOptions } from "@/lib/db/queries/teams";
import { targetStandings } from "@/lib/db/queries/gaps";
import { FIELDS, skillItemsOf, type Field } from "@/lib/itss/fields";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSection } from "@/lib/auth/section";
import { TargetList, describeTarget } from "@/components/dashboard/target-list";
import { ScopePicker, scopeParamsOf } from "@/components/gaps/scope-picker";
import { CreateTargetForm, DeleteTargetButton, EditTargetForm } from "@/components/gaps/target-forms";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("gaps");
  return { title: t("targetsPage.title") };
}

export default async function TargetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSection("gaps");
  const [t, td, ts] = await Promise.all([
    getTranslations("gaps"),
    getTranslations("dashboard"),
    getTranslations("itss"),
  ]);
  const itemNames = Object.fromEntries(
    FIELDS.map((f) => [f, Object.fromEntries(skillItemsOf(f).map((i) => [i, ts(`items.${i}`)]))]),
  ) as Record<Field, Record<string, string>>;
  const parsed = scopeParamsSchema.safeParse(scopeParamsOf(await searchParams));
  if (!parsed.success) notFound();
  const db = await getDb();
  // A lead without a team named opens their first team; "all my teams" is not one owner.
  const params =
    !parsed.data.teamId && !parsed.data.departmentId && user.role === "lead" && user.leadTeamIds.length
      ? { teamId: user.leadTeamIds[0] }
      : parsed.data;
  const resolved = await resolveScope(db, user, params);
  if (!resolved.ok) notFound();
  const scope: ViewScope = resolved.scope;
  const [teamList, departments] = await Promise.all([
    scopeTeamOptions(db, user, scope),
    user.role === "admin" || user.role === "head" ? allDepartments(db) : Promise.resolve([]),
  ]);
  const picker = (
    <div className="mb-6">
      <ScopePicker
        actor={user}
        scope={scope}
        options={{ teams: teamList, departments }}
        action="/gaps/targets"
        label={t("targetsPage.of")}
      />
    </div>
  );

  if (scope.kind !== "team" && scope.kind !== "department") {
    return (
      <>
        <PageHeader title={t("targetsPage.title")} description={t("targetsPage.chooseDescription")} />
        {picker}
        <EmptyState title={t("targetsPage.chooseTitle")}>{t("targetsPage.chooseBody")}</EmptyState>
      </>
    );
  }
  const [standings, [team]] = await Promise.all([
    targetStandings(db, user, scope),
    scope.kind === "team"
      ? db.select({ field: teams.field }).from(teams).where(eq(teams.id, scope.teamId))
      : Promise.resolve([undefined]),
  ]);
  const own = standings.filter((x) => (scope.kind === "team" ? x.teamId === scope.teamId : x.teamId === null));
  const mayWrite =
    scope.kind === "team"
      ? can(user, "team.targets.write", { departmentId: scope.departmentId, teamId: scope.teamId })
      : can(user, "department.targets.write", { departmentId: scope.departmentId });
  const owner = scope.kind === "team" ? { teamId: scope.teamId } : { departmentId: scope.departmentId };
  const what = scope.kind === "team" ? scope.name : t("targetsPage.wholeDepartment", { name: scope.name });
  const gapsHref = scope.kind === "team" ? `/gaps?teamId=${scope.teamId}` : `/gaps?departmentId=${scope.departmentId}`;

  return (
    <>
      <PageHeader
        title={t("targetsPage.heading", { what })}
        description={scope.kind === "team" ? t("targetsPage.teamDescription") : t("targetsPage.departmentDescription")}
        actions={
          <Link href={gapsHref} className={buttonClass({ variant: "secondary" })}>
            {t("targetsPage.back")}
          </Link>
        }
      />
      {picker}
      <Card title={t("targetsPage.standing")} className="mb-6">
        <TargetList statuses={own} />
      </Card>
      {mayWrite ? (
        <>
          <Card title={t("targetsPage.add")} className="mb-6">
            <CreateTargetForm
              owner={owner}
              itemNames={itemNames}
              defaults={{ field: team?.field ?? "hardware", kind: "level", skillItem: null, minLevel: 4, minCount: 2 }}
            />
          </Card>
          {own.length ? (
            <Card title={t("targetsPage.change")}>
              <ul className="space-y-3">
                {own.map((x) => (
                  <li key={x.id} className="rounded-md border border-slate-200 p-3">
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-slate-800">
                        {describeTarget(td, ts, x)}
                      </summary>
                      <div className="mt-3 space-y-3">
                        <EditTargetForm
                          target={{
                            id: x.id,
                            version: x.version,
                            field: x.field,
                            kind: x.kind,
                            skillItem: x.skillItem,
                            minLevel: x.minLevel,
                            minCount: x.minCount,
                          }}
                          itemNames={itemNames}
                        />
                        <div role="group" aria-label={t("targetsPage.delete", { target: describeTarget(td, ts, x) })}>
                          <DeleteTargetButton id={x.id} version={x.version} label={describeTarget(td, ts, x)} />
                        </div>
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("targetsPage.readOnly")}</p>
      )}
    </>
  );
}
