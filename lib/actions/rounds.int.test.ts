// Assessment rounds and the quick update (docs/rounds.md): who may start a round over what (an id out of scope reads
// as missing), one task per active member in scope and a notification to each with an account, progress recounted
// from the tasks, the jobs that close rounds and remind (twice run, once done), "still accurate", the conflict that
// writes nothing, and a failing start that notifies nobody.
import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { addDays } from "@/lib/itss/currency";
import { skillItemsOf } from "@/lib/itss/fields";
import { roundProgress } from "@/lib/db/queries/rounds";
import { closeRoundsJob, roundRemindersJob } from "@/lib/jobs/rounds";
import { todayIso } from "@/lib/rounds/schemas";
import { saveQuickUpdate, startRound } from "./rounds";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;
const today = todayIso();
const due = addDays(today, 14);

const countOf = async (table: typeof s.rounds | typeof s.roundTasks | typeof s.notifications | typeof s.auditLog) =>
  (await db.select({ n: count() }).from(table))[0].n;

async function ratings(memberId: number) {
  return db
    .select()
    .from(s.skillAssessments)
    .where(and(eq(s.skillAssessments.memberId, memberId), eq(s.skillAssessments.field, "hardware")));
}

/** The quick update's form as loaded: every item of hardware, at `level` unless given, with the loaded versions. */
async function form(memberId: number, levels: Record<string, number | null> = {}, confirmed: string[] = []) {
  const rows = new Map((await ratings(memberId)).map((r) => [r.item, r]));
  return skillItemsOf("hardware").map((item) => ({
    item,
    level: item in levels ? levels[item] : (rows.get(item)?.selfLevel ?? null),
    confirmed: confirmed.includes(item),
    version: rows.get(item)?.version ?? null,
  }));
}

beforeAll(async () => {
  f = h.fixture;
  db = h.db;
  // An archived member of team A gets no task.
  await db.insert(s.members).values({ teamId: f.teams.teamA.id, name: "Gone", archivedAt: new Date() });
});

describe("starting a round", () => {
  it("refuses a due date that is not after today, or more than a year ahead, naming the field", async () => {
    actAs(f.actors.leadA);
    for (const dueOn of [today, addDays(today, 400), "2026-02-30"]) {
      const r = await startRound({ scope: "team", teamId: f.teams.teamA.id, dueOn });
      expect(r).toMatchObject({ ok: false, code: "validation" });
      if (!r.ok) expect(Object.keys(r.fieldErrors ?? {})).toEqual(["dueOn"]);
    }
    const long = await startRound({ scope: "team", teamId: f.teams.teamA.id, dueOn: due, message: "x".repeat(2001) });
    expect(long.ok ? [] : Object.keys(long.fieldErrors ?? {})).toEqual(["message"]);
    expect(await countOf(s.rounds)).toBe(0);
  });

  it("out of scope: a team or department the actor may not read is 'not found', the organisation is 'forbidden'", async () => {
    const cases = [
      [f.actors.leadA, { scope: "team", teamId: f.teams.teamB.id }, "not_found"],
      [f.actors.leadA, { scope: "department", departmentId: f.departments.dept1.id }, "not_found"],
      [f.actors.memberA, { scope: "team", teamId: f.teams.teamA.id }, "not_found"],
      [f.actors.head1, { scope: "team", teamId: f.teams.teamC.id }, "not_found"],
      [f.actors.head1, { scope: "department", departmentId: f.departments.dept2.id }, "not_found"],
      [f.actors.head1, { scope: "organisation" }, "forbidden"],
      [f.actors.leadA, { scope: "organisation" }, "forbidden"],
      [f.actors.leadA, { scope: "team", teamId: 2_000_000_000 }, "not_found"],
    ] as const;
    for (const [actor, target, code] of cases) {
      actAs(actor);
      expect(await startRound({ ...target, dueOn: due }), JSON.stringify(target)).toMatchObject({ ok: false, code });
    }
    expect(await countOf(s.rounds)).toBe(0);
    expect(await countOf(s.notifications)).toBe(0);
  });

  it("a head's department round: a task for each active member in scope, a notification to each with an account", async () => {
    actAs(f.actors.head1);
    const r = await startRound({
      scope: "department",
      departmentId: f.departments.dept1.id,
      dueOn: due,
      message: "Q4",
    });
    expect(r).toMatchObject({ ok: true, data: { tasks: 3 } });
    const id = r.ok ? r.data.id : 0;
    const tasks = await db.select().from(s.roundTasks).where(eq(s.roundTasks.roundId, id));
    expect(tasks.map((t) => t.memberId).sort()).toEqual(
      [f.members.memberA.id, f.members.memberA2.id, f.members.memberB.id].sort(),
    );
    const notes = await db.select().from(s.notifications).where(eq(s.notifications.kind, "roundStarted"));
    expect(notes.map((n) => [n.userId, n.href])).toEqual([
      [f.users.memberUserA.id, `/members/${f.members.memberA.id}/quick-update?field=hardware`],
    ]);
    expect(notes[0].text).toEqual({ key: "notifications.events.roundStarted", values: { dueOn: due, message: "Q4" } });
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.entity, "round"));
    expect(audit.map((a) => [a.action, a.entityId, a.actorUserId])).toEqual([
      ["start_round", String(id), f.users.head1.id],
    ]);
  });

  it("an administrator's organisation round covers every active member; a lead's covers their team", async () => {
    actAs(f.actors.admin);
    expect(await startRound({ scope: "organisation", dueOn: due })).toMatchObject({ ok: true, data: { tasks: 4 } });
    actAs(f.actors.leadA);
    expect(await startRound({ scope: "team", teamId: f.teams.teamA.id, dueOn: due })).toMatchObject({
      ok: true,
      data: { tasks: 2 },
    });
  });

  it("a start that fails at commit leaves no round, no task and notifies nobody", async () => {
    const before = [await countOf(s.rounds), await countOf(s.roundTasks), await countOf(s.notifications)];
    await db.execute(sql`create function refuse_round() returns trigger language plpgsql as $$
      begin raise exception 'refused at commit'; end $$`);
    await db.execute(sql`create constraint trigger refuse_round after insert on rounds
      deferrable initially deferred for each row execute function refuse_round()`);
    try {
      actAs(f.actors.leadA);
      const r = await startRound({ scope: "team", teamId: f.teams.teamA.id, dueOn: due });
      expect(r.ok).toBe(false);
    } finally {
      await db.execute(sql`drop trigger refuse_round on rounds`);
      await db.execute(sql`drop function refuse_round()`);
    }
    expect([await countOf(s.rounds), await countOf(s.roundTasks), await countOf(s.notifications)]).toEqual(before);
  });
});

