// A level's achievement indicators: responsibilities, complexity, size and professional contribution, as the standard lists them.
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
  const anchor = levelAnchor(level);
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-heading`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm print:break-inside-auto print:border-slate-400 print:shadow-none"
    >
      <h3 id={`${anchor}-heading`} className="text-lg font-semibold text-slate-900">
        Level {level}
        {isHighest ? (
          <span className="ml-2 align-middle text-sm font-normal text-slate-600">(highest level of the field)</span>
        ) : null}
      </h3>
      <div className="mt-4 grid gap-x-8 gap-y-5 lg:grid-cols-2 print:grid-cols-2">
        <IndicatorBlock title="Responsibilities" wide>
          <p>{indicators.responsibilities}</p>
        </IndicatorBlock>

        <IndicatorBlock title="Complexity">
          <p>{complexity.intro}</p>
          <BulletList>
            {complexity.criteria.map((c) => (
              <li key={c.key}>{c.text}</li>
            ))}
          </BulletList>
        </IndicatorBlock>

        <IndicatorBlock title="Size">
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

        <IndicatorBlock title="Specialty areas">
          <p>{specialty.intro}</p>
          <BulletList>
            {specialty.areas.map((a) => (
              <li key={a.key}>{a.text}</li>
            ))}
          </BulletList>
        </IndicatorBlock>

        {succession ? (
          <IndicatorBlock title="Expertise succession">
            <p className="font-medium text-slate-900">
              Required: {succession.required} {succession.required === 1 ? "kind" : "different kinds"} or more
            </p>
            <p>{succession.intro}</p>
            <BulletList>
              {succession.kinds.map((k) => (
                <li key={k.kind}>{k.label}</li>
              ))}
            </BulletList>
          </IndicatorBlock>
        ) : null}

        {indicators.developsSubordinates ? (
          <IndicatorBlock title="Develops subordinates">
            <p>{indicators.developsSubordinates}</p>
          </IndicatorBlock>
        ) : null}

        {indicators.remarks.length > 0 ? (
          <IndicatorBlock title="Remarks" wide>
            {indicators.remarks.map((r) => (
              <p key={r}>{r}</p>
            ))}
          </IndicatorBlock>
        ) : null}
      </div>
    </section>
  );
}
