// One whole flow in Japanese: a browser that asks for Japanese (Accept-Language ja-JP) gets the login page and the app
// in Japanese (html lang="ja"); a department head goes through the dashboard, heatmap, gaps, staffing and the standard;
// then saves English in the language picker, and the saved choice beats the browser's language after signing in
// again. Expected texts come from the message files, so the spec follows the wording instead of copying it.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";
import auth from "../messages/ja/auth.json" with { type: "json" };
import shell from "../messages/ja/shell.json" with { type: "json" };
import dashboard from "../messages/ja/dashboard.json" with { type: "json" };
import heatmap from "../messages/ja/heatmap.json" with { type: "json" };
import gaps from "../messages/ja/gaps.json" with { type: "json" };
import staffing from "../messages/ja/staffing.json" with { type: "json" };
import standard from "../messages/ja/standard.json" with { type: "json" };
import itss from "../messages/ja/itss.json" with { type: "json" };
import enShell from "../messages/en/shell.json" with { type: "json" };
import enDashboard from "../messages/en/dashboard.json" with { type: "json" };
import enHeatmap from "../messages/en/heatmap.json" with { type: "json" };

const HEAD = { email: "head@levelboard.test", name: "Hiroshi Nakamura" };
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

/** A message with its {placeholders} filled (plain ones and {n, number}: what these assertions need). */
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)(?:, number)?\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
/** A message as a pattern from the start of the text: each {placeholder} matches anything. */
const pattern = (message: string) =>
  new RegExp(
    "^" +
      message
        .split(/\{\w+(?:, number)?\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".+"),
  );
const strings = (tree: object): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : strings(v as object)));

async function japaneseBrowser(browser: Browser) {
  const context = await browser.newContext({ locale: "ja-JP" });
  return { context, page: await context.newPage() };
}

