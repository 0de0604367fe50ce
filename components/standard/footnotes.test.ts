// The app's notes on the standard's size criteria are worded per language from the standard namespace: the English
// message is the catalog's note itself, so the two cannot drift apart, and every note has a message.
import { describe, expect, it } from "vitest";
import { FOOTNOTES, type FootnoteId } from "@/lib/itss/catalog";
import { MESSAGES } from "@/lib/i18n/messages";

describe("footnote messages", () => {
  it("English says exactly what the catalog's note says, for every note", () => {
    const ids = Object.keys(FOOTNOTES) as FootnoteId[];
    expect(Object.keys(MESSAGES.en.standard.footnote).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(MESSAGES.en.standard.footnote[id]).toBe(FOOTNOTES[id]);
  });
});
