import { expect, test } from "@playwright/test";
import { skillLevelDescription } from "../lib/itss/catalog";
import { signIn } from "./helpers";

test("a member browses the standard: field, level indicators with footnotes, a skill item", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Standard", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The standard" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Customer Service" })).toBeVisible();

  await page.getByRole("link", { name: "Facility Management", exact: true }).click();
  await expect(page).toHaveURL(/\/standard\/facility$/);
  await expect(page.getByRole("heading", { level: 1, name: "Facility Management" })).toBeVisible();
  await expect(page).toHaveTitle(/Facility Management · Standard/);

  const level6 = page.locator("#level-6");
  await expect(level6.getByRole("heading", { name: /Level 6/ })).toBeVisible();
  await expect(level6.getByText("Incidental facilities of mission-critical system")).toBeVisible();
  await expect(level6.getByText(/Required: 4 different kinds or more/)).toBeVisible();

  // Level 4's size option carries the reading of "less than 2 sites" as a numbered footnote.
  await page.locator("#level-4").getByRole("link", { name: "Footnote 1" }).click();
  await expect(page).toHaveURL(/#footnote-1$/);
  await expect(page.locator("#footnote-1")).toContainText(
    "computer rooms of 1 to 2 sites are read as the Level 4 tier",
  );

  await page.getByRole("table").getByRole("link", { name: "Leadership" }).click();
  await expect(page).toHaveURL(/\/standard\/facility\/leadership$/);
  await expect(page.getByRole("heading", { level: 1, name: "Leadership" })).toBeVisible();
  const level3 = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Level 3/ }) });
  await expect(level3).toContainText(skillLevelDescription("facility", "leadership", 3) ?? "missing");
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Facility Management" }),
  ).toBeVisible();
});

test("each skill item has its own URL, and unknown fields or items are not found", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  await page.goto("/standard/hardware/hardware_technology");
  await expect(page.getByRole("heading", { level: 1, name: "Hardware Technology" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /^Level 5/ })).toBeVisible();

  await page.goto("/standard/software#level-4");
  await expect(page.locator("#level-4").getByRole("heading", { name: /Level 4/ })).toBeVisible();

  for (const path of ["/standard/marketing", "/standard/hardware/facility_management"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
