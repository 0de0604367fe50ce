// Sign-out ends the session on the server: a copy of the cookie taken before signing out no longer opens a page or
// the API. A user sees the browsers signed in as them (Account, from the header) and ends the others.
import { expect, test, type Browser } from "@playwright/test";
import { signIn, signOut } from "./helpers";

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("a session cookie copied before sign-out is refused afterwards: sign-in page and 401", async ({ browser }) => {
  const original = await signedIn(browser, "head@levelboard.test");
  const copy = await browser.newContext();
  await copy.addCookies(await original.context().cookies());
  const stolen = await copy.newPage();

  // The copy works while the session is open…
  await stolen.goto("/");
  await expect(stolen.getByTestId("current-user")).toBeVisible();
  expect((await stolen.request.get("/api/v1/members?limit=1")).status()).toBe(200);

  await signOut(original);
  // …and not after: the token has not expired, but its session has ended.
  await stolen.goto("/heatmap");
  await expect(stolen).toHaveURL(/\/login/);
  await expect(stolen.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const api = await stolen.request.get("/api/v1/members?limit=1");
  expect(api.status()).toBe(401);
  expect(await (await stolen.request.get("/api/auth/session")).json()).toBeNull();
  // The cookie is still there (nothing cleared it): it is the server that refuses it.
  expect((await copy.cookies()).some((c) => c.name.includes("session-token"))).toBe(true);
  await copy.close();
  await original.context().close();
});

test("Account lists the browsers signed in, and ends the others but not this one", async ({ browser }) => {
  const email = "lead.sw@levelboard.test";
  const other = await signedIn(browser, email);
  const here = await signedIn(browser, email);

  await here.getByRole("link", { name: /Team lead/ }).click();
  await expect(here.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  const sessions = here.getByTestId("sessions");
  const rows = sessions.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await expect(sessions.getByText("This browser")).toHaveCount(1);
  await expect(rows.first()).toContainText("Chrome (headless)");

  here.once("dialog", (d) => d.accept());
  await here.getByRole("button", { name: "End other sessions" }).click();
  await expect(here.getByRole("status").filter({ hasText: /^Ended/ })).toHaveText(/^Ended \d+ other sessions?\.$/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("This browser");
  await expect(here.getByText("No other browser is signed in as you.")).toBeVisible();
  await here.screenshot({ path: "test-results/sessions-account.png", fullPage: true });

  await other.goto("/");
  await expect(other).toHaveURL(/\/login/);
  await here.goto("/");
  await expect(here.getByTestId("current-user")).toBeVisible();
  await other.context().close();
  await here.context().close();
});
