// The audit log as a table: when, who, what; each row's changed keys highlighted, the full JSON behind a disclosure.
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/db/queries/audit";
import { changedKeys, short } from "./diff";

const KIND_STYLE = {
  added: "bg-emerald-50 text-emerald-900",
  removed: "bg-rose-50 text-rose-900",
  changed: "bg-amber-50 text-amber-900",
} as const;

async function Diff({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations("audit.table");
  const changes = changedKeys(before, after);
  const shown = changes.slice(0, 8);
  return (
    <div className="space-y-1">
      {changes.length === 0 ? <p className="text-slate-500">{t("noChange")}</p> : null}
      {shown.length ? (
        <ul className="space-y-0.5">
          {shown.map((c) => (
            <li key={c.key} className={`rounded px-1.5 py-0.5 font-mono text-xs ${KIND_STYLE[c.kind]}`}>
              <span className="font-semibold">{c.key}</span>
              {c.kind === "changed" ? (
                <>
                  : <del>{short(c.before)}</del> → <ins className="no-underline">{short(c.after)}</ins>
                </>
              ) : null}
              {c.kind === "added" ? <>: {short(c.after)}</> : null}
              {c.kind === "removed" ? <> {t("removed", { before: short(c.before) })}</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {changes.length > shown.length ? (
        <p className="text-xs text-slate-500">{t("more", { count: changes.length - shown.length })}</p>
      ) : null}
      <details className="text-xs">
        <summary className="cursor-pointer text-brand-700 hover:underline">{t("json")}</summary>
        <div className="mt-1 grid gap-2 md:grid-cols-2">
          <div>
            <div className="font-medium text-slate-600">{t("before")}</div>
            <pre className="max-h-64 overflow-auto rounded bg-slate-50 p-2">{JSON.stringify(before, null, 2)}</pre>
          </div>
          <div>
            <div className="font-medium text-slate-600">{t("after")}</div>
            <pre className="max-h-64 overflow-auto rounded bg-slate-50 p-2">{JSON.stringify(after, null, 2)}</pre>
          </div>
        </div>
      </details>
    </div>
  );
}

export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const [t, format] = await Promise.all([getTranslations("audit.table"), getFormatter()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {t("when")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("actor")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("action")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("entity")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("changes")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((r) => (
            <tr key={r.id} data-testid="audit-row">
              <td className="px-3 py-2 whitespace-nowrap font-mono text-xs text-slate-700">
                <time dateTime={r.at.toISOString()}>{format.dateTime(r.at, "dateTimeSeconds")}</time>
              </td>
              <td className="px-3 py-2">
                {r.actorName ? (
                  <>
                    <div>{r.actorName}</div>
                    <div className="text-xs text-slate-500">{r.actorEmail}</div>
                  </>
                ) : (
                  <span className="text-slate-500">{t("system")}</span>
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
