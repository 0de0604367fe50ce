// Every level of one skill item side by side: level, what it means, and for levels 3 and up a link to the indicators.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SkillItemEntry } from "@/lib/itss/catalog";
import type { Field } from "@/lib/itss/fields";
import { CommonLevelBadge, CommonLevelsNote } from "./common-level-badge";
import { fieldHref, levelAnchor } from "./params";

export function SkillItemLevels({ field, item }: { field: Field; item: SkillItemEntry }) {
  const t = useTranslations("standard");
  const ti = useTranslations("itss");
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm print:border-slate-400 print:shadow-none">
      <table className="w-full border-collapse text-left">
        <caption className="px-4 py-3 text-left text-sm text-slate-600">
          {t("item.levelsCaption", { item: ti(`items.${item.key}`) })} <CommonLevelsNote />
        </caption>
        <thead className="bg-slate-100 text-sm text-slate-900">
          <tr>
            <th scope="col" className="w-36 border-y border-slate-200 px-4 py-2 font-semibold">
              {t("item.level")}
            </th>
            <th scope="col" className="border-y border-l border-slate-200 px-4 py-2 font-semibold">
              {t("item.description")}
            </th>
          </tr>
        </thead>
        <tbody>
          {item.levels.map((l) => (
            <tr key={l.level} id={levelAnchor(l.level)} className="scroll-mt-4 align-top break-inside-avoid">
              <th scope="row" className="border-b border-slate-200 px-4 py-3 font-semibold text-slate-900">
                {t("level", { level: l.level })}
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
                    {t("matrix.indicatorsOf", { level: l.level })}
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
