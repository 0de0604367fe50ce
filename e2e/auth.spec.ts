import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

const ROLES = [
  {
    email: "admin@levelboard.test",
    nav: ["Dashboard", "Teams", "Reviews", "Heatmap", "Gaps", "Staffing", "Standard", "Admin"],
  },
  // Heads review their department's records too (four eyes: another reviewer than the lead who recorded it).
  { email: "head@levelboard.test", nav: ["Dashboard", "Teams", "Reviews", "Heatmap", "Gaps", "Staffing", "Standard"] },
  {
    email: "lead.hw@levelboard.test",
    nav: ["Dashboard", "Teams", "Reviews", "Heatmap", "Gaps", "Staffing", "Standard"],
  },
  {
    email: "lead.sw@levelboard.test",
    nav: ["Dashboard", "Teams", "Reviews", "Heatmap", "Gaps", "Staffing", "Standard"],
  },
  {
    email: "lead.fm@levelboard.test",
    nav: ["Dashboard", "Teams", "Reviews", "Heatmap", "Gaps", "Staffing", "Standard"],
  },
  { email: "member.hw@levelboard.test", nav: ["Dashboard", "My record", "Standard"] },
];
const ALL = ["Dashboard", "My record", "Teams", "Reviews", "Heatmap", "Gaps", "Staffing", "Standard", "Admin"];

test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/teams");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("health answers without signing in", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true, db: "pglite" });
});

for (const role of ROLES) {
  test(`${role.email} signs in, sees the right navigation and signs out`, async ({ page }) => {
    await signIn(page, role.email);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of ALL) {
      const link = nav.getByRole("link", { name: label, exact: true });
      if (role.nav.includes(label)) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
    }
    await signOut(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("lead.hw@levelboard.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right." })).toBeVisible();
  await page.getByLabel("Email").fill("nobody@levelboard.test");
  await page.getByLabel("Password").fill("whatever");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("nobody@levelboard.test");
  await expect(page).toHaveURL(/\/login/);
});

test("a member cannot open the admin section", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  const res = await page.goto("/admin");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this section" })).toBeVisible();
});
