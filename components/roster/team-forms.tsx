"use client";
// Team forms: create (department, name, field), settings (name, field), leads.
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroup, SelectField, TextField } from "@/components/forms/fields";
import { createTeam, setTeamLeads, updateTeam } from "@/lib/actions/teams";
import { FIELDS, FIELD_LABEL, type Field } from "@/lib/itss/ids";

const FIELD_OPTIONS = [
  ...FIELDS.map((f) => ({ value: f, label: FIELD_LABEL[f] })),
  { value: "", label: "Mixed (several fields)" },
];

export function CreateTeamForm({ departments }: { departments: { id: number; name: string }[] }) {
  return (
    <ActionForm
      action={createTeam}
      submitLabel="Create team"
      redirectTo="/teams/{id}"
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
    >
      <SelectField
        name="departmentId"
        label="Department"
        options={departments.map((d) => ({ value: String(d.id), label: d.name }))}
      />
      <TextField name="name" label="Team name" required />
      <SelectField name="field" label="Specialty field" options={FIELD_OPTIONS} defaultValue="hardware" />
    </ActionForm>
  );
}

export function TeamSettingsForm({
  team,
}: {
  team: { id: number; version: number; name: string; field: Field | null };
}) {
  return (
    <ActionForm action={updateTeam} hidden={{ id: team.id, version: team.version }} submitLabel="Save team">
      <TextField name="name" label="Team name" required defaultValue={team.name} />
      <SelectField name="field" label="Specialty field" options={FIELD_OPTIONS} defaultValue={team.field ?? ""} />
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
  return (
    <ActionForm
      action={setTeamLeads}
      hidden={{ id: team.id, version: team.version }}
      arrays={["leadUserIds"]}
      submitLabel="Save leads"
    >
      <CheckboxGroup
        name="leadUserIds"
        legend="Leads (users with the role lead in this department)"
        options={candidates.map((c) => ({ value: String(c.id), label: `${c.name} <${c.email}>` }))}
        checked={current.map(String)}
        empty="No user of this department has the role lead yet: an administrator can give one that role."
      />
    </ActionForm>
  );
}
