// The dashboard's level bars: a number sits inside its segment only where it fits, every other count is read outside
// the bar (the legend, or a compact bar's own line), segments never grow to fit their text, and the legend follows
// the bar's order — in English and Japanese.
import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import { FORMATS } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";
import { LevelBar } from "./level-bar";
import { levelSegments } from "./level-segments";

const en = (n: number) => new Intl.NumberFormat("en").format(n);

function render(counts: number[], { compact = false, locale = "en" as Locale } = {}) {
  // The provider's props type requires children, which createElement takes as its third argument.
  type Props = ComponentProps<typeof IntlProvider>;
  const config: Omit<Props, "children"> = { locale, messages: MESSAGES[locale], formats: FORMATS, timeZone: "UTC" };
  const html = renderToStaticMarkup(
    createElement(IntlProvider, config as Props, createElement(LevelBar, { counts, label: "Levels", compact })),
  );
  const bar = html.slice(html.indexOf(`role="img"`), html.indexOf("</div></") + 2);
  const segments = [...bar.matchAll(/data-level="(\d)"[^>]*>([^<]*)</g)].map((m) => ({ level: +m[1], text: m[2] }));
  const legend = html.includes("<figcaption")
    ? [...html.slice(html.indexOf("<figcaption")).matchAll(/data-level="(\d)"/g)].map((m) => +m[1])
    : [];
  return { html, segments, legend };
}

// A department of 4,949: a few at the top levels, thousands in the middle.
const BIG = [12, 640, 1890, 2100, 290, 15, 2];

describe("levelSegments", () => {
  it("keeps a number inside only where it fits at the bar's narrowest width", () => {
    const s = levelSegments(BIG, 280, en);
    expect(s.map((x) => x.level)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(s.filter((x) => x.inside).map((x) => x.level)).toEqual([1, 2, 3]);
    expect(s.reduce((a, x) => a + x.percent, 0)).toBeCloseTo(100);
  });

  it("leaves out empty levels and fits every number of a small even team", () => {
    const s = levelSegments([0, 3, 4, 3, 0, 0], 280, en);
    expect(s.map((x) => [x.level, x.inside])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(levelSegments([0, 0, 0], 280, en)).toEqual([]);
  });
});

describe("LevelBar", () => {
  it.each(["en", "ja"] as const)(
    "narrow segments show no number; the legend lists every level in bar order (%s)",
    (locale) => {
      const { html, segments, legend } = render(BIG, { locale });
      expect(segments.map((s) => s.level)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      // inside: only the wide segments' numbers, formatted
      expect(segments.filter((s) => s.text).map((s) => s.text)).toEqual(["640", "1,890", "2,100"]);
      // the legend: the bar's order, every count readable there
      expect(legend).toEqual(segments.map((s) => s.level));
      expect(html).toContain(locale === "en" ? "Level 6: 2" : "レベル6：2人");
      expect(html).toContain(locale === "en" ? "No level: 12" : "レベルなし：12人");
      // a segment keeps its share: it may shrink below its text, never grow to fit it
      expect(html.match(/flex:0 0 [\d.]+%/g)).toHaveLength(7);
      expect(html).toContain("min-w-0");
    },
  );

  it("a compact bar writes the counts that do not fit on a line under it, in bar order", () => {
    const { html, segments } = render(BIG, { compact: true });
    const hidden = segments.filter((s) => !s.text).map((s) => s.level);
    // narrower than a card's bar: "640" no longer fits either
    expect(hidden).toEqual([0, 1, 4, 5, 6]);
    const line = html.slice(html.indexOf('data-testid="level-bar-outside"'));
    expect([...line.matchAll(/(No level|Level \d): ([\d,]+)/g)].map((m) => `${m[1]}: ${m[2]}`)).toEqual([
      "No level: 12",
      "Level 1: 640",
      "Level 4: 290",
      "Level 5: 15",
      "Level 6: 2",
    ]);
    expect(html).not.toContain("<figcaption");
  });

  it("a compact bar whose numbers all fit has no extra line", () => {
    const { html, segments } = render([0, 3, 4, 3], { compact: true });
    expect(segments.map((s) => s.text)).toEqual(["3", "4", "3"]);
    expect(html).not.toContain("level-bar-outside");
  });
});
