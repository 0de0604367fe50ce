// Measures pages as a signed-in user meets them, against the production build (`next build` first):
//   npx tsx bench/pages.ts --data-dir .data/scale-1k --email head@levelboard.test --paths /,/heatmap,/gaps [--runs 7]
// or against a server database with DATABASE_URL set. Starts `next start` on a free port with query logging and
// engine timing, signs in through the login page (Chromium), then for each path: server time p50/p95 over `runs`
// sequential requests after one warm-up (full body), SQL statements and engine time per request, body bytes, and
// first-load JavaScript (compressed bytes of the scripts the browser fetched on a cold load). `npm run bench`
// (bench/run.ts) drives the same functions for every target of issue 11.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0 && process.argv[i + 1]) return process.argv[i + 1];
  if (fallback === undefined) throw new Error(`--${name} is required`);
  return fallback;
}
export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const root = path.resolve(import.meta.dirname, "..");

/** A `next start` of the build in this tree, counting the SQL statements and engine milliseconds it logs. */
export type BenchServer = {
  base: string;
  counters: () => { queries: number; engineMs: number };
  /** The SQL statements logged so far (first 100 characters each). */
  statements: string[];
  log: () => string;
  stop: () => Promise<void>;
};

export async function startServer(opts: { dataDir?: string; databaseUrl?: string }): Promise<BenchServer> {
  const port = await freePort();
  let queries = 0;
  let engineMs = 0;
  let tail = "";
  const statements: string[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LEVELBOARD_LOG_QUERIES: "1",
    LEVELBOARD_ENGINE_TIMING: "1",
    PORT: String(port),
    AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(24).toString("base64"),
  };
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  else {
    delete env.DATABASE_URL;
    if (opts.dataDir) env.LEVELBOARD_DATA_DIR = path.resolve(opts.dataDir);
  }
  const server: ChildProcess = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let pending = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith("levelboard:query ")) {
        queries++;
        statements.push(line.slice(17, 117));
      } else if (line.startsWith("levelboard:engine ")) engineMs += Number(line.slice(18)) || 0;
      else tail = (tail + line + "\n").slice(-4000);
    }
  });
  server.stderr!.on("data", (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (server.exitCode !== null || i > 300) {
      await stop();
      throw new Error(`the server did not come up:\n${tail}`);
    }
    await sleep(200);
  }
  return { base, counters: () => ({ queries, engineMs }), statements, log: () => tail, stop };
}

/** Signs in through the login page; the context keeps the session for first-load measurements. */
export async function signIn(
  browser: Browser,
  base: string,
  email: string,
  password: string,
): Promise<{ cookie: string; context: BrowserContext }> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/login");
  // By id, not by label: the labels are being translated.
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("#password").press("Enter");
  await page.getByTestId("current-user").waitFor();
  await page.close();
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return { cookie, context };
}

export const launchBrowser = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking"],
  });

/**
 * First-load JavaScript of a fresh page (empty cache), compressed bytes: `initial` counts the scripts the server's
 * HTML names (Next's "First Load JS" of the route), `all` every script fetched until the network is idle (with the
 * chunks the page imports lazily and draws at once, such as charts).
 */
export async function firstLoadJs(context: BrowserContext, p: string): Promise<{ initial: number; all: number }> {
  const fresh = await context.newPage();
  const res = await fresh.goto(p, { waitUntil: "networkidle" });
  const html = (await res?.text()) ?? "";
  const named = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1], res!.url()).pathname);
  const sizes = await fresh.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === "script" || e.name.endsWith(".js"))
      .map((e) => ({ path: new URL(e.name).pathname, bytes: e.encodedBodySize || e.transferSize || 0 })),
  );
  await fresh.close();
  const wanted = new Set(named);
  return {
    initial: sizes.filter((x) => wanted.has(x.path)).reduce((n, x) => n + x.bytes, 0),
    all: sizes.reduce((n, x) => n + x.bytes, 0),
  };
}

export type RequestFigures = {
  status: number;
  p50Ms: number;
  p95Ms: number;
  /** SQL statements per request (the largest seen over the runs; they should all be equal). */
  queries: number;
  queriesMin: number;
  /** Engine (lib/itss evaluate) milliseconds per request, p50. */
  engineMs: number;
  bytes: number;
  /** The statements of the last measured request. */
  statements: string[];
};

type Sample = { ms: number; queries: number; engineMs: number; bytes: number; status: number; statements: string[] };

