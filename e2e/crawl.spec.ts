// Every page renders for every role, and passes the WCAG 2.1 A/AA checks (axe-core) in English and Japanese: signed in
// as each demo role, and as the administrator of an empty organisation, follow every link the app renders,
// breadth-first (see crawler.ts for what counts as a failure, accessibility.ts for the checks and the languages).
import { expect, test, type Page } from "@playwright/test";
import { crawl, describeFailures, type CrawlHooks } from "./crawler";
import { freshServer, type FreshServer } from "./fresh-server";
import { signIn } from "./helpers";
import { axeViolations, localeOf, switchLocale } from "./accessibility";

const ROLES = ["admin@levelboard.test", "head@levelboard.test", "lead.hw@levelboard.test", "member.hw@levelboard.test"];

/** The paths checked by axe in each language, over the whole file (logged at the end). */
const checkedIn = new Map<string, Set<string>>();

/** A page's path kind, without its query: `/heatmap?sort=name` and `/heatmap` are one for the language and axe. */
const pathOf = (kind: string) => kind.split("?")[0];

/**
 * Each page in its language (alternating per path, starting by `offset`), checked for its language, and by axe
 * the first time this crawl opens the path in that language.
 */
function accessibilityHooks(page: Page, baseURL: string, offset: number): CrawlHooks {
  const opened = new Map<string, number>();
  const checked = new Set<string>();
  let locale = localeOf(0, offset);
  return {
    beforeVisit: async (_url, kind) => {
      const path = pathOf(kind);
      const nth = opened.get(path) ?? 0;
      opened.set(path, nth + 1);
      locale = localeOf(nth, offset);
      await switchLocale(page.context(), baseURL, locale);
    },
    check: async (page, kind) => {
      const problems: string[] = [];
      const lang = await page.locator("html").getAttribute("lang");
      if (lang !== locale) problems.push(`opened in "${lang}", not "${locale}"`);
      const path = pathOf(kind);
      if (!checked.has(`${path} ${locale}`)) {
        checked.add(`${path} ${locale}`);
        problems.push(...(await axeViolations(page)).map((v) => `[${locale}] ${v}`));
        checkedIn.set(path, (checkedIn.get(path) ?? new Set()).add(locale));
      }
      return problems;
    },
  };
}

test.afterAll(() => {
  const both = [...checkedIn.values()].filter((s) => s.size === 2).length;
  const one = [...checkedIn.entries()].filter(([, s]) => s.size === 1).map(([k, s]) => `${k} (${[...s]})`);
  console.log(`axe: ${checkedIn.size} paths, ${both} in both languages; in one only: ${one.join(", ") || "none"}`);
});

ROLES.forEach((email, i) => {
  test(`every page linked for ${email} renders and passes axe in English and Japanese`, async ({ page, baseURL }) => {
    test.setTimeout(360_000); // up to 150 pages, each checked by axe
    await signIn(page, email);
    const t0 = Date.now();
    const result = await crawl(page, accessibilityHooks(page, baseURL!, i % 2));
    console.log(
      `${email}: ${result.visited.length} pages in ${((Date.now() - t0) / 1000).toFixed(1)} s (${result.capped} more of kinds already seen)`,
    );
    expect(result.visited.length).toBeGreaterThan(5);
    expect(result.failures, describeFailures(result.failures)).toEqual([]);
  });
});

test.describe("an empty organisation", () => {
  let server: FreshServer;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await freshServer("crawl-empty");
    const created = server.admin(["create-admin", "first.admin@example.com", "First Admin"], {
      LEVELBOARD_ADMIN_PASSWORD: "empty-org-password",
    });
    expect(created.status, created.stderr).toBe(0);
    await server.start();
  });
  test.afterAll(async () => server?.stop());

  test("every page linked for its only administrator renders and passes axe", async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ baseURL: server.baseURL });
    const page = await context.newPage();
    await signIn(page, "first.admin@example.com", "empty-org-password");
    // Japanese first: the demo administrator's crawl starts in English.
    const result = await crawl(page, accessibilityHooks(page, server.baseURL, 1));
    console.log(`empty organisation (${server.engine}), admin: ${result.visited.length} pages`);
    expect(result.visited).toEqual(
      expect.arrayContaining(["/", "/admin", "/admin/users", "/admin/departments", "/import", "/teams"]),
    );
    expect(result.failures, describeFailures(result.failures)).toEqual([]);
    await context.close();
  });
});
