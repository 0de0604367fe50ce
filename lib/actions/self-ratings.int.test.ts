// What counts toward a target: by default a member's own, unconfirmed self-rating does not meet a team skill target,
// does not remove a single point of failure and is not "qualified" in staffing; it is counted apart as "self-rated,
// not confirmed". An administrator's setting (audited) makes self-ratings count. The numbers shown equal the numbers
// recomputed from the records, and the read model's check agrees.
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import type { CurrentUser } from "@/lib/auth/session";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { checkStandings } from "@/lib/evaluation/check";
import { readMemberRecords } from "@/lib/db/queries/evidence";
import { computeStanding } from "@/lib/evaluation/standing";
import { singlePoints, targetStandings } from "@/lib/db/queries/gaps";
import { findCandidates } from "@/lib/db/queries/staffing";
import { loadOrganisationSettings } from "@/lib/db/queries/settings";
import { resolveScope, type ViewScope } from "@/lib/views/scope";
import { rankCandidates } from "@/lib/staffing/rank";
import type { StaffingNeed } from "@/lib/staffing/need";
import { setSkillRating } from "./skills";
import { updateOrganisationSettings } from "./settings";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;
let scope: ViewScope;
let targetId: number;

const TECH = { field: "hardware", item: "technology" } as const;
const need: StaffingNeed = { field: "hardware", minLevel: null, skills: [{ item: "technology", minLevel: 4 }] };

async function rate(actor: CurrentUser, memberId: number, rater: "self" | "lead", level: number | null) {
  actAs(actor);
  const version =
    (
      await db
        .select({ v: s.skillAssessments.version })
        .from(s.skillAssessments)
        .where(and(eq(s.skillAssessments.memberId, memberId), eq(s.skillAssessments.item, TECH.item)))
    )[0]?.v ?? null;
  expect(await setSkillRating({ memberId, ...TECH, rater, level, version })).toMatchObject({ ok: true });
}

async function settingsVersion() {
  return (await db.select().from(s.organisationSettings))[0].version;
}

/** How team A stands on the technology target, single point and staffing need, as the views show it. */
async function shown() {
  const [target] = (await targetStandings(db, f.actors.admin, scope)).filter((t) => t.id === targetId);
  const point = (await singlePoints(db, f.actors.admin, scope)).find(
    (p) => p.field === "hardware" && p.item === "technology",
  );
  const page = await findCandidates(db, f.actors.admin, scope, need, { limit: 50, offset: 0 });
  const ranked = rankCandidates(need, page.rows);
  return { target, point, page, ranked };
}

/** The same numbers recomputed from the records: active members of team A at technology ≥ 4, lead-rated or self-only. */
async function recomputed() {
  const ids = (
    await db
      .select({ id: s.members.id })
      .from(s.members)
      .where(and(eq(s.members.teamId, f.teams.teamA.id), isNull(s.members.archivedAt)))
  ).map((m) => m.id);
  const records = await readMemberRecords(db, ids, "evaluation");
  const { countSelfRatings } = await loadOrganisationSettings(db);
  let confirmed = 0;
  let selfOnly = 0;
  for (const id of ids) {
    const skill = computeStanding(id, records.get(id)!).skills.find(
      (x) => x.field === "hardware" && x.item === TECH.item,
    );
    if (!skill || skill.level < 4) continue;
    if (skill.source === "lead") confirmed++;
    else selfOnly++;
  }
  return countSelfRatings ? { actual: confirmed + selfOnly, selfOnly: 0 } : { actual: confirmed, selfOnly };
}

beforeAll(async () => {
  db = h.db;
  f = h.fixture;
  await refreshAllStandings(db);
  const resolved = await resolveScope(db, f.actors.admin, { teamId: f.teams.teamA.id });
  if (!resolved.ok) throw new Error("scope");
  scope = resolved.scope;
  [{ id: targetId }] = await db
    .insert(s.targets)
    .values({
      teamId: f.teams.teamA.id,
      field: "hardware",
      kind: "skill",
      skillItem: "technology",
      minLevel: 4,
      minCount: 2,
    })
    .returning({ id: s.targets.id });
  // Member A rates themself 4; the lead rates Member A2 4.
  await rate(f.actors.memberA, f.members.memberA.id, "self", 4);
  await rate(f.actors.leadA, f.members.memberA2.id, "lead", 4);
});

