// The languages Levelboard speaks, and how a request's language is chosen when the user has not saved one.
// Pure: no Next, no database (used by the request config, the settings action and tests).

export const LOCALES = ["en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that carries a signed-out visitor's choice (the login page's language picker). */
export const LOCALE_COOKIE = "levelboard-locale";

/** Each language named in itself, for pickers. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported language for an `Accept-Language` header (RFC 9110 §12.5.4): ranges by descending q,
 * `ja-JP` matches `ja`, `*` matches the default; q=0 excludes. Falls back to the default.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === "*") return DEFAULT_LOCALE;
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** The language of a request: the user's saved choice, else the visitor's cookie, else the browser's header. */
export function pickLocale(
  saved: string | null | undefined,
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(saved)) return saved;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(acceptLanguage);
}