describe("the quick update", () => {
  let roundId: number;
  beforeAll(async () => {
    actAs(f.actors.leadA);
    const r = await startRound({ scope: "team", teamId: f.teams.teamA.id, dueOn: due });
    roundId = r.ok ? r.data.id : 0;
    await db.insert(s.skillAssessments).values({
      memberId: f.members.memberA.id,
      field: "hardware",
      item: "technology",
      selfLevel: 3,
      selfAssessedOn: "2024-01-15",
    });
  });

  it("a changed row refuses the whole form, naming the item, and writes nothing", async () => {
    actAs(f.actors.memberA);
    const stale = await form(f.members.memberA.id, { leadership: 2 }, ["technology"]);
    await db
      .update(s.skillAssessments)
      .set({ selfLevel: 4, version: 2 })
      .where(and(eq(s.skillAssessments.memberId, f.members.memberA.id), eq(s.skillAssessments.item, "technology")));
    const before = [await ratings(f.members.memberA.id), await countOf(s.auditLog)];
    const r = await saveQuickUpdate({ memberId: f.members.memberA.id, field: "hardware", rater: "self", items: stale });
    expect(r).toMatchObject({ ok: false, code: "conflict" });
    if (!r.ok) expect(r.error).toContain("Technology");
    expect([await ratings(f.members.memberA.id), await countOf(s.auditLog)]).toEqual(before);
    await db
      .update(s.skillAssessments)
      .set({ selfLevel: 3, version: 1 })
      .where(and(eq(s.skillAssessments.memberId, f.members.memberA.id), eq(s.skillAssessments.item, "technology")));
  });

  it("'still accurate' keeps the level, moves its date to today and writes an audit row; partial leaves the task open", async () => {
    actAs(f.actors.memberA);
    const items = await form(f.members.memberA.id, {}, ["technology"]);
    const r = await saveQuickUpdate({ memberId: f.members.memberA.id, field: "hardware", rater: "self", items });
    expect(r).toMatchObject({ ok: true, data: { written: 1, tasksDone: 0 } });
    const [tech] = (await ratings(f.members.memberA.id)).filter((x) => x.item === "technology");
    expect([tech.selfLevel, tech.selfAssessedOn, tech.version]).toEqual([3, today, 2]);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.action, "self_confirm"));
    expect(audit.map((a) => [a.entityId, (a.before as { selfAssessedOn: string }).selfAssessedOn])).toEqual([
      [String(tech.id), "2024-01-15"],
    ]);
    expect((await roundProgress(db, roundId)).done).toBe(0);
  });

  it("confirming an item never rated is refused", async () => {
    actAs(f.actors.memberA);
    const items = await form(f.members.memberA.id, {}, ["leadership"]);
    expect(
      await saveQuickUpdate({ memberId: f.members.memberA.id, field: "hardware", rater: "self", items }),
    ).toMatchObject({ ok: false, code: "invalid_state" });
  });

  it("all 7 rated or confirmed finishes the member's open task; progress is the recount of the tasks", async () => {
    actAs(f.actors.memberA);
    const levels = Object.fromEntries(skillItemsOf("hardware").map((i) => [i, 2]));
    delete levels.technology;
    const items = await form(f.members.memberA.id, levels, ["technology"]);
    const r = await saveQuickUpdate({ memberId: f.members.memberA.id, field: "hardware", rater: "self", items });
    expect(r).toMatchObject({ ok: true, data: { written: 7 } });
    const progress = await roundProgress(db, roundId);
    const recount = await db
      .select({ total: count(), done: sql<number>`count(${s.roundTasks.doneAt})::int` })
      .from(s.roundTasks)
      .where(eq(s.roundTasks.roundId, roundId));
    expect([progress.done, progress.total]).toEqual([Number(recount[0].done), Number(recount[0].total)]);
    expect([progress.done, progress.total]).toEqual([1, 2]);
    expect(progress.open.map((o) => o.memberId)).toEqual([f.members.memberA2.id]);
    expect(progress.teams).toEqual([{ teamId: f.teams.teamA.id, teamName: "Team A", done: 1, total: 2 }]);
    // The standings were refreshed once: the read model has the new self-ratings.
    const standing = await db
      .select()
      .from(s.memberSkillStandings)
      .where(eq(s.memberSkillStandings.memberId, f.members.memberA.id));
    expect(standing.length).toBeGreaterThan(0);
  });

  it("the lead's variant writes the lead ratings and tells the member (leadRating, {lead, count})", async () => {
    actAs(f.actors.leadA);
    const items = (await form(f.members.memberA.id)).map((i) => ({ ...i, level: i.item === "leadership" ? 4 : null }));
    // The lead's ratings start empty: only leadership is set.
    for (const i of items) i.version = (await ratings(f.members.memberA.id)).find((r) => r.item === i.item)!.version;
    const r = await saveQuickUpdate({ memberId: f.members.memberA.id, field: "hardware", rater: "lead", items });
    expect(r).toMatchObject({ ok: true, data: { written: 1 } });
    const [note] = await db.select().from(s.notifications).where(eq(s.notifications.kind, "leadRating"));
    expect([note.userId, note.text, note.href]).toEqual([
      f.users.memberUserA.id,
      { key: "notifications.events.leadRating", values: { lead: f.actors.leadA.name, count: 1 } },
      `/members/${f.members.memberA.id}`,
    ]);
    // A member does not give the lead's rating; a lead of another team cannot even see the member.
    actAs(f.actors.memberA);
    expect(
      await saveQuickUpdate({ memberId: f.members.memberA.id, field: "hardware", rater: "lead", items }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    actAs(f.actors.leadB);
    expect(
      await saveQuickUpdate({ memberId: f.members.memberA.id, field: "hardware", rater: "lead", items }),
    ).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("the round jobs", () => {
  it("remind the still-open members 7 days before and on the due date, once each however often they run", async () => {
    const reminders = async () =>
      (await db.select().from(s.notifications).where(eq(s.notifications.kind, "roundReminder"))).length;
    const at = (day: string) => ({ db, engine: h.handle.engine, now: new Date(`${day}T09:00:00Z`) });
    // A fresh round with memberA open (only memberA has an account).
    await db.update(s.rounds).set({ closedAt: new Date() });
    actAs(f.actors.leadA);
    const r = await startRound({ scope: "team", teamId: f.teams.teamA.id, dueOn: due });
    expect(r.ok).toBe(true);
    expect(await roundRemindersJob.run(at(addDays(due, -10)))).toEqual({ notified: 0 });
    expect(await roundRemindersJob.run(at(addDays(due, -7)))).toEqual({ notified: 1 });
    expect(await roundRemindersJob.run(at(addDays(due, -7)))).toEqual({ notified: 0 });
    expect(await roundRemindersJob.run(at(addDays(due, -3)))).toEqual({ notified: 0 });
    expect(await roundRemindersJob.run(at(due))).toEqual({ notified: 1 });
    expect(await roundRemindersJob.run(at(due))).toEqual({ notified: 0 });
    expect(await reminders()).toBe(2);
  });

  it("close the rounds whose due date has passed, once", async () => {
    const at = (day: string) => ({ db, engine: h.handle.engine, now: new Date(`${day}T09:00:00Z`) });
    expect(await closeRoundsJob.run(at(due))).toEqual({ changed: 0 });
    expect(await closeRoundsJob.run(at(addDays(due, 1)))).toEqual({ changed: 1 });
    expect(await closeRoundsJob.run(at(addDays(due, 1)))).toEqual({ changed: 0 });
    expect(await roundRemindersJob.run(at(addDays(due, 1)))).toEqual({ notified: 0 });
  });
});

describe("a round over a thousand members", () => {
  it("lists every open member and counts progress from the tasks", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ teamId: f.teams.teamC.id, name: `Bulk ${i}` }));
    await db.insert(s.members).values(rows);
    actAs(f.actors.admin);
    const r = await startRound({ scope: "organisation", dueOn: due });
    expect(r.ok).toBe(true);
    const started = performance.now();
    const progress = await roundProgress(db, r.ok ? r.data.id : 0);
    const ms = performance.now() - started;
    console.log(`roundProgress over ${progress.total} tasks: ${ms.toFixed(0)} ms`);
    expect(progress.open.length).toBe(progress.total);
    expect(progress.total).toBeGreaterThan(1000);
  });
});
