// Every message exists in every language, with the same placeholders, and parses as ICU MessageFormat: a key
// missing from Japanese (or left only in Japanese) fails here, not in front of a user.
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The argument names a message uses, with their kind (plain, number, date, plural, select, tag). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      argumentsOf(el.children, into);
      continue;
    }
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return into;
}

const reference = flatten(MESSAGES.en as unknown as Tree);

describe("messages", () => {
  it("English has messages", () => {
    expect(reference.size).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    const messages = flatten(MESSAGES[locale] as unknown as Tree);

    it(`${locale}: has exactly the keys English has`, () => {
      const missing = [...reference.keys()].filter((k) => !messages.has(k));
      const extra = [...messages.keys()].filter((k) => !reference.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale}: every message is non-empty, parses, and uses the placeholders English uses`, () => {
      const problems: string[] = [];
      for (const [key, text] of messages) {
        if (!text.trim()) {
          problems.push(`${key}: empty`);
          continue;
        }
        let args: Set<string>;
        try {
          args = argumentsOf(parse(text));
        } catch (e) {
          problems.push(`${key}: does not parse (${(e as Error).message})`);
          continue;
        }
        const english = reference.get(key);
        if (english === undefined) continue;
        const expected = argumentsOf(parse(english));
        const a = [...args].sort().join(",");
        const b = [...expected].sort().join(",");
        if (a !== b) problems.push(`${key}: placeholders {${a}} differ from English {${b}}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
