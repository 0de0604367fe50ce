// Where the department is weakest, as its head looks for it (issue 18, points 2 and 5): the heatmap's team summary
// with its total row, its sort and the field comparison; the dashboard's level bars; the level trend, whose history
// starts when the members do and whose axis labels are whole. At 1440 and 390 px, in English and Japanese, with a
// screenshot of each (test-results/screenshots/weakest-*.png).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";
import heatmapJa from "../messages/ja/heatmap.json" with { type: "json" };

const WIDTHS = [1440, 390] as const;

async function head(browser: Browser, locale: "en" | "ja", width: number) {
  const context = await browser.newContext({
    locale: locale === "ja" ? "ja-JP" : "en-US",
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  // the login form in either language: its fields by name, its one submit button
  await page.goto("/login");
  const form = page.locator("form").filter({ has: page.locator('input[name="password"]') });
  await form.locator('input[name="email"]').fill("head@levelboard.test");
  await form.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  return { context, page };
}

/** The gap charts load as they scroll into view: scroll to each placeholder, then wait for both drawings. */
async function showCharts(page: Page) {
  const charts = page.locator("figure").filter({ has: page.locator(".recharts-responsive-container") });
  for (let i = 0; i < 2; i++)
    // a placeholder is replaced by its chart while it is scrolled to (it may detach mid-scroll): try again until drawn
    await expect(async () => {
      await page
        .locator("div.animate-pulse, figure:has(.recharts-responsive-container)")
        .nth(i)
        .scrollIntoViewIfNeeded({ timeout: 2_000 });
      await expect(charts.nth(i).locator("svg.recharts-surface").first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  return charts;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/weakest-${name}.png`, fullPage: true });

/** Numbers of a row's cells (the total row's, or a team's), as shown. */
async function cellNumbers(row: ReturnType<Page["locator"]>) {
  return (await row.locator("td").allInnerTexts()).map((t) => Number(t.replace(/[^\d]/g, "")));
}

test("the heatmap's team summary: a total row for the scope, sortable columns in the URL, the fields compared", async ({
  page,
}) => {
  await signIn(page, "head@levelboard.test");
  // every team (teams=all), not only those serving the field: three rows to sort and add up
  await page.goto("/heatmap?field=hardware&teams=all");
  const summary = page.getByRole("table", { name: /Members per team with proficiency 3 or more/ });
  const total = summary.getByTestId("summary-total").getByRole("row");
  await expect(total.getByRole("rowheader")).toHaveText("All 3 teams");
  const teamRows = summary.locator("tbody:not([data-testid]) tr");
  await expect(teamRows).toHaveCount(3);
  // The total row is the whole scope: every team's members and holders added up, column by column.
  const sums = new Array<number>(8).fill(0);
  for (const row of await teamRows.all()) (await cellNumbers(row)).forEach((n, i) => (sums[i] += n));
  expect(await cellNumbers(total)).toEqual(sums);

  // Sort by one item's holders: ascending first (the weakest team on top), then descending; the order is in the URL.
  const item = summary.getByRole("columnheader", { name: /Leadership/ });
  await item.getByRole("link").click();
  await expect(page).toHaveURL(/tsort=leadership/);
  await expect(item).toHaveAttribute("aria-sort", "ascending");
  const column = async () =>
    (await teamRows.locator("td:nth-of-type(5)").allInnerTexts()).map((t) => Number(t.replace(/\D/g, "")));
  const asc = await column();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  await item.getByRole("link").click();
  await expect(page).toHaveURL(/tdir=desc/);
  await expect(item).toHaveAttribute("aria-sort", "descending");
  const desc = await column();
  expect(desc).toEqual([...asc].reverse());
  // the grid's own sort is left alone
  expect(new URL(page.url()).searchParams.get("sort")).toBeNull();

  // The fields side by side: the current field's row is the total row; another field is one click away.
  const compare = page.getByRole("table", { name: /per field/ });
  const hardware = compare.locator('tr[data-field="hardware"]');
  await expect(hardware).toHaveAttribute("aria-current", "true");
  expect(await cellNumbers(hardware)).toEqual((await cellNumbers(total)).slice(1));
  await expect(compare.getByRole("rowheader")).toHaveText(["Hardware", "Software", "Facility Management"]);
  await compare.getByRole("link", { name: "Software" }).click();
  await expect(page).toHaveURL(/field=software/);
  await expect(page.getByRole("table", { name: /per field/ }).locator('tr[data-field="software"]')).toHaveAttribute(
    "aria-current",
    "true",
  );
});

test("the level trend counts members from when they join, says where its history starts, and its axis labels are whole", async ({
  page,
}) => {
  await signIn(page, "head@levelboard.test");
  await page.goto("/gaps?field=hardware");
  await showCharts(page);
  const chart = page.getByRole("img", { name: /members per level at the end of each month/ });
  // The demo's history starts at its snapshots (30 June 2026): no month before is drawn as all "No level".
  const months = (await chart.getAttribute("aria-label"))!.split("; ");
  expect(months.length).toBeLessThanOrEqual(12);
  const starts = page.getByTestId("trend-starts");
  if (months.length < 12) await expect(starts).toContainText(/The history starts in/);
  for (const m of months) {
    // "Jun 2026: 3 at 0, 5 at 1, …": a month is never everyone at "No level" and nobody above
    const counts = [...m.matchAll(/([\d,]+) at (\d)/g)].map((x) => Number(x[1].replace(/,/g, "")));
    expect(
      counts.slice(1).some((n) => n > 0),
      m,
    ).toBe(true);
  }
  // Each tick label starts inside the chart: the Y axis's are not cut at its left edge.
  const svg = chart.locator(".recharts-wrapper > svg.recharts-surface"); // the chart, not a legend icon
  await expect(svg).toBeVisible();
  const box = (await svg.boundingBox())!;
  const ticks = chart.locator(".recharts-cartesian-axis-tick-value");
  expect(await ticks.count()).toBeGreaterThan(2);
  // The legend follows the stack, "No level" first.
  await expect(chart.locator(".recharts-legend-item-text").first()).toHaveText("No level");
  for (const tick of await ticks.all()) {
    const b = (await tick.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x - 0.5);
  }
});

for (const locale of ["en", "ja"] as const)
  for (const width of WIDTHS)
    test(`screenshots: heatmap summary, dashboard bars and trend (${locale}, ${width} px)`, async ({ browser }) => {
      const { context, page } = await head(browser, locale, width);
      await page.goto("/heatmap?field=hardware&tsort=leadership");
      const summaryLabel = locale === "ja" ? heatmapJa.summary.label.replace("{n}", "3") : /Members per team/;
      await expect(page.getByRole("table", { name: summaryLabel })).toBeVisible();
      // The team summary's and the comparison's sections, not the whole grid below.
      await page
        .locator('section[aria-labelledby="team-summary"]')
        .screenshot({ path: `test-results/screenshots/weakest-heatmap-${locale}-${width}.png` });
      await page
        .locator('section[aria-labelledby="field-comparison"]')
        .screenshot({ path: `test-results/screenshots/weakest-compare-${locale}-${width}.png` });
      await page.goto("/");
      const bars = page.getByRole("img").first();
      await expect(bars).toBeVisible();
      await shot(page, `dashboard-${locale}-${width}`);
      await page.goto("/gaps?field=hardware");
      const charts = await showCharts(page);
      for (const [i, name] of ["distribution", "trend"].entries()) {
        await charts.nth(i).screenshot({ path: `test-results/screenshots/weakest-${name}-${locale}-${width}.png` });
      }
      await context.close();
    });
