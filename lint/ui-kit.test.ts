// The UI kit's lint rule (lint/ui-kit.mjs, in eslint.config.mjs): a raw <button>, <input>, <select> or <textarea> in app/ or components/
// fails `npm run lint`; the kit itself (components/ui, components/forms) and hidden inputs may use them.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { uiKitRule } from "./ui-kit.mjs";

// The rule alone, on plain JSX (espree): the same files, ignores and selector as `npm run lint`, in milliseconds.
const eslint = new ESLint({
  cwd: path.resolve(import.meta.dirname, ".."),
  overrideConfigFile: true,
  overrideConfig: [
    { files: ["**/*.tsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    uiKitRule,
  ],
});

async function kitErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

const RAW = `export function X() {
  return (
    <form>
      <input name="q" />
      <select name="s" />
      <textarea name="t" />
      <button type="submit">Go</button>
    </form>
  );
}
`;

describe("the UI kit's lint rule", () => {
  it("refuses each raw control in a page and in a feature component", async () => {
    for (const file of ["app/(app)/example/page.tsx", "components/example/form.tsx"]) {
      const errors = await kitErrors(file, RAW);
      expect(errors, file).toHaveLength(4);
      expect(errors[0]).toMatch(/Use the kit/);
    }
  });

  it("lets the kit use them, and anyone a hidden input", async () => {
    expect(await kitErrors("components/ui/example.tsx", RAW)).toEqual([]);
    expect(await kitErrors("components/forms/example.tsx", RAW)).toEqual([]);
    const hidden = `export const H = () => <input type="hidden" name="id" value="1" />;\n`;
    expect(await kitErrors("app/(app)/example/page.tsx", hidden)).toEqual([]);
  });
});
