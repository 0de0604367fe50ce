"use client";
// Team forms: create (department, name, field), settings (name, field, assessment interval), leads.
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroup, SelectField, TextField } from "@/components/forms/fields";
import { createTeam, setTeamLeads, updateTeam } from "@/lib/actions/teams";
import { useTranslations } from "next-intl";
import { FIELDS, type Field } from "@/lib/itss/fields";
import { MAX_INTERVAL_MONTHS, MIN_INTERVAL_MONTHS } from "@/lib/itss/currency";

function useFieldOptions() {
  const t = useTranslations("forms.field");
  return [...FIELDS.map((f) => ({ value: f, label: t(f) })), { value: "", label: t("mixed") }];
}

export function CreateTeamForm({ departments }: { departments: { id: number; name: string }[] }) {
  const t = useTranslations("forms.team");
  const fieldOptions = useFieldOptions();
  return (
    <ActionForm
      action={createTeam}
      submitLabel={t("create")}
      redirectTo="/teams/{id}"
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
    >
      <SelectField
        name="departmentId"
        label={t("department")}
        options={departments.map((d) => ({ value: String(d.id), label: d.name }))}
      />
      <TextField name="name" label={t("name")} required />
      <SelectField name="field" label={t("field")} options={fieldOptions} defaultValue="hardware" />
    </ActionForm>
  );
}

export function TeamSettingsForm({
  team,
}: {
  team: { id: number; version: number; name: string; field: Field | null; assessmentIntervalMonths: number };
}) {
  const t = useTranslations("forms.team");
  const fieldOptions = useFieldOptions();
  return (
    <ActionForm action={updateTeam} hidden={{ id: team.id, version: team.version }} submitLabel={t("save")}>
      <TextField name="name" label={t("name")} required defaultValue={team.name} />
      <SelectField name="field" label={t("field")} options={fieldOptions} defaultValue={team.field ?? ""} />
      <TextField
        name="assessmentIntervalMonths"
        label={t("interval")}
        hint={t("intervalHint")}
        type="number"
        min={MIN_INTERVAL_MONTHS}
        max={MAX_INTERVAL_MONTHS}
        required
        defaultValue={String(team.assessmentIntervalMonths)}
      />
    </ActionForm>
  );
}

export function TeamLeadsForm({
  team,
  candidates,
  current,
}: {
  team: { id: number; version: number };
  candidates: { id: number; name: string; email: string }[];
  current: number[];
}) {
  const t = useTranslations("forms.team");
  return (
    <ActionForm
      action={setTeamLeads}
      hidden={{ id: team.id, version: team.version }}
      arrays={["leadUserIds"]}
      submitLabel={t("saveLeads")}
    >
      <CheckboxGroup
        name="leadUserIds"
        legend={t("leads")}
        options={candidates.map((c) => ({ value: String(c.id), label: `${c.name} <${c.email}>` }))}
        checked={current.map(String)}
        empty={t("noLeads")}
      />
    </ActionForm>
  );
}
