// What approving a record changes, before it is given: the Hardware lead sees "Hardware: level 3 → 4" and the team
// target it meets on Emma Schulz's submitted mentoring (the demo's pending level change), the same on her member page,
// approves it, and her page shows level 4 (then the approval is undone, so the demo stays as it was for other specs).
// The member sees "If approved" on their own submitted and draft records. Screenshots in English and Japanese.
// Other specs of the suite run on the same server before this one, so only what they leave alone is asserted exactly.
import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

const MEMBER = "Emma Schulz";

test("a lead sees level 3 → 4 before approving, approves, and the member's level is 4", async ({ page, context }) => {
  await signIn(page, "lead.hw@levelboard.test");
  await page.goto("/reviews");
  const main = page.getByRole("main");
  const emma = main.getByRole("region", { name: new RegExp(`^${MEMBER} `) });
  const record = emma.getByTestId("queue-record").filter({ hasText: "Mentoring" });
  await expect(record).toHaveCount(1);
  const impact = record.getByTestId("record-impact");
  await expect(impact).toContainText("If approved: Hardware: level 3 → 4");
  await expect(impact).toContainText("Hardware, level 4 needs: Mentor at least one subordinate — met");
  // On the fresh demo it also meets the team's target (4 at level 4); a member added by an earlier spec of the suite
  // (lead-journey) may have met it already, so the target is checked by lib/views/impact.int.test.ts.
  // A record that changes no level says so, and what it counts toward.
  await expect(main.getByTestId("record-impact").filter({ hasText: "No change to levels" }).first()).toBeVisible();

  // The record on her page says the same to the lead.
  const memberHref = await emma.getByRole("link", { name: MEMBER }).getAttribute("href");
  const side = await context.newPage();
  await side.goto(memberHref!);
  await expect(side.locator("#contribution").getByTestId("record-impact")).toContainText(
    "If approved: Hardware: level 3 → 4",
  );
  await expect(side.getByTestId("official-level-hardware")).toHaveText("3");

  await record.getByRole("button", { name: "Approve", exact: true }).click();
  const confirmation = page.getByTestId("approval-confirmation");
  await expect(confirmation.getByRole("status")).toContainText("Approved");
  await side.reload();
  await expect(side.getByTestId("official-level-hardware")).toHaveText("4");
  await expect(side.locator("#contribution").getByTestId("record-impact")).toHaveCount(0);
  await side.close();

  // Undo: the demo keeps its pending level change for the other specs.
  await confirmation.getByRole("button", { name: "Undo" }).click();
  await expect(confirmation).toContainText("Approval undone");
  await expect(record.getByTestId("record-impact")).toContainText("level 3 → 4");
});

test("the member sees what approval would change on their own submitted and draft records", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  await page
    .getByRole("link", { name: /My record/ })
    .first()
    .click();
  const projects = page.locator("#projects");
  const submitted = projects.getByRole("listitem").filter({ hasText: "Kansai Railways storage migration" });
  // What it says depends on what earlier specs of the suite approved for this member: the heading is always there.
  await expect(submitted.getByTestId("record-impact")).toContainText("If approved:");
  const draft = projects.getByRole("listitem").filter({ hasText: "Atlas Hospital server refresh" });
  await expect(draft.getByTestId("record-impact")).toContainText("If approved:");
  await signOut(page);
});

test("screenshots of the queue's impacts at desktop and phone width, English and Japanese", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "lead.hw@levelboard.test");
  for (const locale of ["en", "ja"]) {
    await page.context().addCookies([{ name: "levelboard-locale", value: locale, url: baseURL! }]);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/reviews");
      const emma = page.getByRole("main").getByRole("region", { name: new RegExp(`^${MEMBER} `) });
      await expect(emma.getByTestId("record-impact")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/screenshots/impact-${locale}-${width}.png`, fullPage: true });
      await emma.screenshot({ path: `test-results/screenshots/impact-emma-${locale}-${width}.png` });
    }
  }
});
