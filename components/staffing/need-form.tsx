"use client";
// The staffing need as a GET form: scope, field, minimum level, skill items, and optionally the planned project
// (role, complexity criteria, size) with its project level live. Submitting puts the whole query in the URL.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import {
  COMPLEXITY_OF,
  FACILITY_SCOPES,
  FIELD_LABEL,
  FIELDS,
  MAX_LEVEL,
  PROJECT_ROLES,
  SCOPES,
  skillItemsOf,
  type ComplexityCriterion,
  type Field,
} from "@/lib/itss/ids";
import type { ProjectEvidence } from "@/lib/itss/types";
import { projectLevelSentence } from "@/components/records/project-level";
import { inputClass } from "@/components/forms/fields";
import { buttonClass } from "@/components/ui/button";

const ROLE_LABEL = { member: "Member", leader: "Leader", responsible: "Person responsible" } as const;

export type ScopeOption = { value: string; label: string };

/** The standard's wording the form shows, passed from the server so the catalog stays out of the browser bundle. */
export type NeedFormTexts = {
  skillNames: Record<string, string>;
  complexity: Record<string, string>;
  scope: Record<string, string>;
  footnote: string;
};

export type NeedFormValues = {
  /** "" (the default scope), "mine", "d:<id>" or "t:<id>" */
  scope: string;
  field: Field;
  minLevel: string;
  skills: Partial<Record<string, string>>;
  role: string;
  criteria: string[];
  serviceScope: string;
  facilityScope: string;
  rooms: string;
  floor: string;
  sites: string;
};

/**
 * The canonical query string (skills and criteria comma-joined, as the API takes them). The actor's default scope
 * is left out, so a shared link opens in the reader's own default scope.
 */
export function queryOf(v: NeedFormValues, defaultScope: string): string {
  const q: [string, string][] = [];
  if (v.scope === defaultScope) {
    /* the reader's default */
  } else if (v.scope === "mine") q.push(["scope", "mine"]);
  else if (v.scope.startsWith("d:")) q.push(["departmentId", v.scope.slice(2)]);
  else if (v.scope.startsWith("t:")) q.push(["teamId", v.scope.slice(2)]);
  q.push(["field", v.field]);
  if (v.minLevel) q.push(["minLevel", v.minLevel]);
  const skills = skillItemsOf(v.field)
    .filter((i) => v.skills[i])
    .map((i) => `${i}:${v.skills[i]}`);
  if (skills.length) q.push(["skill", skills.join(",")]);
  if (v.role) {
    q.push(["role", v.role]);
    const criteria = COMPLEXITY_OF[v.field].filter((c) => v.criteria.includes(c));
    if (criteria.length) q.push(["criteria", criteria.join(",")]);
    if (v.field === "facility") {
      if (v.facilityScope) q.push(["facilityScope", v.facilityScope]);
      for (const k of ["rooms", "floor", "sites"] as const) if (v[k] && Number(v[k]) !== 0) q.push([k, v[k]]);
    } else if (v.serviceScope) q.push(["serviceScope", v.serviceScope]);
  }
  return q.map(([k, val]) => `${k}=${encodeURIComponent(val).replace(/%3A/g, ":").replace(/%2C/g, ",")}`).join("&");
}

function projectEvidence(v: NeedFormValues): ProjectEvidence {
  const complexity = v.criteria.filter((c) =>
    (COMPLEXITY_OF[v.field] as readonly string[]).includes(c),
  ) as ComplexityCriterion[];
  const base = {
    field: v.field,
    role: (v.role || "member") as ProjectEvidence["role"],
    status: "completed" as const,
    successful: true,
    complexity,
  };
  if (v.field === "facility") {
    return {
      ...base,
      facility: {
        scope: v.facilityScope === "whole" ? "whole" : "part",
        computerRoomSites: Number(v.rooms) || 0,
        floorSpaceM2: Number(v.floor) || 0,
        networkSites: Number(v.sites) || 0,
      },
    };
  }
  return v.serviceScope ? { ...base, scope: v.serviceScope as ProjectEvidence["scope"] } : base;
}

const label = "block text-sm font-medium text-slate-700";
const legend = "text-sm font-semibold text-slate-800";

