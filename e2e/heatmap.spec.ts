// The skill heatmap as a department head uses it: the demo department's members against the field's skill items,
// the summaries above, filters and sort in the URL, the CSV of what is shown, and the grid by keyboard alone.
import { expect, test } from "@playwright/test";
import { skillLevelDescription } from "../lib/itss/catalog";
import { signIn, signOut } from "./helpers";

test("a head sees the demo department's heatmap, filters it, exports it and moves through it by keyboard", async ({
  page,
}) => {
  await signIn(page, "head@levelboard.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Heatmap" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Heatmap" })).toBeVisible();
  await expect(page.getByText("Customer Service Department · Hardware")).toBeVisible();

  // A field's view shows the teams that serve it (docs/gaps.md): the Hardware team only (the demo has no mixed team)…
  const summary = page.getByRole("table", { name: /Members per team with proficiency 3 or more/ });
  await expect(summary.getByRole("rowheader", { name: "Hardware Service Team", exact: true })).toBeVisible();
  await expect(summary.getByRole("rowheader", { name: "Software Service Team", exact: true })).toHaveCount(0);
  // …and every team on request: the three demo teams, each with its member count (sizes: earlier specs add members).
  await page.getByLabel(/^Every team/).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/teams=all/);
  for (const team of ["Facility Management Service Team", "Hardware Service Team", "Software Service Team"]) {
    const row = summary.getByRole("row").filter({ has: page.getByRole("rowheader", { name: team, exact: true }) });
    await expect(row.getByRole("cell").first()).toHaveText(/^\d+$/);
  }
  await expect(
    page.getByRole("table", { name: /Official level of the members on this page in each field/ }),
  ).toBeVisible();

  const grid = page.getByRole("grid");
  await expect(grid.getByRole("columnheader")).toHaveCount(9);
  await expect(grid.getByRole("columnheader").nth(7)).toHaveText(/Hardware Technology/);
  // The department's 30 demo members, plus any an earlier spec imported (admin.spec adds two): all on one page.
  const everyone = page.getByRole("status").filter({ hasText: /^Members 1–(\d+) of \1$/ });
  await expect(everyone).toBeVisible();
  const total = Number((await everyone.innerText()).match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(30);
  await expect(grid.getByRole("gridcell", { name: /self-rating only/ }).first()).toBeVisible();
  await expect(grid.getByRole("gridcell", { name: /lead's rating/ }).first()).toBeVisible();
  await expect(grid.getByRole("gridcell", { name: "not assessed" }).first()).toBeVisible();

  await page.screenshot({ path: "test-results/screenshots/heatmap-head.png", fullPage: true });

  // Keyboard: one tab stop; arrows move, the tooltip shows the standard's text of the focused level.
  const first = grid.locator('[data-r="0"][data-c="0"]');
  await expect(first).toHaveAttribute("tabindex", "0");
  await first.focus();
  await page.keyboard.press("ArrowRight");
  const cell = grid.locator('[data-r="0"][data-c="1"]');
  await expect(cell).toBeFocused();
  await expect(first).toHaveAttribute("tabindex", "-1");
  await page.keyboard.press("ArrowDown");
  await expect(grid.locator('[data-r="1"][data-c="1"]')).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  await expect(first).toBeFocused();
  // PageDown jumps 10 rows: from the facility team (unassessed in hardware) into the hardware team, rated.
  await page.keyboard.press("PageDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const focused = grid.locator('[data-r="10"][data-c="2"]');
  await expect(focused).toBeFocused();
  const tip = page.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(focused).toHaveAttribute("aria-describedby", "heatmap-tip");
  const label = await focused.getAttribute("aria-label");
  const level = Number(/level (\d)/.exec(label ?? "")?.[1]);
  expect(level).toBeGreaterThan(0);
  await expect(tip).toContainText(`Technology: level ${level}`);
  await expect(tip).toContainText(skillLevelDescription("hardware", "technology", level)!);
  await page.screenshot({ path: "test-results/screenshots/heatmap-head-tooltip.png" });
  await page.keyboard.press("End");
  await expect(grid.locator('[data-r="10"][data-c="8"]')).toBeFocused();
  await page.keyboard.press("Home");
  await expect(grid.locator('[data-r="10"][data-c="0"]')).toBeFocused();
  const name = (await grid.locator('[data-r="10"][data-c="0"]').getByRole("link").textContent())!.trim();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/members\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.goBack();

  // Filter (level ≥ 3, Hardware Technology ≥ 3) and sort, in SQL; the CSV holds exactly the rows shown.
  await page.getByLabel("Level at least").selectOption("3");
  await page.getByRole("combobox", { name: /^Skill item/ }).selectOption("hardware_technology");
  await page.getByRole("combobox", { name: /^Item at least/ }).selectOption("3");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/minLevel=3/);
  await expect(page.getByLabel("Level at least")).toHaveValue("3");
  await expect(page.getByRole("status").filter({ hasText: /^Members 1–\d+ of \d+$/ })).not.toHaveText(
    `Members 1–${total} of ${total}`,
  );
  const shown = await grid.locator('tbody [data-c="0"]').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const text of await grid.locator('[data-c="8"]').allTextContents())
    expect(Number(text)).toBeGreaterThanOrEqual(3);
  for (const text of await grid.locator('[data-c="7"]').allTextContents())
    expect(Number(text)).toBeGreaterThanOrEqual(3);
  await grid.getByRole("link", { name: /Hardware Technology/ }).click();
  await expect(page).toHaveURL(
    /sort=hardware_technology&dir=desc|dir=desc.*sort=hardware_technology|sort=hardware_technology.*dir=desc/,
  );
  await expect(grid.getByRole("columnheader", { name: /Hardware Technology/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const exportHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const csv = await (await page.request.get(exportHref!)).text();
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toContain("Hardware Technology (source)");
  expect(lines).toHaveLength(shown + 1);
});

test("a member has no heatmap, and the API answers a head in the documented shape", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  expect((await page.goto("/heatmap"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this section" })).toBeVisible();
  expect((await page.request.get("/api/v1/heatmap?field=hardware")).status()).toBe(403);
  await signOut(page);
  await signIn(page, "head@levelboard.test");
  const res = await page.request.get("/api/v1/heatmap?field=software&limit=5");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ field: "software" });
  expect(body.total).toBeGreaterThanOrEqual(30); // the demo department, plus members earlier specs imported
  expect(body.items).toHaveLength(7);
  expect(body.rows).toHaveLength(5);
});

test("a lead's heatmap opens on their own team and its field", async ({ page }) => {
  await signIn(page, "lead.sw@levelboard.test");
  await page.goto("/heatmap");
  await expect(page.getByText("Your teams · Software")).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Scope/ })).toHaveValue(""); // the lead's default: their teams
  await expect(page.getByRole("combobox", { name: /^Scope/ }).locator("option:checked")).toHaveText(
    "All the teams you lead",
  );
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("rowheader", { name: "Software Service Team" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Members 1–(\d+) of \1$/ })).toBeVisible(); // the whole team on one page
  await page.screenshot({ path: "test-results/screenshots/heatmap-lead.png", fullPage: true });
});
