"use client";
// An action's answer above or below its form: the error summary (role="alert": the summary sentence, then each
// field's message when several fields are at fault) or the success message (role="status").
import type { ActionResult } from "@/lib/actions/run";

export function FormMessage({
  result,
  showSuccess = true,
  fieldsShown = [],
  className = "",
}: {
  result: ActionResult<unknown> | null;
  /** false: only errors (a form that closes on success). */
  showSuccess?: boolean;
  /** Fields that show their own error (components/forms/fields): a refusal of only these is not repeated here. */
  fieldsShown?: readonly string[];
  className?: string;
}) {
  if (!result) return null;
  if (!result.ok) {
    const fields = Object.keys(result.fieldErrors ?? {});
    if (fields.length > 0 && fields.every((f) => fieldsShown.includes(f))) return null;
  }
  if (result.ok)
    return showSuccess && result.message ? (
      <p
        role="status"
        className={`rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ${className}`}
      >
        {result.message}
      </p>
    ) : null;
  const messages = Object.values(result.fieldErrors ?? {});
  return (
    <div
      role="alert"
      className={`rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 ${className}`}
    >
      <p className="font-medium">{result.error}</p>
      {messages.length > 1 ? (
        <ul className="mt-1 list-disc pl-5">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
