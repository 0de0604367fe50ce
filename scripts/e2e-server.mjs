// The server the browser tests run against: a fresh embedded demo database each run, then `npm start`'s path.
import { rmSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(process.env.LEVELBOARD_DATA_DIR || ".data/e2e");
if (!dir.includes(`${path.sep}.data${path.sep}`)) throw new Error(`refusing to clear ${dir}: not under .data/`);
rmSync(dir, { recursive: true, force: true });
delete process.env.DATABASE_URL;
await import("./start.mjs");
