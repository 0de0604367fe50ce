// Scratch: first-load JavaScript of a page (gzipped bytes of every script the browser loads), signed in.
// Usage: node bench/js-weight.mjs http://localhost:PORT PATH [email]
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const [base, path, email = "head@levelboard.test"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.goto(`${base}/login`);
await page.getByLabel("Email").fill(email);
await page.getByLabel("Password").fill("levelboard-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByTestId("current-user").waitFor();
const context = await browser.newContext({ storageState: await page.context().storageState() });
const fresh = await context.newPage();
const scripts = [];
fresh.on("response", async (res) => {
  if (res.request().resourceType() === "script") scripts.push(res);
});
await fresh.goto(`${base}${path}`, { waitUntil: "networkidle" });
let raw = 0;
let gz = 0;
for (const r of scripts) {
  const body = await r.body();
  raw += body.length;
  gz += gzipSync(body).length;
}
console.log(`${scripts.length} scripts, ${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzipped: ${path}`);
await browser.close();
