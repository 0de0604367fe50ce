// Assessment rounds (docs/rounds.md): a member opens the quick update from their dashboard's round block, confirms an
// item as "still accurate" (its date moves to today, its level stays) and sees each level's description follow the
// choice; a lead starts a round over their team and sees its progress and who is still open.
import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

const today = () => new Date().toISOString().slice(0, 10);
const longDate = (iso: string) =>
  new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );

test("a member confirms a rating as still accurate in the quick update", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  // The demo's open round: the member's dashboard links to the quick update.
  await page.getByRole("link", { name: "Open the quick update" }).click();
  await expect(page.getByRole("heading", { name: "Quick update: Hardware" })).toBeVisible();
  const items = page.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: "Still accurate" }) });
  const item = items.first();
  const name = await item.getByRole("heading").innerText();
  const level = await item.getByRole("combobox").inputValue();
  await expect(item.getByText(/^Now: level \d, rated /)).not.toContainText(longDate(today()));

  // The description follows the chosen level, and back.
  const description = item.locator("[data-testid^=description-]");
  const before = await description.innerText();
  const other = level === "1" ? "2" : "1";
  await item.getByRole("combobox").selectOption(other);
  await expect(description).not.toHaveText(before);
  await item.getByRole("combobox").selectOption(level);
  await expect(description).toHaveText(before);

  await item.getByRole("checkbox", { name: "Still accurate" }).check();
  await expect(item.getByRole("combobox")).toBeDisabled();
  await page.getByRole("button", { name: "Save the update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 rating updated or confirmed" })).toBeVisible();
  const after = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(after.getByText(`Now: level ${level}, rated ${longDate(today())}`)).toBeVisible();
  await signOut(page);
});

test("a lead starts a round over their team and sees its progress", async ({ page }) => {
  await signIn(page, "lead.hw@levelboard.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rounds" }).click();
  await expect(page.getByRole("heading", { name: "Assessment rounds" })).toBeVisible();
  // The demo's round, with its progress in numbers.
  await expect(page.getByRole("row").filter({ hasText: "Hardware Service Team" }).first()).toContainText(
    /\d+ of \d+ done/,
  );

  await page.getByRole("link", { name: "Start a round" }).click();
  await page.getByLabel("Due date").fill("2000-01-01");
  await page.getByRole("button", { name: "Start the round" }).click();
  await expect(page.getByText("The due date must be after today.", { exact: true })).toBeVisible();
  const due = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Due date").fill(due);
  await page.getByLabel("Message (optional)").fill("Please re-rate before the planning week.");
  await page.getByRole("button", { name: "Start the round" }).click();

  await expect(page).toHaveURL(/\/rounds\/\d+$/);
  await expect(page.getByText(`Due on ${longDate(due)}`)).toBeVisible();
  await expect(page.getByText("Please re-rate before the planning week.")).toBeVisible();
  const bar = page.getByRole("progressbar").first();
  await expect(bar).toHaveAttribute("aria-valuenow", "0");
  const total = Number(await bar.getAttribute("aria-valuemax"));
  expect(total).toBeGreaterThan(1);
  await expect(page.getByText(`0 of ${total} done`).first()).toBeVisible();
  // Everyone is still open: the whole list, sortable by name.
  const open = page.getByRole("table", { name: `${total} still open` });
  await expect(open.getByRole("row")).toHaveCount(total + 1);
  const names = await open.locator("tbody tr td:first-child").allInnerTexts();
  await open.getByRole("button", { name: "Member" }).click();
  await expect(open.locator("tbody tr td:first-child").first()).toHaveText(names[names.length - 1]);
  await signOut(page);
});
