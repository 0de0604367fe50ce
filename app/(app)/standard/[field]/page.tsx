// One specialty field: its skill proficiency table and its achievement indicators per level, with the footnotes on size.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CATALOG } from "@/lib/itss/catalog";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/standard/breadcrumbs";
import { FootnoteList, numberFootnotes } from "@/components/standard/footnotes";
import { LevelIndicators } from "@/components/standard/level-indicators";
import { PageToc } from "@/components/standard/page-toc";
import { parseField } from "@/components/standard/params";
import { SkillMatrix } from "@/components/standard/skill-matrix";

type Props = { params: Promise<{ field: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const field = parseField((await params).field);
  const [t, ti] = await Promise.all([getTranslations("standard"), getTranslations("itss")]);
  return { title: field ? `${ti(`fields.${field}`)} · ${t("title")}` : t("title") };
}

export default async function FieldPage({ params }: Props) {
  await requireUser();
  const field = parseField((await params).field);
  if (!field) notFound();
  const [t, ti] = await Promise.all([getTranslations("standard"), getTranslations("itss")]);
  const catalog = CATALOG.fields[field];
  const label = ti(`fields.${field}`);
  // highest level first, as the standard lists them
  const levels = [...catalog.indicators].sort((a, b) => b.level - a.level);
  const footnotes = numberFootnotes(levels);

  return (
    <>
      <Breadcrumbs items={[{ label: t("title"), href: "/standard" }, { label }]} />
      <PageHeader
        title={label}
        description={t("fieldPage.description", { jobCategory: ti("jobCategory"), max: catalog.maxLevel })}
      />
      <p className="-mt-2 mb-6 max-w-3xl leading-relaxed text-slate-800">{catalog.outline.description}</p>

      <PageToc levels={levels.map((l) => l.level)} hasFootnotes={footnotes.list.length > 0} />

      <section aria-labelledby="skill-proficiency" className="mb-10">
        <h2 id="skill-proficiency" className="mb-3 scroll-mt-4 text-xl font-semibold text-slate-900">
          {t("sections.skillProficiency")}
        </h2>
        <SkillMatrix field={catalog} />
      </section>

      <section aria-labelledby="achievement-indicators">
        <h2 id="achievement-indicators" className="scroll-mt-4 text-xl font-semibold text-slate-900">
          {t("sections.achievementIndicators")}
        </h2>
        <p className="mt-1 mb-4 max-w-3xl text-slate-700">{t("fieldPage.indicatorsIntro")}</p>
        <div className="space-y-6">
          {levels.map((l) => (
            <LevelIndicators
              key={l.level}
              indicators={l}
              footnoteRefs={footnotes.refs}
              isHighest={l.level === catalog.maxLevel}
            />
          ))}
        </div>
      </section>

      <FootnoteList notes={footnotes.list} />
    </>
  );
}
