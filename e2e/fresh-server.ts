// A Levelboard of its own on an EMPTY database, started as an operator would (`npm run admin`, then `npm start`),
// on a free port next to the suite's demo server. Embedded (PGlite, LEVELBOARD_NO_DEMO=1) by default; a fresh
// database on the PostgreSQL server named by E2E_DATABASE_URL when set (DATABASE_URL + AUTH_SECRET, as in production).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createServerDatabase } from "../lib/db/test-db";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

export type FreshServer = {
  baseURL: string;
  engine: "pglite" | "postgres";
  /** `npm run admin -- …` against this server's database (run it while the server is stopped on PGlite). */
  admin: (args: string[], env?: Record<string, string>) => { status: number | null; stdout: string; stderr: string };
  start: () => Promise<void>;
  /** What `npm start` printed so far. */
  output: () => string;
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function freshServer(name: string): Promise<FreshServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.LEVELBOARD_NO_DEMO;
  let drop = async () => {};
  let engine: FreshServer["engine"] = "pglite";
  if (process.env.E2E_DATABASE_URL) {
    const db = await createServerDatabase(process.env.E2E_DATABASE_URL);
    Object.assign(env, { DATABASE_URL: db.url, AUTH_SECRET: randomBytes(33).toString("base64") });
    drop = db.drop;
    engine = "postgres";
  } else {
    const dir = path.join(root, ".data", `e2e-${process.env.E2E_PORT || 3210}-${name}`);
    rmSync(dir, { recursive: true, force: true });
    Object.assign(env, { LEVELBOARD_DATA_DIR: dir, LEVELBOARD_NO_DEMO: "1" });
    delete env.AUTH_SECRET;
  }

  let child: ChildProcess | null = null;
  let out = "";
  const baseURL = `http://localhost:${port}`;

  return {
    baseURL,
    engine,
    admin: (args, extra = {}) => {
      const r = spawnSync(tsx, ["scripts/admin.ts", ...args], {
        cwd: root,
        env: { ...env, ...extra },
        encoding: "utf8",
        timeout: 120_000,
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    output: () => out,
    start: async () => {
      child = spawn("node", ["scripts/start.mjs"], {
        cwd: root,
        env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout!.on("data", (d) => {
        out += d;
      });
      child.stderr!.on("data", (d) => {
        out += d;
      });
      const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
      const deadline = Date.now() + 180_000;
      for (;;) {
        const up = await fetch(`${baseURL}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (up) return;
        const gone = await Promise.race([
          exited.then(() => true),
          new Promise<boolean>((r) => setTimeout(() => r(false), 500)),
        ]);
        if (gone || Date.now() > deadline) throw new Error(`npm start did not come up on port ${port}:\n${out}`);
      }
    },
    stop: async () => {
      const c = child;
      if (c?.pid && c.exitCode === null) {
        const exited = new Promise<void>((resolve) => c.once("exit", () => resolve()));
        process.kill(-c.pid, "SIGTERM"); // the process group: start.mjs and the next server it spawned
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      }
      child = null;
      await drop();
    },
  };
}