/** One request, its body read in full; the server's log lines of it counted. A status ≥ 400 is an error (thrown). */
async function sample(server: BenchServer, req: { path: string; init?: RequestInit }): Promise<Sample> {
  const { path: p, init } = req;
  await sleep(50);
  const before = server.counters();
  const firstStatement = server.statements.length;
  const started = performance.now();
  const res = await fetch(`${server.base}${p}`, {
    redirect: "manual",
    ...init,
    headers: { "accept-encoding": "identity", ...(init?.headers as Record<string, string>) },
  });
  const body = await res.arrayBuffer();
  const ms = performance.now() - started;
  await sleep(150); // the server's log lines of this request arrive
  const after = server.counters();
  if (res.status >= 400 || (res.status >= 300 && !init?.method))
    throw new Error(
      `${init?.method ?? "GET"} ${p} answered ${res.status}: ${new TextDecoder().decode(body).slice(0, 300)}`,
    );
  return {
    ms,
    queries: after.queries - before.queries,
    engineMs: after.engineMs - before.engineMs,
    bytes: body.byteLength,
    status: res.status,
    statements: server.statements.slice(firstStatement),
  };
}

function figures(samples: Sample[]): RequestFigures {
  const last = samples[samples.length - 1];
  return {
    status: last.status,
    p50Ms:
      Math.round(
        percentile(
          samples.map((x) => x.ms),
          50,
        ) * 10,
      ) / 10,
    p95Ms:
      Math.round(
        percentile(
          samples.map((x) => x.ms),
          95,
        ) * 10,
      ) / 10,
    queries: Math.max(...samples.map((x) => x.queries)),
    queriesMin: Math.min(...samples.map((x) => x.queries)),
    engineMs:
      Math.round(
        percentile(
          samples.map((x) => x.engineMs),
          50,
        ) * 100,
      ) / 100,
    bytes: last.bytes,
    statements: last.statements,
  };
}

/**
 * `runs` sequential requests after `warmups`. `request(i)` gives each one (the warm-ups first), so a write can
 * act on a different row each time.
 */
export async function measureRequests(
  server: BenchServer,
  runs: number,
  request: (i: number) => { path: string; init?: RequestInit },
  warmups = 1,
): Promise<RequestFigures> {
  return (await measureInterleaved([server], runs, (_, i) => request(i), warmups))[0];
}

/**
 * The same, on several servers at once, alternating between them request by request: a machine that gets busier
 * during the run slows every server alike, so their ratio stays fair. `request(s, i)` for server s, run i.
 */
export async function measureInterleaved(
  servers: BenchServer[],
  runs: number,
  request: (server: number, i: number) => { path: string; init?: RequestInit },
  warmups = 1,
): Promise<RequestFigures[]> {
  const samples: Sample[][] = servers.map(() => []);
  for (let run = 0; run < runs + warmups; run++) {
    for (let k = 0; k < servers.length; k++) {
      const x = await sample(servers[k], request(k, run));
      if (run >= warmups) samples[k].push(x); // warm-up: the server's first requests compile and fill caches
    }
  }
  return samples.map(figures);
}

export type PageFigures = RequestFigures & { path: string; firstLoadJsGzipBytes: number; allJsGzipBytes: number };

export async function measurePages(opts: {
  dataDir?: string;
  email: string;
  password: string;
  paths: string[];
  runs: number;
}): Promise<PageFigures[]> {
  const server = await startServer({ dataDir: opts.dataDir, databaseUrl: process.env.DATABASE_URL || undefined });
  const browser = await launchBrowser();
  try {
    const { cookie, context } = await signIn(browser, server.base, opts.email, opts.password);
    const out: PageFigures[] = [];
    for (const p of opts.paths) {
      const js = await firstLoadJs(context, p);
      const figures = await measureRequests(server, opts.runs, () => ({ path: p, init: { headers: { cookie } } }));
      out.push({ path: p, ...figures, firstLoadJsGzipBytes: js.initial, allJsGzipBytes: js.all });
    }
    return out;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1]?.endsWith("bench/pages.ts")) {
  const figures = await measurePages({
    dataDir: process.env.DATABASE_URL ? undefined : arg("data-dir", ".data"),
    email: arg("email", "head@levelboard.test"),
    password: arg("password", "levelboard-demo"),
    paths: arg("paths", "/").split(","),
    runs: Number(arg("runs", "7")),
  });
  console.log(JSON.stringify(figures, null, 2));
}
