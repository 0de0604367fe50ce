import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listVisibleTeams, type TeamSummary } from "@/lib/db/queries/org";
import { findCandidates } from "@/lib/db/queries/staffing";
import { loadMemberRecords } from "@/lib/db/queries/evidence";
import { toEvidence } from "@/lib/evaluation/evidence";
import type { Actor } from "@/lib/auth/policy";
import { FIELDS, skillItemsOf, type Field } from "@/lib/itss/fields";
import { COMPLEXITY_OF, FACILITY_SCOPES, SCOPES } from "@/lib/itss/record-options";
import { complexityText, scopeLabel as sizeLabel } from "@/lib/itss/catalog";
import { growthFit, plannedProjectEvidence, type GrowthFit } from "@/lib/staffing/growth";
import { MAX_SHOWN, PAGE_STEP, parseStaffingPage, type StaffingPageQuery } from "@/lib/staffing/params";
import { rankCandidates } from "@/lib/staffing/rank";
import { needQuery, projectQuery, type PlannedProject, type StaffingNeed } from "@/lib/staffing/need";
import { defaultScope, resolveScope, scopeQuery, type ViewScope } from "@/lib/views/scope";
import { projectLevelSentence } from "@/components/records/project-level";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSection } from "@/lib/auth/section";
import { NeedForm, type NeedFormTexts, type NeedFormValues, type ScopeOption } from "@/components/staffing/need-form";
import { CandidateList, type CandidateView } from "@/components/staffing/candidate-list";
import { growthText, matchText, needText } from "@/components/staffing/texts";

export async function generateMetadata() {
  const t = await getTranslations("staffing");
  return { title: t("title") };
}

type StaffingT = Awaited<ReturnType<typeof getTranslations<"staffing">>>;
type StandardT = Awaited<ReturnType<typeof getTranslations<"itss">>>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffingPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireSection("staffing");
  const [t, ts, tstd] = await Promise.all([
    getTranslations("staffing"),
    getTranslations("itss"),
    getTranslations("standard"),
  ]);
  const [sp, db] = await Promise.all([searchParams, getDb()]);
  const q = parseStaffingPage(sp);
  const [teams, resolved] = await Promise.all([
    listVisibleTeams(db, user),
    resolveScope(db, user, q.kind === "error" ? {} : q.scope),
  ]);
  const scope = resolved.ok ? resolved.scope : null;
  const initial = formValues(q, scopeValue(scope ?? defaultScope(user)), teams, scope);
  const formKey = JSON.stringify(initial);

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
      {!resolved.ok ? (
        <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-medium">{t("scopeProblem")}</p>
        </div>
      ) : null}
      <NeedForm
        key={formKey}
        initial={initial}
        scopes={scopeOptions(t, user, teams)}
        defaultScope={scopeValue(defaultScope(user))}
        texts={formTexts(ts, tstd("footnote.computerRoomSites"))}
      />
      <div className="mt-6">
        {q.kind === "ok" && scope ? (
          <Results db={db} user={user} scope={scope} need={q.need} project={q.project} limit={q.limit} t={t} ts={ts} />
        ) : q.kind === "blank" ? (
          <EmptyState title={t("blank.title")}>{t("blank.body")}</EmptyState>
        ) : null}
      </div>
    </>
  );
}

