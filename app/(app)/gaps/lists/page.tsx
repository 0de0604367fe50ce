// One list of the gap dashboard, whole: paged, filtered by scope (a team is a team scope), field and level where the
// list has them, sorted by its columns, with its CSV (/api/export/gaps, the same query). lib/views/gaps.ts loads it.
import { Suspense } from "react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { requireSection } from "@/lib/auth/section";
import { resolveScope, scopeParamsOf, type ViewScope } from "@/lib/views/scope";
import { loadGapList } from "@/lib/views/gaps";
import {
  GAP_LIST_FILTERS,
  GAP_LIST_PAGE_SIZES,
  gapListHref,
  gapListSortChange,
  gapsHref,
  parseGapListParams,
  type GapListKey,
  type GapListParams,
} from "@/lib/search-params/gaps";
import type { SearchParams } from "@/lib/search-params/table";
import { FIELDS, MAX_LEVEL } from "@/lib/itss/fields";
import { scopeName } from "@/components/views/scope-name";
import { ScopePicker } from "@/components/views/scope-picker";
import { scopeChoiceValue, scopeChoices } from "@/components/views/scope-choices";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { Button, buttonClass } from "@/components/ui/button";
import { CappedTable } from "@/components/gaps/capped-table";
import { gapListColumns } from "@/components/gaps/list-columns";

/** The messages namespace of each list's title and empty text. */
const NS = {
  singles: "singles",
  nobody: "nobody",
  oneStep: "oneStep",
  certifications: "certs",
  apart: "apart",
  stale: "stale",
} as const satisfies Record<GapListKey, string>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, p] = await Promise.all([getTranslations("gaps"), searchParams.then(parseGapListParams)]);
  return { title: t(`${NS[p.list]}.title`) };
}

export default async function GapListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [p, user, db] = await Promise.all([searchParams.then(parseGapListParams), requireSection("gaps"), getDb()]);
  const resolved = await resolveScope(db, user, p);
  if (!resolved.ok) notFound();
  return (
    <Suspense fallback={<PageSkeleton />}>
      <GapList user={user} scope={resolved.scope} p={p} />
    </Suspense>
  );
}

async function GapList({ user, scope, p }: { user: Actor; scope: ViewScope; p: GapListParams }) {
  const [t, ts, format, db] = await Promise.all([
    getTranslations("gaps"),
    getTranslations("itss"),
    getFormatter(),
    getDb(),
  ]);
  const v = await loadGapList(db, user, scope, p);
  const here: GapListParams = { ...p, ...scopeParamsOf(scope) };
  const { columns, key } = gapListColumns(p.list, t, ts, format);
  const filters = GAP_LIST_FILTERS[p.list];
  const ns = NS[p.list];
  const from = v.total ? (p.page - 1) * p.size + 1 : 0;
  const to = Math.min(v.total, p.page * p.size);
  const topLevel = Math.max(...FIELDS.map((f) => MAX_LEVEL[f]));
  return (
    <>
      <PageHeader
        title={t(`${ns}.title`)}
        description={t("lists.description", { scope: scopeName(t, scope), total: v.total })}
        actions={
          <>
            <Link href={gapsHref(scopeParamsOf(scope))} className={buttonClass({ variant: "secondary" })}>
              {t("lists.back")}
            </Link>
            <a href={gapListHref(here, { page: null }, "/api/export/gaps")} className={buttonClass()} download>
              {t("lists.csv")}
            </a>
          </>
        }
      />
      <form method="get" action="/gaps/lists" className="mb-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="list" value={p.list} />
        <input type="hidden" name="sort" value={p.sort} />
        <input type="hidden" name="dir" value={p.dir} />
        {p.size !== 50 ? <input type="hidden" name="size" value={p.size} /> : null}
        <ScopePicker
          id="list-scope"
          label={t("lists.team")}
          className="w-72 max-w-full text-sm"
          choices={scopeChoices(t, user, scope, v.options)}
          value={scopeChoiceValue(user, scope)}
        />
        {filters.field ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="list-field" className="text-sm font-medium text-slate-700">
              {t("lists.field")}
            </label>
            <Select id="list-field" name="field" defaultValue={p.field ?? ""} size="sm">
              <option value="">{t("lists.anyField")}</option>
              {FIELDS.map((f) => (
                <option key={f} value={f}>
                  {ts(`fields.${f}`)}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        {filters.level ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="list-level" className="text-sm font-medium text-slate-700">
              {t(p.list === "oneStep" ? "lists.officialLevel" : "lists.criticalLevel")}
            </label>
            <Select id="list-level" name="level" defaultValue={p.level ?? ""} size="sm">
              <option value="">{t("lists.anyLevel")}</option>
              {Array.from({ length: topLevel + 1 }, (_, l) => l)
                .filter((l) => p.list === "oneStep" || l >= 1)
                .map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
            </Select>
          </div>
        ) : null}
        <Button type="submit" variant="secondary">
          {t("lists.show")}
        </Button>
      </form>
      <Card>
        <CappedTable
          caption={t(`${ns}.title`)}
          head={columns.map((c) =>
            c.sort
              ? {
                  label: c.label,
                  href: gapListHref(here, gapListSortChange(p, c.sort)),
                  sorted: p.sort === c.sort ? p.dir : null,
                }
              : c.label,
          )}
          total={v.total}
          empty={v.total === 0 && p.page > 1 ? t("lists.pastEnd") : t(`${ns}.empty`)}
          rows={v.rows.map((r, i) => ({ key: key(r, i), cells: columns.map((c) => c.cell(r)) }))}
        />
        <nav aria-label={t("lists.pages")} className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <span>{t("lists.range", { from, to, total: v.total })}</span>
          {p.page > 1 ? (
            <Link className={buttonClass({ variant: "secondary" })} href={gapListHref(here, { page: p.page - 1 })}>
              {t("lists.previous")}
            </Link>
          ) : null}
          {p.page < v.pages ? (
            <Link className={buttonClass({ variant: "secondary" })} href={gapListHref(here, { page: p.page + 1 })}>
              {t("lists.next")}
            </Link>
          ) : null}
          <span className="flex items-center gap-1">
            {t("lists.perPage")}
            {GAP_LIST_PAGE_SIZES.map((size) =>
              size === p.size ? (
                <span key={size} aria-current="true" className="px-1 font-semibold">
                  {size}
                </span>
              ) : (
                <Link
                  key={size}
                  className="px-1 text-brand-700 underline hover:text-brand-900"
                  href={gapListHref(here, { size, page: null })}
                >
                  {size}
                </Link>
              ),
            )}
          </span>
        </nav>
      </Card>
    </>
  );
}
