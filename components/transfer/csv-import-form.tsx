"use client";
// Paste or choose a CSV, check it (dry run: every error as row, column, message, and a preview), then import it.
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run";
import type { ImportOutcome } from "@/lib/actions/transfer";
import type { RowError } from "@/lib/transfer/csv";

type Column<P> = { key: keyof P & string; label: string };

const MAX_BYTES = 500_000;

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
    if (file.size > MAX_BYTES) {
      setFileError(
        `${file.name} is ${Math.ceil(file.size / 1000)} kB; the limit is ${MAX_BYTES / 1000} kB. Split it into smaller files.`,
      );
      return;
    }
    setCsv(await file.text());
    setChecked(null);
    setResult(null);
  };

  const errors: RowError[] = result?.ok ? result.data.errors : [];
  const preview = result?.ok ? result.data.preview : [];
  const fieldError = result && !result.ok ? result.fieldErrors?.csv : undefined;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-700">
            Choose a CSV file
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => onFile(e.target.files?.[0])}
            className="mt-1 block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-brand-900"
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
          Download a template ({templateName})
        </a>
      </div>
      <div>
        <label htmlFor={`${id}-csv`} className="block text-sm font-medium text-slate-700">
          …or paste the CSV here
        </label>
        <textarea
          id={`${id}-csv`}
          name="csv"
          value={csv}
          rows={8}
          spellCheck={false}
          aria-invalid={!!fieldError || errors.length > 0}
          aria-describedby={fieldError ? `${id}-csv-error` : undefined}
          onChange={(e) => {
            setCsv(e.target.value);
            setChecked(null);
          }}
          className="mt-1 block w-full rounded-md border border-slate-300 p-2 font-mono text-xs focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600"
        />
        {fieldError ? (
          <p id={`${id}-csv-error`} className="mt-1 text-sm text-rose-700">
            {fieldError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending || csv.trim() === ""}
          onClick={() => run(true)}
          className="rounded-md border border-brand-600 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50"
        >
          {pending ? "Working…" : "Check (dry run)"}
        </button>
        <button
          type="button"
          disabled={pending || checked === null || checked !== csv}
          onClick={() => run(false)}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          title={checked === csv ? undefined : "Check the file first"}
        >
          Import {kind}
        </button>
      </div>

      {result && !result.ok ? (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
          {result.error}
        </p>
      ) : null}
      {result?.ok && errors.length > 0 ? (
        <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900">
          <p className="font-medium">{result.message} Fix these and check again:</p>
          <table className="mt-2 w-full text-left" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col" className="pr-3">
                  Row
                </th>
                <th scope="col" className="pr-3">
                  Column
                </th>
                <th scope="col">Problem</th>
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
          {!result.data.applied ? " Press “Import” to write them, in one go." : ""}
        </p>
      ) : null}
      {result?.ok && errors.length === 0 && result.data.creates?.length ? (
        <div
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          data-testid="import-creates"
        >
          <p className="font-medium">
            {result.data.applied ? "Created with the import:" : "Will be created with the import:"}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {result.data.creates.map((c) => (
              <li key={`${c.kind}:${c.name}`}>
                {c.kind === "department" ? "Department" : "Team"} <span className="font-medium">{c.name}</span>
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
              {result?.ok && result.data.applied ? "Imported" : "Will be imported"} ({preview.length} row
              {preview.length === 1 ? "" : "s"}
              {errors.length ? " without errors" : ""})
            </caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-1.5">
                  Row
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
            <p className="px-3 py-2 text-xs text-slate-500">…and {preview.length - 200} more rows.</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
