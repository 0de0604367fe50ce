import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { inLocale } from "./i18n/text";
import {
  EMAIL_MAX,
  emailField,
  idField,
  idNumber,
  isIsoDate,
  isStorable,
  MAX_ID,
  nameField,
  optionalDateField,
  parseRouteId,
} from "./validation";

describe("ids", () => {
  it.each([
    ["1", 1],
    ["2147483647", MAX_ID],
    ["2147483648", null],
    ["0", null],
    ["01", null],
    ["-1", null],
    ["1.5", null],
    ["1e3", null],
    [" 1", null],
    ["", null],
  ])("route segment %j → %s", (raw, expected) => expect(parseRouteId(raw)).toBe(expected));

  it("a form id and a route id agree on every string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9]{1,11}$/), fc.string()), (raw) => {
        const route = parseRouteId(raw);
        const form = idField("team").safeParse(raw);
        if (route !== null) expect(form).toMatchObject({ success: true, data: route });
        if (!form.success) expect(route).toBeNull();
      }),
    );
  });

  it("typed ids take numbers only", () => {
    expect(idNumber("record").safeParse(3).success).toBe(true);
    expect(idNumber("record").safeParse("3").success).toBe(false);
    expect(idNumber("record").safeParse(MAX_ID + 1).success).toBe(false);
  });
});

describe("text PostgreSQL can store", () => {
  it.each([
    ["plain", true],
    ["日本語 🛠️", true],
    ["a\u0000b", false],
    ["\uD800", false],
    ["x\uDC00", false],
    ["\uD83D\uDEE0", true],
  ])("%j storable: %s", (s, ok) => expect(isStorable(s)).toBe(ok));

  it("a name with a NUL is refused with a message naming the field, in the parse's language", () => {
    const schema = z.object({ name: nameField("teamName") });
    const en = schema.safeParse({ name: "A\u0000" });
    expect(en.error?.issues[0].message).toMatch(/^The team name contains a character that cannot be stored/);
    const ja = inLocale("ja", () => schema.safeParse({ name: "A\u0000" }).error?.issues[0].message);
    expect(ja).toMatch(/^チーム名に保存できない文字/);
    expect(schema.safeParse({ name: " x " })).toMatchObject({ success: true, data: { name: "x" } });
  });
});

describe("emails", () => {
  const address = (n: number) => `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(n)}.test`;
  it(`accepts ${EMAIL_MAX} characters, refuses ${EMAIL_MAX + 1} (forms and CSV imports alike)`, () => {
    expect(address(56)).toHaveLength(EMAIL_MAX);
    expect(emailField.safeParse(address(56)).success).toBe(true);
    expect(emailField.safeParse(address(57)).error?.issues[0].message).toBe(
      `The email address may be at most ${EMAIL_MAX} characters.`,
    );
    expect(emailField.safeParse("Ada@Example.COM ")).toMatchObject({ success: true, data: "ada@example.com" });
  });
});

describe("dates", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["2024-1-01", false],
    ["", false],
  ])("%j is a date: %s", (s, ok) => expect(isIsoDate(s)).toBe(ok));

  it("an optional date: empty means none, a bad one names the field", () => {
    const d = optionalDateField("startDate");
    expect(d.safeParse("")).toMatchObject({ success: true, data: null });
    expect(d.safeParse(undefined)).toMatchObject({ success: true, data: null });
    expect(d.safeParse("2023-02-30").error?.issues[0].message).toBe("The start date is not a real date.");
  });
});
