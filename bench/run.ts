// `npm run bench` (issue 11 §2): the benchmark organisation at 1,000 and 10,000 members on a PostgreSQL server,
// measured side by side against the production build.
//
//   npm run bench [-- --sizes 1000,10000] [--runs 10] [--reuse] [--no-build] [--out bench/results/FILE.json]
//
// The server: BENCH_DATABASE_URL (a superuser URL; the bench creates and drops its own databases there), or else
// one started here the way .ci/run starts one (initdb into a temp dir as user postgres, its own port), stopped at
// the end. For each size: a database filled by `bench:data` (--reuse keeps one already filled) and a `next start` of
// the build with DATABASE_URL set, all up at once; each target is measured on every size alternately, request by
// request (a machine that gets busier slows both sizes alike, so the 10k/1k ratio stays fair). Per target: server time p50/p95 over `runs` sequential requests after a
// warm-up, SQL statements per request, the engine's milliseconds per request, response bytes, first-load JS
// (gzip) for pages, and the p50 of the hand-written SQL that fetches the same data, run directly with postgres.js.
// One JSON summary (bench/results/) and a table on stdout. Exits non-zero on errors only, never on timings.
import { execFileSync, spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  chownSync,
  existsSync,
  readdirSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { BENCH_ACCOUNTS } from "../seed/bench-org";
import { DEMO_PASSWORD } from "../seed/demo";
import { skillItemsOf } from "../lib/itss/fields";
import {
  firstLoadJs,
  freePort,
  launchBrowser,
  measureInterleaved,
  percentile,
  signIn,
  startServer,
  type BenchServer,
  type RequestFigures,
} from "./pages";
import { PLAIN_SQL, type PlainContext } from "./plain-sql";

const root = path.resolve(import.meta.dirname, "..");
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] && !process.argv[i + 1].startsWith("--") ? process.argv[i + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const log = (line: string) => console.error(`bench: ${line}`);

/** Requests before the measured ones: Node compiles and the server warms its caches on the first few. */
const WARMUPS = 3;
const GOALS = {
  pageOverPlainSql: 3,
  /** Issue 11: 10,000 members within 2× the same view at 1,000. */
  tenOverOne: 2,
  /** Issue 22, at 100,000 members (or the largest size past 10,000) against 1,000: head and admin views and staffing… */
  largeOverOne: 3,
  /** …and the member page, the API list and an approval, constant. */
  constantOverOne: 1.3,
  /** Issue 22: no page over 1 MB of HTML. */
  pageBytes: 1024 * 1024,
  queries: 10,
  engineShare: 0.1,
  firstLoadJsGzipBytes: 180 * 1024,
};
/** Targets that must not grow with the organisation (issue 22: within GOALS.constantOverOne). */
const CONSTANT = new Set(["member-page", "api-members", "approve-project"]);

// ---------------------------------------------------------------------------------------------------------------
// The PostgreSQL server

type PgServer = { url: (db: string) => string; stop: () => void; version: string };

async function startPostgres(): Promise<PgServer> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    const base = new URL(given);
    const version = await withSql(given, async (sql) => (await sql`show server_version`)[0].server_version as string);
    return {
      url: (db) => Object.assign(new URL(base.href), { pathname: `/${db}` }).href,
      stop: () => {},
      version,
    };
  }
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(a) - Number(b));
  if (!versions.length)
    throw new Error("no PostgreSQL under /usr/lib/postgresql: install it or set BENCH_DATABASE_URL");
  const bin = `/usr/lib/postgresql/${versions[versions.length - 1]}/bin`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "levelboard-bench-pg."));
  const port = await freePort();
  const asPostgres = (cmd: string) => {
    const r = spawnSync("su", ["postgres", "-c", cmd], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr || r.stdout}`);
  };
  const isRoot = process.getuid?.() === 0;
  const run = (cmd: string) => (isRoot ? asPostgres(cmd) : execFileSync("sh", ["-c", cmd], { stdio: "pipe" }));
  if (isRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), -1);
  run(`${bin}/initdb -D ${dir} -A trust -U postgres >/dev/null`);
  // Settings for a benchmark box: a throwaway cluster, so durability is traded for load speed; the rest default.
  run(
    `${bin}/pg_ctl -D ${dir} -o '-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB' -l ${dir}/log -w start >/dev/null`,
  );
  log(`PostgreSQL ${versions[versions.length - 1]} started on port ${port} (${dir})`);
  return {
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    stop: () => {
      try {
        run(`${bin}/pg_ctl -D ${dir} -m fast stop >/dev/null`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    version: versions[versions.length - 1],
  };
}

async function withSql<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  // The app's connection settings (lib/db/client.ts), so that the plain SQL runs as the app's does.
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { jit: "off" } });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** A database holding the benchmark organisation of `members`; filled by `bench:data` unless --reuse finds it filled. */
async function prepareDatabase(
  pg: PgServer,
  members: number,
  reuse: boolean,
): Promise<{ url: string; loadSeconds: number | null }> {
  const name = `levelboard_bench_${members}`;
  const url = pg.url(name);
  const admin = pg.url("postgres");
  if (reuse) {
    const filled = await withSql(admin, async (sql) => {
      if (!(await sql`select 1 from pg_database where datname = ${name}`).length) return false;
      return withSql(url, async (db) => {
        try {
          const [{ n }] = await db`select count(*)::int as n from members`;
          return n === members;
        } catch {
          return false;
        }
      });
    });
    if (filled) {
      log(`reusing ${name} (migrating it to this tree's schema)`);
      const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/prepare-db.ts", "--no-seed"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "ignore", "inherit"],
      });
      if (r.status !== 0) throw new Error(`migrating ${name} failed`);
      await withSql(url, (sql) => sql`vacuum analyze`);
      return { url, loadSeconds: null };
    }
  }
  await withSql(admin, async (sql) => {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name}`);
  });
  log(`loading ${members} members into ${name} (npm run bench:data)`);
  const started = Date.now();
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["bench/data.ts", "--members", String(members)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) throw new Error(`bench:data --members ${members} failed`);
  await withSql(url, (sql) => sql`vacuum analyze`);
  return { url, loadSeconds: Math.round((Date.now() - started) / 100) / 10 };
}

// ---------------------------------------------------------------------------------------------------------------
// What is measured

type Target = {
  key: string;
  label: string;
  account: keyof typeof BENCH_ACCOUNTS;
  /** A page (first-load JS measured) or an API / action. */
  kind: "page" | "api" | "action";
  /** Measured for reference, not one of the targets: left out of the goals. */
  reference?: true;
};

const TARGETS: Target[] = [
  { key: "head-dashboard", label: "head /", account: "head", kind: "page" },
  { key: "head-heatmap", label: "head /heatmap", account: "head", kind: "page" },
  { key: "head-gaps", label: "head /gaps", account: "head", kind: "page" },
  { key: "admin-gaps", label: "admin /gaps (org)", account: "admin", kind: "page" },
  { key: "member-page", label: "head /members/[id]", account: "head", kind: "page" },
  { key: "staffing", label: "head /staffing (need)", account: "head", kind: "page" },
  { key: "api-members", label: "admin /api/v1/members", account: "admin", kind: "api" },
  { key: "approve-project", label: "lead approves a project", account: "lead", kind: "action" },
  // The fixed cost of any signed-in page: the standard's catalog is in memory, so its only query is the session's.
  { key: "floor", label: "head /standard (fixed cost)", account: "head", kind: "page", reference: true },
];

/** The ids the targets name, read from the database (the bench organisation is deterministic). */
async function contextOf(
  url: string,
): Promise<PlainContext & { approvals: { id: number; memberId: number; version: number }[] }> {
  return withSql(url, async (sql) => {
    const [head] = await sql`select department_id from users where email = ${BENCH_ACCOUNTS.head}`;
    const [lead] =
      await sql`select tl.team_id, u.id as user_id from users u join team_leads tl on tl.user_id = u.id where u.email = ${BENCH_ACCOUNTS.lead}`;
    const [member] = await sql`select id from members where email = ${BENCH_ACCOUNTS.member}`;
    const approvals = await sql`
      select p.id, p.member_id as "memberId", p.version from projects p join members m on m.id = p.member_id
       where m.team_id = ${lead.team_id} and m.archived_at is null and p.review_state = 'submitted' and p.superseded_at is null
       order by p.id`;
    return {
      departmentId: head.department_id as number,
      teamId: lead.team_id as number,
      leadUserId: lead.user_id as number,
      memberId: member.id as number,
      skill: skillItemsOf("hardware")[0],
      approvals: approvals.map((a) => ({
        id: a.id as number,
        memberId: a.memberId as number,
        version: a.version as number,
      })),
    };
  });
}

/** The approve action's id, from the build's server reference manifest. */
function approveActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; layer?: Record<string, string> }>;
  };
  const hit = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === "approveRecord" && (v.filename ?? "").includes("lib/actions/review"),
  );
  if (!hit)
    throw new Error("approveRecord is not in .next/server/server-reference-manifest.json (is the build current?)");
  return hit[0];
}

function pathOf(t: Target, ctx: PlainContext): string {
  switch (t.key) {
    case "head-dashboard":
      return "/";
    case "head-heatmap":
      return "/heatmap";
    case "head-gaps":
    case "admin-gaps":
      return "/gaps";
    case "member-page":
      return `/members/${ctx.memberId}`;
    case "staffing":
      return `/staffing?field=hardware&minLevel=3&skill=${ctx.skill}:3`;
    case "api-members":
      return "/api/v1/members?limit=100";
    case "floor":
      return "/standard";
    default:
      return "/reviews";
  }
}

type SizeResult = {
  members: number;
  loadSeconds: number | null;
  targets: Record<
    string,
    RequestFigures & {
      label: string;
      runs: number;
      path: string;
      /** Scripts the route's HTML names (Next's First Load JS), gzip. */
      firstLoadJsGzipBytes: number | null;
      /** Every script fetched until the network is idle (lazy chunks drawn at once included), gzip. */
      allJsGzipBytes: number | null;
      plainSqlP50Ms: number;
      pageOverPlainSql: number;
      engineShare: number;
    }
  >;
};

/**
 * The hand-written SQL is bounded: at 100,000 members the organisation-wide gap SQL ran for minutes (it scans every
 * member's ratings). A statement past this limit stops that database's runs and is reported as the limit (a floor).
 */
const PLAIN_SQL_TIMEOUT_MS = 20_000;

/** The plain SQL of a target on every database, alternating between them run by run like the requests. */
async function timePlainSql(urls: string[], key: string, contexts: PlainContext[], runs: number): Promise<number[]> {
  const clients = urls.map((url) =>
    postgres(url, {
      max: 1,
      onnotice: () => {},
      connection: { jit: "off", statement_timeout: PLAIN_SQL_TIMEOUT_MS },
    }),
  );
  try {
    const times: number[][] = urls.map(() => []);
    const timedOut = urls.map(() => false);
    for (let i = 0; i < runs + WARMUPS; i++) {
      for (let k = 0; k < urls.length; k++) {
        if (timedOut[k]) continue;
        const statements = PLAIN_SQL[key](contexts[k]);
        const started = performance.now();
        await clients[k]
          .begin(async (tx) => {
            for (const s of statements) await tx.unsafe(s.text, s.params as never[]);
            throw ROLLBACK; // a write's plain SQL is undone, so that each run finds the same rows
          })
          .catch((e) => {
            if ((e as { code?: string }).code === "57014") {
              timedOut[k] = true;
              log(`plain SQL of ${key} over ${PLAIN_SQL_TIMEOUT_MS / 1000} s on ${urls[k].replace(/.*\//, "")}`);
            } else if (e !== ROLLBACK) throw e;
          });
        if (i >= WARMUPS && !timedOut[k]) times[k].push(performance.now() - started);
      }
    }
    return times.map((t, k) => (timedOut[k] ? PLAIN_SQL_TIMEOUT_MS : Math.round(percentile(t, 50) * 10) / 10));
  } finally {
    await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
  }
}
const ROLLBACK = new Error("rollback");

