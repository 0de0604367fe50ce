// The team rating grid's save: only the changed cells are written, each with an audit row, and the standings equal a
// fresh evaluation; a cell changed by someone else meanwhile is named and nothing is written; a member the lead may
// not rate in the payload refuses the whole save.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, count, eq, inArray } from "drizzle-orm";
import { actAs, countingDb, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { checkStandings } from "@/lib/evaluation/check";
import { ratingGridMembers, ratingGridTeam } from "@/lib/db/queries/rating-grid";
import { saveRatingGrid } from "./rating-grid";
import { setSkillRating } from "./skills";
import type { GridConflict } from "../records/rating-grid";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;

const row = async (memberId: number, item: string) =>
  (
    await db
      .select()
      .from(s.skillAssessments)
      .where(
        and(
          eq(s.skillAssessments.memberId, memberId),
          eq(s.skillAssessments.field, "hardware"),
          eq(s.skillAssessments.item, item),
        ),
      )
  )[0];

/** What a refused save must leave alone: every rating, audit row and notification. */
async function snapshot() {
  const [ratings, audits, notes] = await Promise.all([
    db.select().from(s.skillAssessments).orderBy(s.skillAssessments.id),
    db.select({ n: count() }).from(s.auditLog),
    db.select({ n: count() }).from(s.notifications),
  ]);
  return { ratings, audits: audits[0].n, notes: notes[0].n };
}

beforeAll(async () => {
  db = h.db;
  f = h.fixture;
  const { memberA, memberA2 } = f.members;
  // memberA rated themselves on two items; the lead rated one of them 2 already.
  await db.insert(s.skillAssessments).values([
    { memberId: memberA.id, field: "hardware", item: "technology", selfLevel: 3, selfAssessedOn: "2026-01-10" },
    {
      memberId: memberA.id,
      field: "hardware",
      item: "leadership",
      selfLevel: 4,
      selfAssessedOn: "2026-01-10",
      leadLevel: 2,
      leadAssessedOn: "2025-01-10",
      leadAssessorId: f.users.leadA.id,
    },
    { memberId: memberA2.id, field: "hardware", item: "technology", selfLevel: 1, selfAssessedOn: "2026-01-10" },
  ]);
  await refreshAllStandings(db);
});

beforeEach(() => actAs(f.actors.leadA));

describe("saveRatingGrid", () => {
  it("writes only the changed cells, one audit row each, standings as a fresh evaluation, and tells the member", async () => {
    const { memberA, memberA2 } = f.members;
    const tech = await row(memberA.id, "technology");
    const lead = await row(memberA.id, "leadership");
    const auditsBefore = (await db.select({ n: count() }).from(s.auditLog))[0].n;
    const result = await saveRatingGrid({
      field: "hardware",
      cells: [
        { memberId: memberA.id, item: "technology", level: 4, version: tech.version },
        // unchanged: already 2
        { memberId: memberA.id, item: "leadership", level: 2, version: lead.version },
        // new rows for a member without an account
        { memberId: memberA2.id, item: "communication", level: 3, version: null },
        { memberId: memberA2.id, item: "hardware_technology", level: 5, version: null },
      ],
    });
    expect(result).toMatchObject({ ok: true, data: { saved: 3, members: 2 } });
    const after = await row(memberA.id, "technology");
    expect(after).toMatchObject({ leadLevel: 4, selfLevel: 3, leadAssessorId: f.users.leadA.id, version: 2 });
    expect(after.leadAssessedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(await row(memberA.id, "leadership")).toEqual(lead);
    expect(await row(memberA2.id, "communication")).toMatchObject({ leadLevel: 3, version: 1 });
    const audits = await db
      .select()
      .from(s.auditLog)
      .where(eq(s.auditLog.entity, "skill_assessment"))
      .orderBy(s.auditLog.id);
    expect(audits.length - 0).toBeGreaterThanOrEqual(3);
    expect((await db.select({ n: count() }).from(s.auditLog))[0].n).toBe(auditsBefore + 3);
    const fresh = audits.slice(-3);
    expect(fresh.every((a) => a.action === "lead_assess" && a.actorUserId === f.users.leadA.id)).toBe(true);
    expect(fresh.find((a) => a.entityId === String(tech.id))).toMatchObject({
      before: expect.objectContaining({ leadLevel: null }),
      after: expect.objectContaining({ leadLevel: 4 }),
    });
    // The read model equals an evaluation from scratch.
    expect((await checkStandings(db)).drift).toEqual([]);
    const skill = await db
      .select()
      .from(s.memberSkillStandings)
      .where(
        and(eq(s.memberSkillStandings.memberId, memberA2.id), eq(s.memberSkillStandings.item, "hardware_technology")),
      );
    expect(skill[0]).toMatchObject({ level: 5, source: "lead" });
    // One notification, to the member with an account.
    const notes = await db.select().from(s.notifications).where(eq(s.notifications.kind, "leadRating"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      userId: f.users.memberUserA.id,
      href: `/members/${memberA.id}`,
      text: { key: "notifications.events.leadRating", values: { lead: f.actors.leadA.name, count: 1 } },
    });
  });

  it("a cell changed by someone else meanwhile: named with its value now, nothing written", async () => {
    const { memberA, memberA2 } = f.members;
    const loaded = await row(memberA.id, "technology");
    const other = await row(memberA2.id, "technology");
    // Someone else (the administrator) rates the cell after the grid was loaded.
    actAs(f.actors.admin);
    expect(
      await setSkillRating({
        memberId: memberA.id,
        field: "hardware",
        item: "technology",
        rater: "lead",
        level: 5,
        version: loaded.version,
      }),
    ).toMatchObject({ ok: true });
    actAs(f.actors.leadA);
    const before = await snapshot();
    const result = await saveRatingGrid({
      field: "hardware",
      cells: [
        { memberId: memberA2.id, item: "technology", level: 2, version: other.version },
        { memberId: memberA.id, item: "technology", level: 1, version: loaded.version },
        // a first rating someone else gave meanwhile
        { memberId: memberA2.id, item: "communication", level: 1, version: null },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("conflict");
    expect(result.error).toContain("Member A (has account)");
    expect(result.error).toContain("Member A2 (no account)");
    const detail = result.detail as GridConflict[];
    expect(detail).toEqual([
      { memberId: memberA.id, item: "technology", level: 5, version: loaded.version + 1 },
      { memberId: memberA2.id, item: "communication", level: 3, version: 1 },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("a member of another team in the payload: refused, nothing written", async () => {
    const { memberA2, memberB } = f.members;
    const before = await snapshot();
    const cells = [
      { memberId: memberA2.id, item: "leadership", level: 2, version: null },
      { memberId: memberB.id, item: "leadership", level: 2, version: null },
    ];
    // The lead of team A cannot even read member B: answered as a member that does not exist.
    expect(await saveRatingGrid({ field: "hardware", cells })).toMatchObject({ ok: false, code: "not_found" });
    // The head reads both but gives no lead ratings.
    actAs(f.actors.head1);
    expect(await saveRatingGrid({ field: "hardware", cells })).toMatchObject({ ok: false, code: "forbidden" });
    // The lead of team B may rate member B, not member A2.
    actAs(f.actors.leadB);
    expect(await saveRatingGrid({ field: "hardware", cells })).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an item of another field and a level above the field's highest, naming the cell", async () => {
    const { memberA2 } = f.members;
    const result = await saveRatingGrid({
      field: "hardware",
      cells: [
        { memberId: memberA2.id, item: "software_technology", level: 2, version: null },
        { memberId: memberA2.id, item: "leadership", level: 6, version: null },
      ],
    });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["cells.0.item", "cells.1.level"]);
  });

  it("the grid's reads are two queries whatever the team's size", async () => {
    const counting = await countingDb(h.handle);
    const team = f.teams.teamA;
    counting.reset();
    await ratingGridTeam(counting.db, team.id);
    const small = await ratingGridMembers(counting.db, team.id, "hardware");
    expect(counting.count()).toBe(2);
    await db.insert(s.members).values(Array.from({ length: 30 }, (_, i) => ({ teamId: team.id, name: `Extra ${i}` })));
    counting.reset();
    await ratingGridTeam(counting.db, team.id);
    const big = await ratingGridMembers(counting.db, team.id, "hardware");
    expect(counting.count()).toBe(2);
    expect(big.length).toBe(small.length + 30);
    const a = big.find((m) => m.id === f.members.memberA.id)!;
    expect(a.cells.map((c) => c.item).sort()).toEqual(["leadership", "technology"]);
    await db.delete(s.members).where(
      inArray(
        s.members.name,
        Array.from({ length: 30 }, (_, i) => `Extra ${i}`),
      ),
    );
  });
});
