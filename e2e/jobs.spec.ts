import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The suite's server runs the jobs like production (at start, then hourly; the ticks every 5 s): the start run has
// finished before the server serves its first page, so it is on the admin page when the suite begins.
test("the administrator sees the jobs' run at server start, and runs them now", async ({ page }) => {
  await signIn(page, "admin@levelboard.test");
  await page.goto("/admin");
  const jobs = page.locator("section").filter({ has: page.getByRole("heading", { name: "Scheduled jobs" }) });
  await expect(jobs).toContainText("This server runs the time-based jobs");
  const table = jobs.getByRole("table", { name: "Recent runs" });
  await expect(table).toContainText("server start");
  await jobs.getByRole("button", { name: "Run jobs now" }).click();
  const newest = table.getByRole("row").nth(1);
  await expect(newest).toContainText("administrator");
  await expect(newest).toContainText("OK");
});
