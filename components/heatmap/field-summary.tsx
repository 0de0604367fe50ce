// Members × fields: the official level of this page's members in each of the three fields.
import Link from "next/link";
import { FIELDS, FIELD_LABEL, type Field } from "@/lib/itss/ids";
import { levelFill, textOn } from "@/lib/heatmap/palette";

type Props = { rows: { id: number; name: string; teamName: string; levels: Record<Field, number> }[]; current: Field };

export function FieldSummary({ rows, current }: Props) {
  if (!rows.length) return null;
  return (
    <div className="max-h-80 overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="border-separate border-spacing-0 text-sm" aria-label="Official level of the members on this page in each field">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-20 border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold text-slate-700">Member</th>
            {FIELDS.map((f) => (
              <th key={f} scope="col" className={`sticky top-0 z-10 border-b border-slate-200 bg-slate-50 px-2 py-2 text-left text-xs font-semibold ${f === current ? "text-brand-700" : "text-slate-700"}`}>
                {FIELD_LABEL[f]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="sticky left-0 border-b border-slate-100 bg-white px-3 py-1 text-left font-medium">
                <Link href={`/members/${r.id}`} className="text-slate-900 hover:underline">{r.name}</Link>
                <span className="ml-2 text-xs font-normal text-slate-500">{r.teamName}</span>
              </th>
              {FIELDS.map((f) => {
                const fill = levelFill(r.levels[f]);
                return (
                  <td key={f} className="w-28 border-b border-r border-white text-center font-semibold tabular-nums" style={{ backgroundColor: fill, color: textOn(fill) }} aria-label={`${FIELD_LABEL[f]} level ${r.levels[f]}`}>
                    <span aria-hidden="true">{r.levels[f]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
