// Notification settings: a member opens them from Your account, chooses the daily digest for one kind and no e-mail
// for another, saves, reloads and finds the choices kept; the page says e-mail is not configured (the test server
// has no SMTP_URL) and has no WCAG A/AA violation. Screenshots at 1440 and 390 px in English and Japanese.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { axeViolations, switchLocale } from "./accessibility";
import en from "../messages/en/notifications.json" with { type: "json" };
import ja from "../messages/ja/notifications.json" with { type: "json" };

test("a member changes a notification preference, reloads, and sees it kept", async ({ page, baseURL }) => {
  await signIn(page, "member.hw@levelboard.test");
  await page.goto("/account");
  await page.getByRole("link", { name: en.prefs.accountLinkAction }).click();
  await expect(page).toHaveURL(/\/account\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: en.prefs.title })).toBeVisible();
  await expect(page.getByTestId("mail-off")).toHaveText(en.prefs.mailOff);

  const leadRating = page.getByRole("group", { name: en.kinds.leadRating });
  const roundStarted = page.getByRole("group", { name: en.kinds.roundStarted });
  // Nothing chosen yet: every kind is mailed at once.
  await expect(leadRating.getByRole("radio", { name: en.prefs.modes.immediate })).toBeChecked();
  await leadRating.getByRole("radio", { name: en.prefs.modes.digest }).check();
  await roundStarted.getByRole("radio", { name: en.prefs.modes.off }).check();
  await page.getByRole("button", { name: en.prefs.save }).click();
  await expect(page.getByRole("status").filter({ hasText: en.prefs.saved })).toBeVisible();

  await page.reload();
  await expect(leadRating.getByRole("radio", { name: en.prefs.modes.digest })).toBeChecked();
  await expect(roundStarted.getByRole("radio", { name: en.prefs.modes.off })).toBeChecked();
  await expect(
    page.getByRole("group", { name: en.kinds.ratingsDue }).getByRole("radio", { name: en.prefs.modes.immediate }),
  ).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);

  for (const locale of ["en", "ja"] as const) {
    await switchLocale(page.context(), baseURL!, locale);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/account/notifications");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText((locale === "ja" ? ja : en).prefs.title);
      // No sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({
        path: `test-results/screenshots/notification-prefs-${locale}-${width}.png`,
        fullPage: true,
      });
    }
  }
  expect(await axeViolations(page)).toEqual([]);
});
