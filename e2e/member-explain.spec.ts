import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Explanations that never contradict (issue 18, points 7 and 8), as the member met them: after submitting records the
// member page marks what they meet as waiting for review and the dashboard names the provisional level; a field the
// member has a record in has its section on their page, collapsed, and the dashboard's line opens it.

async function openMyRecord(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My record" }).click();
  await expect(page.getByRole("heading", { name: /My record/ })).toBeVisible();
}

test("records waiting for review: marked on the path, the provisional level on the dashboard", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "member.hw@levelboard.test");
  // The demo member (Hardware level 3) already waits for review of a level-4 project: it meets the projects and the
  // key project of level 4, not the rest.
  const own = page.getByTestId("own-hardware");
  await expect(own).toContainText("Level 4 needs 3 more requirements. 2 more are submitted, waiting for review.");
  await expect(own).not.toContainText("Provisional");

  await openMyRecord(page);
  const standing = page.getByRole("region", { name: "Hardware", exact: true });
  const path = standing.getByTestId("path-hardware");
  await expect(standing.getByRole("heading", { name: "Path to level 4" })).toBeVisible();
  await expect(path.locator('li[data-state="submitted"]')).toHaveCount(2);
  await expect(path.locator('li[data-state="missing"]')).toHaveCount(3);

  // The member submits the rest: a level-4 specialty area, an expertise-succession kind, a mentoring record.
  const stamp = Date.now();
  await page.getByLabel("System operation management and hardware product technologies", { exact: true }).check();
  await page.getByRole("button", { name: "Save specialty areas" }).click();
  const specialtyActions = page.getByRole("group", { name: "Actions for specialty hw_ops_product_tech" });
  await specialtyActions.getByRole("button", { name: "Submit for review" }).click();
  await expect(specialtyActions.getByRole("button", { name: "Withdraw" })).toBeVisible();

  const achievement = `Explained handbook ${stamp}`;
  await page.getByRole("button", { name: "Add an achievement" }).first().click();
  const successionForm = page.getByRole("form", { name: "Expertise-succession achievement" });
  await successionForm.getByLabel("Title").fill(achievement);
  await successionForm.getByRole("button", { name: "Save as draft" }).click();
  await expect(successionForm).toHaveCount(0);
  const successionActions = page.getByRole("group", { name: `Actions for achievement ${achievement}` });
  await successionActions.getByRole("button", { name: "Submit for review" }).click();
  await expect(successionActions.getByRole("button", { name: "Withdraw" })).toBeVisible();

  const mentee = `Explained junior ${stamp}`;
  await page.getByRole("button", { name: "Add mentoring" }).first().click();
  const mentoringForm = page.getByRole("form", { name: "Mentoring" });
  await mentoringForm.getByLabel("Mentee").fill(mentee);
  await mentoringForm.getByRole("button", { name: "Save as draft" }).click();
  await expect(mentoringForm).toHaveCount(0);
  const mentoringActions = page.getByRole("group", { name: `Actions for mentoring of ${mentee}` });
  await mentoringActions.getByRole("button", { name: "Submit for review" }).click();
  await expect(mentoringActions.getByRole("button", { name: "Withdraw" })).toBeVisible();

  // Provisionally level 4: every item of the path is marked as waiting for review, none as unmet.
  await page.reload();
  await expect(standing.getByTestId("official-level-hardware")).toHaveText("3");
  await expect(standing.getByTestId("provisional-level-hardware")).toHaveText("4");
  await expect(path.locator('li[data-state="missing"]')).toHaveCount(0);
  await expect(path.locator('li[data-state="submitted"]')).toHaveCount(5);
  await expect(path.getByText("submitted, waiting for review", { exact: true })).toHaveCount(5);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(own).toContainText("Your records waiting for review meet every requirement left for level 4.");
  await expect(own).toContainText("Provisional level 4, counting your submitted records.");
  await expect(own).not.toContainText("needs");
});

test("a field with a record has its section, collapsed, and the dashboard's line opens it", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  await expect(page.getByTestId("own-hardware")).toBeVisible();
  await expect(page.getByTestId("own-software")).toHaveCount(0);

  await openMyRecord(page);
  await expect(page.getByTestId("standing-software")).toHaveCount(0);
  const name = `Explained ERP support ${Date.now()}`;
  await page.getByRole("button", { name: "Record a project" }).click();
  const form = page.getByRole("form", { name: "Record a project" });
  await form.getByLabel("Specialty field").selectOption({ label: "Software" });
  await form.getByLabel("Project name").fill(name);
  await form
    .getByRole("group", { name: /service scope/ })
    .getByRole("radio")
    .first()
    .check();
  await form.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("group", { name: `Actions for project ${name}` })).toBeVisible();

  // The team's field first and open; Software after it, collapsed, opened from the keyboard.
  const software = page.getByTestId("standing-software");
  const fields = page.locator('#standing [data-testid^="standing-"]');
  await expect(fields).toHaveCount(2);
  await expect(fields.first()).toHaveAttribute("data-testid", "standing-hardware");
  await expect(software).not.toHaveAttribute("open");
  await expect(software.getByTestId("path-heading-software")).toBeHidden();
  await software.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(software).toHaveAttribute("open");
  await expect(software.getByTestId("path-heading-software")).toBeVisible();
  await expect(page.getByTestId("contribution-software")).not.toHaveAttribute("open");

  // The dashboard lists Software too; its link lands on the Software section, open.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await page.getByTestId("own-software").getByRole("link", { name: "Software" }).click();
  await expect(page).toHaveURL(/\/members\/\d+#field-software$/);
  await expect(page.getByTestId("standing-software")).toHaveAttribute("open");
  await expect(page.getByTestId("path-heading-software")).toBeVisible();
});
