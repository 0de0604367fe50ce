// The staffing planner: a need (field, level, skill items, optionally a planned project) and the candidates of the
// scope ranked for it, with each one's growth fit (lib/views/staffing.ts loads them). The scope is resolved before the
// loading boundary, so a team or department out of reach answers 404.
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { requireSection } from "@/lib/auth/section";
import { FIELDS, skillItemsOf, type Field } from "@/lib/itss/fields";
import { COMPLEXITY_OF, FACILITY_SCOPES, SCOPES } from "@/lib/itss/record-options";
import { complexityText, scopeLabel as sizeLabel } from "@/lib/itss/catalog";
import { MAX_SHOWN, parseStaffingPage, type StaffingPageQuery } from "@/lib/search-params/staffing";
import type { SearchParams } from "@/lib/search-params/table";
import { resolveScope, type ViewScope } from "@/lib/views/scope";
import { loadStaffing, type StaffingView } from "@/lib/views/staffing";
import { projectLevelSentence, sayProjectLevel } from "@/components/records/project-level";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { scopeChoiceValue, scopeChoices } from "@/components/views/scope-choices";
import { NeedForm, type NeedFormTexts, type NeedFormValues } from "@/components/staffing/need-form";
import { CandidateList, type CandidateView } from "@/components/staffing/candidate-list";
import { growthText, matchText, needText } from "@/components/staffing/texts";

export async function generateMetadata() {
  const t = await getTranslations("staffing");
  return { title: t("title") };
}

type StaffingT = Awaited<ReturnType<typeof getTranslations<"staffing">>>;
type StandardT = Awaited<ReturnType<typeof getTranslations<"itss">>>;
type RecordsT = Awaited<ReturnType<typeof getTranslations<"records">>>;

export default async function StaffingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [q, user, db] = await Promise.all([searchParams.then(parseStaffingPage), requireSection("staffing"), getDb()]);
  const resolved = await resolveScope(db, user, q.scope);
  if (!resolved.ok) notFound();
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Staffing user={user} scope={resolved.scope} q={q} />
    </Suspense>
  );
}

