// One specialty field on the overview: its outline description, highest level and links into it.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FieldCatalog } from "@/lib/itss/catalog";
import { fieldHref, levelAnchor } from "./params";

export function FieldCard({ field }: { field: FieldCatalog }) {
  const t = useTranslations("standard");
  const ti = useTranslations("itss");
  const href = fieldHref(field.field);
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm break-inside-avoid">
      <h3 className="text-lg font-semibold text-slate-900">
        <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">
          {ti(`fields.${field.field}`)}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-600">
        {t.rich("fieldCard.highest", {
          level: field.maxLevel,
          strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
        })}
      </p>
      <p className="mt-3 flex-1 leading-relaxed text-slate-800">{field.outline.description}</p>
      <ul className="no-print mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li>
          <Link href={`${href}#skill-proficiency`} className="text-brand-700 underline underline-offset-2">
            {t("sections.skillProficiency")}
          </Link>
        </li>
        <li>
          <Link href={`${href}#${levelAnchor(field.maxLevel)}`} className="text-brand-700 underline underline-offset-2">
            {t("sections.achievementIndicators")}
          </Link>
        </li>
      </ul>
    </li>
  );
}
