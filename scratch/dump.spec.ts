import { test } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { signIn } from "../e2e/helpers";
test("dump", async ({ page }) => {
  await signIn(page, "head@levelboard.test");
  writeFileSync("/tmp/hm-page.html", await (await page.request.get("/heatmap")).body());
  writeFileSync("/tmp/hm-empty.html", await (await page.request.get("/heatmap?page=50")).body());
});
