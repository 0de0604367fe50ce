// Links from a skill item page: the field's other skill items, and the same item in the other fields.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { CATALOG } from "@/lib/itss/catalog";
import { FIELDS, type Field, type SkillItem } from "@/lib/itss/fields";
import { itemHref } from "./params";

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-900";

export function ItemSiblings({ field, item }: { field: Field; item: SkillItem }) {
  const t = useTranslations("standard");
  const ti = useTranslations("itss");
  const otherFields = FIELDS.filter((f) => f !== field && CATALOG.fields[f].skillItems.some((s) => s.key === item));
  return (
    <nav
      aria-label={t("item.others")}
      className="no-print mt-10 grid gap-6 border-t border-slate-200 pt-6 text-sm sm:grid-cols-2"
    >
      <div>
        <h2 className="font-semibold text-slate-900">{t("item.itemsOf", { field: ti(`fields.${field}`) })}</h2>
        <ul className="mt-2 space-y-1">
          {CATALOG.fields[field].skillItems.map((s) => (
            <li key={s.key}>
              {s.key === item ? (
                <span aria-current="page" className="font-medium text-slate-900">
                  {ti(`items.${s.key}`)}
                </span>
              ) : (
                <Link href={itemHref(field, s.key)} className={link}>
                  {ti(`items.${s.key}`)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </div>
      {otherFields.length > 0 ? (
        <div>
          <h2 className="font-semibold text-slate-900">{t("item.inOtherFields")}</h2>
          <ul className="mt-2 space-y-1">
            {otherFields.map((f) => (
              <li key={f}>
                <Link href={itemHref(f, item)} className={link}>
                  {ti(`fields.${f}`)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </nav>
  );
}
