import { defineConfig } from "vitest/config";
import path from "node:path";

// `server-only` (lib/auth/session.ts, lib/actions/run.ts, …) throws outside Next's server build; tests are server code.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};
const exclude = ["node_modules/**", "e2e/**", ".next/**"];

// Two projects: pure unit tests (`npm run test:unit`: no database, no child process), and integration tests
// (*.int.test.ts, `npm run test:integration`) that run against a real PostgreSQL — PGlite in memory by default, the
// server named by TEST_DATABASE_URL in CI's second pass — each file on its own copy of a database migrated once per
// run (useIntegrationDb, lib/testing/integration.ts), and the command-line tests that start processes.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: [...exclude, "**/*.int.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude,
          // Migrates the template database each file's database copies (lib/db/test-db.ts).
          globalSetup: ["lib/testing/global-setup-integration.ts"],
          // The one place integration tests mock: the request's database, user and cache (lib/testing/integration.ts).
          setupFiles: ["lib/testing/setup-integration.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
