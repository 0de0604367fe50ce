// `next start` of the production build for the load and crash runs: its own process group (so a SIGKILL reaches
// every process of it), its output kept for the report (stderr, and stdout where the jobs' runs are logged), ready
// when /api/health answers 200.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

export type App = {
  base: string;
  /** output lines so far (stdout and stderr, each stamped with the time since the start) */
  log: string[];
  /** signals the whole process group; resolves when the server has exited */
  stop: (signal: "SIGTERM" | "SIGKILL") => Promise<void>;
};

export async function startApp(root: string, env: Record<string, string | undefined>): Promise<App> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const started = Date.now();
  const stamp = () => `[+${((Date.now() - started) / 1000).toFixed(1)} s]`;
  const keep = (chunk: Buffer) =>
    log.push(
      ...chunk
        .toString()
        .split("\n")
        .filter(Boolean)
        .map((line) => `${stamp()} ${line}`),
    );
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: "SIGTERM" | "SIGKILL") => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
    }
    await exited;
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || i > 300) {
      await stop("SIGKILL");
      throw new Error(`the server did not come up:\n  ${log.slice(-5).join("\n  ")}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, log, stop };
}
