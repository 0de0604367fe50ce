// The gap dashboard: targets against what the teams have, single points of failure, members one step from their next
// level, expiring certifications, diverging and stale ratings, and two charts (lib/views/gaps.ts loads them). The
// scope is resolved before the loading boundary, so a team or department out of reach answers 404.
import { Suspense } from "react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { requireSection } from "@/lib/auth/section";
import { resolveScope, scopeParamsOf, type ViewScope } from "@/lib/views/scope";
import { loadGaps } from "@/lib/views/gaps";
import { gapsParsers, parseGapsParams } from "@/lib/search-params/gaps";
import type { SearchParams } from "@/lib/search-params/table";
import { FIELDS, type Field } from "@/lib/itss/fields";
import { scopeName } from "@/components/views/scope-name";
import { ScopePicker } from "@/components/views/scope-picker";
import { scopeChoiceValue, scopeChoices } from "@/components/views/scope-choices";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Card, Stat } from "@/components/ui/card";
import { DueStats } from "@/components/currency/due-stats";
import { EmptyState } from "@/components/ui/empty-state";
import { TargetBadge, describeTarget } from "@/components/dashboard/target-list";
import { CappedTable } from "@/components/gaps/capped-table";
import { gapListColumns } from "@/components/gaps/list-columns";
import { gapListHref, type GapListKey } from "@/lib/search-params/gaps";
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

export default async function GapsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [p, user, db] = await Promise.all([searchParams.then(parseGapsParams), requireSection("gaps"), getDb()]);
  const resolved = await resolveScope(db, user, p);
  if (!resolved.ok) notFound();
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Gaps user={user} scope={resolved.scope} field={p.field} />
    </Suspense>
  );
}

