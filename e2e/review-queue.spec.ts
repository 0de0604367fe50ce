// The review queue as the Hardware lead meets it: records grouped under a heading per member (with their team), a
// project's claimed complexity criteria and size spelled out, no raw key of the standard anywhere, an approval
// confirmed with an Undo that puts the record back, and an empty rejection said once; bulk review of a selection.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const PROJECT = "Kansai Railways storage migration";
const MEMBER = "Yuki Yamamoto";

async function openQueue(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
  await expect(page.getByRole("heading", { name: "Reviews", level: 1 })).toBeVisible();
}

test("the lead's queue: grouped by member, criteria shown, approve then undo, one rejection message", async ({
  page,
}) => {
  await signIn(page, "lead.hw@levelboard.test");
  await openQueue(page);
  const main = page.getByRole("main");

  // One heading per member, with their team; every record sits under its member's heading.
  const groups = main.getByRole("region");
  const headings = await groups.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(headings.length).toBeGreaterThan(1);
  const names = headings.map((h) => h.split("\n")[0].trim());
  expect(new Set(names).size).toBe(names.length);
  for (const h of headings) expect(h).toContain("Hardware Service Team");
  expect(await groups.getByTestId("queue-record").count()).toBe(await main.getByTestId("queue-record").count());
  const yuki = main.getByRole("region", { name: new RegExp(`^${MEMBER} `) });
  const record = yuki.getByTestId("queue-record").filter({ has: page.getByRole("heading", { name: PROJECT }) });
  await expect(record).toHaveCount(1);

  // The project's claims: the criteria in the standard's words and its size, not a count.
  const criteria = record.getByTestId("queue-criteria");
  await expect(criteria).toContainText(/Complexity criteria met \(\d+\):/);
  expect(await criteria.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
  await expect(record).toContainText("Size: ");
  await expect(main).not.toContainText(/\d+ complexity criteria/);
  // No key of the standard (snake_case) is shown as text.
  expect(await main.innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);

  // An empty rejection: its message appears exactly once.
  const other = main.getByTestId("queue-record").filter({ hasNot: page.getByRole("heading", { name: PROJECT }) });
  const target = other.first();
  await target.getByRole("button", { name: "Reject…" }).click();
  await target.getByRole("button", { name: "Reject with comment" }).click();
  await expect(target.getByText("Say why the record is rejected, so the member can fix it")).toBeVisible();
  await expect(page.getByText(/Say why the record is rejected/)).toHaveCount(1);

  // Approve, then undo: the record leaves the queue and comes back, submitted again.
  await record.getByRole("button", { name: "Approve", exact: true }).click();
  const confirmation = page.getByTestId("approval-confirmation");
  await expect(confirmation.getByRole("status")).toContainText("Approved the project.");
  await expect(main.getByRole("heading", { name: PROJECT })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/reviews-approved-undo.png" });
  await confirmation.getByRole("button", { name: "Undo" }).click();
  await expect(confirmation).toContainText("Approval undone");
  await expect(yuki.getByRole("heading", { name: PROJECT })).toBeVisible();
  await page.reload();
  await expect(
    main.getByRole("region", { name: new RegExp(`^${MEMBER} `) }).getByRole("heading", { name: PROJECT }),
  ).toBeVisible();
});

test("screenshots of the queue at desktop and phone width, English and Japanese", async ({ page, baseURL }) => {
  await signIn(page, "lead.hw@levelboard.test");
  for (const locale of ["en", "ja"]) {
    // The language cookie (the picker's, signed out) beats the browser's language; the account keeps none.
    await page.context().addCookies([{ name: "levelboard-locale", value: locale, url: baseURL! }]);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/reviews");
      await expect(page.getByTestId("queue-record").first()).toBeVisible();
      // The page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/screenshots/reviews-${locale}-${width}.png`, fullPage: true });
      // With a selection and the bulk rejection's comment open.
      const boxes = page.getByTestId("queue-record").getByRole("checkbox", { disabled: false });
      for (let i = 0; i < 3; i++) await boxes.nth(i).check();
      await page
        .getByRole("group", { name: locale === "en" ? "Selected records" : "選択した記録" })
        .getByRole("button")
        .nth(1)
        .click();
      await page.screenshot({ path: `test-results/screenshots/reviews-selected-${locale}-${width}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  }
});

test("bulk review: filter by kind, a rejection needs a comment, three records approved at once leave the queue", async ({
  page,
}) => {
  await signIn(page, "lead.hw@levelboard.test");
  await openQueue(page);
  const main = page.getByRole("main");
  const bar = main.getByRole("group", { name: "Selected records" });

  // The kind filter lives in the URL and keeps only that kind.
  const filters = main.getByRole("form", { name: "Filter the queue" });
  await filters.getByLabel("Kind").selectOption("project");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]kind=project/);
  const badges = await main.getByTestId("queue-record").locator("h3 > span").allInnerTexts();
  expect(badges.length).toBeGreaterThan(0);
  for (const b of badges) expect(b.toLowerCase()).toMatch(/^project/);
  await filters.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/kind=/);

  // Select all on the page, then none; then three records.
  const boxes = main.getByTestId("queue-record").getByRole("checkbox", { disabled: false });
  const reviewable = await boxes.count();
  expect(reviewable).toBeGreaterThanOrEqual(3);
  await bar.getByLabel("Select all on this page").check();
  await expect(bar).toContainText(`${reviewable} records selected`);
  await bar.getByLabel("Select all on this page").uncheck();
  const labels: string[] = [];
  for (let i = 0; i < 3; i++) {
    labels.push((await boxes.nth(i).getAttribute("aria-label"))!);
    await boxes.nth(i).check();
  }
  await expect(bar).toContainText("3 records selected");

  // Reject without a comment: refused, said under the comment field; nothing leaves the queue.
  await bar.getByRole("button", { name: "Reject selected (3)…" }).click();
  await bar.getByRole("button", { name: "Reject 3 records with comment" }).click();
  await expect(bar.getByText("Say why the record is rejected, so the member can fix it")).toBeVisible();
  for (const l of labels) await expect(main.getByRole("checkbox", { name: l })).toHaveCount(1);

  // Approve the three: confirmed, and they leave the queue (also after a reload).
  await bar.getByRole("button", { name: "Approve selected (3)" }).click();
  await expect(page.getByTestId("approval-confirmation").getByRole("status")).toContainText("Approved 3 records.");
  for (const l of labels) await expect(main.getByRole("checkbox", { name: l })).toHaveCount(0);
  await page.reload();
  await expect(main.getByTestId("queue-record").first()).toBeVisible();
  for (const l of labels) await expect(main.getByRole("checkbox", { name: l })).toHaveCount(0);
});
