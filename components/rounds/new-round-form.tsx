"use client";
// The start-a-round form: what the round covers (only the choices the caller may make), the due date, a message.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { startRound } from "@/lib/actions/rounds";
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceList, SelectField, TextAreaField, TextField } from "@/components/forms/fields";

type Scope = "team" | "department" | "organisation";
export type RoundScopeChoices = {
  teams: { id: number; name: string; departmentName: string }[];
  departments: { id: number; name: string }[];
  organisation: boolean;
};

export function NewRoundForm({ choices, defaultDue }: { choices: RoundScopeChoices; defaultDue: string }) {
  const t = useTranslations("rounds.client");
  const scopes: Scope[] = [
    ...(choices.teams.length ? (["team"] as const) : []),
    ...(choices.departments.length ? (["department"] as const) : []),
    ...(choices.organisation ? (["organisation"] as const) : []),
  ];
  const [scope, setScope] = useState<Scope>(scopes[0] ?? "team");
  const label: Record<Scope, string> = {
    team: t("scopeTeam"),
    department: t("scopeDepartment"),
    organisation: t("scopeOrganisation"),
  };
  const manyDepartments = new Set(choices.teams.map((x) => x.departmentName)).size > 1;
  return (
    <ActionForm action={startRound} submitLabel={t("submit")} redirectTo="/rounds/{id}" className="max-w-xl">
      {scopes.length > 1 ? (
        <ChoiceList
          mode="one"
          legend={t("scope")}
          idPrefix="round-scope-"
          name="scope"
          options={scopes.map((s) => ({ value: s, label: label[s] }))}
          value={scope}
          onChange={(v) => setScope(v as Scope)}
          errorName="scope"
        />
      ) : (
        <input type="hidden" name="scope" value={scope} />
      )}
      {scope === "team" ? (
        <SelectField
          name="teamId"
          label={t("team")}
          required
          options={choices.teams.map((x) => ({
            value: String(x.id),
            label: manyDepartments ? `${x.departmentName} / ${x.name}` : x.name,
          }))}
        />
      ) : null}
      {scope === "department" ? (
        <SelectField
          name="departmentId"
          label={t("department")}
          required
          options={choices.departments.map((x) => ({ value: String(x.id), label: x.name }))}
        />
      ) : null}
      <TextField name="dueOn" type="date" label={t("dueOn")} required defaultValue={defaultDue} />
      <TextAreaField name="message" label={t("message")} hint={t("messageHint")} maxLength={2000} rows={4} />
    </ActionForm>
  );
}
