"use client";
// The notification preferences form: per kind, a radio group (fieldset + legend) of e-mail at once, daily digest or
// no e-mail, each group showing its own error. Every text comes translated from the page.
import { ActionForm } from "@/components/forms/action-form";
import { useFieldError } from "@/components/forms/fields";
import { Radio } from "@/components/ui/checkbox";
import { saveNotificationPrefs } from "@/lib/actions/notification-prefs";

export type PrefsRow = { kind: string; label: string; mode: string };
export type ModeOption = { value: string; label: string };

function KindChoice({ row, modes }: { row: PrefsRow; modes: readonly ModeOption[] }) {
  const error = useFieldError(row.kind);
  const errorId = `pref-${row.kind}-error`;
  return (
    <fieldset
      className="border-b border-slate-100 py-3 last:border-b-0 sm:flex sm:items-center sm:justify-between sm:gap-4"
      aria-describedby={error ? errorId : undefined}
      data-kind={row.kind}
    >
      <legend className="float-left mb-2 text-sm font-medium text-slate-900 sm:mb-0 sm:w-1/2">{row.label}</legend>
      <div className="clear-left flex flex-wrap gap-x-5 gap-y-2 sm:clear-none">
        {modes.map((m) => {
          const id = `pref-${row.kind}-${m.value}`;
          return (
            <div key={m.value} className="flex items-center gap-2">
              <Radio id={id} name={row.kind} value={m.value} defaultChecked={row.mode === m.value} />
              <label htmlFor={id} className="text-sm text-slate-800">
                {m.label}
              </label>
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function NotificationPrefsForm({
  rows,
  modes,
  submitLabel,
}: {
  rows: readonly PrefsRow[];
  modes: readonly ModeOption[];
  submitLabel: string;
}) {
  return (
    <ActionForm action={saveNotificationPrefs} submitLabel={submitLabel}>
      <div>
        {rows.map((row) => (
          <KindChoice key={row.kind} row={row} modes={modes} />
        ))}
      </div>
    </ActionForm>
  );
}
