// The gap dashboard: targets against what the teams have (ranked worst first, rolled up per department), single
// points of failure, members one step from their next level, expiring certifications, diverging and stale ratings,
// and two charts. Everything read from the read model in a constant number of queries; every list capped.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { resolveScope, scopeLabel, scopeParamsSchema } from "@/lib/views/scope";
import { allDepartments } from "@/lib/db/queries/departments";
import { teamOptions } from "@/lib/db/queries/teams";
import {
  divergentRatings,
  expiringCertifications,
  levelDistribution,
  levelTrend,
  oneStepMembers,
  rollUp,
  singlePoints,
  staleRatings,
  targetStandings,
  type TargetStanding,
} from "@/lib/db/queries/gaps";
import { describeMissing } from "@/lib/itss/explain";
import { FIELDS, FIELD_LABEL, type Field, type SkillItem } from "@/lib/itss/fields";
import { skillItem } from "@/lib/itss/catalog";
import { PageHeader } from "@/components/ui/page-header";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState, Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/lib/auth/section";
import { TargetBadge, describeTarget } from "@/components/dashboard/target-list";
import { CappedTable } from "@/components/gaps/capped-table";
import { ScopePicker, scopeParamsOf, viewValue } from "@/components/gaps/scope-picker";
import {
  LazyDistributionChart as DistributionChart,
  LazyTrendChart as TrendChart,
} from "@/components/gaps/lazy-charts";

export const metadata = { title: "Gaps" };

/** Rows per list: the page stays small whatever the department's size. */
const CAP = 25;

const itemName = (field: Field, item: SkillItem | null) =>
  item === null ? `${FIELD_LABEL[field]} level` : skillItem(field, item).name;
const memberLink = (id: number, name: string) => (
  <Link href={`/members/${id}`} className="text-brand-700 hover:underline">
    {name}
  </Link>
);

