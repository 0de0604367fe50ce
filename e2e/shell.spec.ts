// The frame around every page, as users noticed it: the header stays one line at 1440 px with a long user name (cut,
// the whole name in its title), every page has an icon (no 404 for it), and the language picker names the
// language in use.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers";

const LONG_NAME = "Alexandrina Konstantinopoulou-Wolfeschlegelsteinhausen";
const EMAIL = `long.name.${Date.now()}@levelboard.test`;

test("a department head with a long name: the header stays one line at 1440 px", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "head@levelboard.test");
  const oneLine = (await page.locator("header").boundingBox())!.height;
  expect(oneLine).toBeLessThan(70);
  await signOut(page);
  // The administrator adds a head with a long name.
  await signIn(page, "admin@levelboard.test");
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Name").fill(LONG_NAME);
  await page.getByLabel("Role").selectOption("head");
  await page.getByLabel("Department").selectOption({ label: "Customer Service Department" });
  await page.getByLabel("Initial password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+/);
  await signOut(page);

  await signIn(page, EMAIL);
  const name = page.getByTestId("current-user");
  await expect(name).toHaveAttribute("title", LONG_NAME);
  expect((await page.locator("header").boundingBox())!.height).toBeLessThanOrEqual(oneLine + 1);
  // The name is cut (the whole of it in the title), not the role beside it.
  expect(await name.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  await expect(page.locator("header")).toContainText("Department head");
  // At phone width the header wraps, but the page never scrolls sideways.
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("every page has its icon: no request answers 404", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto("/login");
  const icon = page.locator('link[rel~="icon"]').first();
  await expect(icon).toHaveAttribute("href", /icon/);
  const href = await icon.getAttribute("href");
  const answer = await page.request.get(href!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toContain("image/svg+xml");
  await signIn(page, "lead.hw@levelboard.test");
  await page.goto("/reviews");
  await page.goto("/staffing");
  expect(missing).toEqual([]);
});

test("the language picker names the language in use", async ({ page }) => {
  await signIn(page, "lead.hw@levelboard.test");
  const picker = page.getByLabel("Language");
  // Following the browser (English here): the chosen entry says so, naming the language.
  await expect(picker.locator("option:checked")).toHaveText("English (browser)");
  await expect(picker.getByRole("option", { name: "日本語" })).toBeAttached();
});
