// Every level of one skill item side by side: level, what it means, and for levels 3 and up a link to the indicators.
import Link from "next/link";
import type { SkillItemEntry } from "@/lib/itss/catalog";
import type { Field } from "@/lib/itss/fields";
import { CommonLevelBadge, COMMON_LEVELS_NOTE } from "./common-level-badge";
import { fieldHref, levelAnchor } from "./params";

export function SkillItemLevels({ field, item }: { field: Field; item: SkillItemEntry }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm print:border-slate-400 print:shadow-none">
      <table className="w-full border-collapse text-left">
        <caption className="px-4 py-3 text-left text-sm text-slate-600">
          {item.name}: what each level means. {COMMON_LEVELS_NOTE}
        </caption>
        <thead className="bg-slate-100 text-sm text-slate-900">
          <tr>
            <th scope="col" className="w-36 border-y border-slate-200 px-4 py-2 font-semibold">
              Level
            </th>
            <th scope="col" className="border-y border-l border-slate-200 px-4 py-2 font-semibold">
              Description
            </th>
          </tr>
        </thead>
        <tbody>
          {item.levels.map((l) => (
            <tr key={l.level} id={levelAnchor(l.level)} className="scroll-mt-4 align-top break-inside-avoid">
              <th scope="row" className="border-b border-slate-200 px-4 py-3 font-semibold text-slate-900">
                Level {l.level}
                {l.source === "common" ? <CommonLevelBadge /> : null}
              </th>
              <td
                className={`border-b border-l border-slate-200 px-4 py-3 leading-relaxed ${l.source === "common" ? "bg-slate-50 text-slate-600" : "text-slate-800"}`}
              >
                {l.text}
                {l.source === "standard" ? (
                  <Link
                    href={`${fieldHref(field)}#${levelAnchor(l.level)}`}
                    className="no-print mt-1 block text-sm text-brand-700 underline underline-offset-2"
                  >
                    Achievement indicators of Level {l.level}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