/** Signs in through the login form whatever its language: the fields by name, the one submit button. */
async function signIn(page: Page, email: string) {
  await page.goto("/login");
  const form = page.locator("form").filter({ has: page.locator('input[name="password"]') });
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

test("a head works through the views in Japanese, switches to English, and the saved choice follows them", async ({
  browser,
}) => {
  const { context, page } = await japaneseBrowser(browser);

  // The login page answers the browser's language.
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByLabel(shell.locale.label)).toHaveValue("auto");
  // Following the browser, the picker names the language in use.
  await expect(page.getByRole("option", { name: fill(shell.locale.auto, { language: "日本語" }) })).toBeAttached();
  // The login page's own text, once the auth namespace has it.
  const authTexts = strings(auth);
  if (authTexts.length) expect(authTexts).toContain((await page.getByRole("heading", { level: 1 }).innerText()).trim());
  await shot(page, "ja-login");

  await signIn(page, HEAD.email);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const nav = page.getByRole("navigation", { name: shell.mainNav });
  await expect(page.locator("header")).toContainText(shell.role.head);

  // Dashboard: the department at a glance.
  await expect(
    page.getByRole("heading", { level: 1, name: fill(dashboard.welcome, { name: HEAD.name }) }),
  ).toBeVisible();
  await expect(page.getByText(dashboard.greeting.head)).toBeVisible();
  await expect(page.getByRole("heading", { name: dashboard.worstGaps.title })).toBeVisible();
  await expect(page.getByRole("heading", { name: dashboard.levelsAcross })).toBeVisible();
  await expect(page.getByRole("heading", { name: itss.fields.hardware, exact: true })).toBeVisible();
  const teams = page.getByRole("table", { name: /^チーム一覧/ });
  await expect(teams.getByRole("columnheader", { name: dashboard.overview.columns.level })).toBeVisible();
  await expect(teams.getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("status").filter({ hasText: pattern(dashboard.overview.range) })).toBeVisible();
  await shot(page, "ja-dashboard-head");

  // Heatmap: Japanese headers, cell labels and paging; the standard's own descriptions stay as the source has them.
  await nav.getByRole("link", { name: shell.nav.heatmap }).click();
  await expect(page.getByRole("heading", { level: 1, name: heatmap.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("columnheader").nth(7)).toHaveText(new RegExp(itss.items.hardware_technology));
  await expect(grid.getByRole("columnheader").nth(8)).toHaveText(
    new RegExp(fill(heatmap.grid.fieldLevel, { field: itss.fields.hardware })),
  );
  await expect(grid.getByRole("gridcell", { name: heatmap.grid.cellNone }).first()).toBeVisible();
  await expect(grid.getByRole("gridcell", { name: pattern(heatmap.grid.cellLead) }).first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: pattern(heatmap.pages.range) })).toBeVisible();
  await expect(page.getByRole("table", { name: fill(heatmap.summary.label, { n: 3 }) })).toBeVisible();
  await expect(page.getByLabel(heatmap.filters.levelAtLeast)).toBeVisible();
  // A focused cell's tooltip: Japanese chrome around the standard's English description.
  await grid.locator('[data-r="10"][data-c="2"]').focus();
  await expect(page.getByRole("tooltip")).toContainText(`${itss.items.technology}：レベル`);
  await shot(page, "ja-heatmap-head");

  // Gaps: ranked targets worded in Japanese, dates in Japanese form, the charts' labels too.
  await nav.getByRole("link", { name: shell.nav.gaps }).click();
  await expect(page.getByRole("heading", { level: 1, name: gaps.title })).toBeVisible();
  const targets = page.getByRole("table", { name: gaps.targets.caption });
  await expect(targets.getByRole("row").nth(1)).toContainText(fill(dashboard.target.gap, { gap: 2 }));
  await expect(targets.getByRole("row").nth(1)).toContainText(itss.items.hardware_technology);
  await expect(
    targets.getByRole("row").filter({
      hasText: fill(dashboard.target.level, { count: 4, field: itss.fields.hardware, level: 4 }),
    }),
  ).toContainText(fill(dashboard.target.gap, { gap: 1 }));
  await expect(page.getByRole("table", { name: gaps.singles.title })).toBeVisible();
  const certs = page.getByRole("table", { name: gaps.certs.title });
  await expect(certs.getByRole("row").nth(1)).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await page.getByRole("heading", { name: gaps.charts.distribution }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("img", { name: pattern(gaps.charts.distributionLabel) })).toBeVisible();
  await expect(
    page.getByRole("img", { name: new RegExp(`各月末時点の${itss.fields.hardware}のレベル別メンバー数`) }),
  ).toBeVisible();
  await expect(
    page
      .locator(".recharts-cartesian-axis-tick-value")
      .filter({ hasText: /\d{4}年\d{1,2}月/ })
      .first(),
  ).toBeVisible();
  await shot(page, "ja-gaps-head");

  // Staffing: describe a need in Japanese and read the candidates' reasons.
  await nav.getByRole("link", { name: shell.nav.staffing }).click();
  await expect(page.getByRole("heading", { level: 1, name: staffing.title })).toBeVisible();
  await expect(page.getByText(staffing.blank.title)).toBeVisible();
  const form = page.getByRole("form", { name: staffing.form.label });
  await form
    .getByLabel(staffing.form.minLevel)
    .selectOption({ label: fill(staffing.form.levelOrHigher, { level: 3 }) });
  await form
    .getByLabel(itss.items.hardware_technology)
    .selectOption({ label: fill(staffing.form.orHigher, { level: 3 }) });
  await form.getByRole("button", { name: staffing.form.find }).click();
  await expect(page).toHaveURL(/\/staffing\?.*field=hardware&minLevel=3&skill=hardware_technology:3/);
  const candidates = page.getByRole("list", { name: staffing.candidates.label }).getByTestId("candidate");
  await expect(candidates.first()).toBeVisible();
  await expect(candidates.first()).toContainText(staffing.candidates.qualified);
  await expect(candidates.first()).toContainText(/つの要件をすべて満たしています：/);
  await expect(page.getByTestId("need-summary")).toContainText(
    `${fill(staffing.need.level, { field: itss.fields.hardware, level: 3 })}、${fill(staffing.need.skill, { item: itss.items.hardware_technology, level: 3 })}`,
  );
  await shot(page, "ja-staffing-head");

  // The standard: its chrome in Japanese, its text as the source carries it.
  await nav.getByRole("link", { name: shell.nav.standard }).click();
  await expect(page.getByRole("heading", { level: 1, name: standard.overview.heading })).toBeVisible();
  await page.getByRole("link", { name: itss.fields.facility, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: itss.fields.facility })).toBeVisible();
  await expect(page.getByRole("navigation", { name: standard.toc.label })).toBeVisible();
  await shot(page, "ja-standard-facility");
  await expect(
    page.locator("#level-6").getByRole("heading", { name: fill(standard.level, { level: 6 }) }),
  ).toBeVisible();

  // Save English: the next page is English, html lang="en".
  await page.getByLabel(shell.locale.label).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page
    .getByRole("navigation", { name: enShell.mainNav })
    .getByRole("link", { name: enShell.nav.heatmap })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: enHeatmap.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // Signed out and in again from a fresh Japanese browser: the login page is Japanese, the app follows the saved English.
  await context.close();
  const again = await japaneseBrowser(browser);
  await again.page.goto("/login");
  await expect(again.page.locator("html")).toHaveAttribute("lang", "ja");
  await signIn(again.page, HEAD.email);
  await expect(again.page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    again.page.getByRole("heading", { level: 1, name: fill(enDashboard.welcome, { name: HEAD.name }) }),
  ).toBeVisible();

  // Leave the demo as it was: back to the browser's language, which is Japanese here.
  await again.page.getByLabel(enShell.locale.label).selectOption("auto");
  await expect(again.page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(
    again.page.getByRole("heading", { level: 1, name: fill(dashboard.welcome, { name: HEAD.name }) }),
  ).toBeVisible();
  await again.context.close();
});
