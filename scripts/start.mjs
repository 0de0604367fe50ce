// `npm start`: build if needed, migrate (and seed the embedded demo), then serve on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ensureAuthSecret, fail, serverPort } from "./server-env.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const port = serverPort();
// The session secret: required against a server database; the embedded demo keeps its own under .data/.
ensureAuthSecret();

// Build when there is no build yet, or a source file is newer than it.
function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}
const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
const sources = [
  "app",
  "components",
  "lib",
  "messages",
  "i18n",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "package.json",
  "postcss.config.mjs",
];
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (!builtAt || Math.max(...sources.map((s) => newestMtime(path.join(root, s)))) > builtAt) {
  console.log("levelboard: building the app (first start or changed sources)…");
  const build = spawnSync(bin("next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) fail("the build failed (see above).");
}

const prepare = spawnSync(bin("tsx"), ["scripts/prepare-db.ts"], { stdio: "inherit", env: process.env });
if (prepare.status !== 0) process.exit(prepare.status ?? 1);

console.log(`levelboard: serving on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
