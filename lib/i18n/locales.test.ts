import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LOCALES, negotiateLocale, pickLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["ja", "ja"],
    ["ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "ja"],
    ["en-US,en;q=0.9,ja;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,ja;q=0.5", "ja"],
    ["fr, de", "en"],
    ["en;q=0.1, ja;q=0.9", "ja"],
    ["ja;q=0, en", "en"],
    ["JA-jp", "ja"],
    ["*", "en"],
    ["garbage;;q=x, ja;q=abc", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("always answers a supported locale, whatever the header", () => {
    fc.assert(fc.property(fc.string(), (h) => (LOCALES as readonly string[]).includes(negotiateLocale(h))));
  });
});

describe("pickLocale", () => {
  it("prefers the saved choice, then the cookie, then the browser", () => {
    expect(pickLocale("ja", "en", "en")).toBe("ja");
    expect(pickLocale(null, "ja", "en")).toBe("ja");
    expect(pickLocale(null, null, "ja-JP")).toBe("ja");
    expect(pickLocale("xx", "yy", null)).toBe("en");
  });
});
