// `npm start`: build if needed, migrate (and seed the embedded demo), then serve on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const fail = (message) => {
  console.error(`levelboard: ${message}`);
  process.exit(1);
};

const port = process.env.PORT || "3000";
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
  fail(`PORT must be a number from 1 to 65535, not "${port}".`);

// The session secret: required against a server database; the embedded demo keeps its own under .data/.
if (!process.env.AUTH_SECRET) {
  if (process.env.DATABASE_URL) {
    fail(
      "AUTH_SECRET is not set. Against a server database Levelboard needs it to sign sessions: set AUTH_SECRET to a long random string (for example the output of `openssl rand -base64 33`).",
    );
  }
  const dataDir = path.resolve(process.env.LEVELBOARD_DATA_DIR || ".data");
  const secretFile = path.join(dataDir, "auth-secret");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(33).toString("base64"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

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
  "proxy.ts",
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
