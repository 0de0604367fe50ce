import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("admin imports members from CSV (after fixing a bad row), reads the audit log and exports JSON", async ({
  page,
}) => {
  await signIn(page, "admin@levelboard.test");
  await page.getByRole("navigation").getByRole("link", { name: "Import", exact: true }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole("heading", { name: "Import", exact: true })).toBeVisible();

  const csv = page.getByLabel("…or paste the CSV here");
  await csv.fill(
    "name,email,team,role\nE2E Newcomer,e2e.newcomer@example.com,Hardware Service Team,\nE2E Broken,e2e.broken@example.com,No Such Team,\n",
  );
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("3");
  await expect(errors).toContainText("team");
  await expect(errors).toContainText('No active team named "No Such Team"');
  await expect(page.getByRole("button", { name: "Import members" })).toBeDisabled();

  let members = await (await page.request.get("/api/v1/members?limit=500")).json();
  expect(members.members.some((m: { name: string }) => m.name === "E2E Newcomer")).toBe(false);

  await csv.fill(
    "name,email,team,role\nE2E Newcomer,e2e.newcomer@example.com,Hardware Service Team,\nE2E Fixed,e2e.fixed@example.com,Software Service Team,\n",
  );
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All 2 rows are valid" })).toBeVisible();
  await page.getByRole("button", { name: "Import members" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 members." })).toBeVisible();

  members = await (await page.request.get("/api/v1/members?limit=500")).json();
  const added = members.members.find((m: { name: string }) => m.name === "E2E Newcomer");
  expect(added).toMatchObject({ teamName: "Hardware Service Team", archived: false });
  expect(Object.keys(added.levels)).toEqual(["hardware", "software", "facility"]);

  await page.goto("/admin/audit");
  await page.getByLabel("Entity").selectOption("member");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/entity=member/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toContainText("import");
  await expect(rows.first()).toContainText("member #");
  await expect(page.getByText("E2E Fixed").or(page.getByText('"E2E Fixed"')).first()).toBeAttached();

  const exported = await page.request.get("/api/admin/export.json");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  const body = await exported.json();
  expect(body).toMatchObject({ format: "levelboard-organisation", version: 1 });
  expect(body.tables.members.some((m: { name: string }) => m.name === "E2E Newcomer")).toBe(true);
  await page.goto("/admin/export");
  await expect(page.getByRole("link", { name: "Download organisation JSON" })).toHaveAttribute(
    "href",
    "/api/admin/export.json",
  );
});

test("a member gets 403 from the export and cannot open the import page", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  expect((await page.request.get("/api/admin/export.json")).status()).toBe(403);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  const res = await page.goto("/import");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this section" })).toBeVisible();
  // The old address redirects to the new one, and the answer there is the same 403.
  const old = await page.goto("/admin/import?tab=skills");
  expect(old?.status()).toBe(403);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/import?tab=skills");
});

test("a department head imports from the Import entry of the navigation, and the old address leads there", async ({
  page,
}) => {
  await signIn(page, "head@levelboard.test");
  const nav = page.getByRole("navigation");
  await expect(nav.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  await nav.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import", exact: true })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/import");
  await expect(page.getByRole("link", { name: "Skill assessments (CSV)" })).toHaveAttribute(
    "href",
    "/import?tab=skills",
  );
  await expect(page.getByRole("link", { name: "Restore organisation (JSON)" })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("import-head.png"), fullPage: true });
  const old = await page.goto("/admin/import?tab=skills");
  expect(old?.status()).toBe(200);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/import?tab=skills");
  await expect(page.getByRole("link", { name: "Skill assessments (CSV)" })).toHaveAttribute("aria-current", "page");
});

test("an administrator decides whether self-ratings count, and the gap dashboard says which", async ({ page }) => {
  await signIn(page, "admin@levelboard.test");
  await page.goto("/gaps");
  await expect(page.getByText(/A member's own rating alone is shown as “self-rated, not confirmed”/)).toBeVisible();
  await page.goto("/admin");
  await page.getByRole("link", { name: /Settings/ }).click();
  await expect(page.getByRole("heading", { name: "Organisation settings", level: 1 })).toBeVisible();
  await expect(page.getByLabel(/Lead ratings only/)).toBeChecked();
  await page.getByLabel(/Self-ratings too/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("Settings saved");
  await page.goto("/gaps");
  await expect(page.getByText(/or, where no lead has rated it, the member's own rating/)).toBeVisible();
  // Back to the default for the other specs.
  await page.goto("/admin/settings");
  await expect(page.getByLabel(/Self-ratings too/)).toBeChecked();
  await page.getByLabel(/Lead ratings only/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("Settings saved");
  await page.goto("/admin/audit?entity=settings");
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("settings");
});