export function NeedForm({
  initial,
  scopes,
  defaultScope,
  texts,
}: {
  initial: NeedFormValues;
  scopes: ScopeOption[];
  defaultScope: string;
  texts: NeedFormTexts;
}) {
  const router = useRouter();
  const [v, setV] = useState<NeedFormValues>(initial);
  const [pending, startTransition] = useTransition();
  const set = <K extends keyof NeedFormValues>(k: K, value: NeedFormValues[K]) =>
    setV((prev) => ({ ...prev, [k]: value }));
  const items = skillItemsOf(v.field);
  const max = MAX_LEVEL[v.field];
  const isFacility = v.field === "facility";
  const live = v.role ? projectLevelSentence(projectEvidence(v)) : null;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(() => router.push(`/staffing?${queryOf(v, defaultScope)}`));
  }

  return (
    <form
      action="/staffing"
      method="get"
      onSubmit={submit}
      aria-label="Staffing need"
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="need-scope" className={label}>
            Look in
          </label>
          <select id="need-scope" className={inputClass} value={v.scope} onChange={(e) => set("scope", e.target.value)}>
            {scopes.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="need-field" className={label}>
            Specialty field
          </label>
          <select
            id="need-field"
            name="field"
            className={inputClass}
            value={v.field}
            onChange={(e) =>
              setV((prev) => ({
                ...prev,
                field: e.target.value as Field,
                minLevel: "",
                skills: {},
                criteria: [],
                serviceScope: "",
                facilityScope: "",
              }))
            }
          >
            {FIELDS.map((f) => (
              <option key={f} value={f}>
                {FIELD_LABEL[f]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="need-minLevel" className={label}>
            Minimum level
          </label>
          <select
            id="need-minLevel"
            name="minLevel"
            className={inputClass}
            value={v.minLevel}
            onChange={(e) => set("minLevel", e.target.value)}
          >
            <option value="">Any level</option>
            {Array.from({ length: max }, (_, i) => i + 1).map((l) => (
              <option key={l} value={l}>
                Level {l} or higher
              </option>
            ))}
          </select>
        </div>
      </div>

      <fieldset>
        <legend className={legend}>Skill items: minimum proficiency</legend>
        <p className="text-xs text-slate-600">
          The lead&apos;s rating counts where there is one, else the member&apos;s self-rating; an unassessed item does
          not qualify.
        </p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {items.map((item) => (
            <div key={item}>
              <label htmlFor={`need-skill-${item}`} className={label}>
                {texts.skillNames[`${v.field}:${item}`] ?? item}
              </label>
              <select
                id={`need-skill-${item}`}
                name="skill"
                className={inputClass}
                value={v.skills[item] ? `${item}:${v.skills[item]}` : ""}
                onChange={(e) =>
                  set("skills", { ...v.skills, [item]: e.target.value ? e.target.value.split(":")[1] : "" })
                }
              >
                <option value="">Any</option>
                {Array.from({ length: max }, (_, i) => i + 1).map((l) => (
                  <option key={l} value={`${item}:${l}`}>
                    {l} or higher
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className={`${legend} px-1`}>Planned project (optional: shows each candidate&apos;s growth fit)</legend>
        <div className="max-w-xs">
          <label htmlFor="need-role" className={label}>
            Candidate&apos;s role in the project
          </label>
          <select
            id="need-role"
            name="role"
            className={inputClass}
            value={v.role}
            onChange={(e) => set("role", e.target.value)}
          >
            <option value="">— no project described —</option>
            {PROJECT_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        {v.role ? (
          <>
            <fieldset>
              <legend className="text-sm font-medium text-slate-700">
                Complexity criteria the project meets ({FIELD_LABEL[v.field]})
              </legend>
              <div className="mt-1 space-y-1">
                {COMPLEXITY_OF[v.field].map((c) => (
                  <div key={c} className="flex items-start gap-2">
                    <input
                      id={`need-cx-${c}`}
                      type="checkbox"
                      name="criteria"
                      value={c}
                      className="mt-1 h-4 w-4"
                      checked={v.criteria.includes(c)}
                      onChange={(e) =>
                        set("criteria", e.target.checked ? [...v.criteria, c] : v.criteria.filter((x) => x !== c))
                      }
                    />
                    <label htmlFor={`need-cx-${c}`} className="text-sm text-slate-800">
                      {texts.complexity[`${v.field}:${c}`] ?? c}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            {isFacility ? (
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium text-slate-700">Size</legend>
                {FACILITY_SCOPES.map((sc) => (
                  <div key={sc} className="flex items-start gap-2">
                    <input
                      id={`need-fs-${sc}`}
                      type="radio"
                      name="facilityScope"
                      value={sc}
                      className="mt-1"
                      checked={v.facilityScope === sc}
                      onChange={() => set("facilityScope", sc)}
                    />
                    <label htmlFor={`need-fs-${sc}`} className="text-sm text-slate-800">
                      {texts.scope[sc] ?? sc}
                    </label>
                  </div>
                ))}
                <div className="grid gap-3 sm:grid-cols-3">
                  {(
                    [
                      ["rooms", "Computer-room sites"],
                      ["floor", "Floor space (m²)"],
                      ["sites", "Network installation sites"],
                    ] as const
                  ).map(([k, text]) => (
                    <div key={k}>
                      <label htmlFor={`need-${k}`} className={label}>
                        {text}
                      </label>
                      <input
                        id={`need-${k}`}
                        name={k}
                        type="number"
                        min={0}
                        className={inputClass}
                        value={v[k]}
                        onChange={(e) => set(k, e.target.value)}
                      />
                    </div>
                  ))}
                </div>
                <p className="text-xs text-slate-500">
                  Sizes count only for the facility as a whole; 0 means not applicable. {texts.footnote}
                </p>
              </fieldset>
            ) : (
              <fieldset>
                <legend className="text-sm font-medium text-slate-700">Size: service scope</legend>
                <div className="mt-1 space-y-1">
                  {SCOPES.map((sc) => (
                    <div key={sc} className="flex items-start gap-2">
                      <input
                        id={`need-sc-${sc}`}
                        type="radio"
                        name="serviceScope"
                        value={sc}
                        className="mt-1"
                        checked={v.serviceScope === sc}
                        onChange={() => set("serviceScope", sc)}
                      />
                      <label htmlFor={`need-sc-${sc}`} className="text-sm text-slate-800">
                        {texts.scope[sc] ?? sc}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
            {live ? (
              <p
                aria-live="polite"
                data-testid="planned-project-level"
                className={`rounded-md px-3 py-2 text-sm font-medium ${live.level > 0 ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
              >
                {isFacility && !v.facilityScope
                  ? "Choose the facility scope to see the project's level."
                  : live.sentence}
              </p>
            ) : null}
          </>
        ) : null}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass()} disabled={pending}>
          {pending ? "Finding…" : "Find candidates"}
        </button>
        <a href="/staffing" className="text-sm text-brand-700 underline hover:text-brand-900">
          Start over
        </a>
        <span className="text-xs text-slate-500">The search lives in the address bar: copy the link to share it.</span>
      </div>
    </form>
  );
}
