// The audit log as a table: when, who, what; each row's changed keys highlighted, the full JSON behind a disclosure.
import type { AuditRow } from "@/lib/db/queries/audit";
import { changedKeys, short } from "./diff";

const KIND_STYLE = {
  added: "bg-emerald-50 text-emerald-900",
  removed: "bg-rose-50 text-rose-900",
  changed: "bg-amber-50 text-amber-900",
} as const;

function Diff({ before, after }: { before: unknown; after: unknown }) {
  const changes = changedKeys(before, after);
  const shown = changes.slice(0, 8);
  return (
    <div className="space-y-1">
      {changes.length === 0 ? <p className="text-slate-500">No field changed.</p> : null}
      {shown.length ? (
        <ul className="space-y-0.5">
          {shown.map((c) => (
            <li key={c.key} className={`rounded px-1.5 py-0.5 font-mono text-xs ${KIND_STYLE[c.kind]}`}>
              <span className="font-semibold">{c.key}</span>
              {c.kind === "changed" ? (
                <>
                  : <del className="opacity-70">{short(c.before)}</del> →{" "}
                  <ins className="no-underline">{short(c.after)}</ins>
                </>
              ) : null}
              {c.kind === "added" ? <>: {short(c.after)}</> : null}
              {c.kind === "removed" ? <> removed (was {short(c.before)})</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {changes.length > shown.length ? (
        <p className="text-xs text-slate-500">…and {changes.length - shown.length} more.</p>
      ) : null}
      <details className="text-xs">
        <summary className="cursor-pointer text-brand-700 hover:underline">Before / after JSON</summary>
        <div className="mt-1 grid gap-2 md:grid-cols-2">
          <div>
            <div className="font-medium text-slate-600">Before</div>
            <pre className="max-h-64 overflow-auto rounded bg-slate-50 p-2">{JSON.stringify(before, null, 2)}</pre>
          </div>
          <div>
            <div className="font-medium text-slate-600">After</div>
            <pre className="max-h-64 overflow-auto rounded bg-slate-50 p-2">{JSON.stringify(after, null, 2)}</pre>
          </div>
        </div>
      </details>
    </div>
  );
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Audit log, newest first</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              When (UTC)
            </th>
            <th scope="col" className="px-3 py-2">
              Actor
            </th>
            <th scope="col" className="px-3 py-2">
              Action
            </th>
            <th scope="col" className="px-3 py-2">
              Entity
            </th>
            <th scope="col" className="px-3 py-2">
              Changes
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((r) => (
            <tr key={r.id} data-testid="audit-row">
              <td className="px-3 py-2 whitespace-nowrap font-mono text-xs text-slate-700">
                {r.at.toISOString().slice(0, 19).replace("T", " ")}
              </td>
              <td className="px-3 py-2">
                {r.actorName ? (
                  <>
                    <div>{r.actorName}</div>
                    <div className="text-xs text-slate-500">{r.actorEmail}</div>
                  </>
                ) : (
                  <span className="text-slate-500">system</span>
                )}
              </td>
              <td className="px-3 py-2">{r.action}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {r.entity}
                {r.entityId ? <span className="text-slate-500"> #{r.entityId}</span> : null}
              </td>
              <td className="px-3 py-2 min-w-80">
                <Diff before={r.before} after={r.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