async function Gaps({ user, scope, field }: { user: Actor; scope: ViewScope; field: Field }) {
  const [t, td, ts, format, db] = await Promise.all([
    getTranslations("gaps"),
    getTranslations("dashboard"),
    getTranslations("itss"),
    getFormatter(),
    getDb(),
  ]);
  const v = await loadGaps(db, user, scope, field);
  const { singles, nobody } = v.lists;
  const { distribution, trend, rollups, manageHref } = v;
  /** A list capped on this page, its "and N more" linking to its paged view with the same scope. */
  const listTable = <K extends GapListKey>(list: K, caption: string, empty: string) => {
    const { columns, key } = gapListColumns(list, t, ts, format);
    const l = v.lists[list];
    return (
      <CappedTable
        caption={caption}
        head={columns.map((c) => c.label)}
        total={l.total}
        moreHref={v.listHref(list)}
        empty={empty}
        rows={l.rows.map((r, i) => ({ key: key(r, i), cells: columns.map((c) => c.cell(r)) }))}
      />
    );
  };
  const fieldName = (f: Field) => ts(`fields.${f}`);
  const fieldNames = Object.fromEntries(FIELDS.map((f) => [f, fieldName(f)])) as Record<Field, string>;
  const scopeText = scopeName(t, scope);
  const pickerValue = scopeChoiceValue(user, scope);
  const scopeIds = scopeParamsOf(scope);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { scope: scopeText })}
        actions={
          <>
            <a
              href={`${gapListHref({ list: "oneStep", ...scopeIds }, {}, "/api/export/gaps")}&format=xlsx`}
              className={buttonClass({ variant: "secondary" })}
              download
            >
              {t("exportXlsx")}
            </a>
            {manageHref ? (
              <Link href={manageHref} className={buttonClass()}>
                {t("setTargets")}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="mb-6">
        <form method="get" action="/gaps" className="flex flex-wrap items-end gap-2">
          {field !== gapsParsers.field.defaultValue ? <input type="hidden" name="field" value={field} /> : null}
          <ScopePicker
            id="scope-view"
            label={t("scope.show")}
            className="w-72 text-sm"
            choices={scopeChoices(t, user, scope, v.options)}
            value={pickerValue}
            hint={user.role === "admin" && !v.options.teams.length ? t("scope.teamsAfterDepartment") : undefined}
          />
          <Button type="submit" variant="secondary">
            {t("scope.show")}
          </Button>
        </form>
      </div>

      {!v.hasMembers ? <EmptyState title={t("noMembers.title")}>{t("noMembers.body")}</EmptyState> : null}

      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
        <Stat
          label={t("stats.targetsMet")}
          value={t("stats.ofTotal", { count: v.targets.met, total: v.targets.total })}
        />
        <Stat label={t("stats.membersMissing")} value={v.targets.membersMissing} />
        <Stat label={t("stats.singlePoints")} value={singles.total} />
        <Stat label={t("stats.nobody")} value={nobody.total} />
        <DueStats due={v.due.due} overdue={v.due.overdue} />
      </div>

      <Card title={t("targets.title")} className="mb-6">
        <p className="mb-3 text-sm text-slate-600">
          {t(v.countSelfRatings ? "counting.withSelf" : "counting.leadOnly")}
        </p>
        {v.targets.total === 0 ? (
          <p className="text-sm text-slate-600">
            {t("targets.none")}
            {manageHref ? (
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
            total={v.targets.total}
            empty=""
            rows={v.targets.shown.map((x) => ({
              key: String(x.id),
              cells: [
                <TargetBadge key="b" met={x.met} gap={x.gap} />,
                x.teamId !== null ? x.ownerName : t("targets.ownerDepartment", { name: x.ownerName }),
                describeTarget(td, ts, x),
                <span key="r" className="tabular-nums">
                  {x.minCount}
                </span>,
                <span key="a" className="tabular-nums font-semibold">
                  {x.selfOnly ? t("targets.actualWithSelf", { count: x.actual, self: x.selfOnly }) : x.actual}
                </span>,
                <span key="o" className="tabular-nums">
                  {x.oneAway}
                </span>,
                x.editHref ? (
                  <Link key="e" href={x.editHref} className="text-brand-700 underline hover:text-brand-900">
                    {t("targets.edit")}
                  </Link>
                ) : null,
              ],
            }))}
          />
        )}
        {rollups.length ? (
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
              rows={rollups.map((r) => ({
                key: String(r.departmentId),
                cells: [
                  r.name ?? scopeText,
                  t("stats.ofTotal", { count: r.teamTargetsMet, total: r.teamTargets }),
                  r.membersMissing,
                  r.departmentTargets
                    ? t("stats.ofTotal", { count: r.departmentTargetsMet, total: r.departmentTargets })
                    : t("rollup.noneSet"),
                ],
              }))}
            />
          </div>
        ) : null}
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("singles.title")} className="min-w-0">
          <p className="mb-3 text-sm text-slate-600">{t("singles.intro")}</p>
          {listTable("singles", t("singles.title"), t("singles.empty"))}
        </Card>
        <Card title={t("nobody.title")} className="min-w-0">
          <p className="mb-3 text-sm text-slate-600">{t("nobody.intro")}</p>
          {listTable("nobody", t("nobody.caption"), t("nobody.empty"))}
        </Card>
      </div>

      <Card title={t("oneStep.title")} className="mb-6">
        {listTable("oneStep", t("oneStep.caption"), t("oneStep.empty"))}
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("certs.title")} className="min-w-0">
          {listTable("certifications", t("certs.title"), t("certs.empty"))}
        </Card>
        <Card title={t("apart.title")} className="min-w-0">
          {listTable("apart", t("apart.caption"), t("apart.empty"))}
        </Card>
      </div>

      <Card title={t("stale.title")} className="mb-6">
        {listTable("stale", t("stale.caption"), t("stale.empty"))}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("charts.distribution")}>
          <DistributionChart distribution={distribution} labels={fieldNames} />
        </Card>
        <Card title={t("charts.trend", { field: fieldName(field) })}>
          <form method="get" action="/gaps" className="mb-3 flex items-center gap-2">
            {scopeIds.teamId !== null ? <input type="hidden" name="teamId" value={scopeIds.teamId} /> : null}
            {scopeIds.departmentId !== null ? (
              <input type="hidden" name="departmentId" value={scopeIds.departmentId} />
            ) : null}
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
