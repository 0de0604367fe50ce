import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

// A member records a project and submits it; their lead approves it; the member's standing changes.
test("record → submit → approve changes the member's path", async ({ page }) => {
  const name = `E2E cluster upgrade ${Date.now()}`;
  await signIn(page, "member.hw@levelboard.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My record" }).click();
  await expect(page.getByRole("heading", { name: /My record/ })).toBeVisible();
  const path = page.getByTestId("path-hardware");
  const pathBefore = await path.innerText();

  await page.getByRole("button", { name: "Record a project" }).click();
  const form = page.getByRole("form", { name: "Record a project" });
  await form.getByLabel("Project name").fill(name);
  await form.getByLabel("Customer / site").fill("Hokuriku Bank");
  await form.getByLabel("Your role").selectOption("leader");
  await form.getByLabel("Status").selectOption("completed");
  const criteria = form.getByRole("group", { name: /Complexity criteria/ }).getByRole("checkbox");
  await criteria.nth(0).check();
  await expect(form.getByTestId("live-project-level")).toContainText("no level yet");
  await criteria.nth(1).check();
  await form
    .getByRole("group", { name: /service scope/ })
    .getByRole("radio")
    .nth(1)
    .check();
  await expect(form.getByTestId("live-project-level")).toContainText("counts as level 4");
  await form.getByLabel("End date").fill("2025-03-31");
  await form.getByLabel("Start date").fill("2025-04-30");
  await form.getByRole("button", { name: "Save as draft" }).click();
  await expect(form.locator("#new-project-endDate-error")).toHaveText("The end date is before the start date");
  await expect(form.getByRole("alert")).toBeVisible();
  await form.getByLabel("Start date").fill("2024-10-01");
  await form.getByRole("button", { name: "Save as draft" }).click();

  const actions = page.getByRole("group", { name: `Actions for project ${name}` });
  await actions.getByRole("button", { name: "Submit for review" }).click();
  await expect(actions.getByRole("button", { name: "Withdraw" })).toBeVisible();
  await signOut(page);

  await signIn(page, "lead.hw@levelboard.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
  await expect(page.getByRole("heading", { name: "Reviews" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: name });
  await expect(item.getByText("Project level 4")).toBeVisible();
  await item.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
  await signOut(page);

  await signIn(page, "member.hw@levelboard.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My record" }).click();
  await expect(
    page.getByRole("group", { name: `Actions for project ${name}` }).getByRole("button", { name: "Change" }),
  ).toBeVisible();
  await expect(page.getByTestId("path-hardware")).not.toHaveText(pathBefore);
});

test("a member cannot open another team's member page", async ({ page }) => {
  // The seed inserts the hardware members first: member 12 is on the Software team (checked as its lead).
  await signIn(page, "lead.sw@levelboard.test");
  await page.goto("/members/12");
  await expect(page.getByRole("main").getByRole("link", { name: "Software Service Team" })).toBeVisible();
  const name = await page.getByRole("heading", { level: 1 }).innerText();
  await signOut(page);
  await signIn(page, "member.hw@levelboard.test");
  await page.goto("/members/12");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
});
