"use client";
// Paste or choose a CSV, check it (dry run: every error as row, column, message, and a preview), then import it.
import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run";
import type { ImportOutcome } from "@/lib/actions/transfer";
import { MAX_CSV_BYTES, type ShownRowError } from "@/lib/transfer/csv";
import { FieldErrors, TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { FileInput } from "@/components/ui/input";

type Column<P> = { key: keyof P & string; label: string };

export function CsvImportForm<P extends { row: number }>({
  kind,
  action,
  columns,
  template,
  templateName,
}: {
  kind: string;
  action: (input: { csv: string; dryRun: boolean }) => Promise<ActionResult<ImportOutcome<P>>>;
  columns: Column<P>[];
  template: string;
  templateName: string;
}) {
  const t = useTranslations("forms.csv");
  const id = useId();
  const [csv, setCsv] = useState("");
  const [checked, setChecked] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult<ImportOutcome<P>> | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const run = (dryRun: boolean) =>
    start(async () => {
      const r = await action({ csv, dryRun });
      setResult(r);
      setChecked(r.ok && r.data.errors.length === 0 && dryRun ? csv : null);
      if (r.ok && r.data.applied) setCsv("");
    });

  const onFile = async (file: File | undefined) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setFileError(t("tooLarge", { name: file.name, size: Math.ceil(file.size / 1000), limit: MAX_CSV_BYTES / 1000 }));
      return;
    }
    setCsv(await file.text());
    setChecked(null);
    setResult(null);
  };

  const errors: ShownRowError[] = result?.ok ? result.data.errors : [];
  const preview = result?.ok ? result.data.preview : [];
  const fieldError = result && !result.ok ? result.fieldErrors?.csv : undefined;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-700">
            {t("chooseFile")}
          </label>
          <FileInput
            id={`${id}-file`}
            accept=".csv,text/csv"
            onChange={(e) => onFile(e.target.files?.[0])}
            className="mt-1"
          />
          {fileError ? (
            <p className="mt-1 text-sm text-rose-700" role="alert">
              {fileError}
            </p>
          ) : null}
        </div>
        <a
          className="text-sm text-brand-700 hover:underline"
          download={templateName}
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`}
        >
          {t("template", { name: templateName })}
        </a>
      </div>
      <FieldErrors errors={fieldError ? { csv: fieldError } : {}}>
        <TextAreaField
          id={`${id}-csv`}
          name="csv"
          label={t("paste")}
          value={csv}
          rows={8}
          maxLength={null}
          spellCheck={false}
          controlClassName="font-mono text-xs"
          onChange={(value) => {
            setCsv(value);
            setChecked(null);
          }}
        />
      </FieldErrors>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending || csv.trim() === ""} onClick={() => run(true)}>
          {pending ? t("working") : t("check")}
        </Button>
        <Button
          disabled={pending || checked === null || checked !== csv}
          onClick={() => run(false)}
          title={checked === csv ? undefined : t("checkFirst")}
        >
          {t("import", { kind })}
        </Button>
      </div>

      {result && !result.ok ? <FormMessage result={result} /> : null}
      {result?.ok && errors.length > 0 ? (
        <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900">
          <p className="font-medium">
            {result.message} {t("fixThese")}
          </p>
          <table className="mt-2 w-full text-left" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col" className="pr-3">
                  {t("row")}
                </th>
                <th scope="col" className="pr-3">
                  {t("column")}
                </th>
                <th scope="col">{t("problem")}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={i}>
                  <td className="pr-3 align-top font-mono">{e.row || "—"}</td>
                  <td className="pr-3 align-top font-mono">{e.column || "—"}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {result?.ok && errors.length === 0 ? (
        <p
          role="status"
          className={`rounded-md border px-3 py-2 text-sm ${result.data.applied ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-brand-100 bg-brand-50 text-brand-900"}`}
        >
          {result.message}
          {!result.data.applied ? t("pressImport") : ""}
        </p>
      ) : null}
      {result?.ok && errors.length === 0 && result.data.creates?.length ? (
        <div
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          data-testid="import-creates"
        >
          <p className="font-medium">{result.data.applied ? t("created") : t("willCreate")}</p>
          <ul className="mt-1 list-disc pl-5">
            {result.data.creates.map((c) => (
              <li key={`${c.kind}:${c.name}`}>
                {c.kind === "department" ? t("department") : t("team")} <span className="font-medium">{c.name}</span>
                {c.detail ? ` (${c.detail})` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="import-preview">
            <caption className="px-3 py-2 text-left font-medium text-slate-700">
              {t(result?.ok && result.data.applied ? "imported" : "willImport", {
                count: preview.length,
                withoutErrors: errors.length ? "yes" : "no",
              })}
            </caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-1.5">
                  {t("row")}
                </th>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="px-3 py-1.5">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {preview.slice(0, 200).map((p) => (
                <tr key={p.row}>
                  <td className="px-3 py-1 font-mono">{p.row}</td>
                  {columns.map((c) => (
                    <td key={c.key} className="px-3 py-1">
                      {String(p[c.key] ?? "—")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {preview.length > 200 ? (
            <p className="px-3 py-2 text-xs text-slate-500">{t("more", { count: preview.length - 200 })}</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
