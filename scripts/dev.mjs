// `npm run dev`: the development server (hot reload) on PORT (default 3000). Like `npm start` it sets the session
// secret (the embedded database's own under .data/, or AUTH_SECRET), migrates, and seeds the embedded demo.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret, serverPort } from "./server-env.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const port = serverPort();
ensureAuthSecret();

const prepare = spawnSync(bin("tsx"), ["scripts/prepare-db.ts"], { stdio: "inherit", env: process.env });
if (prepare.status !== 0) process.exit(prepare.status ?? 1);

const server = spawn(bin("next"), ["dev", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
