"use client";
// The staffing need as a GET form: scope, field, minimum level, skill items, and optionally the planned project
// (role, complexity criteria, size) with its project level live. Submitting puts the whole query in the URL.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field } from "@/lib/itss/fields";
import {
  COMPLEXITY_OF,
  FACILITY_SCOPES,
  PROJECT_ROLES,
  SCOPES,
  type ComplexityCriterion,
} from "@/lib/itss/record-options";
import type { ProjectEvidence } from "@/lib/itss/types";
import { projectLevelSentence, useProjectLevelText } from "@/components/records/project-level";
import { inputClass } from "@/components/forms/fields";
import { buttonClass } from "@/components/ui/button";

export type ScopeOption = { value: string; label: string };

/** The standard's wording the form shows, passed from the server so the catalog stays out of the browser bundle. */
export type NeedFormTexts = {
  skillNames: Record<string, string>;
  fieldNames: Record<Field, string>;
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
/** The facility size counts a need may give (staffing.form.<name> labels them). */
const FACILITY_COUNTS = ["rooms", "floor", "sites"] as const;

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
  const t = useTranslations("staffing");
  const router = useRouter();
  const [v, setV] = useState<NeedFormValues>(initial);
  const [pending, startTransition] = useTransition();
  const set = <K extends keyof NeedFormValues>(k: K, value: NeedFormValues[K]) =>
    setV((prev) => ({ ...prev, [k]: value }));
  const items = skillItemsOf(v.field);
  const max = MAX_LEVEL[v.field];
  const isFacility = v.field === "facility";
  const live = v.role ? projectLevelSentence(projectEvidence(v)) : null;
  const levelText = useProjectLevelText();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(() => router.push(`/staffing?${queryOf(v, defaultScope)}`));
  }

  return (
    <form
      action="/staffing"
      method="get"
      onSubmit={submit}
      aria-label={t("form.label")}
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="need-scope" className={label}>
            {t("form.lookIn")}
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
            {t("form.field")}
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
                {texts.fieldNames[f]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="need-minLevel" className={label}>
            {t("form.minLevel")}
          </label>
          <select
            id="need-minLevel"
            name="minLevel"
            className={inputClass}
            value={v.minLevel}
            onChange={(e) => set("minLevel", e.target.value)}
          >
            <option value="">{t("form.anyLevel")}</option>
            {Array.from({ length: max }, (_, i) => i + 1).map((l) => (
              <option key={l} value={l}>
                {t("form.levelOrHigher", { level: l })}
              </option>
            ))}
          </select>
        </div>
      </div>

      <fieldset>
        <legend className={legend}>{t("form.skills")}</legend>
        <p className="text-xs text-slate-600">{t("form.skillsNote")}</p>
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
                <option value="">{t("form.any")}</option>
                {Array.from({ length: max }, (_, i) => i + 1).map((l) => (
                  <option key={l} value={`${item}:${l}`}>
                    {t("form.orHigher", { level: l })}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className={`${legend} px-1`}>{t("form.project")}</legend>
        <div className="max-w-xs">
          <label htmlFor="need-role" className={label}>
            {t("form.role")}
          </label>
          <select
            id="need-role"
            name="role"
            className={inputClass}
            value={v.role}
            onChange={(e) => set("role", e.target.value)}
          >
            <option value="">{t("form.noProject")}</option>
            {PROJECT_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {v.role ? (
          <>
            <fieldset>
              <legend className="text-sm font-medium text-slate-700">
                {t("form.criteria", { field: texts.fieldNames[v.field] })}
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
                <legend className="text-sm font-medium text-slate-700">{t("form.size")}</legend>
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
                  {FACILITY_COUNTS.map((k) => (
                    <div key={k}>
                      <label htmlFor={`need-${k}`} className={label}>
                        {t(`form.${k}`)}
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
                  {t("form.sizeNote")} {texts.footnote}
                </p>
              </fieldset>
            ) : (
              <fieldset>
                <legend className="text-sm font-medium text-slate-700">{t("form.serviceScope")}</legend>
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
                {isFacility && !v.facilityScope ? t("form.chooseFacilityScope") : levelText(live)}
              </p>
            ) : null}
          </>
        ) : null}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass()} disabled={pending}>
          {pending ? t("form.finding") : t("form.find")}
        </button>
        <a href="/staffing" className="text-sm text-brand-700 underline hover:text-brand-900">
          {t("form.startOver")}
        </a>
        <span className="text-xs text-slate-500">{t("form.share")}</span>
      </div>
    </form>
  );
}
