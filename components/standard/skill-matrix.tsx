// The field's skill proficiency table: skill items as rows, levels 1..max as columns, each cell the level's description.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FieldCatalog } from "@/lib/itss/catalog";
import { CommonLevelBadge, CommonLevelsNote } from "./common-level-badge";
import { itemHref, levelAnchor } from "./params";

const cell = "border-slate-200 px-3 py-2 print:px-1.5";

export function SkillMatrix({ field }: { field: FieldCatalog }) {
  const t = useTranslations("standard");
  const ti = useTranslations("itss");
  const name = ti(`fields.${field.field}`);
  const levels = Array.from({ length: field.maxLevel }, (_, i) => i + 1);
  const indicatorLevels = new Set(field.indicators.map((i) => i.level));
  return (
    <>
      <p className="mb-3 max-w-3xl text-sm text-slate-600">
        {t("matrix.intro", { field: name })} <CommonLevelsNote />
      </p>
      {/* focusable so keyboard users can scroll the table sideways on narrow screens */}
      <div
        role="region"
        aria-label={t("matrix.region", { field: name })}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:border-slate-400 print:shadow-none"
      >
        <table className="w-full min-w-[68rem] table-fixed border-collapse text-left text-sm leading-snug [overflow-wrap:break-word] print:min-w-0 print:text-[8pt]">
          <caption className="sr-only">{t("matrix.caption", { field: name })}</caption>
          <colgroup>
            <col className="w-44 print:w-24" />
            {/* the common entry levels hold one short sentence: narrow columns leave room for the field's own levels */}
            {levels.map((level) => (
              <col key={level} className={indicatorLevels.has(level) ? undefined : "w-32 print:w-20"} />
            ))}
          </colgroup>
          <thead className="bg-slate-100 text-slate-900">
            <tr>
              <th scope="col" className={`${cell} border-y font-semibold`}>
                {t("matrix.skillItem")}
              </th>
              {levels.map((level) => (
                <th key={level} scope="col" className={`${cell} border-y border-l font-semibold`}>
                  {indicatorLevels.has(level) ? (
                    <Link
                      href={`#${levelAnchor(level)}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                      title={t("matrix.indicatorsOf", { level })}
                    >
                      {t("level", { level })}
                    </Link>
                  ) : (
                    <>
                      {t("level", { level })}
                      <CommonLevelBadge />
                    </>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {field.skillItems.map((item) => (
              <tr key={item.key} className="align-top print:break-inside-avoid">
                <th scope="row" className={`${cell} border-b font-semibold`}>
                  <Link href={itemHref(field.field, item.key)} className="text-brand-700 underline underline-offset-2">
                    {ti(`items.${item.key}`)}
                  </Link>
                  <span className="mt-0.5 block text-xs font-normal text-slate-600 print:text-[7pt]">
                    {t(`matrix.kind.${item.kind}`)}
                  </span>
                </th>
                {item.levels.map((l) => (
                  <td
                    key={l.level}
                    className={`${cell} border-b border-l ${l.source === "common" ? "bg-slate-50 text-slate-600" : "text-slate-800"}`}
                  >
                    {l.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
