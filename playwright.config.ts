import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3210);
// CI (.ci/run) runs the production path (e2e/production.spec.ts) once, on its PostgreSQL server with E2E_DATABASE_URL;
// its `npm test` leaves it out rather than run it a second time on the embedded database. Elsewhere `npm test` runs it.
const skipProductionPath = Boolean(process.env.CI) && !process.env.E2E_DATABASE_URL;

export default defineConfig({
  testDir: "./e2e",
  testIgnore: skipProductionPath ? ["production.spec.ts"] : [],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // The system's Chromium (Debian: apt-get install chromium); never a downloaded browser.
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // A fresh embedded database with the demo organisation, on its own port and data folder.
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // The jobs run as in production (docs/jobs.md): the start run finishes before the first page is served, so every
    // spec sees the same reminders and counts; "on" whatever the developer's shell says.
    env: { PORT: String(PORT), LEVELBOARD_DATA_DIR: `.data/e2e-${PORT}`, LEVELBOARD_JOBS: "on" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
