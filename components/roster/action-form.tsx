"use client";
// A form that posts a plain object to a server action (lib/actions) and shows its answer: field errors next to
// each field, a summary with role="alert", success with role="status"; then refreshes or navigates.
import { createContext, useContext, useId, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/run";
import { formToObject } from "@/lib/forms/form-data";

type AnyAction = (input: unknown) => Promise<ActionResult<unknown>>;
const ErrorsContext = createContext<Record<string, string>>({});

type Props = {
  action: AnyAction;
  /** Values the form sends besides its fields (ids, versions). */
  hidden?: Record<string, string | number | boolean>;
  /** Field names that are lists (checkbox groups). */
  arrays?: string[];
  submitLabel: string;
  /** After success: go here (`{id}` → the new row's id, `{name}` → the submitted name); otherwise refresh the page. */
  redirectTo?: string;
  /** Ask before sending (for archive, disable…). */
  confirm?: string;
  resetOnSuccess?: boolean;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  children?: ReactNode;
};

const BUTTON = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-700 hover:bg-slate-100",
  danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50",
};

export function ActionForm({
  action,
  hidden = {},
  arrays = [],
  submitLabel,
  redirectTo,
  confirm,
  resetOnSuccess,
  variant = "primary",
  className = "",
  children,
}: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  return (
    <form
      noValidate
      className={`space-y-4 ${className}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (confirm && !window.confirm(confirm)) return;
        const form = e.currentTarget;
        const input: Record<string, unknown> = { ...formToObject(new FormData(form), arrays), ...hidden };
        startTransition(async () => {
          const r = await action(input);
          setResult(r);
          if (!r.ok) return;
          if (resetOnSuccess) form.reset();
          if (redirectTo) {
            const id = (r.data as { id?: number } | undefined)?.id;
            const name = typeof input.name === "string" ? input.name.trim() : "";
            router.push(redirectTo.replace("{id}", String(id ?? "")).replace("{name}", encodeURIComponent(name)));
          } else router.refresh();
        });
      }}
    >
      <ErrorsContext.Provider value={fieldErrors}>
        {result && !result.ok ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            <p className="font-medium">{result.error}</p>
            {Object.keys(fieldErrors).length > 1 ? (
              <ul className="mt-1 list-disc pl-5">
                {Object.entries(fieldErrors).map(([k, v]) => (
                  <li key={k}>{v}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {result?.ok && result.message ? (
          <p
            role="status"
            className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          >
            {result.message}
          </p>
        ) : null}
        {children}
        <button
          type="submit"
          disabled={pending}
          className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${BUTTON[variant]}`}
        >
          {pending ? "Saving…" : submitLabel}
        </button>
      </ErrorsContext.Provider>
    </form>
  );
}

function useFieldError(name: string) {
  return useContext(ErrorsContext)[name];
}

const INPUT = "mt-1 block w-full rounded-md border px-3 py-1.5 text-sm";

export function TextField({
  name,
  label,
  defaultValue,
  type = "text",
  required,
  hint,
  autoComplete,
  maxLength = 200,
}: {
  name: string;
  label: string;
  defaultValue?: string | null;
  type?: string;
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  maxLength?: number;
}) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ""}
        required={required}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={`${INPUT} ${error ? "border-red-500" : "border-slate-300"}`}
      />
      {hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  hint,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string | number | null;
  hint?: string;
}) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue === null || defaultValue === undefined ? "" : String(defaultValue)}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={`${INPUT} bg-white ${error ? "border-red-500" : "border-slate-300"}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  empty,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  empty?: string;
}) {
  const error = useFieldError(name);
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 ? <p className="mt-1 text-sm text-slate-600">{empty}</p> : null}
      <div className="mt-1 space-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** One button that sends fixed input (archive, restore, enable…); errors shown beside it. */
export function ActionButton({
  action,
  input,
  label,
  confirm,
  variant = "secondary",
}: {
  action: AnyAction;
  input: Record<string, unknown>;
  label: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start">
      <button
        type="button"
        disabled={pending}
        className={`rounded-md px-2.5 py-1 text-xs font-medium disabled:opacity-60 ${BUTTON[variant]}`}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const r = await action(input);
            setError(r.ok ? null : r.error);
            if (r.ok) router.refresh();
          });
        }}
      >
        {pending ? "…" : label}
      </button>
      {error ? (
        <span role="alert" className="mt-1 max-w-xs text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
