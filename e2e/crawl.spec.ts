// Every page renders for every role: signed in as each demo role, and as the administrator of an empty organisation,
// follow every link the app renders, breadth-first (see crawler.ts for what counts as a failure).
import { expect, test } from "@playwright/test";
import { crawl, describeFailures } from "./crawler";
import { freshServer, type FreshServer } from "./fresh-server";
import { signIn } from "./helpers";

const ROLES = ["admin@levelboard.test", "head@levelboard.test", "lead.hw@levelboard.test", "member.hw@levelboard.test"];

for (const email of ROLES) {
  test(`every page linked for ${email} renders`, async ({ page }) => {
    test.setTimeout(240_000); // up to 150 pages
    await signIn(page, email);
    const t0 = Date.now();
    const result = await crawl(page);
    console.log(
      `${email}: ${result.visited.length} pages in ${((Date.now() - t0) / 1000).toFixed(1)} s (${result.capped} more of kinds already seen)`,
    );
    expect(result.visited.length).toBeGreaterThan(5);
    expect(result.failures, describeFailures(result.failures)).toEqual([]);
  });
}

test.describe("an empty organisation", () => {
  let server: FreshServer;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await freshServer("crawl-empty");
    const created = server.admin(["create-admin", "first.admin@example.com", "First Admin"], {
      LEVELBOARD_ADMIN_PASSWORD: "empty-org-password",
    });
    expect(created.status, created.stderr).toBe(0);
    await server.start();
  });
  test.afterAll(async () => server?.stop());

  test("every page linked for its only administrator renders", async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ baseURL: server.baseURL });
    const page = await context.newPage();
    await signIn(page, "first.admin@example.com", "empty-org-password");
    const result = await crawl(page);
    console.log(`empty organisation (${server.engine}), admin: ${result.visited.length} pages`);
    expect(result.visited).toEqual(
      expect.arrayContaining(["/", "/admin", "/admin/departments", "/admin/users", "/import", "/teams"]),
    );
    expect(result.failures, describeFailures(result.failures)).toEqual([]);
    await context.close();
  });
});
