"use client";
// The shell every record form shares: its values in one state object, each field bound to it by name (name, id,
// value, onChange), create-or-update on submit (update sends the record's id and version), and the form with its
// field errors, buttons and error summary.
import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/run";
import { FieldErrors } from "@/components/forms/fields";
import { useAction } from "@/components/forms/use-action";
import { FormButtons } from "./record-list";

type Saved = { id: number; version: number };
type Action = (raw: unknown) => Promise<ActionResult<unknown>>;

export function useRecordForm<S extends Record<string, unknown>>({
  initial,
  prefix,
  record,
  toInput,
  create,
  update,
  onDone,
}: {
  initial: () => S;
  /** Makes the fields' ids unique on a page that lists several records (`ex12-`, `ex-new-`). */
  prefix: string;
  /** The record being changed; none: a new one. */
  record?: Saved;
  /** The action's input from the form's values. */
  toInput: (values: S) => Record<string, unknown>;
  create: Action;
  update: Action;
  onDone: () => void;
}) {
  const [values, setValues] = useState<S>(initial);
  const { pending, result, run, errors } = useAction();
  const set =
    <K extends keyof S>(k: K) =>
    (v: S[K]) =>
      setValues((prev) => ({ ...prev, [k]: v }));
  /** A text, date or select field's props for value `k` (a string value). */
  const bind = <K extends keyof S & string>(k: K) => ({
    name: k,
    id: `${prefix}${k}`,
    value: String(values[k] ?? ""),
    onChange: (v: string) => set(k)(v as S[K]),
  });
  const submit = () => {
    const input = toInput(values);
    if (record) run(update, { ...input, id: record.id, version: record.version }, onDone);
    else run(create, input, onDone);
  };
  return { values, setValues, set, bind, submit, pending, result, errors, isEdit: !!record, onDone, prefix };
}

export type RecordFormState = ReturnType<typeof useRecordForm>;

const COLUMNS = { 2: ["sm:grid-cols-2", "sm:col-span-2"], 3: ["sm:grid-cols-3", "sm:col-span-3"] } as const;

/** A short record form: its fields in a grid of `columns`, then Save / Cancel and the error summary. */
export function RecordForm({
  form,
  label,
  columns,
  children,
}: {
  form: Pick<RecordFormState, "submit" | "pending" | "result" | "errors" | "isEdit" | "onDone">;
  label: string;
  columns: keyof typeof COLUMNS;
  children: ReactNode;
}) {
  const [grid, span] = COLUMNS[columns];
  return (
    <form
      className={`mt-2 grid gap-3 rounded-lg border border-brand-100 bg-brand-50/40 p-3 ${grid}`}
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      <FieldErrors errors={form.errors}>{children}</FieldErrors>
      <FormButtons
        isEdit={form.isEdit}
        pending={form.pending}
        result={form.result}
        onCancel={form.onDone}
        span={span}
      />
    </form>
  );
}
