import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { uiKitRule } from "./lint/ui-kit.mjs";
import i18next from "eslint-plugin-i18next";
import i18nextDefaults from "eslint-plugin-i18next/lib/options/defaults.js";
import { ENGLISH_GLOBS, SAME_IN_EVERY_LANGUAGE } from "./lint/english-allowlist.mjs";

const I18N_MESSAGE =
  "A user reads this: say it through the messages (messages/<locale>/*.json, docs/i18n.md), or, if it is a contract " +
  "meant to stay English, list its file in lint/english-allowlist.mjs with why";

/** What a JSX element shows as words besides its text: these attributes and props are read (or heard) by users. */
const READ_ATTRIBUTES = [
  "title",
  "placeholder",
  "alt",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "aria-roledescription",
  "label",
  "pendingLabel",
  "description",
  "hint",
  "message",
  "emptyText",
];

/** A string with no letter (punctuation, numbers, quotes around a value) says no word. */
const NO_LETTER = /^[^\p{L}]*$/u;
const SAME_WORDS = SAME_IN_EVERY_LANGUAGE.map((w) => w.word);

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "scratch/**",
      "node_modules/**",
      ".data/**",
      "drizzle/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  // One UI kit: no raw <button>/<input>/<select>/<textarea> outside components/ui and components/forms.
  uiKitRule,
  // Tests hold no React components: useIntegrationDb() (lib/testing/integration.ts) registers vitest hooks.
  { files: ["**/*.test.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
  // Every word on a page is a message: JSX text, and strings a JSX element shows (READ_ATTRIBUTES, or a string or
  // template in braces). Calls are left alone (t("key"), cn("classes"), format.dateTime(d, "date")).
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ENGLISH_GLOBS,
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          words: { exclude: [...i18nextDefaults.words.exclude, NO_LETTER, ...SAME_WORDS] },
          "jsx-attributes": { include: READ_ATTRIBUTES, exclude: [".*"] },
          callees: { exclude: [".*"] },
          "should-validate-template": true,
          message: I18N_MESSAGE,
        },
      ],
    },
  },
  // Action results and what they are built of (AppErrors, field errors, CSV row errors, success messages) are
  // message keys (lib/i18n/text.ts): here a string with a space in it is prose a user would read. Single tokens
  // (paths, codes, keys, column names) are not. Errors thrown for developers (new Error) and SQL are left alone.
  {
    files: ["lib/actions/**/*.ts", "lib/records/**/*.ts", "lib/transfer/**/*.ts", "lib/errors.ts", "lib/validation.ts"],
    ignores: ENGLISH_GLOBS,
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "all",
          words: { exclude: ["\\S*", "use (server|client)", NO_LETTER] },
          callees: { exclude: ["Error", "TypeError", "RangeError", "console\\.\\w+", "sql", "sql\\.raw"] },
          "should-validate-template": true,
          message: I18N_MESSAGE,
        },
      ],
    },
  },
];

export default config;
