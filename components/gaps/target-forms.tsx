"use client";
// Target forms: add a target to a team or a department, change one, delete one. The skill item list follows the
// chosen field and appears only for a skill target; the server action checks everything again.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { createTarget, deleteTarget, updateTarget } from "@/lib/actions/targets";
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field } from "@/lib/itss/fields";
import { SelectField, TextField } from "@/components/forms/fields";

export type TargetValues = {
  field: Field;
  kind: "level" | "skill";
  skillItem: string | null;
  minLevel: number;
  minCount: number;
};
type ItemNames = Record<Field, Record<string, string>>;

function TargetFields({ initial, itemNames }: { initial: TargetValues; itemNames: ItemNames }) {
  const t = useTranslations("forms.target");
  const tf = useTranslations("forms.field");
  const id = useId();
  const [field, setField] = useState<Field>(initial.field);
  const [kind, setKind] = useState(initial.kind);
  return (
    <div className="grid gap-3 sm:grid-cols-5">
      <SelectField
        id={`${id}-field`}
        name="field"
        label={t("field")}
        value={field}
        onChange={(v) => setField(v as Field)}
        options={FIELDS.map((f) => ({ value: f, label: tf(f) }))}
      />
      <SelectField
        id={`${id}-kind`}
        name="kind"
        label={t("counts")}
        value={kind}
        onChange={(v) => setKind(v as "level" | "skill")}
        options={[
          { value: "level", label: t("kindLevel") },
          { value: "skill", label: t("kindSkill") },
        ]}
      />
      {kind === "skill" ? (
        <SelectField
          key={field}
          id={`${id}-item`}
          name="skillItem"
          label={t("skillItem")}
          defaultValue={initial.skillItem}
          placeholder={t("choose")}
          options={skillItemsOf(field).map((i) => ({ value: i, label: itemNames[field][i] }))}
        />
      ) : (
        <SelectField
          id={`${id}-item`}
          name="skillItem"
          label={t("skillItem")}
          disabled
          value=""
          onChange={() => {}}
          placeholder={t("levelTarget")}
          options={[]}
          hint={t("itemHint")}
        />
      )}
      <TextField
        id={`${id}-level`}
        name="minLevel"
        label={t("minLevel")}
        type="number"
        min={1}
        max={MAX_LEVEL[field]}
        defaultValue={initial.minLevel}
        required
      />
      <TextField
        id={`${id}-count`}
        name="minCount"
        label={t("minCount")}
        type="number"
        min={1}
        max={10000}
        defaultValue={initial.minCount}
        required
      />
    </div>
  );
}

export function CreateTargetForm({
  owner,
  defaults,
  itemNames,
}: {
  owner: { teamId: number } | { departmentId: number };
  defaults: TargetValues;
  itemNames: ItemNames;
}) {
  const t = useTranslations("forms.target");
  return (
    <ActionForm action={createTarget} hidden={owner} submitLabel={t("add")} resetOnSuccess>
      <TargetFields initial={defaults} itemNames={itemNames} />
    </ActionForm>
  );
}

export function EditTargetForm({
  target,
  itemNames,
}: {
  target: TargetValues & { id: number; version: number };
  itemNames: ItemNames;
}) {
  const t = useTranslations("forms.target");
  return (
    <ActionForm
      action={updateTarget}
      hidden={{ id: target.id, version: target.version }}
      submitLabel={t("save")}
      variant="secondary"
    >
      <TargetFields initial={target} itemNames={itemNames} />
    </ActionForm>
  );
}

export function DeleteTargetButton({ id, version, label }: { id: number; version: number; label: string }) {
  const t = useTranslations("forms.target");
  return (
    <ActionButton
      action={deleteTarget}
      input={{ id, version }}
      label={t("delete")}
      confirm={t("confirmDelete", { label })}
      variant="danger"
    />
  );
}
