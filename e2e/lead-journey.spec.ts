// A team lead's journey, clicked through as they would: add a member, record three projects and the professional
// contribution level 4 needs, submit them; the department head approves them (four eyes: the lead wrote them); the
// member's level, the team roster and the gap to target change.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const MEMBER = "Journey Tester";
const TARGET = "At least 4 members at Hardware level 4 or higher";

function hardwareTarget(page: Page): Locator {
  const card = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Hardware Service Team", exact: true }) });
  return card.getByRole("listitem").filter({ hasText: TARGET });
}

async function openDashboard(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/, level: 1 })).toBeVisible();
}

type Project = { name: string; role: "member" | "leader"; scope: RegExp; criteria: string[]; level: number };

async function recordProject(page: Page, p: Project) {
  await page.getByRole("button", { name: "Record a project" }).click();
  const form = page.getByRole("form", { name: "Record a project" });
  await expect(form.getByLabel("Specialty field")).toHaveValue("hardware");
  await form.getByLabel("Project name").fill(p.name);
  await form.getByLabel("Customer / site").fill("Hokuriku Bank");
  await form.getByLabel("Start date").fill("2024-04-01");
  await form.getByLabel("End date").fill("2025-03-31");
  await form.getByLabel("Your role").selectOption(p.role);
  await form.getByLabel("Status").selectOption("completed");
  await expect(form.getByLabel("The project succeeded")).toBeChecked();
  const criteria = form.getByRole("group", { name: /Complexity criteria/ });
  for (const c of p.criteria) await criteria.getByLabel(c).check();
  await form
    .getByRole("group", { name: /service scope/ })
    .getByLabel(p.scope)
    .check();
  await expect(form.getByTestId("live-project-level")).toContainText(`counts as level ${p.level}`);
  await form.getByRole("button", { name: "Save as draft" }).click();
  await expect(form).toHaveCount(0);

  const actions = page.getByRole("group", { name: `Actions for project ${p.name}` });
  await actions.getByRole("button", { name: "Submit for review" }).click();
  // The lead wrote it, so the submitted project offers Withdraw but not Approve (four eyes).
  await expect(actions.getByRole("button", { name: "Withdraw" })).toBeVisible();
  await expect(actions.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await expect(
    page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: p.name }) })
      .getByText(`Project level ${p.level}`),
  ).toBeVisible();
}

