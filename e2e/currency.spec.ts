// Keeping ratings current in the browser (docs/currency.md): a department head (the team's manager) sets the
// Hardware team's assessment interval, the roster shows who is due with a badge and sorts by "Last assessed", and
// the heatmap marks stale ratings with a hatch its legend explains. The interval goes back to 12 months at the end.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

async function setInterval(page: Page, teamId: string, months: string) {
  await page.goto(`/teams/${teamId}/settings`);
  const field = page.getByRole("spinbutton", { name: "Assessment interval (months)" });
  await field.fill(months);
  await page.getByRole("button", { name: "Save team" }).click();
  return field;
}

test("a head sets the interval; the roster shows due badges and sorts by last assessed; the heatmap marks stale", async ({
  page,
}) => {
  await signIn(page, "head@levelboard.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teams" }).click();
  await page.getByRole("link", { name: "Hardware Service Team" }).click();
  await expect(page).toHaveURL(/\/teams\/\d+/);
  const teamId = /\/teams\/(\d+)/.exec(page.url())![1];

  // Out of range: the message names the field, nothing is saved.
  const field = await setInterval(page, teamId, "40");
  await expect(page.getByText(/assessment interval \(months\) may be at most 36/i).first()).toBeVisible();
  await page.reload();
  await expect(field).toHaveValue("12");

  await setInterval(page, teamId, "1");
  await expect(page.getByText("Team saved").or(page.getByRole("status").filter({ hasText: /saved/i }))).toBeVisible();
  await page.reload();
  await expect(field).toHaveValue("1");

  // The roster: every demo rating is older than a month, so the team's members are due or overdue.
  await page.goto(`/teams/${teamId}`);
  const table = page.getByRole("table");
  const header = page.getByRole("columnheader", { name: /Last assessed/ });
  await expect(header).toBeVisible();
  await expect(table.locator("[data-due]").first()).toBeVisible();
  await expect(
    table
      .getByText("Overdue")
      .or(table.getByText("Due", { exact: true }))
      .first(),
  ).toBeVisible();
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=lastAssessed/);
  const sorted = /dir=desc/.test(page.url()) ? "descending" : "ascending";
  await expect(header).toHaveAttribute("aria-sort", sorted);
  const dates = (await table
    .locator("[data-last-assessed]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-last-assessed") ?? ""))) as string[];
  expect(dates.length).toBeGreaterThan(1);
  const dated = dates.map((d) => d || "0000-00-00"); // never assessed sorts as the oldest
  const expected = [...dated].sort();
  expect(dated).toEqual(sorted === "ascending" ? expected : expected.reverse());

  // The heatmap: stale cells carry the hatch, the legend says what it means, the label and tooltip give the date.
  await page.goto("/heatmap");
  await expect(page.getByRole("heading", { level: 1, name: "Heatmap" })).toBeVisible();
  const legend = page.getByRole("group", { name: "Legend of the member heatmap" });
  await expect(legend.getByText("Rating older than the team's assessment interval (stale)")).toBeVisible();
  const stale = page.locator("td[data-stale]").first();
  await expect(stale).toBeVisible();
  await expect(stale).toHaveClass(/hm-o/);
  await expect(stale).toHaveAttribute("aria-label", /rated .+, stale/);
  await stale.hover();
  await expect(page.locator("#heatmap-tip")).toContainText(/stale/);

  // Back to the default, so the other specs see the demo as it was.
  await setInterval(page, teamId, "12");
  await page.reload();
  await expect(page.getByRole("spinbutton", { name: "Assessment interval (months)" })).toHaveValue("12");
});
