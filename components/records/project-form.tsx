"use client";
// The project form: only the choices valid for the chosen field, and the project's level live as it is filled in.
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
import {
  CheckboxField,
  ChoiceList,
  FieldErrors,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { projectLevelSentence, useProjectLevelText } from "./project-level";
import { useRecordForm } from "./record-form";

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
  const form = useRecordForm<State>({
    initial: () => initial(defaultField, project),
    prefix: project ? `p${project.id}-` : "new-project-",
    record: project,
    toInput: (v) => toInput(v, memberId),
    create: createProject,
    update: updateProject,
    onDone,
  });
  const { values: s, setValues: setS, set, bind, prefix } = form;
  const live = projectLevelSentence(evidenceOf(s));
  const liveText = useProjectLevelText()(live);
  const isFacility = s.field === "facility";
  const facilityReady = isFacility && s.facilityScope === "";
  const scopeOptions = (scopes: readonly Parameters<typeof scopeLabel>[0][]) =>
    scopes.map((sc) => ({ value: sc, label: scopeLabel(sc) }));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
      className="space-y-4 rounded-lg border border-brand-100 bg-brand-50/40 p-4"
      aria-label={project ? t("project.formEdit", { name: project.name }) : t("project.formNew")}
      noValidate
    >
      <FieldErrors errors={form.errors}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t("project.field")}
            {...bind("field")}
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
          <TextField label={t("project.name")} {...bind("name")} required maxLength={200} />
          <TextField label={t("project.customer")} {...bind("customer")} maxLength={200} />
          {isFacility ? (
            <p className="self-end text-sm text-slate-600">{t("project.noComponentArea")}</p>
          ) : (
            <SelectField
              label={t("project.componentArea")}
              {...bind("componentArea")}
              placeholder={t("project.notGiven")}
              options={(COMPONENT_AREAS[s.field] as readonly ComponentArea[]).map((a) => ({
                value: a,
                label: componentAreaLabel(a),
              }))}
            />
          )}
          <TextField label={t("project.startDate")} type="date" {...bind("startDate")} />
          <TextField label={t("project.endDate")} type="date" {...bind("endDate")} />
          <SelectField
            label={t("project.role")}
            {...bind("role")}
            options={PROJECT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <SelectField
            label={t("project.status")}
            {...bind("status")}
            options={PROJECT_STATUSES.map((r) => ({ value: r, label: t(`status.${r}`) }))}
          />
        </div>
        <CheckboxField
          id={`${prefix}successful`}
          label={t("project.succeeded")}
          checked={s.successful}
          onChange={set("successful")}
        />

        <ChoiceList
          mode="many"
          legend={t("project.complexity", { field: t(`field.${s.field}`) })}
          idPrefix={`${prefix}cx-`}
          options={COMPLEXITY_OF[s.field].map((c) => ({ value: c, label: complexityText(s.field, c) }))}
          value={s.complexity}
          onChange={set("complexity")}
          errorName="complexity"
          errorId={`${prefix}complexity-error`}
        />

        {isFacility ? (
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-800">{t("project.size")}</legend>
            <ChoiceList
              mode="one"
              idPrefix={`${prefix}fs-`}
              name={`${prefix}facilityScope`}
              options={scopeOptions(FACILITY_SCOPES)}
              value={s.facilityScope}
              onChange={set("facilityScope")}
              errorName="facilityScope"
              errorId={`${prefix}facilityScope-error`}
            />
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField label={t("project.computerRoomSites")} type="number" {...bind("computerRoomSites")} />
              <TextField label={t("project.floorSpace")} type="number" {...bind("floorSpaceM2")} />
              <TextField label={t("project.networkSites")} type="number" {...bind("networkSites")} />
            </div>
            <p className="text-xs text-slate-600">
              {t("project.sizesNote")} {FOOTNOTES.computerRoomSites} {FOOTNOTES.networkSites}
            </p>
          </fieldset>
        ) : (
          <ChoiceList
            mode="one"
            legend={t("project.serviceScope")}
            idPrefix={`${prefix}sc-`}
            name={`${prefix}scope`}
            options={scopeOptions(SCOPES)}
            value={s.scope}
            onChange={set("scope")}
            errorName="scope"
            errorId={`${prefix}scope-error`}
          />
        )}

        <TextAreaField label={t("project.description")} {...bind("description")} />

        <p
          aria-live="polite"
          data-testid="live-project-level"
          className={`rounded-md px-3 py-2 text-sm font-medium ${live.level > 0 ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
        >
          {facilityReady ? t("project.chooseFacilityScope") : liveText}
        </p>
        <FormMessage result={form.result} showSuccess={false} />
        <div className="flex gap-2">
          <SubmitButton pending={form.pending}>{project ? t("form.saveChanges") : t("form.saveDraft")}</SubmitButton>
          <Button variant="secondary" onClick={onDone}>
            {t("form.cancel")}
          </Button>
        </div>
      </FieldErrors>
    </form>
  );
}
