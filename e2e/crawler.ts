// Breadth-first crawl of the signed-in app: follows every same-site link a page renders (GET only) and reports
// each page that answers 4xx or 5xx (a link the app shows this user should lead somewhere they may go: a closed section
// answers 403), shows an error boundary, or throws in the browser.
import type { Page } from "@playwright/test";

export type CrawlFailure = { url: string; from: string; problem: string };
export type CrawlResult = { visited: string[]; failures: CrawlFailure[]; capped: number };
/** What the crawl asks of each page besides loading it. */
export type CrawlHooks = {
  /** Before opening a page: e.g. set its language (`n`: how many pages of its kind this crawl opened before). */
  beforeVisit?: (url: URL, pattern: string, n: number) => Promise<void>;
  /** On the loaded page: its problems (e.g. accessibility violations), each a failure. */
  check?: (page: Page, pattern: string) => Promise<string[]>;
};

/** What the app's error boundaries say (app/(app)/error.tsx, app/global-error.tsx). */
const ERROR_TEXTS = ["This page could not be shown", "Levelboard could not load this page"];
/** Links the crawl does not follow: the API (exports, JSON, auth), sign-in and sign-out. */
const SKIPPED_PATHS = [/^\/api(\/|$)/, /^\/login(\/|$)/, /^\/logout(\/|$)/, /\.(csv|json)$/i];

type Link = { href: string; download: boolean };

/** pathname + sorted query: `/teams?sort=name&dir=asc` and `/teams?dir=asc&sort=name` are one page. */
export function pageKey(url: URL): string {
  const params = [...url.searchParams.entries()].sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv));
  return url.pathname + (params.length ? `?${new URLSearchParams(params)}` : "");
}

/** The page's kind: ids and numeric params stand for any value (`/members/:id`, `/teams?page=:n`). */
export function pagePattern(url: URL): string {
  const path = url.pathname.replace(/\/\d+(?=\/|$)/g, "/:id");
  const params = [...url.searchParams.entries()]
    .map(([k, v]) => [k, /^\d+$/.test(v) ? ":n" : v])
    .sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv));
  return path + (params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join("&")}` : "");
}

export function shouldFollow(link: Link, origin: string): URL | null {
  if (link.download) return null;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return null;
  if (SKIPPED_PATHS.some((re) => re.test(url.pathname))) return null;
  if (/^(csv|json)$/i.test(url.searchParams.get("format") ?? "")) return null;
  url.hash = "";
  return url;
}

type CrawlOptions = { start: string; maxPages: number; perPattern: number };

/**
 * Crawls from `start` as the signed-in page's user. At most `maxPages` pages, and at most `perPattern` pages of one
 * kind (two members' pages say as much as thirty), so a crawl stays within seconds.
 */
export async function crawl(
  page: Page,
  { start = "/", maxPages = 110, perPattern = 2, beforeVisit, check }: CrawlHooks & Partial<CrawlOptions> = {},
): Promise<CrawlResult> {
  const origin = new URL(page.url()).origin;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message.split("\n")[0]}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text().split("\n")[0]}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 500 && r.url().startsWith(origin))
      problems.push(`${r.status()} from ${r.url().slice(origin.length)}`);
  });

  const queue: { url: URL; from: string }[] = [{ url: new URL(start, origin), from: "(start)" }];
  const seen = new Set([pageKey(queue[0].url)]);
  const patterns = new Map<string, number>();
  const opened = new Map<string, number>();
  const visited: string[] = [];
  const failures: CrawlFailure[] = [];
  let capped = 0;

  while (queue.length && visited.length < maxPages) {
    const { url, from } = queue.shift()!;
    const key = pageKey(url);
    visited.push(key);
    problems.length = 0;
    const fail = (problem: string) => failures.push({ url: key, from, problem });
    const kind = pagePattern(url);
    const nth = opened.get(kind) ?? 0;
    opened.set(kind, nth + 1);
    await beforeVisit?.(url, kind, nth);
    const response = await page
      .goto(url.toString(), { waitUntil: "load" })
      .catch((e: Error) => (fail(`navigation failed: ${e.message.split("\n")[0]}`), null));
    if (!response) continue;
    if (response.status() >= 400) fail(`HTTP ${response.status()}`);
    const landed = new URL(page.url());
    if (landed.pathname === "/login") fail("redirected to the sign-in page");
    for (const text of ERROR_TEXTS) {
      if (await page.getByText(text).count()) fail(`shows "${text}"`);
    }
    // Errors thrown while hydrating arrive after "load"; give them a moment.
    await page.waitForTimeout(50);
    for (const p of new Set(problems)) fail(p);
    if (check) for (const p of await check(page, kind)) fail(p);

    const links: Link[] = await page.$$eval("a[href]", (as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.hasAttribute("download") })),
    );
    for (const link of links) {
      const next = shouldFollow(link, origin);
      if (!next) continue;
      const nextKey = pageKey(next);
      if (seen.has(nextKey)) continue;
      seen.add(nextKey);
      const pattern = pagePattern(next);
      const n = patterns.get(pattern) ?? 0;
      if (n >= perPattern) {
        capped++;
        continue;
      }
      patterns.set(pattern, n + 1);
      queue.push({ url: next, from: key });
    }
  }
  capped += queue.length;
  return { visited, failures, capped };
}

export function describeFailures(failures: CrawlFailure[]): string {
  return failures.map((f) => `${f.url} (linked from ${f.from}): ${f.problem}`).join("\n");
}
