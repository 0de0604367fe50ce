"use client";
// Small pieces every record form uses: calling a server action with pending state, field errors next to inputs,
// an error summary (role="alert") and a success message (role="status").
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run";

export type Perms = { write: boolean; submit: boolean; review: boolean };

export function useAction() {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  function run<T>(
    action: (input: unknown) => Promise<ActionResult<T>>,
    input: unknown,
    onOk?: (r: ActionResult<T> & { ok: true }) => void,
  ) {
    startTransition(async () => {
      const r = await action(input);
      setResult(r as ActionResult<unknown>);
      if (r.ok) onOk?.(r as ActionResult<T> & { ok: true });
    });
  }
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return { pending, result, run, errors, reset: () => setResult(null) };
}

export function ResultMessage({ result }: { result: ActionResult<unknown> | null }) {
  if (!result) return null;
  if (result.ok)
    return result.message ? (
      <p role="status" className="text-sm text-emerald-700">
        {result.message}
      </p>
    ) : null;
  const keys = Object.keys(result.fieldErrors ?? {});
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p className="font-medium">{result.error}</p>
      {keys.length > 1 ? (
        <ul className="mt-1 list-disc pl-5">
          {keys.map((k) => (
            <li key={k}>
              {k}: {result.fieldErrors![k]}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FieldError({ errors, name, id }: { errors: Record<string, string>; name: string; id?: string }) {
  const msg = errors[name];
  return msg ? (
    <p id={id ?? `${name}-error`} className="mt-1 text-xs font-medium text-red-700">
      {msg}
    </p>
  ) : null;
}

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";
export const buttonClass =
  "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-50";
export const secondaryButtonClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50";

export function TextInput({
  label,
  name,
  value,
  onChange,
  errors,
  type = "text",
  prefix = "",
  required,
  maxLength,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (v: string) => void;
  errors: Record<string, string>;
  type?: string;
  prefix?: string;
  required?: boolean;
  maxLength?: number;
}) {
  const id = `${prefix}${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
        {required ? <span className="text-red-700"> *</span> : null}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-error` : undefined}
        maxLength={maxLength}
      />
      <FieldError errors={errors} name={name} id={`${id}-error`} />
    </div>
  );
}

export function Select({
  label,
  name,
  value,
  onChange,
  options,
  errors,
  prefix = "",
  placeholder,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
  errors: Record<string, string>;
  prefix?: string;
  placeholder?: string;
}) {
  const id = `${prefix}${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-error` : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError errors={errors} name={name} id={`${id}-error`} />
    </div>
  );
}
