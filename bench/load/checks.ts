// The checks of `bench:load --processes N` that no state that matters lives in one server process: each talks to two
// processes directly (A and B, by their own ports) the way a browser behind a non-sticky load balancer would, and
// says what it saw. A write through A is read through B on the very next request; 5 failed sign-ins spread over A
// and B lock the account on both; a password reset (and "End other sessions") through A ends the sessions on B; the
// servers' start runs of the time-based jobs ran once (job_runs, and each server's log line); after an outage every
// process answers again.
import { randomBytes } from "node:crypto";
import { and, gte, inArray } from "drizzle-orm";
import type { Db } from "../../lib/db/client";
import { jobRuns } from "../../lib/db/schema";
import { jobsSlotStart } from "../../lib/jobs/runner";
import { MAX_LEVEL, skillItemsOf } from "../../lib/itss/fields";
import { callAction, CookieJar, signIn, trySignIn } from "./protocol";
import type { AckWrite, Plan } from "./workload";

export type CheckResult = { ok: boolean; detail: string; steps: string[] };
export type Process = { name: string; base: string };
export type CheckIds = {
  login: string;
  record: string;
  rate: string;
  createUser: string;
  resetPassword: string;
  endOthers: string;
};

type ActionResult = { ok: boolean; code?: string; error?: string; data?: { id?: number; version?: number } };
type MemberJson = {
  records: {
    projects: { id: number; name: string }[];
    assessments: { id: number; field: string; item: string; selfLevel: number | null; version: number }[];
  };
};

/** Runs one check: its steps are logged as they pass; the first failed expectation ends it with its reason. */
async function check(run: (step: (line: string) => void) => Promise<void>): Promise<CheckResult> {
  const steps: string[] = [];
  try {
    await run((line) => steps.push(line));
    return { ok: true, detail: steps.at(-1) ?? "", steps };
  } catch (e) {
    return { ok: false, detail: (e as Error).message, steps };
  }
}
function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function get(
  base: string,
  jar: CookieJar,
  path: string,
): Promise<{ status: number; text: string; location: string }> {
  const res = await fetch(base + path, { ...jar.via, headers: { cookie: jar.header() }, redirect: "manual" });
  jar.take(res);
  return { status: res.status, text: await res.text(), location: res.headers.get("location") ?? "" };
}
async function getJson<T>(base: string, jar: CookieJar, path: string): Promise<T> {
  const res = await get(base, jar, path);
  expect(res.status === 200, `GET ${path} answered ${res.status}`);
  return JSON.parse(res.text) as T;
}
async function act(p: Process, jar: CookieJar, id: string, page: string, input: unknown): Promise<ActionResult> {
  const answer = await callAction(p.base, jar, id, page, [input]);
  expect(answer.status === 200 && answer.result !== undefined, `an action on ${p.name} answered ${answer.status}`);
  const result = answer.result as ActionResult;
  expect(result.ok, `an action on ${p.name} was refused: ${result.code}: ${result.error}`);
  return result;
}
/** Signed in on `p`: a page of the app answers 200 and the API 200. */
async function signedIn(p: Process, jar: CookieJar): Promise<boolean> {
  const [page, api] = await Promise.all([get(p.base, jar, "/account"), get(p.base, jar, "/api/v1/me/notifications")]);
  return page.status === 200 && api.status === 200;
}
/** Signed out on `p`: the page sends to the sign-in page and the API answers 401. */
async function signedOut(p: Process, jar: CookieJar): Promise<{ ok: boolean; seen: string }> {
  const [page, api] = await Promise.all([get(p.base, jar, "/account"), get(p.base, jar, "/api/v1/me/notifications")]);
  const seen = `page ${page.status}${page.location ? ` → ${new URL(page.location, p.base).pathname}` : ""}, API ${api.status}`;
  return {
    ok: page.status >= 300 && page.status < 400 && page.location.includes("/login") && api.status === 401,
    seen,
  };
}

/**
 * (a) A member's write through one process is on the other's very next answer: a project recorded through A is on
 * the member page and in the API through B, and a self-rating given through B is in the API through A. Both pages
 * are read on both processes first, so a cache of either would be warm. The writes join the run's verification.
 */
