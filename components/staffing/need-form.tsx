"use client";
// The staffing need as a GET form: scope, field, minimum level, skill items, and optionally the planned project
// (role, complexity criteria, size) with its project level live. Submitting puts the whole query in the URL.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field } from "@/lib/itss/fields";
import { COMPLEXITY_OF, FACILITY_SCOPES, PROJECT_ROLES, SCOPES } from "@/lib/itss/record-options";
import type { ProjectEvidence } from "@/lib/itss/types";
import { projectEvidenceOf } from "@/lib/itss/project-evidence";
import { staffingFormHref, type StaffingFormValues } from "@/lib/search-params/staffing";
import { ScopePicker, type ScopeChoice } from "@/components/views/scope-picker";
import { projectLevelSentence, useProjectLevelText } from "@/components/records/project-level";
import { ChoiceList, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

/** The standard's wording the form shows, passed from the server so the catalog stays out of the browser bundle. */
export type NeedFormTexts = {
  skillNames: Record<string, string>;
  fieldNames: Record<Field, string>;
  complexity: Record<string, string>;
  scope: Record<string, string>;
  footnote: string;
};

export type NeedFormValues = StaffingFormValues;

const projectEvidence = (v: NeedFormValues): ProjectEvidence =>
  projectEvidenceOf({
    field: v.field,
    role: (v.role || "member") as ProjectEvidence["role"],
    status: "completed",
    successful: true,
    complexity: v.criteria,
    scope: v.serviceScope,
    facility: { scope: v.facilityScope, computerRoomSites: v.rooms, floorSpaceM2: v.floor, networkSites: v.sites },
  });

/** The facility size counts a need may give (staffing.form.<name> labels them). */
const FACILITY_COUNTS = ["rooms", "floor", "sites"] as const;

const legend = "text-sm font-semibold text-slate-800";

export function NeedForm({
  initial,
  scopes,
  texts,
}: {
  initial: NeedFormValues;
  scopes: ScopeChoice[];
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
  const levelText = useProjectLevelText();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(() => router.push(staffingFormHref(v)));
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
        <ScopePicker
          id="need-scope"
          label={t("form.lookIn")}
          className=""
          choices={scopes}
          value={v.scope}
          onChange={(value) => set("scope", value)}
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
                  {FACILITY_COUNTS.map((k) => (
                    <TextField
                      key={k}
                      id={`need-${k}`}
                      name={k}
                      label={t(`form.${k}`)}
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
                {isFacility && !v.facilityScope ? t("form.chooseFacilityScope") : levelText(live)}
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
