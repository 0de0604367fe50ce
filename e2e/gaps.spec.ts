// The gap dashboard as a head and a lead use it: the demo department's ranked targets and single points of failure;
// a lead sets a target and sees the gap move; screenshots of /gaps and the dashboard for both.
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { signIn } from "./helpers";

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

test("a head sees the department's gaps, single points of failure, and the teams table", async ({ page }) => {
  await signIn(page, "head@levelboard.test");
  await page.goto("/gaps");
  await expect(page.getByRole("heading", { name: "Gaps", level: 1 })).toBeVisible();
  const targets = page.getByRole("table", { name: "Targets ranked by gap" });
  // Worst first: the demo's Hardware Technology target misses two members, its level-4 target one.
  await expect(targets.getByRole("row").nth(1)).toContainText("Gap 2");
  await expect(targets.getByRole("row").nth(1)).toContainText("Hardware Technology proficiency 4");
  const level4 = targets.getByRole("row").filter({ hasText: "At least 4 members at Hardware level 4 or higher" });
  await expect(level4).toContainText("Hardware Service Team");
  await expect(level4).toContainText("Gap 1");
  await expect(page.getByRole("table", { name: "Team targets per department" })).toBeVisible();
  const spof = page.getByRole("table", { name: "Single points of failure" });
  // Each single point names its one member, linking to their record.
  const technology = spof
    .getByRole("row")
    .filter({ hasText: "Hardware Service Team" })
    .filter({ has: page.getByRole("cell", { name: "Technology", exact: true }) });
  await expect(technology).toContainText("≥ 4");
  await expect(technology.getByRole("link", { name: "Takeshi Ito" })).toHaveAttribute("href", /\/members\/\d+$/);
  await expect(page.getByRole("heading", { name: "One step from the next level" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Certifications expiring within 90 days" }).getByRole("row").nth(1),
  ).toBeVisible();
  // The charts (and Recharts) load when they scroll into view.
  await page.getByRole("heading", { name: "Members per level" }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("img", { name: /Members per level/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Hardware members per level at the end of each month/ })).toBeVisible();
  await shot(page, "gaps-head");

  // One team through the picker.
  await page.getByLabel("Show", { exact: true }).selectOption({ label: "Software Service Team" });
  await page.getByRole("button", { name: "Show" }).first().click();
  await expect(page).toHaveURL(/\/gaps\?teamId=\d+$/);
  await expect(page.getByText("Software Service Team: targets against")).toBeVisible();

  await page.goto("/");
  const teams = page.getByRole("table", { name: /^Teams, sorted by/ });
  await expect(teams.getByRole("row")).toHaveCount(4);
  await teams.getByRole("link", { name: /^Team/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(teams.getByRole("row").nth(1)).toContainText("Facility Management Service Team");
  await expect(page.getByRole("heading", { name: "Worst gaps" })).toBeVisible();
  await shot(page, "dashboard-head");
});

test("an administrator picks a department, then one of its teams", async ({ page }) => {
  await signIn(page, "admin@levelboard.test");
  await page.goto("/gaps");
  const picker = page.getByLabel("Show", { exact: true });
  // The whole organisation lists departments only (500 teams would not fit one list), with a hint.
  await expect(picker.locator("option")).toHaveText([
    "Whole organisation",
    "Customer Service Department (whole department)",
  ]);
  await expect(page.getByText("Choose a department, then one of its teams.")).toBeVisible();
  await picker.selectOption({ label: "Customer Service Department (whole department)" });
  await page.getByRole("button", { name: "Show" }).first().click();
  await expect(page).toHaveURL(/\/gaps\?departmentId=\d+$/);
  await picker.selectOption({ label: "Software Service Team — Customer Service Department" });
  await page.getByRole("button", { name: "Show" }).first().click();
  await expect(page.getByText("Software Service Team: targets against")).toBeVisible();
  await expect(page.getByText("Choose a department, then one of its teams.")).toHaveCount(0);
});

test("a lead sets a target and sees the gap move, then deletes it", async ({ page }) => {
  await signIn(page, "lead.hw@levelboard.test");
  await page.goto("/");
  await shot(page, "dashboard-lead");
  await page.goto("/gaps");
  await expect(page.getByText("Your teams: targets against")).toBeVisible();
  await page.getByRole("link", { name: "Set targets" }).click();
  await expect(page.getByRole("heading", { name: "Targets: Hardware Service Team", level: 1 })).toBeVisible();

  const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add target" }) });
  await add.getByLabel("Counts").selectOption("skill");
  await add.getByLabel("Skill item").selectOption({ label: "Leadership" });
  await add.getByLabel("Minimum level").fill("9");
  await add.getByLabel("At least (members)").fill("9");
  await add.getByRole("button", { name: "Add target" }).click();
  // Bad input is named by field, nothing saved.
  await expect(add.getByRole("alert")).toContainText("Hardware levels go up to 5");
  await add.getByLabel("Minimum level").fill("3");
  await add.getByRole("button", { name: "Add target" }).click();
  await expect(add.getByRole("status")).toHaveText("Target added.");

  const where = page.locator("section").filter({ has: page.getByRole("heading", { name: "Where the targets stand" }) });
  const standing = where
    .getByRole("listitem")
    .filter({ hasText: "At least 9 members with Leadership proficiency 3 or higher (Hardware)" });
  await expect(standing).toContainText(/Gap \d/);
  const text = await standing.innerText();
  const now = Number(/— (\d+) now/.exec(text)![1]);
  expect(now).toBeGreaterThan(0);
  await expect(standing).toContainText(`Gap ${9 - now}`);

  // Lower the bar to what the team has: the gap closes.
  const changes = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Change or delete a target" }) });
  const item = changes.getByRole("listitem").filter({
    has: page.getByText("At least 9 members with Leadership proficiency 3 or higher (Hardware)", { exact: true }),
  });
  await item.getByText("At least 9 members with Leadership", { exact: false }).click();
  const edit = item.locator("form");
  await edit.getByLabel("At least (members)").fill(String(now));
  await edit.getByRole("button", { name: "Save target" }).click();
  const met = where
    .getByRole("listitem")
    .filter({ hasText: `At least ${now} members with Leadership proficiency 3 or higher (Hardware)` });
  await expect(met).toContainText("✓ Met");

  // On /gaps the target stands met too.
  await page.goto("/gaps");
  const row = page
    .getByRole("table", { name: "Targets ranked by gap" })
    .getByRole("row")
    .filter({ hasText: `At least ${now} members with Leadership proficiency 3 or higher` });
  await expect(row).toContainText("✓ Met");
  await page.getByRole("heading", { name: "Members per level" }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("img", { name: /Hardware members per level at the end of each month/ })).toBeVisible();
  await shot(page, "gaps-lead");

  // Leave the demo as it was for the other specs.
  await row.getByRole("link", { name: "Edit" }).click();
  const again = changes.getByRole("listitem").filter({
    has: page.getByText(`At least ${now} members with Leadership proficiency 3 or higher (Hardware)`, {
      exact: true,
    }),
  });
  await again.getByText(`At least ${now} members with Leadership`, { exact: false }).click();
  page.once("dialog", (d) => d.accept());
  await again.getByRole("button", { name: "Delete" }).click();
  await expect(
    page.getByText(`At least ${now} members with Leadership proficiency 3 or higher (Hardware)`),
  ).toHaveCount(0);
  await expect(where.getByRole("listitem")).toHaveCount(2);
});

test("a member sees their own levels on the dashboard and no gap dashboard", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  await page.goto("/");
  const levels = page.locator("section").filter({ has: page.getByRole("heading", { name: "Your levels" }) });
  // the fields the member has records or ratings in, as their member page shows them (the demo's member.hw: Hardware)
  await expect(levels.getByRole("listitem")).toHaveCount(1);
  await expect(levels.getByRole("listitem").first()).toContainText("Hardware");
  await expect(levels.getByRole("listitem").first()).toContainText(/Level \d|—/);
  await shot(page, "dashboard-member");
  expect((await page.goto("/gaps"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this section" })).toBeVisible();
  expect((await page.request.get("/api/v1/gaps")).status()).toBe(403);
});

/** Whether the page scrolls sideways (its content wider than the window). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test("a head follows a list to its whole view: pages, filters, sorts and downloads it", async ({ page }) => {
  await signIn(page, "head@levelboard.test");
  await page.goto("/gaps");
  // The capped list links to its whole view with the same scope.
  const apartCard = page.locator("section").filter({
    has: page.getByRole("heading", { name: "Self and lead ratings two or more levels apart" }),
  });
  const showAll = apartCard.getByRole("link", { name: /^Show all \d+/ });
  const total = Number(/Show all (\d+)/.exec((await showAll.textContent())!)![1]);
  expect(total).toBeGreaterThan(10);
  await showAll.click();
  await expect(page).toHaveURL(/\/gaps\/lists\?list=apart&departmentId=\d+$/);
  await expect(
    page.getByRole("heading", { name: "Self and lead ratings two or more levels apart", level: 1 }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Self and lead ratings two or more levels apart" });
  await expect(table.getByRole("row")).toHaveCount(total + 1);

  // Ten per page: page 2 continues page 1.
  const pages = page.getByRole("navigation", { name: "Pages" });
  await pages.getByRole("link", { name: "10", exact: true }).click();
  await expect(pages).toContainText(`1–10 of ${total}`);
  const firstPage = await table.getByRole("row").allInnerTexts();
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages).toContainText(`11–${Math.min(20, total)} of ${total}`);
  const secondPage = await table.getByRole("row").allInnerTexts();
  expect(secondPage.slice(1).some((r) => firstPage.includes(r))).toBe(false);

  // Filter by field: every row is a Hardware item, and the filter starts again at page 1.
  await page.getByLabel("Field").selectOption({ label: "Hardware" });
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/field=hardware/);
  await expect(page).not.toHaveURL(/page=2/);
  const items = await table.getByRole("row").locator("td:nth-child(3)").allInnerTexts();
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((i) => i.endsWith("(Hardware)"))).toBe(true);

  // Sort by the lead's rating, ascending then descending.
  await table.getByRole("link", { name: "Lead" }).click();
  await expect(page).toHaveURL(/sort=lead&dir=asc/);
  const lead = async () => (await table.locator("tbody tr td:nth-child(5)").allInnerTexts()).map(Number);
  const asc = await lead();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  await table.getByRole("link", { name: "Lead" }).click();
  await expect(page).toHaveURL(/sort=lead&dir=desc/);
  const desc = await lead();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));

  // The CSV: the filtered, sorted list, every row.
  const filtered = Number(/of (\d+)/.exec((await pages.innerText())!)![1]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gaps-apart-.*\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8"))
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  expect(csv[0]).toBe("Member,Member id,Team,Field,Skill item,Self,Lead");
  expect(csv).toHaveLength(filtered + 1);
  expect(csv.slice(1).every((r) => r.includes(",Hardware,"))).toBe(true);
  expect(csv.slice(1).map((r) => Number(r.split(",").at(-1)))).toEqual(
    [...csv.slice(1).map((r) => Number(r.split(",").at(-1)))].sort((a, b) => b - a),
  );
  await shot(page, "gaps-list-head");

  // Single points of failure: the same list as on /gaps, in a team's scope.
  await page.goto("/gaps");
  await page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Single points of failure" }) })
    .getByRole("link", { name: /^Show all/ })
    .click();
  await expect(page).toHaveURL(/list=singles/);
  const technology = page
    .getByRole("table", { name: "Single points of failure" })
    .getByRole("row")
    .filter({ hasText: "Hardware Service Team" })
    .filter({ has: page.getByRole("cell", { name: "Technology", exact: true }) });
  await expect(technology.getByRole("link", { name: "Takeshi Ito" })).toBeVisible();
});

test("at 390 px neither /gaps nor a list scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "head@levelboard.test");
  for (const path of ["/gaps", "/gaps/lists?list=apart", "/gaps/lists?list=singles", "/gaps/lists?list=oneStep"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await scrollsSideways(page), path).toBe(false);
  }
  await page.goto("/gaps");
  await shot(page, "gaps-head-390");
});

test("the heatmap flags only gaps: the Software team has no flag in the Hardware view", async ({ page }) => {
  await signIn(page, "head@levelboard.test");
  await page.goto("/heatmap?field=hardware");
  const summary = page.locator("section").filter({ has: page.locator("#team-summary") });
  const rows = summary.getByRole("table").locator("tbody tr");
  // By default the teams that serve the field: the Software team is not there.
  await expect(rows.filter({ hasText: "Hardware Service Team" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Software Service Team" })).toHaveCount(0);
  // Every team on request: the Software team shows, without a flag (Hardware is not its field).
  await page.getByRole("checkbox", { name: "Every team (also teams that do not serve this field)" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/teams=all/);
  const software = rows.filter({ hasText: "Software Service Team" });
  await expect(software).toHaveCount(1);
  await expect(software.locator("[data-flagged]")).toHaveCount(0);
  // The Hardware team's Technology single point of failure is flagged, as on /gaps.
  await expect(rows.filter({ hasText: "Hardware Service Team" }).locator("[data-flagged]").first()).toBeVisible();
});
