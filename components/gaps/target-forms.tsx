"use client";
// Target forms: add a target to a team or a department, change one, delete one. The skill item list follows the
// chosen field and appears only for a skill target; the server action checks everything again.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { createTarget, deleteTarget, updateTarget } from "@/lib/actions/targets";
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field } from "@/lib/itss/fields";
import { inputClass } from "@/components/forms/fields";

export type TargetValues = {
  field: Field;
  kind: "level" | "skill";
  skillItem: string | null;
  minLevel: number;
  minCount: number;
};
type ItemNames = Record<Field, Record<string, string>>;

const INPUT = inputClass;

function TargetFields({ initial, itemNames }: { initial: TargetValues; itemNames: ItemNames }) {
  const t = useTranslations("forms.target");
  const tf = useTranslations("forms.field");
  const id = useId();
  const [field, setField] = useState<Field>(initial.field);
  const [kind, setKind] = useState(initial.kind);
  return (
    <div className="grid gap-3 sm:grid-cols-5">
      <div>
        <label htmlFor={`${id}-field`} className="block text-sm font-medium text-slate-800">
          {t("field")}
        </label>
        <select
          id={`${id}-field`}
          name="field"
          value={field}
          onChange={(e) => setField(e.target.value as Field)}
          className={INPUT}
        >
          {FIELDS.map((f) => (
            <option key={f} value={f}>
              {tf(f)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-kind`} className="block text-sm font-medium text-slate-800">
          {t("counts")}
        </label>
        <select
          id={`${id}-kind`}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as "level" | "skill")}
          className={INPUT}
        >
          <option value="level">{t("kindLevel")}</option>
          <option value="skill">{t("kindSkill")}</option>
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-item`} className="block text-sm font-medium text-slate-800">
          {t("skillItem")}
        </label>
        {kind === "skill" ? (
          <select
            id={`${id}-item`}
            name="skillItem"
            defaultValue={initial.skillItem ?? ""}
            key={field}
            className={INPUT}
          >
            <option value="">{t("choose")}</option>
            {skillItemsOf(field).map((i) => (
              <option key={i} value={i}>
                {itemNames[field][i]}
              </option>
            ))}
          </select>
        ) : (
          <select
            id={`${id}-item`}
            name="skillItem"
            disabled
            value=""
            className={`${INPUT} text-slate-500`}
            aria-describedby={`${id}-item-hint`}
          >
            <option value="">{t("levelTarget")}</option>
          </select>
        )}
        {kind !== "skill" ? (
          <p id={`${id}-item-hint`} className="sr-only">
            {t("itemHint")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-level`} className="block text-sm font-medium text-slate-800">
          {t("minLevel")}
        </label>
        <input
          id={`${id}-level`}
          name="minLevel"
          type="number"
          min={1}
          max={MAX_LEVEL[field]}
          defaultValue={initial.minLevel}
          required
          className={INPUT}
        />
      </div>
      <div>
        <label htmlFor={`${id}-count`} className="block text-sm font-medium text-slate-800">
          {t("minCount")}
        </label>
        <input
          id={`${id}-count`}
          name="minCount"
          type="number"
          min={1}
          max={10000}
          defaultValue={initial.minCount}
          required
          className={INPUT}
        />
      </div>
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
