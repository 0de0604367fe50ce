// The field's skill proficiency table: skill items as rows, levels 1..max as columns, each cell the level's description.
import Link from "next/link";
import type { FieldCatalog } from "@/lib/itss/catalog";
import { CommonLevelBadge, COMMON_LEVELS_NOTE } from "./common-level-badge";
import { itemHref, levelAnchor } from "./params";

const KIND_LABEL = { common: "Job category common", field: "Field specific" } as const;

export function SkillMatrix({ field }: { field: FieldCatalog }) {
  const levels = Array.from({ length: field.maxLevel }, (_, i) => i + 1);
  const indicatorLevels = new Set(field.indicators.map((i) => i.level));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:border-slate-400 print:shadow-none">
      <table className="w-full min-w-[68rem] table-fixed border-collapse text-left text-sm leading-snug print:min-w-0 print:text-[8pt]">
        <caption className="px-4 py-3 text-left text-sm text-slate-600">
          What each level means for each skill item of {field.label}. {COMMON_LEVELS_NOTE}
        </caption>
        <colgroup>
          <col className="w-44 print:w-28" />
          {levels.map((level) => <col key={level} />)}
        </colgroup>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            <th scope="col" className="border-y border-slate-200 px-3 py-2 font-semibold">Skill item</th>
            {levels.map((level) => (
              <th key={level} scope="col" className="border-y border-l border-slate-200 px-3 py-2 font-semibold">
                {indicatorLevels.has(level) ? (
                  <Link href={`#${levelAnchor(level)}`} className="text-brand-700 underline-offset-2 hover:underline" title={`Achievement indicators of Level ${level}`}>
                    Level {level}
                  </Link>
                ) : (
                  <>Level {level}<CommonLevelBadge /></>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {field.skillItems.map((item) => (
            <tr key={item.key} className="align-top even:bg-slate-50/60 print:break-inside-avoid">
              <th scope="row" className="border-b border-slate-200 px-3 py-2 font-semibold">
                <Link href={itemHref(field.field, item.key)} className="text-brand-700 underline underline-offset-2">
                  {item.name}
                </Link>
                <span className="mt-0.5 block text-xs font-normal text-slate-600">{KIND_LABEL[item.kind]}</span>
              </th>
              {item.levels.map((l) => (
                <td
                  key={l.level}
                  className={`border-b border-l border-slate-200 px-3 py-2 ${l.source === "common" ? "bg-slate-50 text-slate-600" : "text-slate-800"}`}
                >
                  {l.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
