// The field page's table of contents: the skill table, each level's indicators (highest first) and the footnotes.
import { useTranslations } from "next-intl";
import { levelAnchor } from "./params";

export function PageToc({ levels, hasFootnotes }: { levels: readonly number[]; hasFootnotes: boolean }) {
  const t = useTranslations("standard");
  const link = "text-brand-700 underline underline-offset-2 hover:text-brand-900";
  return (
    <nav
      aria-label={t("toc.label")}
      className="no-print mb-8 rounded-lg border border-slate-200 bg-white px-5 py-3 text-sm shadow-sm"
    >
      <h2 className="font-semibold text-slate-900">{t("toc.label")}</h2>
      <ul className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-1">
        <li>
          <a href="#skill-proficiency" className={link}>
            {t("sections.skillProficiency")}
          </a>
        </li>
        <li>
          <a href="#achievement-indicators" className={link}>
            {t("sections.achievementIndicators")}
          </a>
          <span aria-hidden="true" className="text-slate-500">
            :
          </span>
          <ul className="ml-2 inline-flex flex-wrap gap-x-3">
            {levels.map((level) => (
              <li key={level}>
                <a href={`#${levelAnchor(level)}`} className={link}>
                  {t("level", { level })}
                </a>
              </li>
            ))}
          </ul>
        </li>
        {hasFootnotes ? (
          <li>
            <a href="#footnotes" className={link}>
              {t("sections.footnotes")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
