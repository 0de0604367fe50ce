// Security rules seen from the browser: sign-in throttling that refuses, sessions that end, one denial for rows
// outside one's scope (404, the same page as a missing row) and 403 for sections a role may not open.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers";
import jaCommon from "../messages/ja/common.json" with { type: "json" };

const PASSWORD = "e2e-security-password-1";

/** As the admin: a fresh member account of the first department; returns its user id. */
async function createAccount(page: Page, email: string): Promise<number> {
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill(email.split("@")[0]);
  await page.getByLabel("Initial password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").at(-1));
}

async function tryPassword(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const button = page.getByRole("button", { name: "Sign in", exact: true });
  await button.click();
  await expect(button).toBeEnabled();
  return page.getByRole("main").getByRole("alert");
}

async function adminPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "admin@levelboard.test");
  return page;
}

test("sign-in throttling refuses after 5 attempts per account, for known and unknown emails, whatever X-Forwarded-For says", async ({
  page,
  browser,
}) => {
  const admin = await adminPage(browser);
  const email = "throttled.e2e@levelboard.test";
  await createAccount(admin, email);
  await admin.context().close();

  let n = 0;
  await page.route("**/*", (route) =>
    route.continue({ headers: { ...route.request().headers(), "x-forwarded-for": `203.0.113.${++n % 250}` } }),
  );
  await page.goto("/login");
  const started = Date.now();
  for (let i = 0; i < 5; i++)
    await expect(await tryPassword(page, email, `wrong-${i}`)).toHaveText("The email or password is not right.");
  const refused = "Too many attempts: try again in 15 minutes.";
  // The right password no longer gets in while the account is locked, from any (claimed) address.
  await expect(await tryPassword(page, email, PASSWORD)).toHaveText(refused);
  for (let i = 0; i < 6; i++) await expect(await tryPassword(page, email, `wrong-again-${i}`)).toHaveText(refused);
  const perAttempt = (Date.now() - started) / 12;
  console.log(`12 sign-in attempts on one account: ${Math.round(perAttempt)} ms each on average`);
  expect(perAttempt).toBeLessThan(3000);
  // An unknown email gets exactly the same answers.
  for (let i = 0; i < 5; i++)
    await expect(await tryPassword(page, "nobody.e2e@levelboard.test", `wrong-${i}`)).toHaveText(
      "The email or password is not right.",
    );
  await expect(await tryPassword(page, "nobody.e2e@levelboard.test", "wrong-5")).toHaveText(refused);
  await page.screenshot({ path: "test-results/security-throttled.png" });
});

