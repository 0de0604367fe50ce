// The staffing planner as a lead uses it: describe a need and a planned project, see ranked candidates with the
// reason for each and the growth fit; the link is shareable (a head opening it sees their own scope).
import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

test("a lead plans a project and sees candidates with reasons and growth fit; a head opens the shared link", async ({
  page,
}) => {
  await signIn(page, "lead.hw@levelboard.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staffing" }).click();
  await expect(page.getByRole("heading", { name: "Staffing", level: 1 })).toBeVisible();
  await expect(page.getByText("Describe the need to see candidates")).toBeVisible();

  const form = page.getByRole("form", { name: "Staffing need" });
  await expect(form.getByLabel("Look in")).toHaveValue(""); // the lead's default scope: their teams
  await expect(form.getByLabel("Look in").locator("option:checked")).toHaveText("All the teams you lead");
  await expect(form.getByLabel("Specialty field")).toHaveValue("hardware");
  await form.getByLabel("Minimum level").selectOption({ label: "Level 3 or higher" });
  await form.getByLabel("Hardware Technology").selectOption({ label: "3 or higher" });
  await form.getByLabel("Candidate's role in the project").selectOption({ label: "Leader" });
  const criteria = form.getByRole("group", { name: /Complexity criteria/ });
  await criteria.getByRole("checkbox").nth(0).check();
  await criteria.getByRole("checkbox").nth(1).check();
  await form
    .getByRole("group", { name: /service scope/ })
    .getByRole("radio")
    .nth(1)
    .check();
  await expect(form.getByTestId("planned-project-level")).toContainText("counts as level 4");
  await form.getByRole("button", { name: "Find candidates" }).click();

  // The whole query is in the URL.
  await expect(page).toHaveURL(
    /\/staffing\?field=hardware&minLevel=3&skill=hardware_technology:3&role=leader&criteria=[a-z_]+,[a-z_]+&serviceScope=wide_area_team$/,
  );
  const list = page.getByRole("list", { name: "Candidates" });
  await expect(list).toBeVisible();
  const candidates = list.getByTestId("candidate");
  expect(await candidates.count()).toBeGreaterThan(2);
  await expect(page.getByTestId("need-summary")).toContainText(
    "Hardware level 3 or higher, Hardware Technology proficiency 3+",
  );
  // Qualified come first, each with the sentence naming what they meet, and a growth fit.
  await expect(candidates.first()).toContainText("Qualified");
  await expect(candidates.first()).toContainText(
    /Meets all 2 requirements: Hardware level \d \(needs 3\) and Hardware Technology proficiency \d \(needs 3/,
  );
  // The growth fit is said where the project changes something, never as "No change" on every row.
  await expect(list).toContainText(/Growth fit: (Completes level 4|\d(st|nd|rd|th) of the \d projects level \d needs)/);
  await expect(list).not.toContainText("No change");
  await expect(
    page.getByText(/Growth fit is shown only where the project moves a candidate toward a level/),
  ).toBeVisible();
  await expect(list).toContainText(/ongoing project|No ongoing projects/);
  const lastMatch = await candidates.last().textContent();
  if (lastMatch?.includes("Close")) await expect(candidates.last()).toContainText("one level short in");
  const qualified = await candidates.filter({ hasText: "Qualified" }).count();
  const close = await candidates.filter({ hasText: "Close: one level short" }).count();
  expect(qualified + close).toBe(await candidates.count());
  // Qualified before close.
  const badges = await candidates.evaluateAll((els) =>
    els.map((e) => (e.textContent?.includes("Qualified") ? "q" : "c")).join(""),
  );
  expect(badges).toMatch(/^q*c*$/);
  await page.screenshot({ path: "test-results/screenshots/staffing-lead.png", fullPage: true });
  const shared = page.url();

  // A bad parameter in a link: a clear message naming it, never an error page.
  await page.goto("/staffing?field=hardware&minLevel=9&skill=telepathy:2");
  await expect(page.getByRole("alert").filter({ hasText: "problem" })).toContainText(
    "minLevel must be from 1 to 5 for Hardware",
  );
  await expect(page.getByRole("alert").filter({ hasText: "problem" })).toContainText(
    'skill "telepathy" is not a skill item of Hardware',
  );

  // A team out of reach answers like one that does not exist, on the page as well: 404.
  expect((await page.goto("/staffing?field=hardware&teamId=999999"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

  // The head opens the same link: the same need, in their department.
  await signOut(page);
  await signIn(page, "head@levelboard.test");
  await page.goto(shared);
  await expect(page.getByRole("heading", { name: /candidates? in Customer Service Department/ })).toBeVisible();
  await expect(
    page.getByRole("form", { name: "Staffing need" }).getByLabel("Candidate's role in the project"),
  ).toHaveValue("leader");
  await expect(page.getByRole("list", { name: "Candidates" })).toContainText("Growth fit:");

  // The head plans a facility project: the size is the facility's, and the field's own skill items are offered.
  const headForm = page.getByRole("form", { name: "Staffing need" });
  await headForm.getByLabel("Specialty field").selectOption("facility");
  await headForm.getByLabel("Minimum level").selectOption({ label: "Level 4 or higher" });
  await headForm.getByLabel("Facility Management", { exact: true }).selectOption({ label: "3 or higher" });
  await headForm.getByLabel("Candidate's role in the project").selectOption({ label: "Person responsible" });
  const fmCriteria = headForm.getByRole("group", { name: /Complexity criteria/ });
  await fmCriteria.getByRole("checkbox").nth(0).check();
  await fmCriteria.getByRole("checkbox").nth(1).check();
  await headForm.getByRole("group", { name: "Size" }).getByRole("radio").nth(1).check();
  await headForm.getByLabel("Computer-room sites").fill("3");
  await expect(headForm.getByTestId("planned-project-level")).toContainText("counts as level 5");
  await headForm.getByRole("button", { name: "Find candidates" }).click();
  await expect(page).toHaveURL(
    /field=facility&minLevel=4&skill=facility_management:3&role=responsible&criteria=[a-z_,]+&facilityScope=whole&rooms=3$/,
  );
  const fm = page.getByRole("list", { name: "Candidates" }).getByTestId("candidate");
  await expect(fm.first()).toContainText("Facility Management Service Team");
  await expect(fm.first()).toContainText("Growth fit:");
  await page.screenshot({ path: "test-results/screenshots/staffing-head.png", fullPage: true });
});

test("25 candidates fit in a compact list, at desktop and phone width, in English and Japanese", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "head@levelboard.test");
  const url = "/staffing?field=hardware&role=leader&criteria=multi_platform,multi_vendor&serviceScope=wide_area_team";
  for (const locale of ["en", "ja"]) {
    await page.context().addCookies([{ name: "levelboard-locale", value: locale, url: baseURL! }]);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      const candidates = page.getByTestId("candidate");
      await expect(candidates).toHaveCount(25);
      // The list may re-render once as the page settles: measure it when it has a box.
      const list = page.locator("ol").filter({ has: candidates.first() });
      let height = 0;
      await expect(async () => {
        const box = await list.boundingBox();
        expect(box).not.toBeNull();
        height = box!.height;
      }).toPass();
      // Was 3,900 px at 1440 (a card per candidate with "Growth fit: no change" on each): now at most 72 px a row.
      expect(height, `${locale} ${width}px`).toBeLessThan(width === 1440 ? 25 * 72 : 25 * 200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/screenshots/staffing-${locale}-${width}.png`, fullPage: true });
    }
  }
});
