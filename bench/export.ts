// `npm run bench:export`: every export route (and the CSV routes' workbooks, format=xlsx) downloaded as the administrator from a production server, with the
// time, the bytes (and their SHA-256, to compare two builds byte for byte) and the server's memory.
//
//   npm run bench:data -- --members 10000            # into an empty database (DATABASE_URL or LEVELBOARD_DATA_DIR)
//   npm run build && npm run bench:export -- --data-dir .data/bench-10k [--runs 3] [--app-dir <built checkout>] [--only xlsx]
//   DATABASE_URL=postgres://… npm run bench:export
//
// Starts `next start` (the build in --app-dir, default this checkout) on a free port, signs in through Auth.js's
// credentials endpoint, then downloads each export `runs` times one after another. The server's resident memory is
// sampled every 20 ms from /proc/<pid>/status (VmRSS of the server and its children); each export reports its
// median time, its bytes, and the highest RSS seen while it downloaded, against the RSS just before it (the growth
// is what the export itself holds). One JSON summary, VmHWM (the peak of the process's life) included.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { BENCH_ACCOUNTS } from "../seed/bench-org";
import { DEMO_PASSWORD } from "../seed/demo";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/** A /proc/<pid>/status value in kB. */
function statusKb(pid: number, key: "VmRSS" | "VmHWM"): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${key}:\\s+(\\d+) kB`, "m"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The process and its descendants (`next start` may run the server in a child). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

const mb = (kb: number) => Math.round(kb / 102.4) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
    redirect: "manual",
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`could not sign in as ${email}`);
  return cookie();
}

export type ExportFigures = {
  path: string;
  status: number;
  medianMs: number;
  bytes: number;
  sha256: string;
  rssBeforeMb: number;
  peakRssMb: number;
  growthMb: number;
};

async function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const appDir = path.resolve(arg("app-dir", root));
  const runs = Number(arg("runs", "3"));
  // --only xlsx: just the exports whose path contains it (e.g. the workbooks, without the long organisation JSON)
  const only = arg("only", "");
  const dataDir = process.env.DATABASE_URL ? undefined : path.resolve(arg("data-dir", ".data/bench-10k"));
  const port = await freePort();
  const server = spawn(path.join(appDir, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: appDir,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(24).toString("base64"),
      ...(dataDir ? { LEVELBOARD_DATA_DIR: dataDir } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const rss = () => processTree(server.pid!).reduce((sum, pid) => sum + statusKb(pid, "VmRSS"), 0);
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 300) throw new Error("the server did not come up");
      await new Promise((r) => setTimeout(r, 200));
    }
    const cookie = await signIn(base, BENCH_ACCOUNTS.admin, DEMO_PASSWORD);
    const firstTeam = await fetch(`${base}/api/v1/heatmap?field=hardware&limit=1`, { headers: { cookie } });
    const teamId = ((await firstTeam.json()) as { rows: { teamId: number }[] }).rows[0]?.teamId ?? 1;
    // The organisation last: a server that built it in memory keeps the heap it grew, which would hide the others.
    const paths = [
      `/api/export/team-members?teamId=${teamId}`,
      "/api/export/teams",
      "/api/export/users",
      "/api/export/audit",
      "/api/export/heatmap?field=hardware",
      // The workbooks (exceljs's streaming writer) from the same parameters as the CSVs above.
      `/api/export/team-members?teamId=${teamId}&format=xlsx`,
      "/api/export/heatmap?field=hardware&format=xlsx",
      "/api/export/gaps?format=xlsx",
      "/api/admin/export.json",
    ].filter((p) => p.includes(only));
    const out: ExportFigures[] = [];
    for (const p of paths) {
      const times: number[] = [];
      let status = 0;
      let bytes = 0;
      let sha256 = "";
      let peak = 0;
      let before = Infinity;
      for (let run = 0; run < runs; run++) {
        await new Promise((r) => setTimeout(r, 300));
        before = Math.min(before, rss());
        let high = 0;
        const sampler = setInterval(() => (high = Math.max(high, rss())), 20);
        const started = performance.now();
        const res = await fetch(`${base}${p}`, { headers: { cookie, "accept-encoding": "identity" } });
        const body = Buffer.from(await res.arrayBuffer());
        times.push(performance.now() - started);
        clearInterval(sampler);
        peak = Math.max(peak, high, rss());
        status = res.status;
        bytes = body.byteLength;
        sha256 = createHash("sha256").update(body).digest("hex").slice(0, 16);
      }
      out.push({
        path: p,
        status,
        medianMs: Math.round(median(times)),
        bytes,
        sha256,
        rssBeforeMb: mb(before),
        peakRssMb: mb(peak),
        growthMb: mb(peak - before),
      });
      console.error(`bench-export: ${p} ${status} ${Math.round(median(times))} ms ${bytes} B peak ${mb(peak)} MB`);
    }
    const hwm = processTree(server.pid!).reduce((m, pid) => Math.max(m, statusKb(pid, "VmHWM")), 0);
    console.log(
      JSON.stringify(
        {
          engine: process.env.DATABASE_URL ? "postgres" : "pglite",
          appDir,
          runs,
          exports: out,
          serverVmHwmMb: mb(hwm),
        },
        null,
        2,
      ),
    );
  } finally {
    for (const pid of processTree(server.pid!).reverse()) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        /* gone */
      }
    }
  }
}

main().catch((e) => {
  console.error(`bench-export: ${(e as Error).message}`);
  process.exit(1);
});
