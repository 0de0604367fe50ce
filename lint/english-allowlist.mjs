// Texts meant to stay English, in one place: the files the i18n lint rule (i18next/no-literal-string, set up in
// eslint.config.mjs) does not read, each with why. Everything else in app/ and components/ says its words through
// next-intl messages (docs/i18n.md), and action results say theirs as message keys (lib/i18n/text.ts).
// Add an entry only for a contract or a tool's output, never for a page a user reads.

/** @type {{ files: string; why: string }[]} */
export const ENGLISH_FILES = [
  {
    files: "app/api/**",
    why: "The JSON API answers in English with codes and numbers; its messages are a contract (docs/api.md).",
  },
  {
    files: "lib/api/**",
    why: "The read API's OpenAPI document and its error sentences: the same English contract as app/api.",
  },
  {
    files: "lib/http/**",
    why: "The route layer (401/403/400/500 answers of route handlers): the API's English contract.",
  },
  {
    files: "app/**/*.csv/route.ts",
    why: "CSV exports: column names and codes are a file format (docs/cli.md), read by spreadsheets and scripts.",
  },
  {
    files: "scripts/**",
    why: "The CLI (npm run admin, evaluate, db:*) prints English (docs/cli.md).",
  },
  {
    files: "lib/transfer/org-{json,restore}.ts",
    why: "The organisation export's format and its parse problems (paths into the file, zod's words): the restore form lists them as English file details.",
  },
  {
    files: "**/*.test.ts",
    why: "Tests name their cases in English; they are not shown to users.",
  },
  {
    files: "**/*.test.tsx",
    why: "Tests name their cases in English; they are not shown to users.",
  },
];

/** Words that are the same in every language, allowed anywhere. @type {{ word: string; why: string }[]} */
export const SAME_IN_EVERY_LANGUAGE = [{ word: "Levelboard", why: "The product's name." }];

/** Globs of ENGLISH_FILES, for an ESLint config's `ignores`. */
export const ENGLISH_GLOBS = ENGLISH_FILES.map((e) => e.files);