describe("what counts toward a target", () => {
  it("by default a self-rating alone is self-rated, not confirmed: no target met, the single point stays, not qualified", async () => {
    const { target, point, page, ranked } = await shown();
    expect(target).toMatchObject({ actual: 1, selfOnly: 1, gap: 1, met: false });
    expect(point).toMatchObject({ holders: 1, memberId: f.members.memberA2.id, selfOnly: 1 });
    expect(page.qualified).toBe(1);
    expect(ranked.find((c) => c.memberId === f.members.memberA2.id)?.match).toBe("qualified");
    const self = ranked.find((c) => c.memberId === f.members.memberA.id);
    expect(self?.match).toBe("close");
    expect(self?.missing).toEqual([
      { kind: "skill", item: "technology", need: 4, have: 4, source: "self", counts: false },
    ]);
    expect(await recomputed()).toEqual({ actual: target.actual, selfOnly: target.selfOnly });
    // The heatmap's read model keeps both ratings.
    const skills = await db
      .select()
      .from(s.memberSkillStandings)
      .where(and(eq(s.memberSkillStandings.field, "hardware"), eq(s.memberSkillStandings.item, TECH.item)));
    expect(skills.map((x) => [x.memberId, x.level, x.source]).sort()).toEqual(
      [
        [f.members.memberA.id, 4, "self"],
        [f.members.memberA2.id, 4, "lead"],
      ].sort(),
    );
    expect((await checkStandings(db)).drift).toEqual([]);
  });

  it("only an administrator changes the setting, through the audited action; a stale version changes nothing", async () => {
    const version = await settingsVersion();
    for (const actor of [f.actors.head1, f.actors.leadA, f.actors.memberA]) {
      actAs(actor);
      expect(await updateOrganisationSettings({ version, countSelfRatings: true })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    actAs(f.actors.admin);
    expect(await updateOrganisationSettings({ version, countSelfRatings: "maybe" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { countSelfRatings: expect.stringMatching(/what counts toward targets/) },
    });
    expect(await updateOrganisationSettings({ version: version + 5, countSelfRatings: true })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect((await loadOrganisationSettings(db)).countSelfRatings).toBe(false);
    expect(await db.select().from(s.auditLog).where(eq(s.auditLog.entity, "settings"))).toEqual([]);
  });

  it("with the setting on, self-ratings count: the target is met, the single point is gone, both are qualified", async () => {
    actAs(f.actors.admin);
    expect(
      await updateOrganisationSettings({ version: await settingsVersion(), countSelfRatings: "true" }),
    ).toMatchObject({ ok: true });
    const [audit] = await db.select().from(s.auditLog).where(eq(s.auditLog.entity, "settings"));
    expect(audit).toMatchObject({
      actorUserId: f.users.admin.id,
      action: "update",
      before: expect.objectContaining({ countSelfRatings: false }),
      after: expect.objectContaining({ countSelfRatings: true }),
    });
    const { target, point, page } = await shown();
    expect(target).toMatchObject({ actual: 2, selfOnly: 0, gap: 0, met: true });
    expect(point).toBeUndefined();
    expect(page.qualified).toBe(2);
    expect(await recomputed()).toEqual({ actual: target.actual, selfOnly: target.selfOnly });
    expect((await checkStandings(db)).drift).toEqual([]);
  });

  it("with the setting off again, a lead's confirmation is what meets the target", async () => {
    actAs(f.actors.admin);
    expect(
      await updateOrganisationSettings({ version: await settingsVersion(), countSelfRatings: false }),
    ).toMatchObject({ ok: true });
    expect((await shown()).target).toMatchObject({ actual: 1, met: false });
    await rate(f.actors.leadA, f.members.memberA.id, "lead", 4);
    const { target, point, page } = await shown();
    expect(target).toMatchObject({ actual: 2, selfOnly: 0, met: true });
    expect(point).toBeUndefined();
    expect(page.qualified).toBe(2);
    expect(await recomputed()).toEqual({ actual: 2, selfOnly: 0 });
    expect((await checkStandings(db)).drift).toEqual([]);
  });
});
