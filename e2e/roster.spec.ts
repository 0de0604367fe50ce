// Roster in the browser: a lead adds a member to their team, sorts and filters the table; teams per role.
import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

test("a lead adds a member to their team, then sorts and filters the roster", async ({ page }) => {
  await signIn(page, "lead.hw@levelboard.test");
  await page.getByRole("navigation").getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("heading", { name: "Teams", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Software Service Team" })).toHaveCount(0);
  // Admin is not in a lead's navigation; importing into their own team is, and is linked from here too.
  await expect(page.getByRole("navigation").getByRole("link", { name: "Import", exact: true })).toHaveAttribute(
    "href",
    "/import",
  );
  await expect(page.getByRole("link", { name: "Import from CSV" })).toHaveAttribute("href", "/import");
  await page.getByRole("link", { name: "Hardware Service Team" }).click();
  await expect(page.getByRole("heading", { name: "Hardware Service Team" })).toBeVisible();

  await page.getByRole("link", { name: "Add member" }).click();
  // Wait for the form: until the navigation lands, "Name" and "Job title" also match the roster's search box label.
  await expect(page.getByRole("heading", { name: "Add a member to Hardware Service Team" })).toBeVisible();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Test Person");
  await page.getByRole("textbox", { name: "Job title", exact: true }).fill("Field engineer");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page).toHaveURL(/\/teams\/\d+\?q=Test(%20|\+)Person/);
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "Test Person", exact: true })).toBeVisible();
  await expect(table.getByText("Field engineer")).toBeVisible();

  // Clear the filter, then sort by name descending: the URL carries the state, the server sorts.
  await page.getByLabel("Find by name, job title or email").fill("");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).not.toHaveURL(/q=Test/);
  await page.getByRole("columnheader", { name: /Name/ }).getByRole("button").click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "descending");
  const names = await table.locator("tbody tr td:first-child a[href^='/members/']").allTextContents();
  expect(names.length).toBeGreaterThan(1);
  expect([...names].sort((a, b) => b.localeCompare(a))).toEqual(names);

  // A filter that matches nobody shows the empty state.
  await page.getByLabel("Find by name, job title or email").fill("zzz-nobody");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No member matches “zzz-nobody”.")).toBeVisible();

  // The Software team's page is closed to this lead.
  await page.goto("/teams");
  await expect(page.getByRole("row")).toHaveCount(2); // header + their one team
});

test("a lead cannot open another team; the head sees all three teams", async ({ page }) => {
  await signIn(page, "head@levelboard.test");
  await page.goto("/teams");
  for (const name of ["Hardware Service Team", "Software Service Team", "Facility Management Service Team"]) {
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  const softwareHref = await page.getByRole("link", { name: "Software Service Team" }).getAttribute("href");
  await signOut(page); // waits for the sign-in page: going there while still signed in redirects to the dashboard
  await signIn(page, "lead.hw@levelboard.test");
  // Another team is "not found", like a team that does not exist (no enumeration of ids).
  const res = await page.goto(softwareHref!);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  const csv = await page.request.get(`/api/export/team-members?teamId=${softwareHref!.split("/").pop()}`);
  expect(csv.status()).toBe(404);
});
