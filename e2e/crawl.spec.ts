// Every page renders for every role, and passes the WCAG 2.1 A/AA checks (axe-core) in English and Japanese: signed in
// as each demo role, and as the administrator of an empty organisation, follow every link the app renders,
// breadth-first (see crawler.ts for what counts as a failure, accessibility.ts for the checks and the languages). The
// administrator's and the head's crawls then type hostile text into every search field they met (hostile-search.ts).
import { expect, test, type Page } from "@playwright/test";
import { crawl, describeFailures, type CrawlHooks } from "./crawler";
import { freshServer, type FreshServer } from "./fresh-server";
import { signIn } from "./helpers";
import { axeViolations, localeOf, switchLocale } from "./accessibility";
import { hostileSearches, searchFieldsOf } from "./hostile-search";

const ROLES = ["admin@levelboard.test", "head@levelboard.test", "lead.hw@levelboard.test", "member.hw@levelboard.test"];
/** The roles whose crawl also types hostile text into the search fields it met. */
const HOSTILE_SEARCHERS = ["admin@levelboard.test", "head@levelboard.test"];

/** The paths checked by axe in each language, over the whole file (logged at the end). */
const checkedIn = new Map<string, Set<string>>();

/** A page's path kind, without its query: `/heatmap?sort=name` and `/heatmap` are one for the language and axe. */
const pathOf = (kind: string) => kind.split("?")[0];

/**
 * Each page in its language (alternating per path, starting by `offset`), checked for its language, and by axe
 * the first time this crawl opens the path in that language.
 */
function accessibilityHooks(
  page: Page,
  baseURL: string,
  offset: number,
  searchFields?: Map<string, number>,
): CrawlHooks {
  const opened = new Map<string, number>();
  const checked = new Set<string>();
  const searched = new Set<string>();
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
      if (searchFields && !searched.has(path)) {
        // One page of each kind (`/teams/:id`) is enough: its search fields are those of every page of the kind.
        searched.add(path);
        const boxes = await searchFieldsOf(page);
        if (boxes) searchFields.set(new URL(page.url()).pathname, boxes);
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
    test.setTimeout(480_000); // up to 110 pages, each checked by axe; then the hostile searches
    await signIn(page, email);
    const t0 = Date.now();
    // The administrator and the head meet every search field (the teams list, a roster, the users list).
    const searchFields = HOSTILE_SEARCHERS.includes(email) ? new Map<string, number>() : undefined;
    const result = await crawl(page, accessibilityHooks(page, baseURL!, i % 2, searchFields));
    console.log(
      `${email}: ${result.visited.length} pages in ${((Date.now() - t0) / 1000).toFixed(1)} s (${result.capped} more of kinds already seen)`,
    );
    expect(result.visited.length).toBeGreaterThan(5);
    expect(result.failures, describeFailures(result.failures)).toEqual([]);
    if (searchFields) {
      const paths = [...searchFields.keys()];
      console.log(`${email}: hostile text in the search fields of ${paths.join(", ")}`);
      // The roster of a team (where the issue was found) and the teams list are among them.
      expect(paths.some((p) => /^\/teams\/\d+$/.test(p))).toBe(true);
      expect(paths).toContain("/teams");
      expect(await hostileSearches(page, searchFields)).toEqual([]);
    }
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