test("a lead adds a member, records their evidence, the head approves it, and level, roster and target change", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "lead.hw@levelboard.test");

  // Before: the Hardware team is one member short of its level-4 target.
  await openDashboard(page);
  await expect(hardwareTarget(page)).toContainText("Gap 1");

  // Teams → Hardware Service Team → Add member (no account: the lead keeps the records).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teams" }).click();
  await page.getByRole("link", { name: "Hardware Service Team" }).click();
  await expect(page.getByRole("heading", { name: "Hardware Service Team", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Add member" }).click();
  // Wait for the form: until the navigation lands, "Name" also matches the roster's search box label.
  await expect(page.getByRole("heading", { name: "Add a member to Hardware Service Team" })).toBeVisible();
  await page.getByLabel("Name").fill(MEMBER);
  await page.getByLabel("Job title").fill("Field engineer");
  await page.getByLabel("User account").selectOption({ label: "No account (records kept by the lead)" });
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page).toHaveURL(/\/teams\/\d+\?q=Journey(%20|\+)Tester/);
  const teamUrl = new URL(page.url()).pathname;

  // The member's page: no level yet.
  await page.getByRole("table").getByRole("link", { name: MEMBER, exact: true }).click();
  await expect(page).toHaveURL(/\/members\/\d+$/);
  const memberId = Number(new URL(page.url()).pathname.split("/").pop());
  expect(memberId).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: MEMBER, level: 1 })).toBeVisible();
  const standing = page.getByRole("region", { name: "Hardware", exact: true });
  await expect(standing.getByTestId("official-level-hardware")).toHaveText("0");

  // Three completed, successful hardware projects: one of level 4 (the key project), two of level 3.
  const stamp = Date.now();
  const projects: Project[] = [
    {
      name: `Journey storage migration ${stamp}`,
      role: "leader",
      scope: /^Assigned to a service team that covers a wide service area/,
      criteria: ["System running on multi-platforms", "Mission critical system"],
      level: 4,
    },
    {
      name: `Journey server refresh ${stamp}`,
      role: "member",
      scope: /^Participates in service for specific users/,
      criteria: ["Multi-vendor system environment", "Mission critical system"],
      level: 3,
    },
    {
      name: `Journey branch PC rollout ${stamp}`,
      role: "member",
      scope: /^Participates in service for specific users/,
      criteria: ["System running on multi-platforms", "Multi-vendor system environment"],
      level: 3,
    },
  ];
  for (const p of projects) await recordProject(page, p);

  // Professional contribution (Hardware): a level-4 specialty area, one expertise-succession kind, one mentoring record.
  await page.getByLabel("System operation management and hardware product technologies", { exact: true }).check();
  await page.getByRole("button", { name: "Save specialty areas" }).click();
  const specialtyActions = page.getByRole("group", { name: "Actions for specialty hw_ops_product_tech" });
  await specialtyActions.getByRole("button", { name: "Submit for review" }).click();
  await expect(specialtyActions.getByRole("button", { name: "Withdraw" })).toBeVisible();

  const achievement = `Storage operations handbook ${stamp}`;
  await page.getByRole("button", { name: "Add an achievement" }).click();
  const successionForm = page.getByRole("form", { name: "Expertise-succession achievement" });
  await successionForm.getByLabel("Kind").selectOption({ label: "Publication of a book" });
  await successionForm.getByLabel("Title").fill(achievement);
  await successionForm.getByLabel("Date").fill("2025-06-30");
  await successionForm.getByRole("button", { name: "Save as draft" }).click();
  await expect(successionForm).toHaveCount(0);
  const successionActions = page.getByRole("group", { name: `Actions for achievement ${achievement}` });
  await successionActions.getByRole("button", { name: "Submit for review" }).click();
  await expect(successionActions.getByRole("button", { name: "Withdraw" })).toBeVisible();

  const mentee = `Junior engineer ${stamp}`;
  await page.getByRole("button", { name: "Add mentoring" }).click();
  const mentoringForm = page.getByRole("form", { name: "Mentoring" });
  await mentoringForm.getByLabel("Mentee").fill(mentee);
  await mentoringForm.getByLabel("From").fill("2025-04-01");
  await mentoringForm.getByRole("button", { name: "Save as draft" }).click();
  await expect(mentoringForm).toHaveCount(0);
  const mentoringActions = page.getByRole("group", { name: `Actions for mentoring of ${mentee}` });
  await mentoringActions.getByRole("button", { name: "Submit for review" }).click();
  await expect(mentoringActions.getByRole("button", { name: "Withdraw" })).toBeVisible();

  // Submitted but not yet approved: provisionally level 4, officially still nothing.
  await page.reload();
  await expect(standing.getByTestId("official-level-hardware")).toHaveText("0");
  await expect(standing.getByText("Provisional")).toBeVisible();
  await expect(standing.getByText("counting submitted records").locator("..")).toContainText("4");

  // Reviews: the six records wait there, but the lead wrote them (four eyes): the queue says who reviews them.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
  await expect(page.getByRole("heading", { name: "Reviews" })).toBeVisible();
  const mine = page.getByRole("checkbox", { name: new RegExp(` of ${MEMBER}$`) });
  await expect(mine).toHaveCount(6);
  for (const box of await mine.all()) await expect(box).toBeDisabled();
  await expect(
    page.getByText("You recorded this; another lead of the team, the department head or an administrator reviews it."),
  ).toHaveCount(6);
  // The queue groups records by member: one heading for the member, their records beneath.
  const ours = page.getByRole("region", { name: new RegExp(`^${MEMBER} `) }).getByTestId("queue-record");
  await expect(ours).toHaveCount(6);
  await expect(ours.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);

  // The department head selects them and approves them at once.
  const head = await browser.newPage();
  await signIn(head, "head@levelboard.test");
  await head.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
  await expect(head.getByRole("heading", { name: "Reviews" })).toBeVisible();
  const theirs = head.getByRole("checkbox", { name: new RegExp(` of ${MEMBER}$`) });
  await expect(theirs).toHaveCount(6);
  for (const p of projects) {
    await expect(
      head
        .getByRole("listitem")
        .filter({ has: head.getByRole("heading", { name: p.name }) })
        .getByText(`Project level ${p.level}`),
    ).toBeVisible();
  }
  for (const box of await theirs.all()) await box.check();
  await head.getByRole("button", { name: "Approve selected (6)" }).click();
  await expect(theirs).toHaveCount(0);
  await head.context().close();

  // The member page: official Hardware level 4 by achievement indicators, and what level 5 still needs.
  await page.goto(`/members/${memberId}`);
  await expect(standing.getByTestId("official-level-hardware")).toHaveText("4");
  await expect(standing.getByText("by achievement indicators", { exact: true })).toBeVisible();
  await expect(standing).toContainText("Hardware level 4 by achievement indicators.");
  await expect(standing.getByText("Provisional")).toHaveCount(0);
  await expect(standing.getByRole("heading", { name: "Path to level 5" })).toBeVisible();
  const path = standing.getByTestId("path-hardware");
  await expect(path).toContainText("Complete 2 more successful projects of level 4 or higher (1 of 3)");
  await expect(path).toContainText("At least one of those projects must reach level 5 (the key project)");
  await expect(path).toContainText("Show 2 more distinct kinds of expertise succession (1 of 3)");
  await expect(path).toContainText("A specialty area listed for level 5 or higher");
  await expect(path).toContainText("Mentors at least one subordinate");
  for (const p of projects) {
    await expect(
      page.getByRole("group", { name: `Actions for project ${p.name}` }).getByRole("button", { name: "Change" }),
    ).toBeVisible();
  }

  // The team roster: L4 in the Hardware column of this member's row.
  await page.getByRole("main").getByRole("link", { name: "Hardware Service Team" }).click();
  await expect(page).toHaveURL(new RegExp(`${teamUrl}$`));
  const table = page.getByRole("table", { name: "Members of Hardware Service Team" });
  await expect(table.getByRole("columnheader", { name: "Hardware", exact: true })).toBeVisible();
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const hardwareColumn = headers.findIndex((h) => h.replace(/[↕▲▼]/g, "").trim() === "Hardware"); // level columns sort: a sort arrow follows the name
  expect(hardwareColumn).toBeGreaterThan(0);
  const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: MEMBER, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(hardwareColumn)).toContainText("L4");

  // After: the Hardware team's level-4 target is met.
  await openDashboard(page);
  await expect(hardwareTarget(page)).toContainText("✓ Met");
  await expect(hardwareTarget(page)).toContainText(`${TARGET} — 4 now.`);
});
