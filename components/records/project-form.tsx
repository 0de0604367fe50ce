"use client";
// The project form: only the choices valid for the chosen field, and the project's level live as it is filled in.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { createProject, updateProject } from "@/lib/actions/projects";
import { FIELDS, type Field } from "@/lib/itss/fields";
import {
  COMPLEXITY_OF,
  COMPONENT_AREAS,
  FACILITY_SCOPES,
  PROJECT_ROLES,
  PROJECT_STATUSES,
  SCOPES,
  type ComponentArea,
} from "@/lib/itss/record-options";
import { complexityText, componentAreaLabel, FOOTNOTES, scopeLabel } from "@/lib/itss/catalog";
import type { ProjectEvidence } from "@/lib/itss/types";
import { projectEvidenceOf } from "@/lib/itss/project-evidence";
import type { ProjectRecord } from "@/lib/db/queries/records";
import { FieldError, FieldErrors, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { projectLevelSentence, useProjectLevelText } from "./project-level";

type State = {
  field: Field;
  name: string;
  customer: string;
  startDate: string;
  endDate: string;
  componentArea: string;
  role: (typeof PROJECT_ROLES)[number];
  status: (typeof PROJECT_STATUSES)[number];
  successful: boolean;
  complexity: string[];
  scope: string;
  facilityScope: string;
  computerRoomSites: string;
  floorSpaceM2: string;
  networkSites: string;
  description: string;
};

function initial(field: Field, p?: ProjectRecord): State {
  return {
    field: p?.field ?? field,
    name: p?.name ?? "",
    customer: p?.customer ?? "",
    startDate: p?.startDate ?? "",
    endDate: p?.endDate ?? "",
    componentArea: p?.componentArea ?? "",
    role: p?.role ?? "member",
    status: p?.status ?? "completed",
    successful: p?.successful ?? true,
    complexity: p?.complexity ?? [],
    scope: p?.scope ?? "",
    facilityScope: p?.facilityScope ?? "",
    computerRoomSites: String(p?.computerRoomSites ?? 0),
    floorSpaceM2: String(p?.floorSpaceM2 ?? 0),
    networkSites: String(p?.networkSites ?? 0),
    description: p?.description ?? "",
  };
}

const num = (s: string): unknown => (s.trim() === "" ? 0 : Number.isFinite(Number(s)) ? Number(s) : s);

/** The typed object the server action takes (the same zod schema checks it there). */
function toInput(s: State, memberId: number) {
  const isFacility = s.field === "facility";
  return {
    memberId,
    field: s.field,
    name: s.name,
    customer: s.customer,
    startDate: s.startDate || null,
    endDate: s.endDate || null,
    componentArea: isFacility ? null : s.componentArea || null,
    role: s.role,
    status: s.status,
    successful: s.successful,
    complexity: s.complexity,
    scope: isFacility ? null : s.scope || null,
    facilityScope: isFacility ? s.facilityScope || null : null,
    computerRoomSites: isFacility ? num(s.computerRoomSites) : 0,
    floorSpaceM2: isFacility ? num(s.floorSpaceM2) : 0,
    networkSites: isFacility ? num(s.networkSites) : 0,
    description: s.description,
  };
}

function evidenceOf(s: State): ProjectEvidence {
  return projectEvidenceOf({
    ...s,
    facility: {
      scope: s.facilityScope,
      computerRoomSites: s.computerRoomSites,
      floorSpaceM2: s.floorSpaceM2,
      networkSites: s.networkSites,
    },
  });
}

export function ProjectForm({
  memberId,
  defaultField,
  project,
  onDone,
}: {
  memberId: number;
  defaultField: Field;
  project?: ProjectRecord;
  onDone: () => void;
}) {
  const t = useTranslations("records");
  const [s, setS] = useState<State>(() => initial(defaultField, project));
  const { pending, result, run, errors } = useAction();
  const set =
    <K extends keyof State>(k: K) =>
    (v: State[K]) =>
      setS((prev) => ({ ...prev, [k]: v }));
  const prefix = project ? `p${project.id}-` : "new-project-";
  const live = projectLevelSentence(evidenceOf(s));
  const liveText = useProjectLevelText()(live);
  const isFacility = s.field === "facility";
  const facilityReady = isFacility && s.facilityScope === "";

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = toInput(s, memberId);
    if (project) run(updateProject, { ...input, id: project.id, version: project.version }, onDone);
    else run(createProject, input, onDone);
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-brand-100 bg-brand-50/40 p-4"
      aria-label={project ? t("project.formEdit", { name: project.name }) : t("project.formNew")}
      noValidate
    >
      <FieldErrors errors={errors}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t("project.field")}
            name="field"
            id={`${prefix}field`}
            value={s.field}
            onChange={(v) =>
              setS((prev) => ({
                ...prev,
                field: v as Field,
                complexity: [],
                componentArea: "",
                scope: "",
                facilityScope: "",
              }))
            }
            options={FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) }))}
          />
          <TextField
            label={t("project.name")}
            name="name"
            id={`${prefix}name`}
            value={s.name}
            onChange={set("name")}
            required
            maxLength={200}
          />
          <TextField
            label={t("project.customer")}
            name="customer"
            id={`${prefix}customer`}
            value={s.customer}
            onChange={set("customer")}
            maxLength={200}
          />
          {isFacility ? (
            <p className="self-end text-sm text-slate-600">{t("project.noComponentArea")}</p>
          ) : (
            <SelectField
              label={t("project.componentArea")}
              name="componentArea"
              id={`${prefix}componentArea`}
              value={s.componentArea}
              onChange={set("componentArea")}
              placeholder={t("project.notGiven")}
              options={(COMPONENT_AREAS[s.field] as readonly ComponentArea[]).map((a) => ({
                value: a,
                label: componentAreaLabel(a),
              }))}
            />
          )}
          <TextField
            label={t("project.startDate")}
            name="startDate"
            type="date"
            id={`${prefix}startDate`}
            value={s.startDate}
            onChange={set("startDate")}
          />
          <TextField
            label={t("project.endDate")}
            name="endDate"
            type="date"
            id={`${prefix}endDate`}
            value={s.endDate}
            onChange={set("endDate")}
          />
          <SelectField
            label={t("project.role")}
            name="role"
            id={`${prefix}role`}
            value={s.role}
            onChange={(v) => set("role")(v as State["role"])}
            options={PROJECT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <SelectField
            label={t("project.status")}
            name="status"
            id={`${prefix}status`}
            value={s.status}
            onChange={(v) => set("status")(v as State["status"])}
            options={PROJECT_STATUSES.map((r) => ({ value: r, label: t(`status.${r}`) }))}
          />
        </div>
        <div className="flex items-center gap-2">
          <input
            id={`${prefix}successful`}
            type="checkbox"
            checked={s.successful}
            onChange={(e) => set("successful")(e.target.checked)}
            className="h-4 w-4"
          />
          <label htmlFor={`${prefix}successful`} className="text-sm font-medium text-slate-700">
            {t("project.succeeded")}
          </label>
        </div>

        <fieldset aria-describedby={errors.complexity ? `${prefix}complexity-error` : undefined}>
          <legend className="text-sm font-medium text-slate-700">
            {t("project.complexity", { field: t(`field.${s.field}`) })}
          </legend>
          <div className="mt-1 space-y-1">
            {COMPLEXITY_OF[s.field].map((c) => (
              <div key={c} className="flex items-start gap-2">
                <input
                  id={`${prefix}cx-${c}`}
                  type="checkbox"
                  className="mt-1 h-4 w-4"
                  checked={s.complexity.includes(c)}
                  onChange={(e) =>
                    set("complexity")(e.target.checked ? [...s.complexity, c] : s.complexity.filter((x) => x !== c))
                  }
                />
                <label htmlFor={`${prefix}cx-${c}`} className="text-sm text-slate-800">
                  {complexityText(s.field, c)}
                </label>
              </div>
            ))}
          </div>
          <FieldError name="complexity" id={`${prefix}complexity-error`} />
        </fieldset>

        {isFacility ? (
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-700">{t("project.size")}</legend>
            <div className="space-y-1">
              {FACILITY_SCOPES.map((sc) => (
                <div key={sc} className="flex items-start gap-2">
                  <input
                    id={`${prefix}fs-${sc}`}
                    type="radio"
                    name={`${prefix}facilityScope`}
                    className="mt-1"
                    checked={s.facilityScope === sc}
                    onChange={() => set("facilityScope")(sc)}
                  />
                  <label htmlFor={`${prefix}fs-${sc}`} className="text-sm text-slate-800">
                    {scopeLabel(sc)}
                  </label>
                </div>
              ))}
              <FieldError name="facilityScope" id={`${prefix}facilityScope-error`} />
            </div>
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField
                label={t("project.computerRoomSites")}
                name="computerRoomSites"
                type="number"
                id={`${prefix}computerRoomSites`}
                value={s.computerRoomSites}
                onChange={set("computerRoomSites")}
              />
              <TextField
                label={t("project.floorSpace")}
                name="floorSpaceM2"
                type="number"
                id={`${prefix}floorSpaceM2`}
                value={s.floorSpaceM2}
                onChange={set("floorSpaceM2")}
              />
              <TextField
                label={t("project.networkSites")}
                name="networkSites"
                type="number"
                id={`${prefix}networkSites`}
                value={s.networkSites}
                onChange={set("networkSites")}
              />
            </div>
            <p className="text-xs text-slate-500">
              {t("project.sizesNote")} {FOOTNOTES.computerRoomSites} {FOOTNOTES.networkSites}
            </p>
          </fieldset>
        ) : (
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{t("project.serviceScope")}</legend>
            <div className="mt-1 space-y-1">
              {SCOPES.map((sc) => (
                <div key={sc} className="flex items-start gap-2">
                  <input
                    id={`${prefix}sc-${sc}`}
                    type="radio"
                    name={`${prefix}scope`}
                    className="mt-1"
                    checked={s.scope === sc}
                    onChange={() => set("scope")(sc)}
                  />
                  <label htmlFor={`${prefix}sc-${sc}`} className="text-sm text-slate-800">
                    {scopeLabel(sc)}
                  </label>
                </div>
              ))}
            </div>
            <FieldError name="scope" id={`${prefix}scope-error`} />
          </fieldset>
        )}

        <TextAreaField
          label={t("project.description")}
          name="description"
          id={`${prefix}description`}
          value={s.description}
          onChange={set("description")}
        />

        <p
          aria-live="polite"
          data-testid="live-project-level"
          className={`rounded-md px-3 py-2 text-sm font-medium ${live.level > 0 ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
        >
          {facilityReady ? t("project.chooseFacilityScope") : liveText}
        </p>
        <FormMessage result={result} showSuccess={false} />
        <div className="flex gap-2">
          <SubmitButton pending={pending}>{project ? t("form.saveChanges") : t("form.saveDraft")}</SubmitButton>
          <Button variant="secondary" onClick={onDone}>
            {t("form.cancel")}
          </Button>
        </div>
      </FieldErrors>
    </form>
  );
}
