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
import { FIELDS, type Field, type SkillItem } from "@/lib/itss/fields";
import { missingText } from "@/components/evaluation/sentences";
import { scopeName } from "@/components/views/scope-name";
import { ScopePicker } from "@/components/views/scope-picker";
import { scopeChoiceValue, scopeChoices } from "@/components/views/scope-choices";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TargetBadge, describeTarget } from "@/components/dashboard/target-list";
import { CappedTable } from "@/components/gaps/capped-table";
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

const memberLink = (id: number, name: string) => (
  <Link href={`/members/${id}`} className="text-brand-700 underline hover:text-brand-900">
    {name}
  </Link>
);

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
  const { oneStep, certifications: certs, apart, stale } = v.lists;
  const { singles, nobody } = v.lists;
  const { distribution, trend, rollups, manageHref } = v;
  const fieldName = (f: Field) => ts(`fields.${f}`);
  const fieldNames = Object.fromEntries(FIELDS.map((f) => [f, fieldName(f)])) as Record<Field, string>;
  const itemName = (f: Field, item: SkillItem | null) =>
    item === null ? t("fieldLevel", { field: fieldName(f) }) : ts(`items.${item}`);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), "date");
  const scopeText = scopeName(t, scope);
  const pickerValue = scopeChoiceValue(user, scope);
  const scopeIds = scopeParamsOf(scope);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { scope: scopeText })}
        actions={
          manageHref ? (
            <Link href={manageHref} className={buttonClass()}>
              {t("setTargets")}
            </Link>
          ) : undefined
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

      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat
          label={t("stats.targetsMet")}
          value={t("stats.ofTotal", { count: v.targets.met, total: v.targets.total })}
        />
        <Stat label={t("stats.membersMissing")} value={v.targets.membersMissing} />
        <Stat label={t("stats.singlePoints")} value={singles.total} />
        <Stat label={t("stats.nobody")} value={nobody.total} />
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
        <Card title={t("singles.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("singles.intro")}</p>
          <CappedTable
            caption={t("singles.title")}
            head={[t("singles.head.team"), t("singles.head.skill"), t("singles.head.atLevel"), t("singles.head.only")]}
            total={singles.total}
            moreHref={v.listHref("singles")}
            empty={t("singles.empty")}
            rows={singles.rows.map((p) => ({
              key: `${p.teamId}:${p.field}:${p.item}`,
              cells: [
                p.teamName,
                itemName(p.field, p.item),
                t("atLeast", { level: p.minLevel }),
                <span key="m">
                  {memberLink(p.memberId!, p.memberName!)}
                  {p.selfOnly ? ` ${t("singles.selfOnly", { count: p.selfOnly })}` : null}
                </span>,
              ],
            }))}
          />
        </Card>
        <Card title={t("nobody.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("nobody.intro")}</p>
          <CappedTable
            caption={t("nobody.caption")}
            head={[t("singles.head.team"), t("singles.head.skill"), t("singles.head.atLevel")]}
            total={nobody.total}
            moreHref={v.listHref("nobody")}
            empty={t("nobody.empty")}
            rows={nobody.rows.map((p) => ({
              key: `${p.teamId}:${p.field}:${p.item}`,
              cells: [
                p.teamName,
                itemName(p.field, p.item),
                p.selfOnly
                  ? `${t("atLeast", { level: p.minLevel })} ${t("singles.selfOnly", { count: p.selfOnly })}`
                  : t("atLeast", { level: p.minLevel }),
              ],
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
          moreHref={v.listHref("oneStep")}
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
            moreHref={v.listHref("certifications")}
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
            moreHref={v.listHref("apart")}
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
          moreHref={v.listHref("stale")}
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
