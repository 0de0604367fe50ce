// At phone width (390 px) no page scrolls sideways: signed in as each role, every page of the role's navigation and a
// member's page, in English and in Japanese. A list wider than the phone scrolls inside its own box (or stacks its
// rows); the page itself never does. In Japanese, a number is never the last character of a line whose next line
// starts with its counter ("3" / "人"), at 390 px and at 1440 px.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { switchLocale } from "./accessibility";
import { signIn } from "./helpers";

const ROLES = ["member.hw@levelboard.test", "lead.hw@levelboard.test", "head@levelboard.test", "admin@levelboard.test"];
const PHONE = { width: 390, height: 844 };

/** The role's navigation, and a member's page (the own record, else the first member of the first team). */
async function pagesOf(page: Page): Promise<string[]> {
  const nav = await page
    .locator("header nav a[href]")
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")!))]);
  if (!nav.some((h) => /^\/members\/\d+$/.test(h))) {
    await page.goto("/teams");
    const team = await page.locator('main a[href^="/teams/"]').first().getAttribute("href");
    await page.goto(team!);
    nav.push((await page.locator('main a[href^="/members/"]').first().getAttribute("href"))!);
  }
  return nav;
}

/** How far the page scrolls sideways, and what sticks out (for the failure message). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    const out: string[] = [];
    if (overflow > 0)
      for (const el of document.querySelectorAll("body *")) {
        const r = el.getBoundingClientRect();
        if (r.right > window.innerWidth + 1 && out.length < 5)
          out.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute("class") ?? "").slice(0, 60)}`);
      }
    return { overflow, out };
  });

/** Places where a line ends with a digit and the next line of the same block starts with its counter. */
export const splitCounters = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const blockOf = (n: Node) => {
      let e = n.parentElement;
      while (e && getComputedStyle(e).display.startsWith("inline")) e = e.parentElement;
      return e;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let prev: { c: string; top: number; block: Element | null } | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(".sr-only, script, style, svg") || !el.checkVisibility()) continue;
      const block = blockOf(n);
      const text = n.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const rect = range.getBoundingClientRect();
        if (!rect.width && !rect.height) continue;
        const c = text[i];
        if (
          prev &&
          prev.block === block &&
          /[0-9]/.test(prev.c) &&
          /[人件名個つ回年月日目]/.test(c) &&
          rect.top > prev.top + 2
        )
          found.push(`${prev.c}⏎${text.slice(i, i + 4)}`);
        prev = { c, top: rect.top, block };
      }
    }
    return found;
  });

async function signedIn(browser: Browser, email: string, locale: "en" | "ja", baseURL: string) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, email);
  await switchLocale(context, baseURL, locale);
  return { context, page };
}

for (const email of ROLES) {
  test(`at 390 px no page scrolls sideways for ${email}, in English and Japanese`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    for (const locale of ["en", "ja"] as const) {
      const { context, page } = await signedIn(browser, email, locale, baseURL!);
      const pages = await pagesOf(page);
      expect(pages.length).toBeGreaterThan(2);
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        // Client charts draw after load; they must fit too.
        await page.waitForLoadState("networkidle");
        const { overflow, out } = await sideways(page);
        if (overflow > 0) problems.push(`${locale} ${path}: ${overflow}px sideways (${out.join(", ")})`);
        if (locale === "ja")
          for (const split of await splitCounters(page))
            problems.push(`ja ${path}: a number split from its counter: ${split}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
}

test("at 390 px the dashboard's teams table scrolls inside its box, with a faded edge towards the hidden columns", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await signedIn(browser, "head@levelboard.test", "en", baseURL!);
  await page.goto("/?sort=gap&dir=desc");
  const box = page.getByRole("table", { name: /^Teams/ }).locator("..");
  const fade = () => box.evaluate((el) => getComputedStyle(el).getPropertyValue("--scroll-edge-end"));
  const size = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(size.scroll).toBeGreaterThan(size.client); // the sorted column ("Members missing") is beyond the edge
  expect(await fade()).not.toBe("0px");
  await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(fade).toBe("0px");
  await page.screenshot({ path: "test-results/screenshots/phone-dashboard-head.png", fullPage: true });
  await context.close();
});
