// A team's or a department's targets: where each stands, and (for those who may set them) forms to add, change and
// delete them. Leads set their teams' targets, heads their department's and its teams', admins any.
import Link from "next/link";
import { notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { teams } from "@/lib/db/schema";
import { can } from "@/lib/auth/policy";
import { resolveScope, scopeParamsSchema, type ViewScope } from "@/lib/views/scope";
import { allDepartments } from "@/lib/db/queries/departments";
import { teamOptions } from "@/lib/db/queries/teams";
import { targetStandings } from "@/lib/db/queries/gaps";
import { FIELDS, skillItemsOf, type Field } from "@/lib/itss/fields";
import { skillItem } from "@/lib/itss/catalog";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState, Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/lib/auth/section";
import { TargetList, describeTarget } from "@/components/dashboard/target-list";
import { ScopePicker, scopeParamsOf } from "@/components/gaps/scope-picker";
import { CreateTargetForm, DeleteTargetButton, EditTargetForm } from "@/components/gaps/target-forms";

export const metadata = { title: "Targets" };

const ITEM_NAMES = Object.fromEntries(
  FIELDS.map((f) => [f, Object.fromEntries(skillItemsOf(f).map((i) => [i, skillItem(f, i).name]))]),
) as Record<Field, Record<string, string>>;

export default async function TargetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await userForSection("gaps");
  if (!allowed) return <Forbidden what="targets" />;
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
    teamOptions(db, user),
    user.role === "admin" || user.role === "head" ? allDepartments(db) : Promise.resolve([]),
  ]);
  const picker = (
    <div className="mb-6">
      <ScopePicker
        actor={user}
        scope={scope}
        options={{ teams: teamList, departments }}
        action="/gaps/targets"
        label="Targets of"
      />
    </div>
  );

  if (scope.kind !== "team" && scope.kind !== "department") {
    return (
      <>
        <PageHeader title="Targets" description="Choose a team or a department to see and set its targets." />
        {picker}
        <EmptyState title="Choose a team or a department">Targets belong to one team or to one department.</EmptyState>
      </>
    );
  }
  const [standings, [team]] = await Promise.all([
    targetStandings(db, user, scope),
    scope.kind === "team"
      ? db.select({ field: teams.field }).from(teams).where(eq(teams.id, scope.teamId))
      : Promise.resolve([undefined]),
  ]);
  const own = standings.filter((t) => (scope.kind === "team" ? t.teamId === scope.teamId : t.teamId === null));
  const mayWrite =
    scope.kind === "team"
      ? can(user, "team.targets.write", { departmentId: scope.departmentId, teamId: scope.teamId })
      : can(user, "department.targets.write", { departmentId: scope.departmentId });
  const owner = scope.kind === "team" ? { teamId: scope.teamId } : { departmentId: scope.departmentId };
  const what = scope.kind === "team" ? scope.name : `${scope.name} (whole department)`;
  const gapsHref = scope.kind === "team" ? `/gaps?teamId=${scope.teamId}` : `/gaps?departmentId=${scope.departmentId}`;

  return (
    <>
      <PageHeader
        title={`Targets: ${what}`}
        description={
          scope.kind === "team"
            ? "How many members the team needs at each level, or with each skill proficiency — and how many it has."
            : "Department targets count the members of all the department's teams together."
        }
        actions={
          <Link
            href={gapsHref}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            Back to gaps
          </Link>
        }
      />
      {picker}
      <Card title="Where the targets stand" className="mb-6">
        <TargetList statuses={own} />
      </Card>
      {mayWrite ? (
        <>
          <Card title="Add a target" className="mb-6">
            <CreateTargetForm
              owner={owner}
              itemNames={ITEM_NAMES}
              defaults={{ field: team?.field ?? "hardware", kind: "level", skillItem: null, minLevel: 4, minCount: 2 }}
            />
          </Card>
          {own.length ? (
            <Card title="Change or delete a target">
              <ul className="space-y-3">
                {own.map((t) => (
                  <li key={t.id} className="rounded-md border border-slate-200 p-3">
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-slate-800">
                        {describeTarget(t)}
                      </summary>
                      <div className="mt-3 space-y-3">
                        <EditTargetForm
                          target={{
                            id: t.id,
                            version: t.version,
                            field: t.field,
                            kind: t.kind,
                            skillItem: t.skillItem,
                            minLevel: t.minLevel,
                            minCount: t.minCount,
                          }}
                          itemNames={ITEM_NAMES}
                        />
                        <div role="group" aria-label={`Delete ${describeTarget(t)}`}>
                          <DeleteTargetButton id={t.id} version={t.version} label={describeTarget(t)} />
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
        <p className="text-sm text-slate-600">
          You may see these targets; their team&apos;s leads and the department&apos;s head set them.
        </p>
      )}
    </>
  );
}
