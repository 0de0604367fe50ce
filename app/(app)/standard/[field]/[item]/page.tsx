// One skill item of a field: its knowledge items and every level's description.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { skillItem } from "@/lib/itss/catalog";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/standard/breadcrumbs";
import { ItemSiblings } from "@/components/standard/item-siblings";
import { KnowledgeItems } from "@/components/standard/knowledge-items";
import { fieldHref, parseField, parseSkillItem } from "@/components/standard/params";
import { SkillItemLevels } from "@/components/standard/skill-item-levels";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ field: string; item: string }> };

async function resolve(params: Props["params"]) {
  const { field: fieldSegment, item: itemSegment } = await params;
  const field = parseField(fieldSegment);
  const item = field ? parseSkillItem(field, itemSegment) : null;
  return field && item ? { field, entry: skillItem(field, item) } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, t, ti] = await Promise.all([resolve(params), getTranslations("standard"), getTranslations("itss")]);
  return {
    title: found ? `${ti(`items.${found.entry.key}`)} · ${ti(`fields.${found.field}`)} · ${t("title")}` : t("title"),
  };
}

export default async function SkillItemPage({ params }: Props) {
  await requireUser();
  const found = await resolve(params);
  if (!found) notFound();
  const { field, entry } = found;
  const [t, ti] = await Promise.all([getTranslations("standard"), getTranslations("itss")]);
  const label = ti(`fields.${field}`);
  const name = ti(`items.${entry.key}`);

  return (
    <>
      <Breadcrumbs
        items={[{ label: t("title"), href: "/standard" }, { label, href: fieldHref(field) }, { label: name }]}
      />
      <PageHeader
        title={name}
        description={`${t(`item.kind.${entry.kind}`)} · ${label}`}
        actions={
          <Link
            href={`${fieldHref(field)}#skill-proficiency`}
            className={buttonClass({ variant: "secondary", className: "no-print" })}
          >
            {t("item.allItems", { field: label })}
          </Link>
        }
      />

      <section aria-labelledby="knowledge-items" className="mb-8 max-w-4xl">
        <h2 id="knowledge-items" className="mb-2 text-xl font-semibold text-slate-900">
          {t("sections.knowledgeItems")}
        </h2>
        <KnowledgeItems item={entry} />
      </section>

      <section aria-labelledby="levels" className="max-w-4xl">
        <h2 id="levels" className="mb-3 text-xl font-semibold text-slate-900">
          {t("sections.levels")}
        </h2>
        <SkillItemLevels field={field} item={entry} />
      </section>

      <ItemSiblings field={field} item={entry.key} />
    </>
  );
}