export async function writeSeenAcross(opts: {
  a: Process;
  b: Process;
  ids: CheckIds;
  plan: Plan;
  password: string;
  tag: string;
  acks: AckWrite[];
}): Promise<CheckResult> {
  const { a, b, ids, plan, tag } = opts;
  return check(async (step) => {
    const memberId = plan.memberIds[0];
    const jar = await signIn(a.base, ids.login, plan.email, opts.password);
    const page = `/members/${memberId}`;
    const api = `/api/v1/members/${memberId}`;
    for (const p of [a, b]) {
      expect((await get(p.base, jar, page)).status === 200, `${page} on ${p.name} before the write`);
      await getJson<MemberJson>(p.base, jar, api);
    }
    const name = `Load ${tag} seen across ${a.name}→${b.name}`;
    const recorded = await act(a, jar, ids.record, page, {
      memberId,
      field: plan.field,
      name,
      customer: "Load test",
      startDate: "2026-01-05",
      endDate: "2026-06-30",
      componentArea: null,
      role: "leader",
      status: "completed",
      successful: true,
      complexity: plan.field === "facility" ? ["continuous_operation"] : ["multi_vendor"],
      scope: plan.field === "facility" ? null : "wide_area_team",
      facilityScope: plan.field === "facility" ? "part" : null,
      computerRoomSites: plan.field === "facility" ? 1 : 0,
      floorSpaceM2: plan.field === "facility" ? 200 : 0,
      networkSites: 0,
      description: "",
    });
    const projectId = recorded.data!.id!;
    opts.acks.push({ kind: "record", entity: "project", entityId: projectId, actor: plan.userId, version: 1 });
    const pageAfter = await get(b.base, jar, page);
    expect(pageAfter.status === 200, `${page} on ${b.name} after the write answered ${pageAfter.status}`);
    expect(pageAfter.text.includes(name), `the project recorded through ${a.name} is not on ${page} through ${b.name}`);
    const jsonAfter = await getJson<MemberJson>(b.base, jar, api);
    expect(
      jsonAfter.records.projects.some((x) => x.id === projectId),
      `the project recorded through ${a.name} is not in ${api} through ${b.name}`,
    );
    step(`project ${projectId} recorded through ${a.name}: on ${page} and in ${api} through ${b.name} at once`);

    // The other way: a rating through B, read through A.
    const items = skillItemsOf(plan.field);
    const item = items[Number.parseInt(tag.slice(0, 2), 16) % items.length];
    const before = jsonAfter.records.assessments.find((x) => x.field === plan.field && x.item === item);
    const level = ((before?.selfLevel ?? 0) % MAX_LEVEL[plan.field]) + 1;
    const rated = await act(b, jar, ids.rate, page, {
      memberId,
      field: plan.field,
      item,
      rater: "self",
      level,
      version: before?.version ?? null,
    });
    const { id, version } = rated.data as { id: number; version: number };
    opts.acks.push({
      kind: "rate",
      entity: "skill_assessment",
      entityId: id,
      actor: plan.userId,
      version,
      rater: "self",
      level,
    });
    const seen = (await getJson<MemberJson>(a.base, jar, api)).records.assessments.find((x) => x.id === id);
    expect(
      seen?.selfLevel === level && seen.version === version,
      `the self-rating ${item} = ${level} (version ${version}) given through ${b.name} reads through ${a.name} as ${seen?.selfLevel} (version ${seen?.version})`,
    );
    step(`self-rating ${plan.field}/${item} = ${level} given through ${b.name}: in ${api} through ${a.name} at once`);
  });
}

/** Creates an account through `p` as the administrator (a member of `departmentId`): its id and version. */
async function createAccount(
  p: Process,
  admin: CookieJar,
  ids: CheckIds,
  email: string,
  password: string,
  departmentId: number,
): Promise<{ id: number; version: number }> {
  const r = await act(p, admin, ids.createUser, "/admin/users/new", {
    email,
    name: `Bench check ${email.split("@")[0]}`,
    role: "member",
    departmentId,
    password,
  });
  return r.data as { id: number; version: number };
}

const strongPassword = () => `Bench-${randomBytes(9).toString("base64url")}`;

/**
 * (b) Five failed sign-ins for one account, through A, B, A, B, A, lock it: the correct password is then refused
 * through B and through A with the throttle's message. The account is new (created through A by the administrator,
 * signed in through B once first), so no earlier run's attempts count.
 */
