"use client";
// Labelled form fields that show their own error: a form puts its action's field errors in <FieldErrors>, each
// field finds its message by name (aria-invalid, aria-describedby). Controlled (value + onChange) or not
// (defaultValue), so the same fields serve the record forms (typed state) and the roster's plain forms.
import { createContext, useContext, useId, type ReactNode } from "react";

const ErrorsContext = createContext<Record<string, string>>({});

export function FieldErrors({ errors, children }: { errors: Record<string, string>; children: ReactNode }) {
  return <ErrorsContext.Provider value={errors}>{children}</ErrorsContext.Provider>;
}

export function useFieldError(name: string): string | undefined {
  return useContext(ErrorsContext)[name];
}

const INPUT =
  "mt-1 block w-full rounded-md border bg-white px-3 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";
/** The input style, for an input this module has no field for. */
export const inputClass = `${INPUT} border-slate-300`;
const inputClassOf = (error: string | undefined) => (error ? `${INPUT} border-red-500` : inputClass);

/** The message of field `name` (from <FieldErrors>), under it. */
export function FieldError({ name, id }: { name: string; id?: string }) {
  const error = useFieldError(name);
  return error ? (
    <p id={id ?? `${name}-error`} className="mt-1 text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;
}

type Common = {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
};

function Label({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
      {label}
      {required ? (
        <span aria-hidden="true" className="text-red-700">
          {" "}
          *
        </span>
      ) : null}
    </label>
  );
}

function useField(name: string, id: string | undefined, hint: ReactNode) {
  const generated = useId();
  const fieldId = id ?? generated;
  const error = useFieldError(name);
  return {
    id: fieldId,
    error,
    aria: {
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined,
    } as const,
  };
}

function Below({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  if (error)
    return (
      <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
        {error}
      </p>
    );
  return hint ? (
    <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
      {hint}
    </p>
  ) : null;
}

export function TextField({
  name,
  label,
  id,
  hint,
  required,
  className,
  type = "text",
  value,
  onChange,
  defaultValue,
  autoComplete,
  maxLength = 200,
  min,
  max,
}: Common & {
  type?: string;
  value?: string;
  onChange?: (value: string) => void;
  defaultValue?: string | number | null;
  autoComplete?: string;
  maxLength?: number;
  min?: number;
  max?: number;
}) {
  const f = useField(name, id, hint);
  return (
    <div className={className}>
      <Label htmlFor={f.id} label={label} required={required} />
      <input
        id={f.id}
        name={name}
        type={type}
        {...(onChange
          ? { value: value ?? "", onChange: (e) => onChange(e.target.value) }
          : { defaultValue: defaultValue ?? "" })}
        required={required}
        autoComplete={autoComplete}
        maxLength={type === "number" || type === "date" ? undefined : maxLength}
        min={min}
        max={max}
        className={inputClassOf(f.error)}
        {...f.aria}
      />
      <Below id={f.id} error={f.error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  id,
  hint,
  required,
  className,
  value,
  onChange,
  defaultValue,
  rows = 3,
  maxLength = 5000,
}: Common & {
  value?: string;
  onChange?: (value: string) => void;
  defaultValue?: string | null;
  rows?: number;
  maxLength?: number;
}) {
  const f = useField(name, id, hint);
  return (
    <div className={className}>
      <Label htmlFor={f.id} label={label} required={required} />
      <textarea
        id={f.id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        {...(onChange
          ? { value: value ?? "", onChange: (e) => onChange(e.target.value) }
          : { defaultValue: defaultValue ?? "" })}
        className={inputClassOf(f.error)}
        {...f.aria}
      />
      <Below id={f.id} error={f.error} hint={hint} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  id,
  hint,
  required,
  className,
  options,
  placeholder,
  value,
  onChange,
  defaultValue,
}: Common & {
  options: readonly Option[];
  /** An empty first choice ("— not given —"). */
  placeholder?: string;
  value?: string;
  onChange?: (value: string) => void;
  defaultValue?: string | number | null;
}) {
  const f = useField(name, id, hint);
  return (
    <div className={className}>
      <Label htmlFor={f.id} label={label} required={required} />
      <select
        id={f.id}
        name={name}
        {...(onChange
          ? { value: value ?? "", onChange: (e) => onChange(e.target.value) }
          : { defaultValue: defaultValue === null || defaultValue === undefined ? "" : String(defaultValue) })}
        className={inputClassOf(f.error)}
        {...f.aria}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Below id={f.id} error={f.error} hint={hint} />
    </div>
  );
}

/** Checkboxes posting a list under one name (uncontrolled). */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  empty,
}: {
  name: string;
  legend: ReactNode;
  options: readonly Option[];
  checked: string[];
  empty?: ReactNode;
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
      {error ? <p className="mt-1 text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}
