import { getDb } from "@/lib/db/client";
import { listVisibleTeams, type TeamSummary } from "@/lib/db/queries/org";
import { findCandidates } from "@/lib/db/queries/staffing";
import { loadMemberRecords } from "@/lib/db/queries/evidence";
import { toEvidence } from "@/lib/evaluation/evidence";
import type { Actor } from "@/lib/auth/policy";
import { FIELD_LABEL, FIELDS, skillItemsOf, type Field } from "@/lib/itss/fields";
import { COMPLEXITY_OF, FACILITY_SCOPES, SCOPES } from "@/lib/itss/record-options";
import { complexityText, FOOTNOTES, scopeLabel as sizeLabel, skillItem } from "@/lib/itss/catalog";
import { growthFit, plannedProjectEvidence, type GrowthFit } from "@/lib/staffing/growth";
import { MAX_SHOWN, PAGE_STEP, parseStaffingPage, type StaffingPageQuery } from "@/lib/staffing/params";
import { matchSentence, rankCandidates } from "@/lib/staffing/rank";
import { needQuery, projectQuery, type PlannedProject, type StaffingNeed } from "@/lib/staffing/need";
import { defaultScope, resolveScope, scopeLabel, scopeQuery, type ViewScope } from "@/lib/views/scope";
import { projectLevelSentence } from "@/components/records/project-level";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/lib/auth/section";
import { NeedForm, type NeedFormTexts, type NeedFormValues, type ScopeOption } from "@/components/staffing/need-form";
import { CandidateList, type CandidateView } from "@/components/staffing/candidate-list";

export const metadata = { title: "Staffing" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffingPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, allowed } = await userForSection("staffing");
  if (!allowed) return <Forbidden what="staffing" />;
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
      <PageHeader
        title="Staffing"
        description="Describe what a project needs and find the people in your scope who have it, or are one step away, and what the project would do for their level."
      />
      {q.kind === "error" ? (
        <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-medium">This staffing link has a problem; fix the search below.</p>
          <ul className="mt-1 list-disc pl-5">
            {q.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!resolved.ok ? (
        <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-medium">{resolved.message} Choose where to look below.</p>
        </div>
      ) : null}
      <NeedForm
        key={formKey}
        initial={initial}
        scopes={scopeOptions(user, teams)}
        defaultScope={scopeValue(defaultScope(user))}
        texts={formTexts()}
      />
      <div className="mt-6">
        {q.kind === "ok" && scope ? (
          <Results db={db} user={user} scope={scope} need={q.need} project={q.project} limit={q.limit} />
        ) : q.kind === "blank" ? (
          <EmptyState title="Describe the need to see candidates">
            Choose the field, the minimum level and the skill items the work needs. Members who meet every requirement
            are listed first, then those one level short in a single requirement.
          </EmptyState>
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
}: {
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
    why: matchSentence(need, r),
    growth: growth.get(r.memberId) ?? null,
  }));
  const field = FIELD_LABEL[need.field];
  const more = Math.min(MAX_SHOWN, limit + PAGE_STEP);
  const moreHref = `/staffing?${new URLSearchParams({ ...scopeQuery(scope), ...needQuery(need), ...(project ? projectQuery(project) : {}), limit: String(more) })}`;

  return (
    <section aria-labelledby="candidates-heading" className="space-y-3">
      <div>
        <h2 id="candidates-heading" className="text-lg font-semibold text-slate-900">
          {page.total === 0 ? "No candidates" : `${page.total} ${page.total === 1 ? "candidate" : "candidates"}`} in{" "}
          {scope.kind === "mine"
            ? "your teams"
            : scope.kind === "org"
              ? "the whole organisation"
              : scopeLabel(scope) || "your scope"}
        </h2>
        <p className="text-sm text-slate-700" data-testid="need-summary">
          Need: {describeNeed(need)}.
          {page.total > 0 ? ` ${page.qualified} qualified, ${page.total - page.qualified} close.` : ""}
        </p>
        {planned ? (
          <p className="text-sm text-slate-700">
            Planned project: {project!.role === "responsible" ? "person responsible" : project!.role}, completed and
            successful. {projectLevelSentence(planned).sentence}
          </p>
        ) : null}
        <p className="text-xs text-slate-500">
          Order: qualified first, then fewer ongoing projects (any field, approved or submitted for review), then higher
          level, then name. Levels are official (approved records only). Archived members never appear.
        </p>
      </div>
      {rows.length ? (
        <>
          <CandidateList rows={rows} fieldLabel={field} start={1} />
          {page.total > rows.length ? (
            <p className="text-sm text-slate-700">
              Showing the first {rows.length} of {page.total}.{" "}
              {limit < MAX_SHOWN ? (
                <a href={moreHref} className="text-brand-700 underline hover:text-brand-900">
                  Show {Math.min(PAGE_STEP, page.total - rows.length)} more
                </a>
              ) : (
                "Narrow the need or the scope to see the rest."
              )}
            </p>
          ) : null}
        </>
      ) : (
        <EmptyState title="Nobody in this scope meets the need, or is one level short of it">
          Lower the minimum level or a skill item, or look in a wider scope.
        </EmptyState>
      )}
    </section>
  );
}

function describeNeed(need: StaffingNeed): string {
  const parts = [
    need.minLevel === null
      ? `${FIELD_LABEL[need.field]}, any level`
      : `${FIELD_LABEL[need.field]} level ${need.minLevel} or higher`,
  ];
  for (const s of need.skills) parts.push(`${skillItem(need.field, s.item).name} proficiency ${s.minLevel}+`);
  return parts.join(", ");
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

function scopeOptions(user: Actor, teams: TeamSummary[]): ScopeOption[] {
  const out: ScopeOption[] = [];
  if (user.role === "admin") out.push({ value: "", label: "Whole organisation" });
  if (user.role === "lead") out.push({ value: "mine", label: "Your teams" });
  if (user.role === "admin" || user.role === "head") {
    const seen = new Set<number>();
    for (const t of teams)
      if (!seen.has(t.departmentId)) {
        seen.add(t.departmentId);
        out.push({ value: `d:${t.departmentId}`, label: `Department: ${t.departmentName}` });
      }
  }
  for (const t of teams) out.push({ value: `t:${t.id}`, label: `Team: ${t.name}` });
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

function formTexts(): NeedFormTexts {
  const skillNames: Record<string, string> = {};
  const complexity: Record<string, string> = {};
  for (const f of FIELDS) {
    for (const item of skillItemsOf(f)) skillNames[`${f}:${item}`] = skillItem(f, item).name;
    for (const c of COMPLEXITY_OF[f]) complexity[`${f}:${c}`] = complexityText(f, c);
  }
  const scope = Object.fromEntries([...SCOPES, ...FACILITY_SCOPES].map((s) => [s, sizeLabel(s)]));
  return { skillNames, complexity, scope, footnote: FOOTNOTES.computerRoomSites };
}