async function Staffing({ user, scope, q }: { user: Actor; scope: ViewScope; q: StaffingPageQuery }) {
  const [t, tg, ts, tstd, tr, db] = await Promise.all([
    getTranslations("staffing"),
    getTranslations("gaps"),
    getTranslations("itss"),
    getTranslations("standard"),
    getTranslations("records"),
    getDb(),
  ]);
  const v = await loadStaffing(db, user, scope, q);
  const initial = formValues(q, scopeChoiceValue(user, scope), v.defaultField);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {q.kind === "error" ? (
        <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-medium">{t("linkProblem")}</p>
          <ul className="mt-1 list-disc pl-5">
            {q.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <NeedForm
        key={JSON.stringify(initial)}
        initial={initial}
        scopes={scopeChoices(tg, user, scope, v.options)}
        texts={formTexts(ts, tstd("footnote.computerRoomSites"))}
      />
      <div className="mt-6">
        {q.kind === "ok" && v.results ? (
          <Results results={v.results} scope={scope} need={q.need} project={q.project} t={t} ts={ts} tr={tr} />
        ) : q.kind === "blank" ? (
          <EmptyState title={t("blank.title")}>{t("blank.body")}</EmptyState>
        ) : null}
      </div>
    </>
  );
}

function Results({
  results,
  scope,
  need,
  project,
  t,
  ts,
  tr,
}: {
  results: NonNullable<StaffingView["results"]>;
  scope: ViewScope;
  need: Extract<StaffingPageQuery, { kind: "ok" }>["need"];
  project: Extract<StaffingPageQuery, { kind: "ok" }>["project"];
  t: StaffingT;
  ts: StandardT;
  tr: RecordsT;
}) {
  const { rows: ranked, planned } = results;
  // A need with no requirement fits everyone in scope: the summary says so once, not every row.
  const anyone = need.minLevel === null && need.skills.length === 0;
  const rows: CandidateView[] = ranked.map((r) => ({
    memberId: r.memberId,
    name: r.name,
    teamName: r.teamName,
    match: r.match,
    level: r.level,
    ongoing: r.ongoing,
    why: anyone ? null : matchText(t, ts, need, r),
    growth: r.growth ? { kind: r.growth.kind, sentence: growthText(t, ts, r.growth.reason) } : null,
  }));
  const field = ts(`fields.${need.field}`);

  return (
    <section aria-labelledby="candidates-heading" className="space-y-3">
      <div>
        <h2 id="candidates-heading" className="text-lg font-semibold text-slate-900">
          {t("results.heading", {
            count: results.total,
            scope:
              scope.kind === "mine"
                ? t("results.yourTeams")
                : scope.kind === "org"
                  ? t("results.org")
                  : scope.name || t("results.yourScope"),
          })}
        </h2>
        <p className="text-sm text-slate-700" data-testid="need-summary">
          {t("results.need", { need: needText(t, ts, need) })}
          {anyone ? ` ${t("match.none")}` : ""}
          {results.total > 0
            ? ` ${t("results.split", { qualified: results.qualified, close: results.total - results.qualified })}`
            : ""}
        </p>
        {planned ? (
          <p className="text-sm text-slate-700">
            {t("results.planned", { role: t(`roleInSentence.${project!.role}`) })}{" "}
            {sayProjectLevel(tr, projectLevelSentence(planned))}{" "}
            {t("results.growthNote", { count: rows.filter((r) => r.growth && r.growth.kind !== "none").length })}
          </p>
        ) : null}
        <p className="text-xs text-slate-500">{t("results.order")}</p>
      </div>
      {rows.length ? (
        <>
          <CandidateList rows={rows} fieldLabel={field} start={1} />
          {results.total > rows.length ? (
            <p className="text-sm text-slate-700">
              {t("results.showing", { shown: rows.length, total: results.total })}{" "}
              {results.limit < MAX_SHOWN ? (
                <a href={results.moreHref} className="text-brand-700 underline hover:text-brand-900">
                  {t("results.more", { count: results.more })}
                </a>
              ) : (
                t("results.narrow")
              )}
            </p>
          ) : null}
        </>
      ) : (
        <EmptyState title={t("results.emptyTitle")}>{t("results.emptyBody")}</EmptyState>
      )}
    </section>
  );
}

function formValues(q: StaffingPageQuery, scope: string, field: Field): NeedFormValues {
  const blank: NeedFormValues = {
    scope,
    field,
    minLevel: "",
    skills: {},
    role: "",
    criteria: [],
    serviceScope: "",
    facilityScope: "",
    rooms: "",
    floor: "",
    sites: "",
  };
  if (q.kind === "blank") return blank;
  if (q.kind === "error") {
    const field = (FIELDS as readonly string[]).includes(q.raw.field) ? (q.raw.field as Field) : blank.field;
    return { ...blank, field };
  }
  const { need, project } = q;
  return {
    ...blank,
    field: need.field,
    minLevel: need.minLevel === null ? "" : String(need.minLevel),
    skills: Object.fromEntries(need.skills.map((s) => [s.item, String(s.minLevel)])),
    role: project?.role ?? "",
    criteria: project ? [...project.complexity] : [],
    serviceScope: project?.scope ?? "",
    facilityScope: project?.facility?.scope ?? "",
    rooms: project?.facility?.computerRoomSites ? String(project.facility.computerRoomSites) : "",
    floor: project?.facility?.floorSpaceM2 ? String(project.facility.floorSpaceM2) : "",
    sites: project?.facility?.networkSites ? String(project.facility.networkSites) : "",
  };
}

function formTexts(ts: StandardT, footnote: string): NeedFormTexts {
  const skillNames: Record<string, string> = {};
  const complexity: Record<string, string> = {};
  for (const f of FIELDS) {
    for (const item of skillItemsOf(f)) skillNames[`${f}:${item}`] = ts(`items.${item}`);
    for (const c of COMPLEXITY_OF[f]) complexity[`${f}:${c}`] = complexityText(f, c);
  }
  const scope = Object.fromEntries([...SCOPES, ...FACILITY_SCOPES].map((s) => [s, sizeLabel(s)]));
  const fieldNames = Object.fromEntries(FIELDS.map((f) => [f, ts(`fields.${f}`)])) as Record<Field, string>;
  return { skillNames, fieldNames, complexity, scope, footnote };
}
