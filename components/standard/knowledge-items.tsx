// A skill item's knowledge items; the field's proficiency table lists them again, shown too when it lists them differently.
import { useTranslations } from "next-intl";
import type { SkillItemEntry } from "@/lib/itss/catalog";

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function KnowledgeItems({ item }: { item: SkillItemEntry }) {
  const t = useTranslations("standard.item");
  const differs = !sameList(item.knowledgeItems, item.proficiencyTableKnowledgeItems);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <div>
        {differs ? <h3 className="mb-1 text-sm font-semibold text-slate-700">{t("asSkillArea")}</h3> : null}
        <ItemList items={item.knowledgeItems} />
      </div>
      {differs ? (
        <div>
          <h3 className="mb-1 text-sm font-semibold text-slate-700">{t("asTable")}</h3>
          <ItemList items={item.proficiencyTableKnowledgeItems} />
        </div>
      ) : null}
    </div>
  );
}

function ItemList({ items }: { items: readonly string[] }) {
  const t = useTranslations("standard.item");
  if (items.length === 0) return <p className="text-slate-600">{t("noKnowledge")}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5 leading-relaxed text-slate-800 marker:text-slate-400">
      {items.map((k) => (
        <li key={k}>{k}</li>
      ))}
    </ul>
  );
}
