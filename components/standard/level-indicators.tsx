// A level's achievement indicators: responsibilities, complexity, size and professional contribution, as the standard lists them.
import { useTranslations } from "next-intl";
import type { LevelIndicators as Indicators } from "@/lib/itss/catalog";
import { FootnoteRefs } from "./footnotes";
import { BulletList, IndicatorBlock } from "./indicator-block";
import { levelAnchor } from "./params";

export function LevelIndicators({
  indicators,
  footnoteRefs,
  isHighest,
}: {
  indicators: Indicators;
  /** the footnote numbers of a size option's footnote (numbered once per page) */
  footnoteRefs: (footnote: string | undefined) => number[];
  isHighest: boolean;
}) {
  const { level, complexity, size, specialty, succession } = indicators;
  const t = useTranslations("standard");
  const anchor = levelAnchor(level);
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-heading`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm print:break-inside-auto print:border-slate-400 print:shadow-none"
    >
      <h3 id={`${anchor}-heading`} className="text-lg font-semibold text-slate-900">
        {t("level", { level })}
        {isHighest ? (
          <span className="ml-2 align-middle text-sm font-normal text-slate-600">{t("indicators.highest")}</span>
        ) : null}
      </h3>
      <div className="mt-4 grid gap-x-8 gap-y-5 lg:grid-cols-2 print:grid-cols-2">
        <IndicatorBlock title={t("indicators.responsibilities")} wide>
          <p>{indicators.responsibilities}</p>
        </IndicatorBlock>

        <IndicatorBlock title={t("indicators.complexity")}>
          <p>{complexity.intro}</p>
          <BulletList>
            {complexity.criteria.map((c) => (
              <li key={c.key}>{c.text}</li>
            ))}
          </BulletList>
        </IndicatorBlock>

        <IndicatorBlock title={t("indicators.size")}>
          <p>{size.intro}</p>
          <BulletList>
            {size.options.map((option) => (
              <li key={option.text}>
                {option.text}
                <FootnoteRefs numbers={footnoteRefs(option.footnote)} />
              </li>
            ))}
          </BulletList>
        </IndicatorBlock>

        <IndicatorBlock title={t("indicators.specialty")}>
          <p>{specialty.intro}</p>
          <BulletList>
            {specialty.areas.map((a) => (
              <li key={a.key}>{a.text}</li>
            ))}
          </BulletList>
        </IndicatorBlock>

        {succession ? (
          <IndicatorBlock title={t("indicators.succession")}>
            <p className="font-medium text-slate-900">{t("indicators.required", { count: succession.required })}</p>
            <p>{succession.intro}</p>
            <BulletList>
              {succession.kinds.map((k) => (
                <li key={k.kind}>{k.label}</li>
              ))}
            </BulletList>
          </IndicatorBlock>
        ) : null}

        {indicators.developsSubordinates ? (
          <IndicatorBlock title={t("indicators.developsSubordinates")}>
            <p>{indicators.developsSubordinates}</p>
          </IndicatorBlock>
        ) : null}

        {indicators.remarks.length > 0 ? (
          <IndicatorBlock title={t("indicators.remarks")} wide>
            {indicators.remarks.map((r) => (
              <p key={r}>{r}</p>
            ))}
          </IndicatorBlock>
        ) : null}
      </div>
    </section>
  );
}
