// The sessions of the load run: each signed-in member or lead loops until the deadline, 80% reads (pages and the
// JSON API) and 20% writes through the real server actions — a member records a project, submits it and rates their
// own skills; the team's lead approves what was submitted and rates the team's other members. Every request is timed
// and classified; every write the server acknowledged is kept for the verification afterwards.
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "../../lib/db/client";
import { members, skillAssessments, teamLeads, teams, users } from "../../lib/db/schema";
import { MAX_LEVEL, skillItemsOf, type Field } from "../../lib/itss/fields";
import { createRng } from "../../seed/random";
import { callAction, type ActionAnswer, type CookieJar } from "./protocol";

export type Kind = "page" | "api" | "record" | "submit" | "approve" | "rate";
export const KINDS: Kind[] = ["page", "api", "record", "submit", "approve", "rate"];
/** ok; unavailable: a 503 or an action's "unavailable" answer (the database was down); error: anything else. */
export type Outcome = "ok" | "unavailable" | "error";
export type Sample = { kind: Kind; start: number; end: number; outcome: Outcome; detail?: string };

/** A write the server acknowledged (the action answered ok): it must be in the database with its audit row. */
export type AckWrite =
  | { kind: "record" | "submit" | "approve"; entity: "project"; entityId: number; actor: number; version: number }
  | {
      kind: "rate";
      entity: "skill_assessment";
      entityId: number;
      actor: number;
      version: number;
      rater: "self" | "lead";
      level: number;
    };

export type Plan = {
  email: string;
  role: "member" | "lead";
  userId: number;
  teamId: number;
  field: Field;
  /** a member's own member row; a lead's team members except the one with the member account (its session rates those) */
  memberIds: number[];
  reads: string[];
};

export type ActionIds = { record: string; submit: string; approve: string; rate: string };

/** Sessions over the bench organisation's accounts: member t and lead t of the same team t, alternating. */
export async function planSessions(db: Db, sessions: number): Promise<Plan[]> {
  const accounts = await db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(inArray(users.role, ["member", "lead"]));
  const byEmail = new Map(accounts.map((a) => [a.email, a]));
  const teamCount = accounts.filter((a) => a.role === "lead").length;
  if (sessions > 2 * teamCount)
    throw new Error(`--sessions ${sessions} needs ${Math.ceil(sessions / 2)} teams; the data has ${teamCount}`);
  const plans: Plan[] = [];
  for (let s = 0; s < sessions; s++) {
    const t = Math.floor(s / 2) + 1;
    const email = s % 2 === 0 ? `member${t}@bench.test` : `lead${t}@bench.test`;
    const user = byEmail.get(email);
    if (!user) throw new Error(`the bench data has no account ${email}`);
    const memberAccount = byEmail.get(`member${t}@bench.test`)!;
    const [own] = await db
      .select({ id: members.id, teamId: members.teamId, field: teams.field })
      .from(members)
      .innerJoin(teams, eq(teams.id, members.teamId))
      .where(eq(members.userId, memberAccount.id));
    const field = (own.field ?? "hardware") as Field;
    if (user.role === "member") {
      plans.push({
        email,
        role: "member",
        userId: user.id,
        teamId: own.teamId,
        field,
        memberIds: [own.id],
        reads: [`/`, `/members/${own.id}`, `/api/v1/members/${own.id}`, `/api/v1/members/${own.id}/evaluation`],
      });
    } else {
      const [lead] = await db.select().from(teamLeads).where(eq(teamLeads.userId, user.id));
      const mates = await db
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.teamId, lead.teamId), ne(members.id, own.id), isNull(members.archivedAt)));
      plans.push({
        email,
        role: "lead",
        userId: user.id,
        teamId: lead.teamId,
        field,
        memberIds: mates.map((m) => m.id),
        reads: [
          `/`,
          `/reviews`,
          `/heatmap`,
          `/gaps`,
          `/teams/${lead.teamId}`,
          `/members/${mates[0].id}`,
          `/api/v1/members?limit=50`,
          `/api/v1/heatmap?field=${field}&teamId=${lead.teamId}`,
          `/api/v1/gaps?teamId=${lead.teamId}`,
        ],
      });
    }
  }
  return plans;
}

/** Current versions of the skill rows the sessions will write (null: never assessed). */
export async function skillVersions(db: Db, memberIds: number[]): Promise<Map<string, number | null>> {
  const rows = memberIds.length
    ? await db
        .select({
          memberId: skillAssessments.memberId,
          field: skillAssessments.field,
          item: skillAssessments.item,
          version: skillAssessments.version,
        })
        .from(skillAssessments)
        .where(inArray(skillAssessments.memberId, memberIds))
    : [];
  return new Map(rows.map((r) => [`${r.memberId}:${r.field}:${r.item}`, r.version]));
}

/** Submitted projects waiting for their team lead's approval, per team (filled by the member sessions). */
export type ReviewQueues = Map<number, { id: number; memberId: number; version: number }[]>;

const REQUEST_TIMEOUT_MS = 30_000;

/** A streamed error inside a 200 page: an error boundary's digest that is not a 404/redirect signal. */
function streamedError(html: string): string | null {
  for (const m of html.matchAll(/data-dgst="([^"]*)"/g)) if (!m[1].startsWith("NEXT_")) return m[1];
  return null;
}

type ActionResult = { ok: boolean; code?: string; error?: string; data?: { id?: number; version?: number } };

