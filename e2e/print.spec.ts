// Printing /gaps and the dashboard on A4 as the department head: no control on paper (navigation, filters, buttons,
// form fields), every chart drawn (the gap charts load when scrolled into view, and printing must not wait for that),
// and a PDF that renders. Japanese layouts: the heatmap's headers and the skill chart's item names are not clipped, in
// Japanese at 1440 and 390 px.
import { expect, test, type Page } from "@playwright/test";
import { switchLocale } from "./accessibility";
import { signIn } from "./helpers";

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

async function expectNoControls(page: Page) {
  for (const role of ["button", "combobox", "textbox", "searchbox", "checkbox", "navigation"] as const)
    await expect(page.getByRole(role).filter({ visible: true }), `a visible ${role} in print`).toHaveCount(0);
  await expect(page.locator("a[download]").filter({ visible: true })).toHaveCount(0);
}

test("the head prints /gaps and the dashboard on A4: charts drawn, no controls", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "head@levelboard.test");

  await page.goto("/gaps");
  await expect(page.getByRole("heading", { level: 1, name: "Gaps" })).toBeVisible();
  // Without scrolling: the charts below the fold are not loaded yet.
  await page.emulateMedia({ media: "print" });
  const charts = page.locator(".recharts-wrapper > svg");
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart.locator("path").first()).toBeAttached();
    // Scaled to the paper, not wider than the page's content.
    expect((await chart.boundingBox())!.width).toBeGreaterThan(100);
  }
  await expectNoControls(page);
  const gaps = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(gaps.subarray(0, 5).toString()).toBe("%PDF-");
  expect(gaps.length).toBeGreaterThan(20_000);
  await shot(page, "print-gaps-head");

  await page.emulateMedia({ media: "screen" });
  await page.goto("/");
  await expect(page.getByRole("table", { name: /^Teams/ })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expectNoControls(page);
  // The teams table fits the paper: its box does not scroll.
  const box = page.getByRole("table", { name: /^Teams/ }).locator("..");
  expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe("visible");
  const dashboard = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(dashboard.subarray(0, 5).toString()).toBe("%PDF-");
  await shot(page, "print-dashboard-head");
});

for (const width of [1440, 390]) {
  test(`in Japanese at ${width} px the heatmap's headers and the skill chart's item names are not clipped`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signIn(page, "head@levelboard.test");
    await switchLocale(context, baseURL!, "ja");

    await page.goto("/heatmap");
    const grid = page.getByRole("grid");
    await expect(grid).toBeVisible();
    const headers = await grid
      .getByRole("columnheader")
      .evaluateAll((ths) =>
        ths.map((th) => ({ text: th.textContent, scroll: th.scrollWidth, client: th.clientWidth })),
      );
    expect(headers.length).toBe(9);
    for (const h of headers) expect(h.scroll, `${h.text} is clipped`).toBeLessThanOrEqual(h.client);
    if (width === 1440) {
      // The whole grid fits: the field's level column ("ハードウェアレベル") is in view without scrolling.
      const box = grid.locator("..");
      const { scroll, client } = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    }
    await shot(page, `ja-heatmap-${width}`);

    // A Facility Management member: "システムメンテナンスマネジメント" on the skill chart's axis.
    await page.goto("/teams");
    await page.getByRole("link", { name: "Facility Management Service Team" }).click();
    await page.locator('main a[href^="/members/"]').first().click();
    const chart = page.getByTestId("skill-chart-facility");
    const ticks = chart.locator(".recharts-yAxis-tick-labels text");
    await expect(ticks).toHaveCount(7);
    const chartBox = (await chart.locator(".recharts-wrapper").boundingBox())!;
    for (const tick of await ticks.all()) {
      const b = (await tick.boundingBox())!;
      expect(b.x, `${await tick.textContent()} starts left of the chart`).toBeGreaterThanOrEqual(chartBox.x - 1);
    }
    await expect(ticks.first()).toHaveText("システムメンテナンスマネジメント");
    await shot(page, `ja-member-${width}`);
    await context.close();
  });
}
