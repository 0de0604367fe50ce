// The skill sheet in the browser: a member's sheet prints to an A4 PDF in English and in Japanese (its language
// independent of the interface's) and carries the member's level; three members chosen by checkbox make one
// document with three page-starts, as many PDF pages as their three sheets apart; out of reach is a 404.
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./helpers";

/** Pages of a PDF: its page objects (not the /Pages tree). */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

async function printed(page: Page) {
  await page.emulateMedia({ media: "print" });
  // Nothing runs past the page edge: no element of the document is wider than the printed page.
  const overflow = await page.getByTestId("sheet-doc").evaluate((doc) => {
    const width = doc.getBoundingClientRect().right;
    return [...doc.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > width + 1).length;
  });
  expect(overflow).toBe(0);
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  return pdfPages(pdf);
}

test("a skill sheet prints to A4 in both languages, and three members make one document", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "lead.hw@levelboard.test");
  await page.goto("/teams");
  await page.getByRole("link", { name: "Hardware Service Team" }).click();
  await expect(page.getByRole("heading", { name: "Hardware Service Team" })).toBeVisible();
  const teamPath = new URL(page.url()).pathname;
  const hrefs = await page
    .getByRole("table")
    .locator("tbody a[href^='/members/']")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const members = [...new Set(hrefs)].slice(0, 3);
  expect(members).toHaveLength(3);

  // The member page links to the sheet; the sheet in English carries the official level the member page shows.
  await page.goto(members[0]);
  await page.getByRole("link", { name: "Skill sheet" }).click();
  await expect(page).toHaveURL(new RegExp(`${members[0]}/sheet`));
  await expect(page.getByTestId("sheet-page")).toHaveCount(1);
  const levelText = await page.getByTestId("sheet-level").first().innerText();
  expect(levelText).toMatch(/^Official level \d$/);
  const level = levelText.slice(-1);
  // Every word found: the engine's sentences (source, path) in words, no message key left as it is.
  await expect(page.getByTestId("sheet-source").first()).toContainText(/level|exam|No official/i);
  expect(await page.getByTestId("sheet-doc").innerText()).not.toMatch(/\b(itss|members|records|missing|source)\.[a-z]/);
  const en = await printed(page);
  expect(en).toBeGreaterThanOrEqual(1);

  // Japanese: the document only (the interface stays English), in a Japanese font stack.
  await page.getByRole("link", { name: "日本語" }).click();
  await expect(page.getByTestId("sheet-level").first()).toHaveText(`公式レベル ${level}`);
  await expect(page.getByRole("link", { name: "Teams", exact: true })).toBeVisible();
  expect(await page.getByTestId("sheet-doc").innerText()).not.toMatch(/\b(itss|members|records|missing|source)\.[a-z]/);
  expect(await page.getByTestId("sheet-doc").evaluate((d) => getComputedStyle(d).fontFamily)).toContain(
    "Noto Sans CJK JP",
  );
  expect(await printed(page)).toBeGreaterThanOrEqual(1);

  // Hiding customers removes the column.
  await page.getByRole("link", { name: "off" }).first().click();
  await expect(page).toHaveURL(/hideCustomers=1/);
  await expect(page.getByTestId("sheet-customer")).toHaveCount(0);

  // Each member's own page count, then three members chosen by checkbox in one document.
  const single: number[] = [en];
  for (const m of members.slice(1)) {
    await page.goto(`${m}/sheet?lang=en`);
    single.push(await printed(page));
  }
  await page.goto(`${teamPath}/sheet?lang=en`);
  const boxes = page.getByRole("checkbox");
  const total = await boxes.count();
  expect(total).toBeGreaterThan(3);
  for (let i = 0; i < total; i++) {
    const box = boxes.nth(i);
    const id = await box.getAttribute("value");
    if (members.some((m) => m === `/members/${id}`)) await box.check();
    else await box.uncheck();
  }
  await page.getByRole("button", { name: "Show selected members" }).click();
  await expect(page).toHaveURL(/members=/);
  await expect(page.getByTestId("sheet-page")).toHaveCount(3);
  // Each member after the first starts a new page.
  const breaks = await page
    .getByTestId("sheet-page")
    .evaluateAll((pages) => pages.map((p) => getComputedStyle(p).breakBefore));
  expect(breaks).toEqual(["auto", "page", "page"]);
  expect(await printed(page)).toBe(single.reduce((a, b) => a + b, 0));
});

test("a sheet out of reach is a 404, like the member page", async ({ page }) => {
  await signIn(page, "member.hw@levelboard.test");
  expect((await page.goto("/members/999999/sheet"))?.status()).toBe(404);
  await page.goto("/");
  await signOut(page);
  await signIn(page, "lead.sw@levelboard.test");
  await page.goto("/teams");
  const team = await page.getByRole("link", { name: "Software Service Team" }).getAttribute("href");
  await page.goto(team!);
  const member = await page.getByRole("table").locator("tbody a[href^='/members/']").first().getAttribute("href");
  await signOut(page);
  await signIn(page, "lead.hw@levelboard.test");
  expect((await page.goto(`${member}/sheet`))?.status()).toBe(404);
  expect((await page.goto(`${team}/sheet`))?.status()).toBe(404);
  expect((await page.goto(`/sheets?members=${member!.split("/").pop()}`))?.status()).toBe(404);
});
