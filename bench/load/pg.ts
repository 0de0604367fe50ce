// A throwaway PostgreSQL server for the load run, started the way .ci/run starts one (initdb in a temp folder, its
// own port, loopback only), which the run may stop and start again for the outage.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type PgServer = {
  url: string;
  stop: (mode: "fast" | "immediate") => void;
  start: () => void;
  destroy: () => void;
};

function pgBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(a) - Number(b));
  if (!versions.length) throw new Error(`no PostgreSQL under ${root} (apt-get install postgresql)`);
  return path.join(root, versions[versions.length - 1], "bin");
}

/** Runs a PostgreSQL tool as the postgres user when we are root (initdb refuses root), else as ourselves. */
function run(tool: string, args: string[]): void {
  const cmd = path.join(pgBin(), tool);
  const asRoot = process.getuid?.() === 0;
  const quoted = [cmd, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
  const res = asRoot
    ? spawnSync("su", ["postgres", "-c", quoted], { stdio: ["ignore", "ignore", "pipe"] })
    : spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
  if (res.status !== 0) throw new Error(`${tool} failed: ${res.stderr?.toString().trim()}`);
}

export function startPgServer(port: number): PgServer {
  const dir = mkdtempSync(path.join(tmpdir(), "levelboard-load-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    chownSync(dir, uid, uid);
  }
  run("initdb", ["-D", dir, "-A", "trust", "-U", "postgres"]);
  const start = () =>
    run("pg_ctl", [
      "-D",
      dir,
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`,
      "-l",
      path.join(dir, "log"),
      "-w",
      "start",
    ]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: (mode) => run("pg_ctl", ["-D", dir, "-m", mode, "-w", "stop"]),
    start,
    destroy: () => {
      try {
        run("pg_ctl", ["-D", dir, "-m", "immediate", "-w", "stop"]);
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
