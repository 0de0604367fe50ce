// The roster's level columns sort on the server; a member's page draws the skill profile and the level history.
// Screenshots of the team roster and the member page, as the lead and as the member.
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./helpers";

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

/** The official hardware level in each row of the roster, read from the cells. */
const hardwareLevels = async (page: Page) =>
  (
    await page
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => r.querySelectorAll("td")[3]?.querySelector("[data-level]")?.getAttribute("data-level")),
      )
  ).map(Number);

test("a lead sorts the roster by level, opens a member and sees the skill chart and the level history", async ({
  page,
}) => {
  await signIn(page, "lead.hw@levelboard.test");
  await page.goto("/teams");
  await page.getByRole("link", { name: "Hardware Service Team" }).click();
  await expect(page.getByRole("heading", { name: "Hardware Service Team" })).toBeVisible();

  // A level column sorts highest first on the first click, then lowest first; the server sorts (URL state).
  const header = page.getByRole("columnheader", { name: /^Hardware/ });
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=level_hardware&dir=desc/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const desc = await hardwareLevels(page);
  expect(desc.length).toBeGreaterThan(5);
  expect(new Set(desc).size).toBeGreaterThan(2);
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  // The export follows the table's sort.
  const csv = await page.request.get(
    (await page.getByRole("link", { name: "Export CSV" }).getAttribute("href")) as string,
  );
  expect(csv.status()).toBe(200);
  const csvLevels = (await csv.text())
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => Number(line.split(",")[4]));
  expect(csvLevels).toEqual(desc);

  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=level_hardware&dir=asc/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => hardwareLevels(page)).toEqual([...desc].sort((a, b) => a - b));
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=level_hardware&dir=desc/);
  await expect.poll(() => hardwareLevels(page)).toEqual(desc);
  await shot(page, "roster-lead");

  // The highest-level member's page: the chart of their 7 hardware items with the team's target, and the history.
  await page.locator("tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/members\/\d+/);
  const chart = page.getByTestId("skill-chart-hardware");
  await expect(chart).toBeVisible();
  await expect(chart.locator(".recharts-wrapper > svg")).toBeVisible();
  for (const name of ["Self-rating", "Lead's rating", "Team target"])
    await expect(chart.locator(".recharts-legend-wrapper")).toContainText(name);
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  // The numbers behind it, for screen readers: 7 items, the demo's hardware target of 4 on the field's own item.
  const table = chart.getByRole("table");
  await expect(table.locator("tbody tr")).toHaveCount(7);
  await expect(table.getByRole("row", { name: /Hardware technology/i })).toContainText("4");
  const history = page.getByTestId("history-hardware");
  await expect(history.locator(".recharts-wrapper > svg")).toBeVisible();
  await expect(history.getByRole("table")).toBeVisible();
  await shot(page, "member-page-lead");
});

test("the head sorts a roster by level in another field; the member sees their own chart but no roster", async ({
  page,
}) => {
  await signIn(page, "head@levelboard.test");
  await page.goto("/teams");
  await page.getByRole("link", { name: "Software Service Team" }).click();
  const teamUrl = page.url();
  const header = page.getByRole("columnheader", { name: /^Software/ });
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=level_software&dir=desc/);
  const levels = await page
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => Number(r.querySelectorAll("td")[4]?.querySelector("[data-level]")?.getAttribute("data-level"))),
    );
  expect(levels.length).toBeGreaterThan(5);
  expect(levels).toEqual([...levels].sort((a, b) => b - a));
  await shot(page, "roster-head");
  await signOut(page);

  await signIn(page, "member.hw@levelboard.test");
  expect((await page.goto(teamUrl))?.status()).toBe(403); // members do not open the Teams section
  await expect(page.getByRole("heading", { name: "You do not have access to this section" })).toBeVisible();
  await page.goto("/");
  await page
    .getByRole("navigation")
    .getByRole("link", { name: /My record/ })
    .click();
  await expect(page.getByRole("heading", { name: /My record/ })).toBeVisible();
  const chart = page.getByTestId("skill-chart-hardware");
  await expect(chart.locator(".recharts-wrapper > svg")).toBeVisible();
  await expect(chart.locator(".recharts-legend-wrapper")).toContainText("Self-rating");
  await expect(page.getByTestId("history-hardware").locator(".recharts-wrapper > svg")).toBeVisible();
  await shot(page, "member-page-member");
  await signOut(page);
});