export async function lockAcross(opts: {
  a: Process;
  b: Process;
  ids: CheckIds;
  admin: CookieJar;
  departmentId: number;
  tag: string;
}): Promise<CheckResult> {
  const { a, b, ids } = opts;
  return check(async (step) => {
    const email = `lock-${opts.tag}@bench.test`;
    const password = strongPassword();
    await createAccount(a, opts.admin, ids, email, password, opts.departmentId);
    const first = await trySignIn(b.base, ids.login, email, password);
    expect(
      first.signedIn,
      `the new account (created through ${a.name}) cannot sign in through ${b.name}: ${first.error}`,
    );
    step(`${email} created through ${a.name} signs in through ${b.name}`);
    // At once, as parallel guesses would come: the count is one atomic upsert, so each of the 5 is still let through.
    const order = [a, b, a, b, a];
    const wrong = await Promise.all(order.map((p) => trySignIn(p.base, ids.login, email, `${password}-wrong`)));
    for (const [i, r] of wrong.entries()) {
      expect(!r.signedIn, `a wrong password signed in through ${order[i].name}`);
      expect(
        !/too many/i.test(r.error ?? ""),
        `failed attempt ${i + 1} through ${order[i].name} was already throttled`,
      );
    }
    step(`5 wrong passwords at once through ${order.map((p) => p.name).join(", ")} refused`);
    for (const p of [b, a]) {
      const r = await trySignIn(p.base, ids.login, email, password);
      expect(!r.signedIn, `after 5 failures the correct password still signs in through ${p.name}: not locked`);
      expect(/too many/i.test(r.error ?? ""), `through ${p.name} the refusal is not the throttle's: ${r.error}`);
      step(`the correct password through ${p.name}: "${r.error}"`);
    }
  });
}

/**
 * (c) Sessions end everywhere: a user signed in through B and through A (two browsers) is signed out on the next
 * request through each once the administrator resets the password through A; the new password then signs in and the
 * old one does not. And "End other sessions" through A ends the user's other browser on B.
 */
export async function sessionsEndAcross(opts: {
  a: Process;
  b: Process;
  ids: CheckIds;
  admin: CookieJar;
  departmentId: number;
  tag: string;
}): Promise<CheckResult> {
  const { a, b, ids, admin } = opts;
  return check(async (step) => {
    const email = `reset-${opts.tag}@bench.test`;
    const password = strongPassword();
    const account = await createAccount(a, admin, ids, email, password, opts.departmentId);
    const [onB, onA] = await Promise.all([
      signIn(b.base, ids.login, email, password),
      signIn(a.base, ids.login, email, password),
    ]);
    const works = await Promise.all([signedIn(b, onB), signedIn(a, onB), signedIn(a, onA)]);
    expect(works.every(Boolean), `the user's sessions are not signed in on both processes (${works.join(", ")})`);
    step(`${email} (created through ${a.name}) signed in through ${b.name} and through ${a.name}; served by both`);

    const fresh = strongPassword();
    await act(a, admin, ids.resetPassword, `/admin/users/${account.id}`, {
      id: account.id,
      version: account.version,
      password: fresh,
    });
    const after = await Promise.all([signedOut(b, onB), signedOut(a, onA)]);
    expect(
      after[0].ok,
      `after the reset through ${a.name} the session is still served through ${b.name} (${after[0].seen})`,
    );
    expect(
      after[1].ok,
      `after the reset through ${a.name} the session is still served through ${a.name} (${after[1].seen})`,
    );
    step(
      `password reset through ${a.name}: the next request through ${b.name} is signed out (${after[0].seen}), and through ${a.name} (${after[1].seen})`,
    );
    const [old, renewed, other] = await Promise.all([
      trySignIn(a.base, ids.login, email, password),
      trySignIn(b.base, ids.login, email, fresh),
      trySignIn(a.base, ids.login, email, fresh),
    ]);
    expect(!old.signedIn, `the old password still signs in through ${a.name}`);
    expect(renewed.signedIn && other.signedIn, `the new password does not sign in: ${renewed.error ?? other.error}`);
    step(`the new password signs in through ${b.name} and ${a.name}, the old one does not`);

    const ended = await act(a, other.jar, ids.endOthers, "/account", {});
    const out = await signedOut(b, renewed.jar);
    expect(out.ok, `"End other sessions" through ${a.name} left the browser on ${b.name} signed in (${out.seen})`);
    expect(await signedIn(b, other.jar), `"End other sessions" ended its own session`);
    step(
      `"End other sessions" through ${a.name} (${(ended.data as { ended?: number })?.ended} ended): the browser on ${b.name} is signed out (${out.seen})`,
    );
  });
}

