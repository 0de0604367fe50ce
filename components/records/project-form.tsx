"use client";
// The project form: only the choices valid for the chosen field, and the project's level live as it is filled in.
import { useState } from "react";
import { createProject, updateProject } from "@/lib/actions/projects";
import { FIELD_LABEL, FIELDS, type Field } from "@/lib/itss/fields";
import {
  COMPLEXITY_OF,
  COMPONENT_AREAS,
  FACILITY_SCOPES,
  PROJECT_ROLES,
  PROJECT_STATUSES,
  SCOPES,
  type ComplexityCriterion,
  type ComponentArea,
} from "@/lib/itss/record-options";
import { complexityText, componentAreaLabel, FOOTNOTES, scopeLabel } from "@/lib/itss/catalog";
import type { ProjectEvidence } from "@/lib/itss/types";
import type { ProjectRecord } from "@/lib/db/queries/records";
import {
  buttonClass,
  FieldError,
  inputClass,
  ResultMessage,
  secondaryButtonClass,
  Select,
  TextInput,
  useAction,
} from "./form-kit";
import { projectLevelSentence } from "./project-level";

const ROLE_LABEL = { member: "Member", leader: "Leader", responsible: "Person responsible" } as const;
const STATUS_LABEL = { ongoing: "Ongoing", completed: "Completed" } as const;

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
  const complexity = s.complexity.filter((c) =>
    (COMPLEXITY_OF[s.field] as readonly string[]).includes(c),
  ) as ComplexityCriterion[];
  const base = { field: s.field, role: s.role, status: s.status, successful: s.successful, complexity };
  if (s.field === "facility") {
    return {
      ...base,
      facility: {
        scope: s.facilityScope === "whole" ? "whole" : "part",
        computerRoomSites: Number(s.computerRoomSites) || 0,
        floorSpaceM2: Number(s.floorSpaceM2) || 0,
        networkSites: Number(s.networkSites) || 0,
      },
    };
  }
  return s.scope ? { ...base, scope: s.scope as ProjectEvidence["scope"] } : base;
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
  const [s, setS] = useState<State>(() => initial(defaultField, project));
  const { pending, result, run, errors } = useAction();
  const set =
    <K extends keyof State>(k: K) =>
    (v: State[K]) =>
      setS((prev) => ({ ...prev, [k]: v }));
  const prefix = project ? `p${project.id}-` : "new-project-";
  const live = projectLevelSentence(evidenceOf(s));
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
      aria-label={project ? `Edit project ${project.name}` : "Record a project"}
      noValidate
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          label="Specialty field"
          name="field"
          prefix={prefix}
          value={s.field}
          errors={errors}
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
          options={FIELDS.map((f) => ({ value: f, label: FIELD_LABEL[f] }))}
        />
        <TextInput
          label="Project name"
          name="name"
          prefix={prefix}
          value={s.name}
          onChange={set("name")}
          errors={errors}
          required
          maxLength={200}
        />
        <TextInput
          label="Customer / site"
          name="customer"
          prefix={prefix}
          value={s.customer}
          onChange={set("customer")}
          errors={errors}
          maxLength={200}
        />
        {isFacility ? (
          <p className="self-end text-sm text-slate-600">Facility Management projects have no IT component area.</p>
        ) : (
          <Select
            label="IT component area"
            name="componentArea"
            prefix={prefix}
            value={s.componentArea}
            onChange={set("componentArea")}
            errors={errors}
            placeholder="— not given —"
            options={(COMPONENT_AREAS[s.field] as readonly ComponentArea[]).map((a) => ({
              value: a,
              label: componentAreaLabel(a),
            }))}
          />
        )}
        <TextInput
          label="Start date"
          name="startDate"
          type="date"
          prefix={prefix}
          value={s.startDate}
          onChange={set("startDate")}
          errors={errors}
        />
        <TextInput
          label="End date"
          name="endDate"
          type="date"
          prefix={prefix}
          value={s.endDate}
          onChange={set("endDate")}
          errors={errors}
        />
        <Select
          label="Your role"
          name="role"
          prefix={prefix}
          value={s.role}
          onChange={(v) => set("role")(v as State["role"])}
          errors={errors}
          options={PROJECT_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
        />
        <Select
          label="Status"
          name="status"
          prefix={prefix}
          value={s.status}
          onChange={(v) => set("status")(v as State["status"])}
          errors={errors}
          options={PROJECT_STATUSES.map((r) => ({ value: r, label: STATUS_LABEL[r] }))}
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
          The project succeeded
        </label>
      </div>

      <fieldset aria-describedby={errors.complexity ? `${prefix}complexity-error` : undefined}>
        <legend className="text-sm font-medium text-slate-700">Complexity criteria met ({FIELD_LABEL[s.field]})</legend>
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
        <FieldError errors={errors} name="complexity" id={`${prefix}complexity-error`} />
      </fieldset>

      {isFacility ? (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-700">Size</legend>
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
            <FieldError errors={errors} name="facilityScope" id={`${prefix}facilityScope-error`} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextInput
              label="Computer-room sites"
              name="computerRoomSites"
              type="number"
              prefix={prefix}
              value={s.computerRoomSites}
              onChange={set("computerRoomSites")}
              errors={errors}
            />
            <TextInput
              label="Floor space (m²)"
              name="floorSpaceM2"
              type="number"
              prefix={prefix}
              value={s.floorSpaceM2}
              onChange={set("floorSpaceM2")}
              errors={errors}
            />
            <TextInput
              label="Network installation sites"
              name="networkSites"
              type="number"
              prefix={prefix}
              value={s.networkSites}
              onChange={set("networkSites")}
              errors={errors}
            />
          </div>
          <p className="text-xs text-slate-500">
            Sizes count only for the facility as a whole; 0 means not applicable. {FOOTNOTES.computerRoomSites}{" "}
            {FOOTNOTES.networkSites}
          </p>
        </fieldset>
      ) : (
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Size: service scope</legend>
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
          <FieldError errors={errors} name="scope" id={`${prefix}scope-error`} />
        </fieldset>
      )}

      <div>
        <label htmlFor={`${prefix}description`} className="block text-sm font-medium text-slate-700">
          Description
        </label>
        <textarea
          id={`${prefix}description`}
          rows={3}
          maxLength={5000}
          className={inputClass}
          value={s.description}
          onChange={(e) => set("description")(e.target.value)}
        />
        <FieldError errors={errors} name="description" id={`${prefix}description-error`} />
      </div>

      <p
        aria-live="polite"
        data-testid="live-project-level"
        className={`rounded-md px-3 py-2 text-sm font-medium ${live.level > 0 ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
      >
        {facilityReady ? "Choose the facility scope to see the project's level." : live.sentence}
      </p>
      <ResultMessage result={result && !result.ok ? result : null} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Saving…" : project ? "Save changes" : "Save as draft"}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
