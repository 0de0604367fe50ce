// Single sign-on against a real OpenID provider (oidc-provider, started here) and a Levelboard server started here
// with AUTH_OIDC_* pointing at it (its own port and fresh demo database). The provider's development login page
// takes any login name; each name below stands for the claims that provider would send.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Provider from "oidc-provider";
import { DEMO_PASSWORD } from "./helpers";

const base = Number(process.env.E2E_PORT || 3210);
const OIDC_PORT = base + 1;
const APP_PORT = base + 2;
const issuer = `http://localhost:${OIDC_PORT}`;
const app = `http://localhost:${APP_PORT}`;
const dataDir = path.resolve(`.data/e2e-oidc-${APP_PORT}`);

const ACCOUNTS: Record<string, { email: string; email_verified?: boolean }> = {
  verified: { email: "member.hw@levelboard.test", email_verified: true },
  unverified: { email: "lead.hw@levelboard.test", email_verified: false },
  silent: { email: "lead.sw@levelboard.test" },
  unknown: { email: "nobody@levelboard.test", email_verified: true },
  disabled: { email: "lead.fm@levelboard.test", email_verified: true },
};
const REFUSED =
  "That sign-in was refused: the provider must confirm (verify) your email, and it must belong to an active Levelboard account.";

let provider: Server;
let server: ChildProcess;

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    if (Date.now() > until) throw new Error(`${url} did not answer in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: "levelboard",
        client_secret: "levelboard-test-secret",
        redirect_uris: [`${app}/api/auth/callback/oidc`],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    // Real providers commonly put email and email_verified in the ID token, which is what Auth.js reads.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, ...(ACCOUNTS[sub] ?? { email: `${sub}@elsewhere.test`, email_verified: true }) }),
    }),
  });
  provider = oidc.listen(OIDC_PORT);
  rmSync(dataDir, { recursive: true, force: true });
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: "",
      PORT: String(APP_PORT),
      LEVELBOARD_DATA_DIR: dataDir,
      AUTH_OIDC_ISSUER: issuer,
      AUTH_OIDC_CLIENT_ID: "levelboard",
      AUTH_OIDC_CLIENT_SECRET: "levelboard-test-secret",
      AUTH_OIDC_NAME: "Test provider",
    },
  });
  await waitFor(`${app}/api/health`, 170_000);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await new Promise((r) => provider?.close(r));
});

/** Clicks the single sign-on button and signs in at the provider as `login`. */
async function signInWithProvider(page: Page, login: string) {
  await page.goto(`${app}/login`);
  await page.getByRole("button", { name: "Sign in with Test provider" }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible({ timeout: 3_000 }).catch(() => false)) await consent.click();
}

test("a verified email of an existing account signs in through the provider", async ({ page }) => {
  await signInWithProvider(page, "verified");
  await expect(page).toHaveURL(`${app}/`);
  await expect(page.getByTestId("current-user")).toHaveText("Yuki Yamamoto");
  await page.screenshot({ path: "test-results/oidc-signed-in.png" });
});

for (const login of ["unverified", "silent", "unknown"]) {
  test(`${login}: ${ACCOUNTS[login].email} is refused with the sign-in page's message`, async ({ page }) => {
    await signInWithProvider(page, login);
    await expect(page).toHaveURL(new RegExp(`^${app}/login`));
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(REFUSED);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    if (login === "unverified") await page.screenshot({ path: "test-results/oidc-refused.png" });
    await page.goto(`${app}/`);
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a disabled account is refused", async ({ page, browser }) => {
  const admin = await browser.newPage();
  await admin.goto(`${app}/login`);
  await admin.getByLabel("Email").fill("admin@levelboard.test");
  await admin.getByLabel("Password").fill(DEMO_PASSWORD);
  await admin.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(admin.getByTestId("current-user")).toBeVisible();
  await admin.goto(`${app}/admin/users`);
  await admin.getByRole("link", { name: "Olivia Brown" }).click();
  admin.on("dialog", (d) => d.accept());
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.getByText("lead.fm@levelboard.test · disabled")).toBeVisible();
  await admin.close();

  await signInWithProvider(page, "disabled");
  await expect(page).toHaveURL(new RegExp(`^${app}/login`));
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(REFUSED);
});
