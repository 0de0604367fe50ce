// Measures pages as a signed-in user meets them, against the production build (`next build` first):
//   npx tsx bench/pages.ts --data-dir .data/scale-1k --email head@levelboard.test --paths /,/heatmap,/gaps [--runs 7]
// or against a server database with DATABASE_URL set. Starts `next start` on a free port with query logging,
// signs in through the login page (Chromium), then for each path: server time p50/p95 over `runs` sequential
// requests (full body), SQL statements per request, HTML bytes, and first-load JavaScript (compressed bytes of the
// scripts the browser fetched on a cold load). Prints one JSON summary.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { chromium } from "@playwright/test";

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0 && process.argv[i + 1]) return process.argv[i + 1];
  if (fallback === undefined) throw new Error(`--${name} is required`);
  return fallback;
}
const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export type PageFigures = {
  path: string;
  status: number;
  p50Ms: number;
  p95Ms: number;
  queries: number;
  htmlBytes: number;
  firstLoadJsGzipBytes: number;
};

export async function measurePages(opts: {
  dataDir?: string;
  email: string;
  password: string;
  paths: string[];
  runs: number;
}): Promise<PageFigures[]> {
  const port = await freePort();
  const root = path.resolve(import.meta.dirname, "..");
  let queries = 0;
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      LEVELBOARD_LOG_QUERIES: "1",
      PORT: String(port),
      AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(24).toString("base64"),
      ...(opts.dataDir ? { LEVELBOARD_DATA_DIR: path.resolve(opts.dataDir) } : {}),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout!.on("data", (chunk: Buffer) => {
    queries += (chunk.toString().match(/levelboard:query /g) ?? []).length;
  });
  const base = `http://127.0.0.1:${port}`;
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
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking"],
    });
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(opts.email);
    await page.getByLabel("Password").fill(opts.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("current-user").waitFor();
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const out: PageFigures[] = [];
    for (const p of opts.paths) {
      // First-load JavaScript: a fresh page (empty cache), compressed bytes of every script fetched.
      const fresh = await context.newPage();
      await fresh.route("**/*", (route) => route.continue());
      await fresh.goto(p, { waitUntil: "networkidle" });
      const firstLoadJsGzipBytes = await fresh.evaluate(() =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((e) => e.initiatorType === "script" || e.name.endsWith(".js"))
          .reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize || 0), 0),
      );
      await fresh.close();
      const times: number[] = [];
      let htmlBytes = 0;
      let status = 0;
      let perRequest = 0;
      for (let run = 0; run < opts.runs + 1; run++) {
        await new Promise((r) => setTimeout(r, 100));
        const before = queries;
        const started = performance.now();
        const res = await fetch(`${base}${p}`, {
          headers: { cookie, "accept-encoding": "identity" },
          redirect: "manual",
        });
        const body = await res.arrayBuffer();
        const ms = performance.now() - started;
        await new Promise((r) => setTimeout(r, 100));
        if (run === 0) continue; // warm-up: compiles and caches nothing we want to count
        times.push(ms);
        htmlBytes = body.byteLength;
        status = res.status;
        perRequest = queries - before;
      }
      out.push({
        path: p,
        status,
        p50Ms: Math.round(percentile(times, 50)),
        p95Ms: Math.round(percentile(times, 95)),
        queries: perRequest,
        htmlBytes,
        firstLoadJsGzipBytes,
      });
    }
    await browser.close();
    return out;
  } finally {
    server.kill("SIGTERM");
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("bench/pages.ts")) {
  const figures = await measurePages({
    dataDir: process.env.DATABASE_URL ? undefined : arg("data-dir", ".data"),
    email: arg("email", "head@levelboard.test"),
    password: arg("password", "levelboard-demo"),
    paths: arg("paths", "/").split(","),
    runs: Number(arg("runs", "7")),
  });
  console.log(JSON.stringify(figures, null, 2));
}
