// The security headers as a browser gets them from the production build: a Content-Security-Policy whose nonce is
// new on every page and on every script Next renders, no framing, no sniffing, a referrer policy; the API, exports
// and redirects carry them too. And the app's pages run under that policy without a single violation.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

function expectCommonHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  // Served over plain http here (and X-Forwarded-Proto is not trusted without TRUST_PROXY): no HSTS.
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("pages send a nonce-based CSP that Next's scripts carry; API, exports and redirects send the other headers", async ({
  page,
  request,
}) => {
  const first = await request.get("/login");
  const csp = first.headers()["content-security-policy"];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toContain("unsafe-eval");
  expectCommonHeaders(first.headers(), "/login");
  const nonce = nonceOf(csp)!;
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const second = await request.get("/login");
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  // A claimed https from the client is not believed without TRUST_PROXY.
  const claimed = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(claimed.headers()["strict-transport-security"]).toBeUndefined();

  const redirect = await request.get("/heatmap", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectCommonHeaders(redirect.headers(), "redirect");
  const denied = await request.get("/api/v1/members");
  expect(denied.status()).toBe(401);
  expectCommonHeaders(denied.headers(), "401");
  expectCommonHeaders((await request.get("/api/health")).headers(), "/api/health");

  await signIn(page, "admin@levelboard.test");
  for (const path of ["/api/v1/members?limit=1", "/api/export/users", "/api/export/audit"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    expectCommonHeaders(res.headers(), path);
  }
  const script = html.match(/<script\b[^>]*src="(\/_next\/static\/[^"]+)"/)![1];
  expect((await request.get(script)).headers()["x-content-type-options"]).toBe("nosniff");
});

/** Every CSP violation the page reports (the securitypolicyviolation event and the console's own words). */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => void seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

test("the app's pages run under the policy without a violation: sign-in, dashboard, heatmap, a member's chart", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await signIn(page, "head@levelboard.test");
  // Hydrated: a client component answers (the heatmap grid moves focus with the arrow keys).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Heatmap" }).click();
  const grid = page.getByRole("grid");
  await grid.locator('[data-r="0"][data-c="0"]').focus();
  await page.keyboard.press("ArrowRight");
  await expect(grid.locator('[data-r="0"][data-c="1"]')).toBeFocused();
  await grid.getByRole("gridcell").first().click();
  for (const path of ["/", "/gaps", "/staffing", "/teams", "/reviews", "/account", "/standard"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  }
  // A member page: its evaluation chart (recharts) sets inline styles.
  const { members } = (await (await page.request.get("/api/v1/members?limit=1")).json()) as {
    members: { id: number }[];
  };
  await page.goto(`/members/${members[0].id}`);
  await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
  expect(violations).toEqual([]);

  // And the policy holds: injected markup's inline handler does not run, and the watcher above sees it.
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="data:," onerror="window.__injected = true">`;
    document.body.append(div);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
