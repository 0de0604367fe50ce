// The bell and the inbox: a member submits certifications; their lead's bell says how many are unread (its accessible
// name, and the badge), the inbox lists them newest first, marked unread in words; opening one goes where it leads and
// marks it read, "Mark read" marks one, "Mark all read" the rest — and the bell follows.
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./helpers";

const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
async function unread(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(label)?.[1] ?? NaN);
}

test("a member's submissions reach the lead's bell and inbox; mark read and mark all read", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const names = [1, 2, 3].map((i) => `Inbox cert ${stamp}-${i}`);

  await signIn(page, "lead.hw@levelboard.test");
  const before = await unread(page);
  expect(before).toBeGreaterThanOrEqual(0);
  await signOut(page);

  await signIn(page, "member.hw@levelboard.test");
  // The member may hold reminders of their own (the demo's due ratings, expiring certifications).
  const ownBefore = await unread(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My record" }).click();
  for (const name of names) {
    await page.getByRole("button", { name: "Add a certification" }).click();
    const form = page.getByRole("form", { name: "Certification" });
    await form.getByLabel("Certification").fill(name);
    await form.getByRole("button", { name: "Save as draft" }).click();
    const actions = page.getByRole("group", { name: `Actions for certification ${name}` });
    await actions.getByRole("button", { name: "Submit for review" }).click();
    await expect(actions.getByRole("button", { name: "Withdraw" })).toBeVisible();
  }
  // The submitter's own bell does not count their submissions.
  await expect(bell(page)).toHaveAccessibleName(`Notifications, ${ownBefore} unread`);
  await signOut(page);

  await signIn(page, "lead.hw@levelboard.test");
  await expect(bell(page)).toHaveAccessibleName(`Notifications, ${before + 3} unread`);
  await expect(page.getByTestId("bell-count")).toHaveText(String(before + 3));
  await bell(page).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  const list = page.getByRole("list", { name: "Notifications" });
  const item = (name: string) => list.getByRole("listitem").filter({ hasText: name });
  // Newest first, each marked unread in words.
  await expect(list.getByRole("listitem").first()).toContainText(names[2]);
  for (const name of names) {
    await expect(item(name)).toContainText(`submitted the certification “${name}” for review`);
    await expect(item(name)).toContainText("Unread");
  }

  // Opening one goes to the review queue and marks it read.
  await item(names[1]).getByRole("link").click();
  await expect(page).toHaveURL(/\/reviews\?teamId=\d+$/);
  await expect(bell(page)).toHaveAccessibleName(`Notifications, ${before + 2} unread`);
  await page.goto("/inbox");
  await expect(item(names[1])).toContainText("Read");
  await expect(item(names[1])).not.toContainText("Unread");

  await item(names[0]).getByRole("button", { name: "Mark read" }).click();
  await expect(item(names[0]).getByRole("button", { name: "Mark read" })).toHaveCount(0);
  await expect(bell(page)).toHaveAccessibleName(`Notifications, ${before + 1} unread`);

  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread");
  await expect(page.getByTestId("bell-count")).toHaveCount(0);
  await expect(list.getByRole("button", { name: "Mark read" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark all read" })).toHaveCount(0);
  await expect(page.getByTestId("inbox-unread")).toHaveText("Nothing unread");
});

test("an empty inbox says so", async ({ page }) => {
  await signIn(page, "head@levelboard.test");
  await page.goto("/inbox");
  await expect(page.getByText("No notifications yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications, 0 unread" })).toBeVisible();
});
