// One way to write a count: every count a message shows goes through the number formatter (`{count, number}`, or `#`
// in a plural), so "2,946" never stands beside "2946". A count argument left plain (`{count}`) fails here, in English
// and Japanese; callers pass numbers, not strings they formatted themselves.
import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "next-intl";
import { Stat } from "@/components/ui/card";
import { FORMATS } from "./formats";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { MESSAGES } from "./messages";
import { LOCALES } from "./locales";

/** The arguments that carry counts of things (members, rows, records, pages): never a level, a name or a sentence. */
const COUNT_ARGUMENTS = new Set([
  "count",
  "total",
  "more",
  "shown",
  "rows",
  "page",
  "pages",
  "qualified",
  "close",
  "added",
  "removed",
  "expected",
  "found",
  "members",
  "actual",
  "gap",
  "self",
]);

function plainCounts(elements: MessageFormatElement[], out: string[]) {
  for (const el of elements) {
    if (el.type === TYPE.argument && COUNT_ARGUMENTS.has(el.value)) out.push(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const o of Object.values(el.options)) plainCounts(o.value, out);
    if (el.type === TYPE.tag) plainCounts(el.children, out);
  }
}

function plainCountsIn(tree: object, path = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    if (typeof v !== "string") return plainCountsIn(v as object, `${path}${k}.`);
    const found: string[] = [];
    plainCounts(parse(v, { ignoreTag: false }), found);
    return found.map((arg) => `${path}${k} {${arg}}`);
  });
}

describe("counts in messages", () => {
  for (const locale of LOCALES)
    it(`are formatted as numbers (${locale})`, () => {
      expect(plainCountsIn(MESSAGES[locale])).toEqual([]);
    });
});

describe("a figure on a card", () => {
  it("is written with the number formatter", () => {
    type Props = ComponentProps<typeof IntlProvider>;
    for (const locale of LOCALES) {
      const config: Omit<Props, "children"> = { locale, messages: MESSAGES[locale], timeZone: "UTC", formats: FORMATS };
      const html = renderToStaticMarkup(
        createElement(IntlProvider, config as Props, createElement(Stat, { label: "Members", value: 4949 })),
      );
      expect(html).toContain("4,949");
    }
  });
});
