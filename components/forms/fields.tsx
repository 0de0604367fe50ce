"use client";
// Labelled form fields that show their own error: a form puts its action's field errors in <FieldErrors>, each
// field finds its message by name (aria-invalid, aria-describedby). Controlled (value + onChange) or not
// (defaultValue), so the same fields serve the record forms (typed state) and the roster's plain forms.
import { createContext, useContext, useId, type ChangeEvent, type ReactNode } from "react";
import { Checkbox, Radio } from "@/components/ui/checkbox";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

const ErrorsContext = createContext<Record<string, string>>({});

export function FieldErrors({ errors, children }: { errors: Record<string, string>; children: ReactNode }) {
  return <ErrorsContext.Provider value={errors}>{children}</ErrorsContext.Provider>;
}

export function useFieldError(name: string): string | undefined {
  return useContext(ErrorsContext)[name];
}

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
  /** The input's name, and the key of its error in <FieldErrors>; none: a control the form reads itself, not sent. */
  name?: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  className?: string;
};

/** Controlled (value + onChange) or not (defaultValue): the value props of a text control. */
type Value = {
  value?: string;
  onChange?: (value: string) => void;
  defaultValue?: string | number | null;
};

function valueProps<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>({
  value,
  onChange,
  defaultValue,
}: Value) {
  return onChange
    ? { value: value ?? "", onChange: (e: ChangeEvent<E>) => onChange(e.target.value) }
    : { defaultValue: defaultValue === null || defaultValue === undefined ? "" : String(defaultValue) };
}

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

/**
 * One field's row: its label, the control `children(field)` renders with the field's id, name, error style and aria
 * attributes, and under it the error (or the hint).
 */
function FieldRow({
  name,
  label,
  id,
  hint,
  required,
  disabled,
  className,
  children,
}: Common & {
  children: (field: {
    id: string;
    name: string | undefined;
    invalid: boolean;
    disabled: boolean | undefined;
    className: string;
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
  }) => ReactNode;
}) {
  const generated = useId();
  const fieldId = id ?? generated;
  const error = useFieldError(name ?? "");
  return (
    <div className={className}>
      <Label htmlFor={fieldId} label={label} required={required} />
      {children({
        id: fieldId,
        name,
        invalid: !!error,
        disabled,
        className: "mt-1",
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined,
      })}
      {error ? (
        <p id={`${fieldId}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : hint ? (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  type = "text",
  autoComplete,
  maxLength = 200,
  min,
  max,
  ...props
}: Common &
  Value & {
    type?: string;
    autoComplete?: string;
    /** null: no limit in the browser (the server's schema still has one). */
    maxLength?: number | null;
    min?: number;
    max?: number;
  }) {
  return (
    <FieldRow {...props}>
      {(f) => (
        <Input
          {...f}
          type={type}
          {...valueProps<HTMLInputElement>(props)}
          required={props.required}
          autoComplete={autoComplete}
          maxLength={type === "number" || type === "date" || maxLength === null ? undefined : maxLength}
          min={min}
          max={max}
        />
      )}
    </FieldRow>
  );
}

export function TextAreaField({
  rows = 3,
  maxLength = 5000,
  spellCheck,
  controlClassName = "",
  ...props
}: Common &
  Value & {
    rows?: number;
    /** null: no limit in the browser (the server says what is too long). */
    maxLength?: number | null;
    spellCheck?: boolean;
    /** Extra classes of the text area itself (e.g. a monospace font). */
    controlClassName?: string;
  }) {
  return (
    <FieldRow {...props}>
      {(f) => (
        <Textarea
          {...f}
          className={`${f.className} ${controlClassName}`}
          rows={rows}
          maxLength={maxLength ?? undefined}
          spellCheck={spellCheck}
          {...valueProps<HTMLTextAreaElement>(props)}
        />
      )}
    </FieldRow>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  options,
  placeholder,
  ...props
}: Common &
  Value & {
    options: readonly Option[];
    /** An empty first choice ("— not given —"). */
    placeholder?: string;
  }) {
  return (
    <FieldRow {...props}>
      {(f) => (
        <Select {...f} {...valueProps<HTMLSelectElement>(props)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </FieldRow>
  );
}

/** One checkbox with its label beside it (controlled, or uncontrolled with defaultChecked). */
export function CheckboxField({
  id,
  name,
  value,
  label,
  checked,
  defaultChecked,
  onChange,
  className = "",
}: {
  id?: string;
  name?: string;
  value?: string;
  label: ReactNode;
  checked?: boolean;
  defaultChecked?: boolean;
  onChange?: (checked: boolean) => void;
  className?: string;
}) {
  const generated = useId();
  const boxId = id ?? generated;
  return (
    <div className={`flex items-center gap-2 ${className}`}>
      <Checkbox
        id={boxId}
        name={name}
        value={value}
        {...(onChange ? { checked: !!checked, onChange: (e) => onChange(e.target.checked) } : { defaultChecked })}
      />
      <label htmlFor={boxId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
    </div>
  );
}

/**
 * A list of checkboxes (several values) or radio buttons (one), each with its label, controlled; under a legend when
 * given one (then a fieldset, described by its error). `idPrefix` + the option's value is each choice's id.
 */
export function ChoiceList<M extends "one" | "many">({
  mode,
  legend,
  idPrefix,
  name,
  options,
  value,
  onChange,
  errorName,
  errorId,
}: {
  mode: M;
  legend?: ReactNode;
  idPrefix: string;
  /** The inputs' name (a radio group's, or the list a GET form sends). */
  name?: string;
  options: readonly { value: string; label: ReactNode }[];
  value: M extends "many" ? readonly string[] : string;
  onChange: (value: M extends "many" ? string[] : string) => void;
  /** Shows the field error of this name under the list. */
  errorName?: string;
  errorId?: string;
}) {
  const error = useFieldError(errorName ?? "");
  const errorElementId = errorId ?? `${idPrefix}error`;
  const many = mode === "many";
  const chosen = (v: string) => (many ? (value as readonly string[]).includes(v) : value === v);
  const toggle = (v: string, on: boolean) => {
    const list = value as readonly string[];
    type Next = M extends "many" ? string[] : string;
    onChange((many ? (on ? [...list, v] : list.filter((x) => x !== v)) : v) as Next);
  };
  const rows = (
    <div className="mt-1 space-y-1">
      {options.map((o) => {
        const Control = many ? Checkbox : Radio;
        return (
          <div key={o.value} className="flex items-start gap-2">
            <Control
              id={`${idPrefix}${o.value}`}
              name={name}
              value={o.value}
              className="mt-0.5"
              checked={chosen(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <label htmlFor={`${idPrefix}${o.value}`} className="text-sm text-slate-800">
              {o.label}
            </label>
          </div>
        );
      })}
      {errorName && error ? (
        <p id={errorElementId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
  if (legend === undefined) return rows;
  return (
    <fieldset aria-describedby={errorName && error ? errorElementId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {rows}
    </fieldset>
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
            <Checkbox name={name} value={o.value} defaultChecked={checked.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}
