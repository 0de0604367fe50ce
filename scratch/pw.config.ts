import { defineConfig } from "@playwright/test";
export default defineConfig({
  testDir: ".", testMatch: process.env.SPEC === "dump" ? /dump\.spec\.ts/ : /measure\.spec\.ts/, workers: 1, timeout: 300_000,
  use: { baseURL: `http://localhost:${process.env.E2E_PORT}`, launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] } },
});