type Prepared = { url: string; members: number; loadSeconds: number | null };

/** Every size's server up at once; each target measured on all of them, alternating request by request. */
async function measureAll(dbs: Prepared[], runs: number): Promise<SizeResult[]> {
  const contexts = await Promise.all(dbs.map((d) => contextOf(d.url)));
  // Each approval needs its own submitted project of the lead's team (about 15 in a fresh database): the action
  // runs as many times as there are, up to `runs`, after one warm-up.
  const actionRuns = Math.min(runs, ...contexts.map((c) => c.approvals.length - 1));
  if (actionRuns < 3)
    throw new Error("the lead's team has too few submitted projects left; load the data afresh (no --reuse)");
  const actionId = approveActionId();
  const servers: BenchServer[] = [];
  const browser = await launchBrowser();
  const out: SizeResult[] = dbs.map((d) => ({ members: d.members, loadSeconds: d.loadSeconds, targets: {} }));
  try {
    for (const d of dbs) servers.push(await startServer({ databaseUrl: d.url }));
    const sessions = await Promise.all(
      servers.map(async (server) => {
        const byAccount = new Map<string, Awaited<ReturnType<typeof signIn>>>();
        for (const account of new Set(TARGETS.map((t) => t.account)))
          byAccount.set(account, await signIn(browser, server.base, BENCH_ACCOUNTS[account], DEMO_PASSWORD));
        return byAccount;
      }),
    );
    for (const t of TARGETS) {
      const paths = contexts.map((ctx) => pathOf(t, ctx));
      const firstLoad: ({ initial: number; all: number } | null)[] = [];
      for (let k = 0; k < servers.length; k++)
        firstLoad.push(t.kind === "page" ? await firstLoadJs(sessions[k].get(t.account)!.context, paths[k]) : null);
      const cookie = (k: number) => sessions[k].get(t.account)!.cookie;
      const all =
        t.kind === "action"
          ? // The approve action as the browser posts it: the action id in Next-Action, the arguments as React's
            // encodeReply writes a plain object (a JSON array), from the page the button is on.
            await measureInterleaved(
              servers,
              actionRuns,
              (k, i) => ({
                path: `/members/${contexts[k].approvals[i].memberId}`,
                init: {
                  method: "POST",
                  headers: {
                    cookie: cookie(k),
                    origin: servers[k].base,
                    accept: "text/x-component",
                    "next-action": actionId,
                    "content-type": "text/plain;charset=UTF-8",
                  },
                  body: JSON.stringify([{ entity: "project", ...contexts[k].approvals[i], comment: "" }]),
                },
              }),
              1,
            )
          : await measureInterleaved(
              servers,
              runs,
              (k) => ({ path: paths[k], init: { headers: { cookie: cookie(k) } } }),
              WARMUPS,
            );
      if (t.kind === "action") {
        // The action answers 200 with its result in the body: make sure it approved (not a validation message).
        for (let k = 0; k < dbs.length; k++) {
          const ids = contexts[k].approvals.slice(0, actionRuns + 1).map((a) => a.id);
          const [{ n }] = await withSql(
            dbs[k].url,
            (sql) => sql`select count(*)::int as n from projects where id in ${sql(ids)} and review_state = 'approved'`,
          );
          if (n !== actionRuns + 1)
            throw new Error(`the approve action approved ${n} of ${actionRuns + 1} projects:\n${servers[k].log()}`);
        }
      }
      const plain = await timePlainSql(
        dbs.map((d) => d.url),
        t.key,
        contexts,
        runs,
      );
      for (let k = 0; k < dbs.length; k++) {
        const figures = all[k];
        out[k].targets[t.key] = {
          label: t.label,
          runs: t.kind === "action" ? actionRuns : runs,
          path: t.kind === "action" ? "POST /members/[id] (Next-Action approveRecord)" : paths[k],
          ...figures,
          firstLoadJsGzipBytes: firstLoad[k]?.initial ?? null,
          allJsGzipBytes: firstLoad[k]?.all ?? null,
          plainSqlP50Ms: plain[k],
          pageOverPlainSql: Math.round((figures.p50Ms / Math.max(plain[k], 0.1)) * 10) / 10,
          engineShare: Math.round((figures.engineMs / figures.p50Ms) * 1000) / 1000,
        };
        const r = out[k].targets[t.key];
        log(`${dbs[k].members}: ${t.label} p50 ${r.p50Ms} ms, ${r.queries} queries, plain SQL ${r.plainSqlP50Ms} ms`);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.stop();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const kB = (n: number | null) => (n === null ? "" : `${Math.round(n / 102.4) / 10}`);
function table(sizes: SizeResult[]): string {
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  const head = [
    "target",
    ...sizes.flatMap((s) => [`p50 ms ${s.members}`, `p95 ms ${s.members}`]),
    ...sizes.map((s) => `plain SQL ms ${s.members}`),
    ...sizes.map((s) => `×SQL ${s.members}`),
    ...sizes.slice(1).map((s) => `${s.members}/${small.members}`),
    ...sizes.map((s) => `queries ${s.members}`),
    `engine % ${large.members}`,
    `kB ${large.members}`,
    "first-load JS kB gz",
    "all JS kB gz",
  ].filter(Boolean);
  const lines = [head.join(" | ")];
  for (const t of TARGETS) {
    const rs = sizes.map((s) => s.targets[t.key]);
    const l = rs[rs.length - 1];
    lines.push(
      [
        t.label,
        ...rs.flatMap((r) => [r.p50Ms, r.p95Ms]),
        ...rs.map((r) => r.plainSqlP50Ms),
        ...rs.map((r) => r.pageOverPlainSql),
        ...rs.slice(1).map((r) => Math.round((r.p50Ms / rs[0].p50Ms) * 100) / 100),
        ...rs.map((r) => (r.queries === r.queriesMin ? r.queries : `${r.queriesMin}–${r.queries}`)),
        Math.round(l.engineShare * 1000) / 10,
        kB(l.bytes),
        kB(l.firstLoadJsGzipBytes),
        kB(l.allJsGzipBytes),
      ].join(" | "),
    );
  }
  return lines.map((l) => `| ${l} |`).join("\n");
}

function goals(sizes: SizeResult[]) {
  const misses: string[] = [];
  const small = sizes[0];
  for (const t of TARGETS.filter((t) => !t.reference)) {
    for (const s of sizes) {
      const r = s.targets[t.key];
      if (r.pageOverPlainSql > GOALS.pageOverPlainSql)
        misses.push(`${t.label} at ${s.members}: ${r.pageOverPlainSql}× its plain SQL`);
      if (r.queries > GOALS.queries) misses.push(`${t.label} at ${s.members}: ${r.queries} queries`);
      if (r.engineShare > GOALS.engineShare)
        misses.push(`${t.label} at ${s.members}: engine ${Math.round(r.engineShare * 100)}% of server time`);
      if ((r.firstLoadJsGzipBytes ?? 0) > GOALS.firstLoadJsGzipBytes)
        misses.push(`${t.label}: first-load JS ${kB(r.firstLoadJsGzipBytes)} kB`);
    }
    for (const s of sizes.slice(1)) {
      const ratio = s.targets[t.key].p50Ms / small.targets[t.key].p50Ms;
      // issue 11's goal up to 10,000 members; issue 22's beyond (constant for the member page, API and approval)
      const goal =
        s.members <= 10_000 ? GOALS.tenOverOne : CONSTANT.has(t.key) ? GOALS.constantOverOne : GOALS.largeOverOne;
      if (ratio > goal)
        misses.push(`${t.label}: ${s.members} is ${ratio.toFixed(2)}× ${small.members} (goal ${goal}×)`);
      if (s.targets[t.key].queries !== small.targets[t.key].queries)
        misses.push(
          `${t.label}: queries ${small.targets[t.key].queries} → ${s.targets[t.key].queries} at ${s.members}`,
        );
      if (t.kind === "page" && s.targets[t.key].bytes > GOALS.pageBytes)
        misses.push(`${t.label} at ${s.members}: ${kB(s.targets[t.key].bytes)} kB of HTML`);
    }
  }
  return misses;
}

async function main() {
  const sizes = arg("sizes", "1000,10000").split(",").map(Number);
  const runs = Number(arg("runs", "10"));
  if (sizes.some((n) => !Number.isInteger(n) || n < 100) || !(runs >= 3))
    throw new Error("--sizes N,N… (≥ 100) --runs ≥ 3");
  if (!flag("no-build")) {
    log("next build");
    execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  } else if (!existsSync(path.join(root, ".next/BUILD_ID")))
    throw new Error("--no-build, but there is no build in .next");
  const pg = await startPostgres();
  const results: SizeResult[] = [];
  try {
    const dbs: Prepared[] = [];
    for (const members of sizes) dbs.push({ members, ...(await prepareDatabase(pg, members, flag("reuse"))) });
    results.push(...(await measureAll(dbs, runs)));
  } finally {
    pg.stop();
  }
  const summary = {
    at: new Date().toISOString(),
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim(),
    machine: {
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      postgres: pg.version,
      node: process.version,
    },
    runs,
    goals: GOALS,
    sizes: results,
    missed: goals(results),
  };
  const out = arg("out", path.join("bench/results", `bench-${summary.at.replace(/[:.]/g, "-")}.json`));
  mkdirSync(path.dirname(path.resolve(root, out)), { recursive: true });
  writeFileSync(path.resolve(root, out), JSON.stringify(summary, null, 2) + "\n");
  console.log(table(results));
  console.log(
    `\nload average ${summary.machine.loadAverage.join(" ")}; ${runs} runs per target after ${WARMUPS} warm-ups, sizes alternating request by request`,
  );
  console.log(summary.missed.length ? `goals missed:\n  ${summary.missed.join("\n  ")}` : "all goals met");
  console.log(`summary: ${out}`);
}

main().catch((e) => {
  console.error(`bench: ${(e as Error)?.stack ?? String(e)}`);
  process.exit(1);
});
