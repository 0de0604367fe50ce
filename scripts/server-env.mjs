// What `npm start` and `npm run dev` both need before the server runs: a valid PORT and the session secret.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const fail = (message) => {
  console.error(`levelboard: ${message}`);
  process.exit(1);
};

/** PORT (default 3000), checked. */
export function serverPort() {
  const port = process.env.PORT || "3000";
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
    fail(`PORT must be a number from 1 to 65535, not "${port}".`);
  return port;
}

/**
 * Sets process.env.AUTH_SECRET. Required against a server database; the embedded database keeps a generated one in
 * LEVELBOARD_DATA_DIR/auth-secret (mode 0600), created on first use, so sessions survive restarts.
 */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
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
