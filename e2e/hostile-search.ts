// Hostile text in every search box (issue 17: "‮evil" and a NUL in the roster search on /teams/2 showed "This page
// could not be shown"). The crawl (crawl.spec.ts) notes each page kind with a search field; on each, every search field
// gets NUL, a right-to-left override, a lone surrogate, SQL, markup and an overlong string typed in and submitted. The
// page answers with the text searched for (or ignored): never an error page, a 5xx or a browser error.
import type { Page } from "@playwright/test";

export const HOSTILE = [
  "\u202Eevil\u0000",
  "a\uD800b\u0000",
  `'; drop table members; -- <img src=x onerror="window.__pwned=1"> %_\\`,
  "x".repeat(250),
];
const ERROR_TEXTS = ["This page could not be shown", "Levelboard could not load this page"];

/** Types `text` into the page's `index`-th search field, submits it, and returns what went wrong. */
export async function searchFor(page: Page, url: string, index: number, text: string): Promise<string[]> {
  const problems: string[] = [];
  const origin = new URL(page.url()).origin;
  const onError = (e: Error) => problems.push(`page error: ${e.message.split("\n")[0]}`);
  const onResponse = (r: { status(): number; url(): string }) => {
    if (r.status() >= 500 && r.url().startsWith(origin))
      problems.push(`${r.status()} from ${r.url().slice(origin.length)}`);
  };
  page.on("pageerror", onError);
  page.on("response", onResponse);
  try {
    await page.goto(url);
    const box = page.locator('input[type="search"]').nth(index);
    await box.fill(text);
    await box.press("Enter");
    await page.waitForLoadState("networkidle");
    for (const t of ERROR_TEXTS) if (await page.getByText(t).count()) problems.push(`shows "${t}"`);
    if (await page.evaluate(() => "__pwned" in window)) problems.push("ran the typed markup");
  } finally {
    page.off("pageerror", onError);
    page.off("response", onResponse);
  }
  return problems;
}

/** The search fields of the loaded page (how many), for the crawl's check hook. */
export const searchFieldsOf = (page: Page) => page.locator('input[type="search"]').count();

/** Every hostile text into every search field of each page: the problems, each naming the page, field and text. */
export async function hostileSearches(page: Page, pages: Map<string, number>): Promise<string[]> {
  const failures: string[] = [];
  for (const [path, boxes] of pages)
    for (let i = 0; i < boxes; i++)
      for (const text of HOSTILE)
        for (const problem of await searchFor(page, path, i, text))
          failures.push(`${path} search #${i} ${JSON.stringify(text.slice(0, 30))}: ${problem}`);
  return failures;
}
