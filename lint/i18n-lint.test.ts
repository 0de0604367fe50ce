// The i18n lint rule bites: `npm run lint` (this repo's eslint.config.mjs, as it is) fails on words a user would read
// that are not messages — JSX text, read attributes, prose in action results — and lets through what is not a word
// (classes, keys, paths, punctuation) and the files lint/english-allowlist.mjs lists as English on purpose.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { ENGLISH_FILES, SAME_IN_EVERY_LANGUAGE } from "./english-allowlist.mjs";

const RULE = "i18next/no-literal-string";
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });
});

/** The lines the i18n rule reports when `code` is linted as the repo file `filePath`. */
async function flagged(filePath: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.line);
}

const COMPONENT = `import { useTranslations } from "next-intl";
export function Fixture({ n, name }: { n: number; name: string }) {
  const t = useTranslations("common");
  return (
    <div className="p-2 text-sm" id="fixture" data-testid="fixture">
      <p>Save changes</p>
      <input placeholder="Your name" aria-label={t("name")} type="text" />
      <button title={"Delete this member"}>{t("delete")}</button>
      <p>{\`\${n} members\`}</p>
      <p>{n === 1 ? "one" : t("many", { n })}</p>
      <p>Levelboard</p>
      <p>: “{name}” — {n}%</p>
    </div>
  );
}
`;

describe("the i18n lint rule", () => {
  it("fails JSX text, read attributes and strings shown in JSX in components/ and app/", async () => {
    for (const file of ["components/fixture/fixture.tsx", "app/(app)/fixture/page.tsx"])
      // Lines: 6 text, 7 placeholder, 8 title, 9 template, 10 a string in braces; not 5, 11 (the product's name), 12.
      expect(await flagged(file, COMPONENT)).toEqual([6, 7, 8, 9, 10]);
  });

  it("fails prose in action results, and passes keys, paths, codes and directives", async () => {
    const action = `"use server";
import { text } from "../i18n/text";
export async function fixture(ok: boolean) {
  if (!ok) throw new Error("a developer's message, never shown");
  return ok
    ? { data: "team", revalidate: ["/teams", \`/teams/\${1}\`], message: text("forms.done.teamSaved") }
    : { data: "team", message: "Team saved." };
}
`;
    expect(await flagged("lib/actions/fixture.ts", action)).toEqual([7]);
    expect(await flagged("lib/transfer/fixture.ts", "export const e = { message: `Row ${2} is wrong.` };\n")).toEqual([
      1,
    ]);
  });

  it("leaves the English allowlist's files alone, each entry saying why", async () => {
    expect(await flagged("lib/transfer/org-json.ts", 'export const e = "The file is not an export.";\n')).toEqual([]);
    expect(await flagged("lib/transfer/members-csv.ts", 'export const e = "The file is not an export.";\n')).toEqual([
      1,
    ]);
    for (const entry of [...ENGLISH_FILES, ...SAME_IN_EVERY_LANGUAGE]) expect(entry.why.length).toBeGreaterThan(10);
  });
});
