// The gap dashboard: targets against what the teams have (ranked worst first, rolled up per department), single
// points of failure, members one step from their next level, expiring certifications, diverging and stale ratings,
// and two charts. Everything read from the read model in a constant number of queries (the four member lists in
// one); every list capped.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { resolveScope, scopeParamsSchema } from "@/lib/views/scope";
import { allDepartments } from "@/lib/db/queries/departments";
import { scopeTeamOptions } from "@/lib/db/queries/teams";
import {
  gapLists,
  levelDistribution,
  levelTrend,
  rollUp,
  singlePoints,
  targetStandings,
  type TargetStanding,
} from "@/lib/db/queries/gaps";
import { FIELDS, type Field, type SkillItem } from "@/lib/itss/fields";
import { missingText } from "@/components/evaluation/sentences";
import { scopeName } from "@/components/views/scope-name";
import { PageHeader } from "@/components/ui/page-header";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSection } from "@/lib/auth/section";
import { TargetBadge, describeTarget } from "@/components/dashboard/target-list";
import { CappedTable } from "@/components/gaps/capped-table";
import { ScopePicker, scopeParamsOf, viewValue } from "@/components/gaps/scope-picker";
import {
  LazyDistributionChart as DistributionChart,
  LazyTrendChart as TrendChart,
} from "@/components/gaps/lazy-charts";
import { Select } from "@/components/ui/select";
import { Button, buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("gaps");
  return { title: t("title") };
}

/** Rows per list: the page stays small whatever the department's size. */
const CAP = 25;

const memberLink = (id: number, name: string) => (
  <Link href={`/members/${id}`} className="text-brand-700 underline hover:text-brand-900">
    {name}
  </Link>
);