async function Results({
  db,
  user,
  scope,
  need,
  project,
  limit,
  t,
  ts,
}: {
  t: StaffingT;
  ts: StandardT;
  db: Awaited<ReturnType<typeof getDb>>;
  user: Actor;
  scope: ViewScope;
  need: StaffingNeed;
  project: PlannedProject | null;
  limit: number;
}) {
  const page = await findCandidates(db, user, scope, need, { limit, offset: 0 });
  const ranked = rankCandidates(need, page.rows);
  const growth = new Map<number, GrowthFit>();
  const planned = project ? plannedProjectEvidence(need.field, project) : null;
  if (planned && ranked.length) {
    // The engine runs on the shown candidates only: one batch of record reads.
    const records = await loadMemberRecords(
      db,
      ranked.map((r) => r.memberId),
    );
    for (const r of ranked)
      growth.set(r.memberId, growthFit(toEvidence(records.get(r.memberId)!, "official").evidence, planned));
  }
  const rows: CandidateView[] = ranked.map((r) => ({
    memberId: r.memberId,
    name: r.name,
    teamName: r.teamName,
    match: r.match,
    level: r.level,
    ongoing: r.ongoing,
    why: matchText(t, ts, need, r),
    growth: growth.has(r.memberId)
      ? { kind: growth.get(r.memberId)!.kind, sentence: growthText(t, ts, growth.get(r.memberId)!.reason) }
      : null,
  }));
  const field = ts(`fields.${need.field}`);
  const more = Math.min(MAX_SHOWN, limit + PAGE_STEP);
  const moreHref = `/staffing?${new URLSearchParams({ ...scopeQuery(scope), ...needQuery(need), ...(project ? projectQuery(project) : {}), limit: String(more) })}`;

  return (
    <section aria-labelledby="candidates-heading" className="space-y-3">
      <div>
        <h2 id="candidates-heading" className="text-lg font-semibold text-slate-900">
          {t("results.heading", {
            count: page.total,
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
          {page.total > 0
            ? ` ${t("results.split", { qualified: page.qualified, close: page.total - page.qualified })}`
            : ""}
        </p>
        {planned ? (
          <p className="text-sm text-slate-700">
            {t("results.planned", { role: t(`roleInSentence.${project!.role}`) })}{" "}
            {projectLevelSentence(planned).sentence}
          </p>
        ) : null}
        <p className="text-xs text-slate-500">{t("results.order")}</p>
      </div>
      {rows.length ? (
        <>
          <CandidateList rows={rows} fieldLabel={field} start={1} />
          {page.total > rows.length ? (
            <p className="text-sm text-slate-700">
              {t("results.showing", { shown: rows.length, total: page.total })}{" "}
              {limit < MAX_SHOWN ? (
                <a href={moreHref} className="text-brand-700 underline hover:text-brand-900">
                  {t("results.more", { count: Math.min(PAGE_STEP, page.total - rows.length) })}
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

function scopeValue(scope: ViewScope): string {
  switch (scope.kind) {
    case "org":
      return "";
    case "mine":
      return "mine";
    case "department":
      return `d:${scope.departmentId}`;
    case "team":
      return `t:${scope.teamId}`;
  }
}

function scopeOptions(t: StaffingT, user: Actor, teams: TeamSummary[]): ScopeOption[] {
  const out: ScopeOption[] = [];
  if (user.role === "admin") out.push({ value: "", label: t("scope.org") });
  if (user.role === "lead") out.push({ value: "mine", label: t("scope.mine") });
  if (user.role === "admin" || user.role === "head") {
    const seen = new Set<number>();
    for (const team of teams)
      if (!seen.has(team.departmentId)) {
        seen.add(team.departmentId);
        out.push({ value: `d:${team.departmentId}`, label: t("scope.department", { name: team.departmentName }) });
      }
  }
  for (const team of teams) out.push({ value: `t:${team.id}`, label: t("scope.team", { name: team.name }) });
  return out;
}

function formValues(
  q: StaffingPageQuery,
  scope: string,
  teams: TeamSummary[],
  resolved: ViewScope | null,
): NeedFormValues {
  const blank: NeedFormValues = {
    scope,
    field: defaultField(teams, resolved),
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

/** A team's own field when the scope is one team (or a lead's only team); else Hardware. */
function defaultField(teams: TeamSummary[], scope: ViewScope | null): Field {
  const inScope =
    scope?.kind === "team" ? teams.filter((t) => t.id === scope.teamId) : scope?.kind === "mine" ? teams : [];
  const fields = [...new Set(inScope.map((t) => t.field).filter((f): f is Field => f !== null))];
  return fields.length === 1 ? fields[0] : "hardware";
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
