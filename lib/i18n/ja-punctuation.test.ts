// Japanese messages use one colon: the full-width "：" (no space after it) between a label and its value, as in
// "チームリーダー：{leads}". A half-width ":" stays only where it is not prose: inside <code>…</code> and in quoted
// commands, URLs or ICU syntax (none of which sits after a Japanese word). Mixed colons were met on the pages.
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

type Tree = { [key: string]: string | Tree };
const entries = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[prefix + k, v] as [string, string]] : entries(v, `${prefix}${k}.`),
  );

/** The half-width colons of a Japanese message that read as prose: after a Japanese character, a placeholder or a bracket. */
function halfWidthColons(message: string): string[] {
  const prose = message.replace(/<code>.*?<\/code>/g, "").replace(/"[^"]*"/g, "");
  return [...prose.matchAll(/([^\x00-\x7f]|[})])\s?:/g)].map((m) =>
    prose.slice(Math.max(0, m.index - 6), m.index + m[0].length + 4),
  );
}

describe("Japanese colons", () => {
  it("finds the half-width colon after a Japanese label or a placeholder, and leaves code alone", () => {
    expect(halfWidthColons("チームリーダー: {leads}")).toHaveLength(1);
    expect(halfWidthColons("{field}: {message}")).toHaveLength(1);
    expect(halfWidthColons("使える列:{columns}")).toHaveLength(1);
    expect(halfWidthColons("チームリーダー：{leads}")).toEqual([]);
    expect(halfWidthColons("パス（例：<code>a:b</code>）")).toEqual([]);
    expect(halfWidthColons('"npm run db:migrate" で用意してください')).toEqual([]);
  });

  it("messages/ja uses the full-width colon in prose, with no space after it", () => {
    const problems = entries(MESSAGES.ja as unknown as Tree).flatMap(([key, text]) => [
      ...halfWidthColons(text).map((at) => `${key}: half-width colon in "${at}"`),
      ...(/：[ \u3000]/.test(text) ? [`${key}: a space after "："`] : []),
    ]);
    expect(problems).toEqual([]);
  });
});
