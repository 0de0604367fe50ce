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
import { projectLevelSentence } from "@/components/records/project-level";
import { ChoiceList, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

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
  const levels = Array.from({ length: MAX_LEVEL[v.field] }, (_, i) => i + 1);
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
      aria-label={t("form.label")}
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="need-scope"
          label={t("form.lookIn")}
          value={v.scope}
          onChange={(value) => set("scope", value)}
          options={scopes}
        />
        <SelectField
          id="need-field"
          name="field"
          label={t("form.field")}
          value={v.field}
          onChange={(value) =>
            setV((prev) => ({
              ...prev,
              field: value as Field,
              minLevel: "",
              skills: {},
              criteria: [],
              serviceScope: "",
              facilityScope: "",
            }))
          }
          options={FIELDS.map((f) => ({ value: f, label: texts.fieldNames[f] }))}
        />
        <SelectField
          id="need-minLevel"
          name="minLevel"
          label={t("form.minLevel")}
          value={v.minLevel}
          onChange={(value) => set("minLevel", value)}
          placeholder={t("form.anyLevel")}
          options={levels.map((l) => ({ value: String(l), label: t("form.levelOrHigher", { level: l }) }))}
        />
      </div>

      <fieldset>
        <legend className={legend}>{t("form.skills")}</legend>
        <p className="text-xs text-slate-600">{t("form.skillsNote")}</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {items.map((item) => (
            <SelectField
              key={item}
              id={`need-skill-${item}`}
              name="skill"
              label={texts.skillNames[`${v.field}:${item}`] ?? item}
              value={v.skills[item] ? `${item}:${v.skills[item]}` : ""}
              onChange={(value) => set("skills", { ...v.skills, [item]: value ? value.split(":")[1] : "" })}
              placeholder={t("form.any")}
              options={levels.map((l) => ({ value: `${item}:${l}`, label: t("form.orHigher", { level: l }) }))}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className={`${legend} px-1`}>{t("form.project")}</legend>
        <SelectField
          id="need-role"
          name="role"
          label={t("form.role")}
          className="max-w-xs"
          value={v.role}
          onChange={(value) => set("role", value)}
          placeholder={t("form.noProject")}
          options={PROJECT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        {v.role ? (
          <>
            <ChoiceList
              mode="many"
              legend={t("form.criteria", { field: texts.fieldNames[v.field] })}
              idPrefix="need-cx-"
              name="criteria"
              options={COMPLEXITY_OF[v.field].map((c) => ({
                value: c,
                label: texts.complexity[`${v.field}:${c}`] ?? c,
              }))}
              value={v.criteria}
              onChange={(value) => set("criteria", value)}
            />
            {isFacility ? (
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium text-slate-800">{t("form.size")}</legend>
                <ChoiceList
                  mode="one"
                  idPrefix="need-fs-"
                  name="facilityScope"
                  options={FACILITY_SCOPES.map((sc) => ({ value: sc, label: texts.scope[sc] ?? sc }))}
                  value={v.facilityScope}
                  onChange={(value) => set("facilityScope", value)}
                />
                <div className="grid gap-3 sm:grid-cols-3">
                  {(
                    [
                      ["rooms", t("form.rooms")],
                      ["floor", t("form.floor")],
                      ["sites", t("form.sites")],
                    ] as const
                  ).map(([k, text]) => (
                    <TextField
                      key={k}
                      id={`need-${k}`}
                      name={k}
                      label={text}
                      type="number"
                      min={0}
                      value={v[k]}
                      onChange={(value) => set(k, value)}
                    />
                  ))}
                </div>
                <p className="text-xs text-slate-600">
                  {t("form.sizeNote")} {texts.footnote}
                </p>
              </fieldset>
            ) : (
              <ChoiceList
                mode="one"
                legend={t("form.serviceScope")}
                idPrefix="need-sc-"
                name="serviceScope"
                options={SCOPES.map((sc) => ({ value: sc, label: texts.scope[sc] ?? sc }))}
                value={v.serviceScope}
                onChange={(value) => set("serviceScope", value)}
              />
            )}
            {live ? (
              <p
                aria-live="polite"
                data-testid="planned-project-level"
                className={`rounded-md px-3 py-2 text-sm font-medium ${live.level > 0 ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
              >
                {isFacility && !v.facilityScope ? t("form.chooseFacilityScope") : live.sentence}
              </p>
            ) : null}
          </>
        ) : null}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingLabel={t("form.finding")}>
          {t("form.find")}
        </SubmitButton>
        <a href="/staffing" className="text-sm text-brand-700 underline hover:text-brand-900">
          {t("form.startOver")}
        </a>
        <span className="text-xs text-slate-600">{t("form.share")}</span>
      </div>
    </form>
  );
}
