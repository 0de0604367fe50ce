// A throwaway PostgreSQL server for the load run, started the way .ci/run starts one (initdb in a temp folder, its
// own port, loopback only), which the run may stop and start again for the outage.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type PgServer = {
  url: string;
  /** pg_ctl stop (asynchronous: the load keeps running meanwhile) */
  stop: (mode: "fast" | "immediate") => Promise<void>;
  start: () => Promise<void>;
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

/** A PostgreSQL tool's command line, run as the postgres user when we are root (initdb refuses root). */
function command(tool: string, args: string[]): [string, string[]] {
  const cmd = path.join(pgBin(), tool);
  if (process.getuid?.() !== 0) return [cmd, args];
  return ["su", ["postgres", "-c", [cmd, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ")]];
}

function run(tool: string, args: string[]): void {
  const [cmd, argv] = command(tool, args);
  const res = spawnSync(cmd, argv, { stdio: ["ignore", "ignore", "pipe"] });
  if (res.status !== 0) throw new Error(`${tool} failed: ${res.stderr?.toString().trim()}`);
}

function runAsync(tool: string, args: string[]): Promise<void> {
  const [cmd, argv] = command(tool, args);
  return new Promise((resolve, reject) =>
    execFile(cmd, argv, (error, _out, stderr) =>
      error ? reject(new Error(`${tool} failed: ${stderr.toString().trim()}`)) : resolve(),
    ),
  );
}

export function startPgServer(port: number): PgServer {
  const dir = mkdtempSync(path.join(tmpdir(), "levelboard-load-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    chownSync(dir, uid, uid);
  }
  run("initdb", ["-D", dir, "-A", "trust", "-U", "postgres"]);
  const startArgs = () => [
    "-D",
    dir,
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`,
    "-l",
    path.join(dir, "log"),
    "-w",
    "start",
  ];
  run("pg_ctl", startArgs());
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: (mode) => runAsync("pg_ctl", ["-D", dir, "-m", mode, "-w", "stop"]),
    start: () => runAsync("pg_ctl", startArgs()),
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
