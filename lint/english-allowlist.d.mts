// Types of english-allowlist.mjs (read by eslint.config.mjs and lint/i18n-lint.test.ts).
export declare const ENGLISH_FILES: { files: string; why: string }[];
export declare const SAME_IN_EVERY_LANGUAGE: { word: string; why: string }[];
export declare const ENGLISH_GLOBS: string[];
