// Hostile text in every search box: signed in as the administrator and as a head, the crawl finds one page of each
// kind; on each, every search field gets NUL, a right-to-left override, a lone surrogate, SQL, markup and an overlong
// string typed in and submitted. The page answers with the text searched for (or ignored): never an error page, a
// 5xx or a browser error. (Issue 17: "‮evil" and a NUL in the roster search on /teams/2 showed "This page could not
// be shown".)
import { expect, test, type Page } from "@playwright/test";
import { crawl } from "./crawler";
import { signIn } from "./helpers";

const HOSTILE = [
  "\u202Eevil\u0000",
  "a\uD800b\u0000",
  `'; drop table members; -- <img src=x onerror="window.__pwned=1"> %_\\`,
  "x".repeat(250),
];
const ERROR_TEXTS = ["This page could not be shown", "Levelboard could not load this page"];

/** Types `text` into the page's `index`-th search field, submits it, and returns what went wrong. */
async function searchFor(page: Page, url: string, index: number, text: string): Promise<string[]> {
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

for (const email of ["admin@levelboard.test", "head@levelboard.test"]) {
  test(`every search box takes hostile text for ${email}`, async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, email);
    // One page of each kind is enough to meet every search box (the full crawl is crawl.spec.ts).
    const { visited } = await crawl(page, { maxPages: 60, perPattern: 1 });
    const failures: string[] = [];
    const searched: string[] = [];
    for (const path of visited) {
      await page.goto(path);
      const boxes = await page.locator('input[type="search"]').count();
      for (let i = 0; i < boxes; i++) {
        searched.push(`${path} #${i}`);
        for (const text of HOSTILE)
          for (const problem of await searchFor(page, path, i, text))
            failures.push(`${path} search #${i} ${JSON.stringify(text.slice(0, 30))}: ${problem}`);
      }
    }
    console.log(`${email}: hostile text in ${searched.length} search boxes: ${searched.join(", ")}`);
    // The roster of a team (where the issue was found) and the teams list are among them.
    expect(searched.some((s) => /^\/teams\/\d+ /.test(s))).toBe(true);
    expect(searched.some((s) => s.startsWith("/teams "))).toBe(true);
    expect(failures).toEqual([]);
  });
}
