// The limits every boundary shares, below everything that parses: the one id range, the largest offset, and what
// PostgreSQL cannot store in text. No imports: the URL parsers (lib/search-params) and the validators
// (lib/validation.ts) both build on it.

/** The largest id PostgreSQL's integer holds: every id, in a form or a URL, is 1..MAX_ID. */
export const MAX_ID = 2_147_483_647;
/** The largest row offset a paged read accepts (API offsets; a page number times its size stays below it too). */
export const MAX_OFFSET = 10_000_000;

// A NUL character, or a high surrogate without its low half / a low one without its high half.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** False for text PostgreSQL cannot store: a NUL character or a lone surrogate (not valid UTF-8). */
export const isStorable = (s: string): boolean => !UNSTORABLE.test(s);

/**
 * The text without what PostgreSQL cannot store or compare (NUL, lone surrogates): for search and filter text,
 * where a refusal would only lose the rest of what was typed. Names and fields refuse instead (isStorable).
 */
export const withoutUnstorable = (s: string): string => s.replace(new RegExp(UNSTORABLE.source, "g"), "");
