"use client";
// Restores an organisation export (JSON) into an empty database through POST /api/admin/import.json, then signs out.
// The file is sent as it is (the browser streams it from disk; the route parses it as it arrives), never read here.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { logout } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { restoreFailure } from "@/lib/transfer/restore-failure";
import { FileInput } from "@/components/ui/input";
import { CheckboxField } from "@/components/forms/fields";

type Outcome = { ok: true; written: Record<string, number> } | { ok: false; error: string; errors?: FileProblem[] };

/** The API's file problems: paths into the export and the format's own words (English, like the file format). */
type FileProblem = { path: string; message: string };

/** `limitMb`: the server's LEVELBOARD_RESTORE_MAX_MB, so a larger file is refused before it is uploaded. */
export function RestoreForm({ limitMb }: { limitMb: number }) {
  const t = useTranslations("forms.restore");
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [understood, setUnderstood] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file || !understood) return;
    const refuse = (status: number, errors?: FileProblem[]) => {
      const failure = restoreFailure(status, limitMb);
      const error = t(`failed.${failure.key}`, "values" in failure ? failure.values : undefined);
      setOutcome({ ok: false, error, errors });
    };
    if (file.size > limitMb * 1_000_000) return refuse(413);
    setPending(true);
    try {
      const res = await fetch("/api/admin/import.json", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: file,
      });
      const body = await res.json().catch(() => ({}));
      if (res.ok) setOutcome({ ok: true, written: body.written });
      else refuse(res.status, Array.isArray(body.errors) ? (body.errors as FileProblem[]) : undefined);
    } catch {
      setOutcome({ ok: false, error: t("unreachable") });
    } finally {
      setPending(false);
    }
  };

  if (outcome?.ok) {
    return (
      <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
        <p className="font-medium">
          {t("restored", {
            counts: Object.entries(outcome.written)
              .map(([k, n]) => `${n} ${k}`)
              .join(", "),
          })}
        </p>
        <p className="mt-1">{t("replaced")}</p>
        <form action={logout} className="mt-2">
          <Button type="submit">{t("signOut")}</Button>
        </form>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-3">
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-700">
          {t("file")}
        </label>
        <FileInput
          id={`${id}-file`}
          accept=".json,application/json"
          required
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setOutcome(null);
          }}
          className="mt-1"
        />
      </div>
      <div role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        <p className="font-semibold">{t("warning")}</p>
        <p className="mt-1">{t("warningBody")}</p>
        <CheckboxField className="mt-2" label={t("understand")} checked={understood} onChange={setUnderstood} />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("restoring")} disabled={!file || !understood}>
        {t("restore")}
      </SubmitButton>
      {outcome && !outcome.ok ? (
        <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900">
          <p className="font-medium">{outcome.error}</p>
          {outcome.errors?.length ? <p className="mt-1">{t("details")}</p> : null}
          {outcome.errors?.length ? (
            <ul className="mt-1 list-disc pl-5 font-mono text-xs" lang="en">
              {outcome.errors.map((e, i) => (
                <li key={i}>
                  {e.path}: {e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