export default async function GapsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSection("gaps");
  const [t, td, ts, format] = await Promise.all([
    getTranslations("gaps"),
    getTranslations("dashboard"),
    getTranslations("itss"),
    getFormatter(),
  ]);
  const sp = await searchParams;
  const parsed = scopeParamsSchema.safeParse(scopeParamsOf(sp));
  if (!parsed.success) notFound();
  const rawField = Array.isArray(sp.field) ? sp.field[0] : sp.field;
  const field: Field = (FIELDS as readonly string[]).includes(rawField ?? "") ? (rawField as Field) : "hardware";
  const db = await getDb();
  const resolved = await resolveScope(db, user, parsed.data);
  if (!resolved.ok) notFound();
  const { scope } = resolved;

  const [targets, points, lists, distribution, trend, teams, departments] = await Promise.all([
    targetStandings(db, user, scope),
    singlePoints(db, user, scope),
    gapLists(db, user, scope, CAP),
    levelDistribution(db, user, scope),
    levelTrend(db, user, scope, field),
    scopeTeamOptions(db, user, scope),
    user.role === "admin" || user.role === "head" ? allDepartments(db) : Promise.resolve([]),
  ]);
  const { oneStep, certifications: certs, apart, stale } = lists;
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
  const fieldName = (f: Field) => ts(`fields.${f}`);
  const fieldNames = Object.fromEntries(FIELDS.map((f) => [f, fieldName(f)])) as Record<Field, string>;
  const itemName = (f: Field, item: SkillItem | null) =>
    item === null ? t("fieldLevel", { field: fieldName(f) }) : ts(`items.${item}`);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), "date");
  const scopeText = scopeName(t, scope);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { scope: scopeText })}
        actions={
          mayManage ? (
            <Link href={manageHref} className={buttonClass()}>
              {t("setTargets")}
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

      {!hasMembers ? <EmptyState title={t("noMembers.title")}>{t("noMembers.body")}</EmptyState> : null}

      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label={t("stats.targetsMet")} value={t("stats.ofTotal", { count: met, total: targets.length })} />
        <Stat label={t("stats.membersMissing")} value={targets.reduce((n, x) => n + x.gap, 0)} />
        <Stat label={t("stats.singlePoints")} value={singles.length} />
        <Stat label={t("stats.nobody")} value={nobody.length} />
      </div>

      <Card title={t("targets.title")} className="mb-6">
        {targets.length === 0 ? (
          <p className="text-sm text-slate-600">
            {t("targets.none")}
            {mayManage ? (
              <>
                {" "}
                {t.rich("targets.setFirst", {
                  link: (chunks) => (
                    <Link href={manageHref} className="text-brand-700 underline hover:text-brand-900">
                      {chunks}
                    </Link>
                  ),
                })}
              </>
            ) : null}
          </p>
        ) : (
          <CappedTable
            caption={t("targets.caption")}
            head={[
              t("targets.head.status"),
              t("targets.head.owner"),
              t("targets.head.target"),
              t("targets.head.required"),
              t("targets.head.actual"),
              t("targets.head.oneAway"),
              t("targets.head.change"),
            ]}
            total={targets.length}
            empty=""
            rows={shownTargets.map((x) => ({
              key: String(x.id),
              cells: [
                <TargetBadge key="b" met={x.met} gap={x.gap} />,
                x.teamId !== null ? x.ownerName : t("targets.ownerDepartment", { name: x.ownerName }),
                describeTarget(td, ts, x),
                <span key="r" className="tabular-nums">
                  {x.minCount}
                </span>,
                <span key="a" className="tabular-nums font-semibold">
                  {x.actual}
                </span>,
                <span key="o" className="tabular-nums">
                  {x.oneAway}
                </span>,
                canWrite(x) ? (
                  <Link
                    key="e"
                    href={
                      x.teamId !== null
                        ? `/gaps/targets?teamId=${x.teamId}`
                        : `/gaps/targets?departmentId=${x.departmentId}`
                    }
                    className="text-brand-700 underline hover:text-brand-900"
                  >
                    {t("targets.edit")}
                  </Link>
                ) : null,
              ],
            }))}
          />
        )}
        {rollups.length && (scope.kind === "department" || scope.kind === "org") ? (
          <div className="mt-4">
            <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("rollup.title")}</h3>
            <CappedTable
              caption={t("rollup.caption")}
              head={[
                t("rollup.head.department"),
                t("rollup.head.teamTargetsMet"),
                t("rollup.head.membersMissing"),
                t("rollup.head.departmentTargetsMet"),
              ]}
              total={rollups.length}
              empty=""
              rows={rollups.map((r) => {
                const own = targets.filter((x) => x.teamId === null && x.departmentId === r.departmentId);
                return {
                  key: String(r.departmentId),
                  cells: [
                    deptName.get(r.departmentId) ?? scopeText,
                    t("stats.ofTotal", { count: r.teamTargetsMet, total: r.teamTargets }),
                    r.membersMissing,
                    own.length
                      ? t("stats.ofTotal", { count: own.filter((x) => x.met).length, total: own.length })
                      : t("rollup.noneSet"),
                  ],
                };
              })}
            />
          </div>
        ) : null}
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("singles.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("singles.intro")}</p>
          <CappedTable
            caption={t("singles.title")}
            head={[t("singles.head.team"), t("singles.head.skill"), t("singles.head.atLevel"), t("singles.head.only")]}
            total={singles.length}
            empty={t("singles.empty")}
            rows={singles.slice(0, CAP).map((p) => ({
              key: `${p.teamId}:${p.field}:${p.item}`,
              cells: [
                p.teamName,
                itemName(p.field, p.item),
                t("atLeast", { level: p.minLevel }),
                memberLink(p.memberId!, p.memberName!),
              ],
            }))}
          />
        </Card>
        <Card title={t("nobody.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("nobody.intro")}</p>
          <CappedTable
            caption={t("nobody.caption")}
            head={[t("singles.head.team"), t("singles.head.skill"), t("singles.head.atLevel")]}
            total={nobody.length}
            empty={t("nobody.empty")}
            rows={nobody.slice(0, CAP).map((p) => ({
              key: `${p.teamId}:${p.field}:${p.item}`,
              cells: [p.teamName, itemName(p.field, p.item), t("atLeast", { level: p.minLevel })],
            }))}
          />
        </Card>
      </div>

      <Card title={t("oneStep.title")} className="mb-6">
        <CappedTable
          caption={t("oneStep.caption")}
          head={[
            t("oneStep.head.member"),
            t("oneStep.head.team"),
            t("oneStep.head.field"),
            t("oneStep.head.level"),
            t("oneStep.head.step"),
          ]}
          total={oneStep.total}
          empty={t("oneStep.empty")}
          rows={oneStep.rows.map((r) => ({
            key: `${r.memberId}:${r.field}`,
            cells: [
              memberLink(r.memberId, r.name),
              r.teamName,
              fieldName(r.field),
              `${r.level} → ${r.nextLevel}`,
              missingText(ts, r.missing),
            ],
          }))}
        />
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("certs.title")}>
          <CappedTable
            caption={t("certs.title")}
            head={[t("certs.head.member"), t("certs.head.certification"), t("certs.head.expires"), t("certs.head.in")]}
            total={certs.total}
            empty={t("certs.empty")}
            rows={certs.rows.map((c, i) => ({
              key: `${c.memberId}:${i}`,
              cells: [
                memberLink(c.memberId, c.name),
                c.certification,
                date(c.expiresOn),
                t("certs.days", { days: c.days }),
              ],
            }))}
          />
        </Card>
        <Card title={t("apart.title")}>
          <CappedTable
            caption={t("apart.caption")}
            head={[t("apart.head.member"), t("apart.head.item"), t("apart.head.self"), t("apart.head.lead")]}
            total={apart.total}
            empty={t("apart.empty")}
            rows={apart.rows.map((r) => ({
              key: `${r.memberId}:${r.field}:${r.item}`,
              cells: [
                memberLink(r.memberId, r.name),
                t("apart.item", { item: ts(`items.${r.item}`), field: fieldName(r.field) }),
                r.selfLevel,
                r.leadLevel,
              ],
            }))}
          />
        </Card>
      </div>

      <Card title={t("stale.title")} className="mb-6">
        <CappedTable
          caption={t("stale.caption")}
          head={[t("stale.head.member"), t("stale.head.team"), t("stale.head.items"), t("stale.head.oldest")]}
          total={stale.total}
          empty={t("stale.empty")}
          rows={stale.rows.map((r) => ({
            key: String(r.memberId),
            cells: [memberLink(r.memberId, r.name), r.teamName, r.items, date(r.oldest)],
          }))}
        />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("charts.distribution")}>
          <DistributionChart distribution={distribution} labels={fieldNames} />
        </Card>
        <Card title={t("charts.trend", { field: fieldName(field) })}>
          <form method="get" action="/gaps" className="mb-3 flex items-center gap-2">
            <input type="hidden" name="view" value={viewValue(scope)} />
            <label htmlFor="trend-field" className="text-sm font-medium text-slate-700">
              {t("charts.field")}
            </label>
            <Select id="trend-field" name="field" defaultValue={field} inline size="sm">
              {FIELDS.map((f) => (
                <option key={f} value={f}>
                  {fieldName(f)}
                </option>
              ))}
            </Select>
            <Button type="submit" variant="secondary" size="sm">
              {t("charts.show")}
            </Button>
          </form>
          <TrendChart months={trend} fieldLabel={fieldName(field)} />
        </Card>
      </div>
    </>
  );
}