/**
 * (d) The time-based jobs ran once: every server logged its start run's outcome, one of them ran the jobs and the
 * others skipped (the advisory lock, or the jobs already ran this hour), and job_runs holds one successful automatic
 * run per clock hour since the servers started, as many as the servers' logs say they ran.
 */
export async function jobsRanOnce(opts: {
  db: Db;
  since: Date;
  logs: string[][];
}): Promise<CheckResult & { ran: number; skipped: number; runs: number }> {
  const ranLines = opts.logs.map((log) => log.filter((l) => /levelboard: \d+ jobs? in \d+ ms/.test(l)).length);
  const skippedLines = opts.logs.map((log) => log.filter((l) => l.includes("levelboard: jobs skipped:")).length);
  const rows = await opts.db
    .select({ trigger: jobRuns.trigger, startedAt: jobRuns.startedAt, ok: jobRuns.ok })
    .from(jobRuns)
    .where(
      and(inArray(jobRuns.trigger, ["start", "hourly"]), gte(jobRuns.startedAt, jobsSlotStart(opts.since.getTime()))),
    );
  const since = rows.filter((r) => r.startedAt >= opts.since);
  const perSlot = new Map<number, number>();
  for (const r of rows.filter((r) => r.ok)) {
    const slot = jobsSlotStart(r.startedAt.getTime()).getTime();
    perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  }
  const ran = ranLines.reduce((x, y) => x + y, 0);
  const skipped = skippedLines.reduce((x, y) => x + y, 0);
  const result = await check(async (step) => {
    expect(
      opts.logs.every((_, i) => ranLines[i] + skippedLines[i] >= 1),
      `a server logged no start run of the jobs (ran ${ranLines.join("/")}, skipped ${skippedLines.join("/")})`,
    );
    expect(
      [...perSlot.values()].every((n) => n === 1),
      `an hour holds ${Math.max(...perSlot.values())} successful runs`,
    );
    expect(perSlot.size >= 1, "no successful run of the jobs in the servers' hour");
    expect(since.length === ran, `job_runs holds ${since.length} runs since the start, the logs say ${ran} ran`);
    step(
      `start runs: ${ranLines.map((n, i) => `${String.fromCharCode(65 + i)} ${n ? "ran" : "skipped"}`).join(", ")}; job_runs: ${since.length} run(s) since the start, one per hour`,
    );
  });
  return { ...result, ran, skipped, runs: since.length };
}

/**
 * (e) After an outage every process answers again, polled directly: /api/health 200, then a signed-in page 200 (a
 * process re-probes the database before it serves pages again, so the page may come a moment after the health).
 */
export async function recoveredEach(
  processes: Process[],
  jar: CookieJar,
  page: string,
  from: number,
  timeoutMs: number,
): Promise<
  { process: string; healthAfterMs: number | null; pageAfterMs: number | null; lastPageStatus: number | null }[]
> {
  const until = async (path: string, read: (path: string) => Promise<number>) => {
    let last: number | null = null;
    while (Date.now() - from < timeoutMs) {
      last = await read(path).catch(() => null);
      if (last === 200) return { afterMs: Date.now() - from, last };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { afterMs: null, last };
  };
  return Promise.all(
    processes.map(async (p) => {
      const health = await until("/api/health", async (path) => {
        const res = await fetch(p.base + path, { signal: AbortSignal.timeout(5000) });
        await res.arrayBuffer();
        return res.status;
      });
      const signedInPage = await until(page, async (path) => (await get(p.base, jar, path)).status);
      return {
        process: p.name,
        healthAfterMs: health.afterMs,
        pageAfterMs: signedInPage.afterMs,
        lastPageStatus: signedInPage.last,
      };
    }),
  );
}
