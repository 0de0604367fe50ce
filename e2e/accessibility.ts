// WCAG 2.1 A and AA checks (axe-core) on the page the crawl has open, and the language each crawled page is opened in:
// the crawl alternates English and Japanese per page of a path (`/members/:id`, `/heatmap`), so every role sees both
// and no page is opened twice. axe runs once per role, path and language: the same path under another sort order or
// page number renders the same markup.
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { LOCALE_COOKIE, LOCALES, type Locale } from "../lib/i18n/locales";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Each violation as one line: the rule, its impact, and up to three of the elements it found (selector). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(" "));
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : "";
    return `axe ${v.id} (${v.impact}): ${v.help} — ${targets.join(" | ")}${more}`;
  });
}

/**
 * The language of the `nth` page of a kind in a crawl: alternating, starting with English or Japanese by `offset`
 * (give each role a different one, so a page only one role opens once is seen in both languages across roles).
 */
export function localeOf(nth: number, offset: number): Locale {
  return LOCALES[(nth + offset) % LOCALES.length];
}

/** Opens the next pages in `locale`: the language cookie the login page's picker sets (the user has saved none). */
export async function switchLocale(context: BrowserContext, baseURL: string, locale: Locale) {
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
}
