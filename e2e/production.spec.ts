// The production path on an empty database, as README's "Production" section tells a new customer: create-admin →
// npm start → sign in → a department and a team → a lead's and a member's account → members by form and by CSV →
// link an account → the lead signs in and sees the team. Nothing from the demo seed is involved.
// PGlite by default; E2E_DATABASE_URL=postgres://…/postgres runs it on a fresh database of that server.
import { expect, test, type Page } from "@playwright/test";
import { crawl, describeFailures } from "./crawler";
import { freshServer, type FreshServer } from "./fresh-server";
import { signIn, signOut } from "./helpers";

const ADMIN = { email: "boss@example.com", name: "Boss Person", password: "boss-password-123" };
const LEAD = { email: "lena.lead@example.com", name: "Lena Lead", password: "lena-password-123" };
const MEMBER = { email: "mo.member@example.com", name: "Mo Member", password: "mo-password-1234" };

let server: FreshServer;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await freshServer("production");
});
test.afterAll(async () => server?.stop());

async function createUser(page: Page, u: typeof LEAD, role: string) {
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Name").fill(u.name);
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByLabel("Department").selectOption({ label: "Field Operations" });
  await page.getByLabel("Initial password").fill(u.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+$/);
}

test("a new organisation is set up from scratch, and its lead signs in to their team", async ({ browser }) => {
  test.setTimeout(240_000);
  const created = server.admin(["create-admin", ADMIN.email, ADMIN.name], {
    LEVELBOARD_ADMIN_PASSWORD: ADMIN.password,
  });
  expect(created.stderr).toBe("");
  expect(created.stdout).toContain(`administrator ${ADMIN.email} created`);
  await server.start();
  expect(server.output()).toMatch(/database ready/);
  expect(server.output()).not.toMatch(/demo organisation created|Demo sign-ins|levelboard\.test/);

  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByText("No teams yet")).toBeVisible();

  // A department, then a team in it.
  await page.goto("/admin/departments");
  await expect(page.getByText("No departments yet")).toBeVisible();
  await page.getByLabel("Department name").fill("Field Operations");
  await page.getByRole("button", { name: "Create department" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Department “Field Operations” created." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Field Operations", level: 3 })).toBeVisible();
  await expect(page.getByText("0 active teams · 0 active members")).toBeVisible();
  await page.getByLabel("Team name").fill("Hardware Desk");
  await page.getByLabel("Specialty field").selectOption("hardware");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { name: "Hardware Desk", level: 1 })).toBeVisible();
  const teamPath = new URL(page.url()).pathname;

  // A lead's and a member's account; the lead leads the team.
  await createUser(page, LEAD, "Team lead");
  await createUser(page, MEMBER, "Team member");
  await page.goto(`${teamPath}/settings`);
  await page.getByLabel(`${LEAD.name} <${LEAD.email}>`).check();
  await page.getByRole("button", { name: "Save leads" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Leads saved." })).toBeVisible();

  // A member by the form…
  await page.goto(`${teamPath}/members/new`);
  await page.getByLabel("Name").fill(MEMBER.name);
  await page.getByLabel("Job title").fill("Field engineer");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("table").getByRole("link", { name: MEMBER.name, exact: true })).toBeVisible();

  // …and two by CSV, one of them in a team the file creates.
  await page.goto("/import");
  await page
    .getByLabel("…or paste the CSV here")
    .fill(
      "name,email,department,team,field,role\nCSV Person,csv.person@example.com,Field Operations,Hardware Desk,hardware,\nSoftie Person,,Field Operations,Software Desk,software,\n",
    );
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "All 2 rows are valid; 1 team will be created with them." }),
  ).toBeVisible();
  await expect(page.getByTestId("import-creates")).toContainText("Team Field Operations / Software Desk (Software)");
  await page.screenshot({ path: test.info().outputPath("import-dry-run.png"), fullPage: true });
  await page.getByRole("button", { name: "Import members" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 members; created 1 team." })).toBeVisible();

  // Link the member account to the member the form made.
  await page.goto(teamPath);
  await page.getByRole("link", { name: `Edit ${MEMBER.name}` }).click();
  await page.getByLabel("User account").selectOption({ label: `${MEMBER.name} <${MEMBER.email}>` });
  await page.getByRole("button", { name: "Save member" }).click();
  await expect(page.getByRole("status")).toBeVisible();

  await page.goto("/admin/departments");
  await expect(page.getByText("2 active teams · 3 active members")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("departments.png"), fullPage: true });
  await page.goto("/admin/users");
  await expect(page.getByRole("main")).not.toContainText("levelboard.test");
  await signOut(page);

  // The lead signs in and sees the team with its members; every page linked for them renders.
  await signIn(page, LEAD.email, LEAD.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("link", { name: "Software Desk" })).toHaveCount(0);
  await page.getByRole("link", { name: "Hardware Desk" }).click();
  const roster = page.getByRole("table");
  await expect(roster.getByRole("link", { name: MEMBER.name, exact: true })).toBeVisible();
  await expect(roster.getByRole("link", { name: "CSV Person", exact: true })).toBeVisible();
  const leadCrawl = await crawl(page);
  expect(leadCrawl.failures, describeFailures(leadCrawl.failures)).toEqual([]);
  await signOut(page);

  // The linked member signs in to their own record.
  await signIn(page, MEMBER.email, MEMBER.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My record" }).click();
  await expect(page.getByRole("heading", { name: MEMBER.name, level: 1 })).toBeVisible();
  await context.close();
});