export default async function GapsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await userForSection("gaps");
  if (!allowed) return <Forbidden what="the gap dashboard" />;
  const sp = await searchParams;
  const parsed = scopeParamsSchema.safeParse(scopeParamsOf(sp));
  if (!parsed.success) notFound();
  const rawField = Array.isArray(sp.field) ? sp.field[0] : sp.field;
  const field: Field = (FIELDS as readonly string[]).includes(rawField ?? "") ? (rawField as Field) : "hardware";
  const db = await getDb();
  const resolved = await resolveScope(db, user, parsed.data);
  if (!resolved.ok) notFound();
  const { scope } = resolved;

  const [targets, points, oneStep, certs, apart, stale, distribution, trend, teams, departments] = await Promise.all([
    targetStandings(db, user, scope),
    singlePoints(db, user, scope),
    oneStepMembers(db, user, scope, CAP),
    expiringCertifications(db, user, scope, CAP),
    divergentRatings(db, user, scope, CAP),
    staleRatings(db, user, scope, CAP),
    levelDistribution(db, user, scope),
    levelTrend(db, user, scope, field),
    teamOptions(db, user),
    user.role === "admin" || user.role === "head" ? allDepartments(db) : Promise.resolve([]),
  ]);
  const singles = points.filter((p) => p.holders === 1);
  const nobody = points.filter((p) => p.holders === 0);
  const met = targets.filter((t) => t.met).length;
  const rollups = rollUp(targets);
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const canWrite = (t: Pick<TargetStanding, "teamId" | "departmentId">) =>
    t.teamId !== null
      ? can(user, "team.targets.write", { departmentId: t.departmentId, teamId: t.teamId })
      : can(user, "department.targets.write", { departmentId: t.departmentId });
  const manageHref =
    scope.kind === "team"
      ? `/gaps/targets?teamId=${scope.teamId}`
      : scope.kind === "department"
        ? `/gaps/targets?departmentId=${scope.departmentId}`
        : "/gaps/targets";
  const mayManage =
    scope.kind === "team"
      ? can(user, "team.targets.write", { departmentId: scope.departmentId, teamId: scope.teamId })
      : scope.kind === "department"
        ? can(user, "department.targets.write", { departmentId: scope.departmentId })
        : user.role === "lead" && user.leadTeamIds.length > 0;
  const shownTargets = targets.slice(0, CAP);
  const hasMembers = FIELDS.some((f) => distribution[f].some((n) => n > 0));

  return (
    <>
      <PageHeader
        title="Gaps"
        description={`${scopeLabel(scope)}: targets against what the teams have today, the skills only one person holds, and who is close to the next level.`}
        actions={
          mayManage ? (
            <Link
              href={manageHref}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
            >
              Set targets
            </Link>
          ) : undefined
        }
      />
      <div className="mb-6">
        <ScopePicker
          actor={user}
          scope={scope}
          options={{ teams, departments }}
          action="/gaps"
          keep={rawField ? { field } : {}}
        />
      </div>

      {!hasMembers ? (
        <EmptyState title="No members here yet">
          Add members to the team, and their levels and skills will show here.
        </EmptyState>
      ) : null}

      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label="Targets met" value={`${met} of ${targets.length}`} />
        <Stat label="Members missing to targets" value={targets.reduce((n, t) => n + t.gap, 0)} />
        <Stat label="Single points of failure" value={singles.length} />
        <Stat label="Skills nobody holds" value={nobody.length} />
      </div>

      <Card title="Targets, worst first" className="mb-6">
        {targets.length === 0 ? (
          <p className="text-sm text-slate-600">
            No targets set here yet.
            {mayManage ? (
              <>
                {" "}
                <Link href={manageHref} className="text-brand-700 hover:underline">
                  Set the first one
                </Link>
                .
              </>
            ) : null}
          </p>
        ) : (
          <CappedTable
            caption="Targets ranked by gap"
            head={["Status", "Team or department", "Target", "Required", "Actual", "One level short", ""]}
            total={targets.length}
            empty=""
            rows={shownTargets.map((t) => ({
              key: String(t.id),
              cells: [
                <TargetBadge key="b" met={t.met} gap={t.gap} />,
                t.teamId !== null ? t.ownerName : `${t.ownerName} (department)`,
                describeTarget(t),
                <span key="r" className="tabular-nums">
                  {t.minCount}
                </span>,
                <span key="a" className="tabular-nums font-semibold">
                  {t.actual}
                </span>,
                <span key="o" className="tabular-nums">
                  {t.oneAway}
                </span>,
                canWrite(t) ? (
                  <Link
                    key="e"
                    href={
                      t.teamId !== null
                        ? `/gaps/targets?teamId=${t.teamId}`
                        : `/gaps/targets?departmentId=${t.departmentId}`
                    }
                    className="text-brand-700 hover:underline"
                  >
                    Edit
                  </Link>
                ) : null,
              ],
            }))}
          />
        )}
        {rollups.length && (scope.kind === "department" || scope.kind === "org") ? (
          <div className="mt-4">
            <h3 className="mb-2 text-sm font-semibold text-slate-800">Rolled up per department</h3>
            <CappedTable
              caption="Team targets per department"
              head={["Department", "Team targets met", "Members missing to team targets", "Department targets met"]}
              total={rollups.length}
              empty=""
              rows={rollups.map((r) => {
                const own = targets.filter((t) => t.teamId === null && t.departmentId === r.departmentId);
                return {
                  key: String(r.departmentId),
                  cells: [
                    deptName.get(r.departmentId) ?? scopeLabel(scope),
                    `${r.teamTargetsMet} of ${r.teamTargets}`,
                    r.membersMissing,
                    own.length ? `${own.filter((t) => t.met).length} of ${own.length}` : "none set",
                  ],
                };
              })}
            />
          </div>
        ) : null}
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title="Single points of failure">
          <p className="mb-3 text-sm text-slate-600">
            Skills and levels exactly one member of a team holds at the team&apos;s target level (level 4 where no
            target names them).
          </p>
          <CappedTable
            caption="Single points of failure"
            head={["Team", "Skill or level", "At level", "Only"]}
            total={singles.length}
            empty="No single points of failure: every skill that someone holds, at least two hold."
            rows={singles.slice(0, CAP).map((p) => ({
              key: `${p.teamId}:${p.field}:${p.item}`,
              cells: [p.teamName, itemName(p.field, p.item), `≥ ${p.minLevel}`, memberLink(p.memberId!, p.memberName!)],
            }))}
          />
        </Card>
        <Card title="Nobody holds">
          <p className="mb-3 text-sm text-slate-600">Skills and levels no member of the team holds at that level.</p>
          <CappedTable
            caption="Skills nobody holds"
            head={["Team", "Skill or level", "At level"]}
            total={nobody.length}
            empty="Every skill and level is held by at least one member."
            rows={nobody.slice(0, CAP).map((p) => ({
              key: `${p.teamId}:${p.field}:${p.item}`,
              cells: [p.teamName, itemName(p.field, p.item), `≥ ${p.minLevel}`],
            }))}
          />
        </Card>
      </div>

      <Card title="One step from the next level" className="mb-6">
        <CappedTable
          caption="Members one requirement away from their next level"
          head={["Member", "Team", "Field", "Level", "The one step left"]}
          total={oneStep.total}
          empty="Nobody is exactly one requirement away from their next level."
          rows={oneStep.rows.map((r) => ({
            key: `${r.memberId}:${r.field}`,
            cells: [
              memberLink(r.memberId, r.name),
              r.teamName,
              FIELD_LABEL[r.field],
              `${r.level} → ${r.nextLevel}`,
              describeMissing(r.field, r.missing),
            ],
          }))}
        />
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title="Certifications expiring within 90 days">
          <CappedTable
            caption="Certifications expiring within 90 days"
            head={["Member", "Certification", "Expires", "In"]}
            total={certs.total}
            empty="No certification expires in the next 90 days."
            rows={certs.rows.map((c, i) => ({
              key: `${c.memberId}:${i}`,
              cells: [
                memberLink(c.memberId, c.name),
                c.certification,
                c.expiresOn,
                c.days === 0 ? "today" : `${c.days} day${c.days === 1 ? "" : "s"}`,
              ],
            }))}
          />
        </Card>
        <Card title="Self and lead ratings two or more levels apart">
          <CappedTable
            caption="Ratings that differ by two or more levels"
            head={["Member", "Skill item", "Self", "Lead"]}
            total={apart.total}
            empty="Self-ratings and leads' ratings agree within one level."
            rows={apart.rows.map((r) => ({
              key: `${r.memberId}:${r.field}:${r.item}`,
              cells: [
                memberLink(r.memberId, r.name),
                `${skillItem(r.field, r.item).name} (${FIELD_LABEL[r.field]})`,
                r.selfLevel,
                r.leadLevel,
              ],
            }))}
          />
        </Card>
      </div>

      <Card title="Ratings older than 12 months" className="mb-6">
        <CappedTable
          caption="Members with ratings older than 12 months"
          head={["Member", "Team", "Items", "Oldest rating"]}
          total={stale.total}
          empty="Every rating that counts is less than 12 months old."
          rows={stale.rows.map((r) => ({
            key: String(r.memberId),
            cells: [memberLink(r.memberId, r.name), r.teamName, r.items, r.oldest],
          }))}
        />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Members per level">
          <DistributionChart distribution={distribution} labels={FIELD_LABEL} />
        </Card>
        <Card title={`${FIELD_LABEL[field]} levels over the last 12 months`}>
          <form method="get" action="/gaps" className="mb-3 flex items-center gap-2">
            <input type="hidden" name="view" value={viewValue(scope)} />
            <label htmlFor="trend-field" className="text-sm font-medium text-slate-700">
              Field
            </label>
            <select
              id="trend-field"
              name="field"
              defaultValue={field}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            >
              {FIELDS.map((f) => (
                <option key={f} value={f}>
                  {FIELD_LABEL[f]}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100"
            >
              Show
            </button>
          </form>
          <TrendChart months={trend} fieldLabel={FIELD_LABEL[field]} />
        </Card>
      </div>
    </>
  );
}