function actionOutcome(answer: ActionAnswer): { outcome: Outcome; result?: ActionResult; detail?: string } {
  if (answer.status === 503) return { outcome: "unavailable", detail: "503" };
  if (answer.status !== 200 || answer.result === undefined)
    return { outcome: "error", detail: `status ${answer.status}: ${(answer.text ?? "").slice(0, 100)}` };
  const result = answer.result as ActionResult;
  if (result.ok) return { outcome: "ok", result };
  if (result.code === "unavailable") return { outcome: "unavailable", result, detail: "unavailable" };
  return { outcome: "error", result, detail: `${result.code}: ${result.error}` };
}

export async function runSession(opts: {
  base: string;
  plan: Plan;
  jar: CookieJar;
  ids: ActionIds;
  seed: number;
  deadline: number;
  /** share of writes among the requests (default 0.2) */
  writeShare?: number;
  /** ends the session early (the crash test kills the server) */
  stopped?: () => boolean;
  tag: string;
  versions: Map<string, number | null>;
  queues: ReviewQueues;
  samples: Sample[];
  acks: AckWrite[];
}): Promise<void> {
  const { base, plan, jar, ids, samples, acks, versions, queues } = opts;
  const rng = createRng(opts.seed);
  const drafts: { id: number; version: number }[] = [];
  /** skill rows whose last write's fate is unknown (no answer, or the database went away): not written again */
  const uncertain = new Set<string>();
  let made = 0;
  const items = skillItemsOf(plan.field);

  const timed = async <T>(
    kind: Kind,
    fn: (signal: AbortSignal) => Promise<{ outcome: Outcome; detail?: string; value?: T }>,
  ) => {
    const start = Date.now();
    let res: { outcome: Outcome; detail?: string; value?: T };
    try {
      res = await fn(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    } catch (e) {
      res = { outcome: "error", detail: `${(e as Error).name}: ${(e as Error).message}` };
    }
    samples.push({ kind, start, end: Date.now(), outcome: res.outcome, detail: res.detail });
    return res;
  };

  const read = (path: string) =>
    timed(path.startsWith("/api/") ? "api" : "page", async (signal) => {
      const res = await fetch(base + path, {
        ...jar.via,
        headers: { cookie: jar.header() },
        redirect: "manual",
        signal,
      });
      const body = await res.text();
      if (res.status === 503) return { outcome: "unavailable", detail: "503" };
      if (res.status !== 200) return { outcome: "error", detail: `${path}: status ${res.status}` };
      const digest = path.startsWith("/api/") ? null : streamedError(body);
      if (digest) return { outcome: "error", detail: `${path}: streamed error ${digest}` };
      return { outcome: "ok" };
    });

  const act = (kind: Kind, id: string, page: string, input: unknown) =>
    timed<ActionResult>(kind, async (signal) => {
      const r = actionOutcome(await callAction(base, jar, id, page, [input], signal));
      return { outcome: r.outcome, detail: r.detail, value: r.result };
    });

  const rate = async (rater: "self" | "lead") => {
    const memberId = plan.memberIds[rng.int(0, plan.memberIds.length - 1)];
    const item = items[rng.int(0, items.length - 1)];
    const key = `${memberId}:${plan.field}:${item}`;
    if (uncertain.has(key)) return;
    const version = versions.get(key);
    const level = rng.int(1, MAX_LEVEL[plan.field]);
    const input = { memberId, field: plan.field, item, rater, level, version: version ?? null };
    const r = await act("rate", ids.rate, `/members/${memberId}`, input);
    if (r.outcome === "ok" && r.value?.data?.id && r.value.data.version) {
      versions.set(key, r.value.data.version);
      acks.push({
        kind: "rate",
        entity: "skill_assessment",
        entityId: r.value.data.id,
        actor: plan.userId,
        version: r.value.data.version,
        rater,
        level,
      });
    } else {
      uncertain.add(key);
    }
  };

  const memberWrite = async () => {
    const memberId = plan.memberIds[0];
    if (drafts.length) {
      const d = drafts.shift()!;
      const ref = { entity: "project", id: d.id, memberId, version: d.version };
      const r = await act("submit", ids.submit, `/members/${memberId}`, ref);
      if (r.outcome === "ok" && r.value?.data?.version) {
        const version = r.value.data.version;
        acks.push({ kind: "submit", entity: "project", entityId: d.id, actor: plan.userId, version });
        const q = queues.get(plan.teamId) ?? [];
        q.push({ id: d.id, memberId, version });
        queues.set(plan.teamId, q);
      }
      return;
    }
    if (rng.chance(0.5)) return rate("self");
    made++;
    const project = {
      memberId,
      field: plan.field,
      name: `Load ${opts.tag} ${plan.userId}-${made}`,
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
    };
    const r = await act("record", ids.record, `/members/${memberId}`, project);
    if (r.outcome === "ok" && r.value?.data?.id && r.value.data.version) {
      acks.push({ kind: "record", entity: "project", entityId: r.value.data.id, actor: plan.userId, version: 1 });
      drafts.push({ id: r.value.data.id, version: r.value.data.version });
    }
  };

  const leadWrite = async () => {
    const q = queues.get(plan.teamId);
    const next = q?.shift();
    if (!next) return rate("lead");
    const ref = { entity: "project", id: next.id, memberId: next.memberId, version: next.version, comment: "" };
    const r = await act("approve", ids.approve, `/reviews`, ref);
    if (r.outcome === "ok")
      acks.push({
        kind: "approve",
        entity: "project",
        entityId: next.id,
        actor: plan.userId,
        version: next.version + 1,
      });
  };

  while (Date.now() < opts.deadline && !opts.stopped?.()) {
    if (!rng.chance(opts.writeShare ?? 0.2)) await read(plan.reads[rng.int(0, plan.reads.length - 1)]);
    else if (plan.role === "member") await memberWrite();
    else await leadWrite();
  }
}
