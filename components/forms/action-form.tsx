"use client";
// A form that posts its plain fields (and fixed hidden values) to a server action and shows its answer: field
// errors next to each field, the summary above, success with role="status"; then refreshes or navigates.
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { formToObject } from "@/lib/forms/form-data";
import type { ActionResult } from "@/lib/actions/run";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FieldErrors } from "./fields";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useAction } from "./use-action";

type PlainAction = (input: never) => Promise<ActionResult<unknown>>;

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
}: {
  action: PlainAction;
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
  variant?: ButtonVariant;
  className?: string;
  children?: ReactNode;
}) {
  const router = useRouter();
  const { pending, result, run, errors } = useAction();
  return (
    <form
      noValidate
      method="post"
      className={`space-y-4 ${className}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (confirm && !window.confirm(confirm)) return;
        const form = e.currentTarget;
        const input: Record<string, unknown> = { ...formToObject(new FormData(form), arrays), ...hidden };
        run(action as (input: unknown) => Promise<ActionResult<unknown>>, input, (r) => {
          if (resetOnSuccess) form.reset();
          if (redirectTo) {
            const id = (r.data as { id?: number } | undefined)?.id;
            const name = typeof input.name === "string" ? input.name.trim() : "";
            router.push(redirectTo.replace("{id}", String(id ?? "")).replace("{name}", encodeURIComponent(name)));
          } else router.refresh();
        });
      }}
    >
      <FieldErrors errors={errors}>
        <FormMessage result={result} />
        {children}
        <SubmitButton pending={pending} variant={variant}>
          {submitLabel}
        </SubmitButton>
      </FieldErrors>
    </form>
  );
}

/** One button that sends fixed input (archive, restore, enable…); its error shown beside it. */
export function ActionButton({
  action,
  input,
  label,
  confirm,
  variant = "secondary",
}: {
  action: PlainAction;
  input: Record<string, unknown>;
  label: string;
  confirm?: string;
  variant?: ButtonVariant;
}) {
  const router = useRouter();
  const t = useTranslations("forms");
  const { pending, result, run } = useAction();
  return (
    <span className="inline-flex flex-col items-start">
      <Button
        size="sm"
        variant={variant}
        disabled={pending}
        aria-label={pending ? label : undefined}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          run(action as (input: unknown) => Promise<ActionResult<unknown>>, input, () => router.refresh());
        }}
      >
        {pending ? t("working") : label}
      </Button>
      {result && !result.ok ? (
        <span role="alert" className="mt-1 max-w-xs text-xs text-red-700">
          {result.error}
        </span>
      ) : null}
    </span>
  );
}
