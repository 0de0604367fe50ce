"use client";
// The sign-in form (email and password): its field errors beside each field through the kit's fields.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { login, type LoginState } from "@/lib/actions/auth";
import { FieldErrors, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      <FieldErrors errors={state.fieldErrors ?? {}}>
        <TextField
          id="email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="username"
          maxLength={null}
          required
          defaultValue={state.email}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          maxLength={null}
          required
        />
      </FieldErrors>
      <SubmitButton pending={pending} pendingLabel={t("signingIn")} className="w-full">
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
