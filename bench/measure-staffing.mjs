// Scratch tool: signs in as the head on a running server and times the staffing page and API (HTML bytes, ms).
// Usage: node bench/measure-staffing.mjs http://localhost:PORT
import { chromium } from "@playwright/test";

const base = process.argv[2];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.goto(`${base}/login`);
await page.getByLabel("Email").fill(process.argv[3] || "head@levelboard.test");
await page.getByLabel("Password").fill("levelboard-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByTestId("current-user").waitFor();
const paths = [
  "/staffing",
  "/staffing?field=hardware&minLevel=3&skill=hardware_technology:3&role=leader&criteria=multi_platform,multi_vendor&serviceScope=wide_area_team",
  "/staffing?field=hardware&minLevel=3&skill=hardware_technology:3&role=leader&criteria=multi_platform,multi_vendor&serviceScope=wide_area_team&limit=100",
  "/staffing?field=software&role=responsible&criteria=multi_platform,multi_vendor&serviceScope=wide_area_users",
  "/api/v1/staffing?field=hardware&minLevel=3&skill=hardware_technology:3",
  "/api/v1/staffing?field=software&limit=500",
];
for (const p of paths) {
  const times = [];
  let size = 0;
  let status = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const res = await page.request.get(`${base}${p}`);
    const body = await res.body();
    times.push(performance.now() - t0);
    size = body.length;
    status = res.status();
  }
  times.shift(); // warm-up
  times.sort((a, b) => a - b);
  console.log(`${status} ${(size / 1024).toFixed(1)} kB  min ${times[0].toFixed(0)} ms, median ${times[4].toFixed(0)} ms  ${p}`);
}
await browser.close();