test("a disabled account's stale cookie lands on the sign-in page without looping; a password reset ends sessions", async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  const email = "sessions.e2e@levelboard.test";
  const id = await createAccount(admin, email);

  const user = await (await browser.newContext()).newPage();
  await signIn(user, email, PASSWORD);
  await admin.goto(`/admin/users/${id}`);
  await admin.getByLabel("New password").fill("e2e-security-password-2");
  await admin.getByRole("button", { name: "Reset password" }).click();
  await expect(admin.getByText("Password reset.")).toBeVisible();
  // The old session is over: the next page load asks for a sign-in.
  await user.goto("/");
  await expect(user).toHaveURL(/\/login/);
  await expect(user.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await signIn(user, email, "e2e-security-password-2");

  await admin.reload();
  admin.on("dialog", (d) => d.accept());
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.getByText(`${email} · disabled`)).toBeVisible();
  const res = await user.goto("/");
  expect(res?.status()).toBe(200);
  await expect(user).toHaveURL(/\/login/);
  await expect(user.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const login = await user.goto("/login");
  expect(login?.status()).toBe(200);
  await expect(user.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await user.context().close();
  await admin.context().close();
});

test("rows outside one's scope are the same 404 as missing rows; closed sections answer 403", async ({
  page,
  browser,
}) => {
  const admin = await adminPage(browser);
  const all = (await (await admin.request.get("/api/v1/members?limit=100")).json()) as {
    members: { id: number; teamId: number; teamName: string }[];
  };
  await admin.context().close();
  await signIn(page, "member.hw@levelboard.test");
  const own = Number((await page.getByRole("link", { name: "My record" }).getAttribute("href"))!.split("/").at(-1));
  const other = all.members.find((m) => m.id !== own)!;

  for (const path of [`/members/${other.id}`, "/members/999999"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" }), path).toBeVisible();
  }
  await page.goto(`/members/${other.id}`);
  await page.screenshot({ path: "test-results/security-not-found.png" });
  const hidden = await page.request.get(`/api/v1/members/${other.id}`);
  const missing = await page.request.get("/api/v1/members/999999");
  expect([hidden.status(), missing.status()]).toEqual([404, 404]);
  expect(await hidden.json()).toEqual({ error: `No member with id ${other.id}.` });
  expect((await page.request.get(`/api/export/team-members?teamId=${other.teamId}`)).status()).toBe(404);

  // The teams section is closed to members as a whole: an existing and a missing team get the same 403.
  for (const path of [
    "/teams",
    `/teams/${other.teamId}`,
    "/teams/999999",
    "/heatmap",
    "/gaps",
    "/staffing",
    "/reviews",
    "/admin",
    "/admin/users",
    "/import",
    "/admin/import",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this section" }), path).toBeVisible();
  }
  await page.screenshot({ path: "test-results/security-forbidden.png" });
  const own200 = await page.goto(`/members/${own}`);
  expect(own200?.status()).toBe(200);
});

test("a lead gets 404 for another team and its members", async ({ page, browser }) => {
  const admin = await adminPage(browser);
  const all = (await (await admin.request.get("/api/v1/members?limit=100")).json()) as {
    members: { id: number; teamId: number; teamName: string }[];
  };
  await admin.context().close();
  await signIn(page, "lead.hw@levelboard.test");
  const mine = (await (await page.request.get("/api/v1/members?limit=100")).json()) as {
    members: { id: number; teamId: number }[];
  };
  const myTeams = new Set(mine.members.map((m) => m.teamId));
  const outside = all.members.find((m) => !myTeams.has(m.teamId))!;
  for (const path of [
    `/teams/${outside.teamId}`,
    `/members/${outside.id}`,
    `/teams/${outside.teamId}/members/${outside.id}/edit`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" }), path).toBeVisible();
  }
  expect((await page.goto(`/teams/${mine.members[0].teamId}`))?.status()).toBe(200);
  expect((await page.goto("/admin"))?.status()).toBe(403);
  // Their own team's settings are the head's: 403 with the forbidden page, decided before anything streams.
  const settings = await page.goto(`/teams/${mine.members[0].teamId}/settings`);
  expect(settings?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this section" })).toBeVisible();
});

test("the pages that used to show an English 'no access' panel with 200 answer 403 in the user's language", async ({
  browser,
}) => {
  // A member in a Japanese browser: every one of these sections is closed to members, and each refuses in its layout
  // with forbidden() before its loading boundary streams, so the status is 403 and the page the translated one.
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator('input[name="email"]').fill("member.hw@levelboard.test");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  for (const path of [
    "/admin/users",
    "/admin/users/new",
    "/admin/users/1",
    "/admin/audit",
    "/teams",
    "/gaps",
    "/gaps/targets",
    "/staffing",
    "/reviews",
    "/heatmap",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(jaCommon.forbidden.title);
    await expect(page.getByText("You do not have access to"), path).toHaveCount(0);
  }
  await context.close();
});

test("every view answers 404 for a team or department out of scope or missing, and old scope links redirect once", async ({
  page,
  browser,
}) => {
  const admin = await adminPage(browser);
  const all = (await (await admin.request.get("/api/v1/members?limit=100")).json()) as {
    members: { teamId: number }[];
  };
  const { targets } = (await (await admin.request.get("/api/v1/gaps")).json()) as {
    targets: { departmentId: number | null }[];
  };
  await admin.context().close();
  const dept = targets.find((t) => t.departmentId !== null)!.departmentId!;

  // As the head of the demo's only department: another department does not exist for them (nor at all).
  await signIn(page, "head@levelboard.test");
  const views = ["/heatmap", "/gaps", "/gaps/targets", "/staffing"];
  for (const view of views) {
    for (const q of ["departmentId=2", "departmentId=999999", "teamId=999999", "teamId=abc"]) {
      const res = await page.request.get(`${view}?${q}`, { maxRedirects: 0 });
      expect(res.status(), `${view}?${q}`).toBe(404);
    }
    expect((await page.request.get(view, { maxRedirects: 0 })).status(), view).toBe(200);
  }
  const gaps = await page.goto("/gaps?departmentId=2");
  expect(gaps?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await page.request.get("/api/export/heatmap?field=hardware&departmentId=2")).status()).toBe(404);

  // As a lead: the department, and a team of it that is not theirs, are out of scope.
  await signOut(page);
  await signIn(page, "lead.hw@levelboard.test");
  const mine = (await (await page.request.get("/api/v1/members?limit=100")).json()) as {
    members: { teamId: number }[];
  };
  const own = mine.members[0].teamId;
  const other = all.members.find((m) => m.teamId !== own)!.teamId;
  for (const view of views) {
    for (const q of [`departmentId=${dept}`, `teamId=${other}`, "teamId=999999"]) {
      const res = await page.request.get(`${view}?${q}`, { maxRedirects: 0 });
      expect(res.status(), `${view}?${q}`).toBe(404);
    }
    expect((await page.request.get(`${view}?teamId=${own}`, { maxRedirects: 0 })).status(), view).toBe(200);
  }
  for (const q of [`departmentId=${dept}`, `teamId=${other}`])
    expect((await page.request.get(`/api/export/heatmap?field=hardware&${q}`)).status(), q).toBe(404);

  // The old spellings answer one permanent redirect to the one spelling.
  for (const [old, now] of [
    [`/heatmap?scope=team:${own}&field=software`, `/heatmap?field=software&teamId=${own}`],
    [`/gaps?view=team:${own}`, `/gaps?teamId=${own}`],
    ["/gaps?view=mine&field=facility", "/gaps?field=facility"],
    [`/staffing?scope=t:${own}&field=hardware`, `/staffing?field=hardware&teamId=${own}`],
    [`/api/export/heatmap?scope=team:${own}`, `/api/export/heatmap?teamId=${own}`],
  ]) {
    const res = await page.request.get(old, { maxRedirects: 0 });
    expect(res.status(), old).toBe(308);
    const to = new URL(res.headers()["location"], "http://x");
    expect(to.pathname + to.search, old).toBe(now);
  }
});
