// Target actions: the authorization matrix (team targets: leads of the team, the department's head, admins;
// department targets: the head, admins) where a denied call changes nothing; bad input named by field; versions.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, serveDb, useIntegrationDb } from "@/lib/testing/integration";
import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import type { Fixture } from "../testing/fixture";
import type { ActionResult } from "./run";
import { createTarget, deleteTarget, updateTarget } from "./targets";
import { MAX_TARGETS_PER_OWNER } from "../targets/inputs";

const h = useIntegrationDb();
let f: Fixture;
/** One existing target per owner: team A, B, C and department 1, 2. */
const existing: Record<Owner, number> = { A: 0, B: 0, C: 0, D1: 0, D2: 0 };
beforeAll(async () => {
  f = h.fixture;
  for (const o of OWNERS) {
    const [row] = await h.db
      .insert(s.targets)
      .values({ ...ownerOf(o), field: "software", kind: "level", minLevel: 2, minCount: 1 })
      .returning();
    existing[o] = row.id;
  }
});

async function snapshot(db: Db) {
  const [rows, [audit]] = await Promise.all([
    db.select().from(s.targets).orderBy(asc(s.targets.id)),
    db.select({ n: count() }).from(s.auditLog),
  ]);
  return { rows, audit: audit.n };
}

const ROLLBACK = new Error("rollback");
async function isolated(body: (db: Db) => Promise<void>) {
  try {
    await h.db.transaction(async (tx) => {
      serveDb(tx as unknown as Db);
      await body(tx as unknown as Db);
      throw ROLLBACK;
    });
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  } finally {
    serveDb(h.db);
  }
}

type ActorName = "admin" | "head1" | "head2" | "leadA" | "leadB" | "memberA";
const ACTORS: ActorName[] = ["admin", "head1", "head2", "leadA", "leadB", "memberA"];
type Owner = "A" | "B" | "C" | "D1" | "D2";
const OWNERS: Owner[] = ["A", "B", "C", "D1", "D2"];
function ownerOf(o: Owner): { teamId: number } | { departmentId: number } {
  switch (o) {
    case "A":
      return { teamId: f.teams.teamA.id };
    case "B":
      return { teamId: f.teams.teamB.id };
    case "C":
      return { teamId: f.teams.teamC.id };
    case "D1":
      return { departmentId: f.departments.dept1.id };
    case "D2":
      return { departmentId: f.departments.dept2.id };
  }
}
/** Exactly as policy.ts says: team.targets.write for teams, department.targets.write for departments. */
const ALLOWED: Record<Owner, readonly ActorName[]> = {
  A: ["admin", "head1", "leadA"],
  B: ["admin", "head1", "leadB"],
  C: ["admin", "head2"],
  D1: ["admin", "head1"],
  D2: ["admin", "head2"],
};

/** Who may read the owner (team.read, department.read): everyone else is told the owner or target does not exist. */
const READS: Record<Owner, readonly ActorName[]> = ALLOWED;
/** A refusal for someone who may read the owner; for anyone else the answer to an unknown id. */
type Denial = "validation" | "not_found";

const CASES: { name: string; hidden: Denial; call: (o: Owner) => Promise<ActionResult<unknown>> }[] = [
  {
    name: "createTarget (level)",
    hidden: "validation",
    call: (o) => createTarget({ ...ownerOf(o), field: "hardware", kind: "level", minLevel: "4", minCount: "2" }),
  },
  {
    name: "createTarget (skill)",
    hidden: "validation",
    call: (o) =>
      createTarget({
        ...ownerOf(o),
        field: "facility",
        kind: "skill",
        skillItem: "facility_management",
        minLevel: 6,
        minCount: 1,
      }),
  },
  {
    name: "updateTarget",
    hidden: "not_found",
    call: (o) =>
      updateTarget({
        id: existing[o],
        version: 1,
        field: "software",
        kind: "skill",
        skillItem: "leadership",
        minLevel: 3,
        minCount: 2,
      }),
  },
  { name: "deleteTarget", hidden: "not_found", call: (o) => deleteTarget({ id: existing[o], version: 1 }) },
];

describe("authorization matrix (every target action × actor × team A / B / C, department 1 / 2)", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const outcomes: string[] = [];
      for (const o of OWNERS) {
        for (const who of ACTORS) {
          await isolated(async (db) => {
            const before = await snapshot(db);
            actAs(f.actors[who]);
            const result = await c.call(o);
            outcomes.push(`${o} ${who}: ${result.ok ? "ok" : result.code}`);
            if (ALLOWED[o].includes(who)) {
              expect(result, `${c.name} ${o} as ${who}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
              const after = await snapshot(db);
              expect(after.audit).toBe(before.audit + 1);
              expect(after.rows).not.toEqual(before.rows);
            } else {
              const code = READS[o].includes(who) ? "forbidden" : c.hidden;
              expect(result, `${c.name} ${o} as ${who}`).toMatchObject({ ok: false, code });
              expect(await snapshot(db)).toEqual(before);
            }
          });
        }
      }
      expect(outcomes).toHaveLength(30);
    });
  }
});

describe("bad input is named by field and changes nothing", () => {
  const team = () => ({ teamId: f.teams.teamA.id });
  const valid = () => ({ ...team(), field: "hardware", kind: "level", minLevel: 3, minCount: 2 });
  const bad = (): [string, Record<string, unknown>, string][] => [
    ["no owner", { field: "hardware", kind: "level", minLevel: 3, minCount: 2 }, "teamId"],
    ["two owners", { ...valid(), departmentId: f.departments.dept1.id }, "teamId"],
    ["level above the field's highest", { ...valid(), minLevel: 6 }, "minLevel"],
    ["level 0", { ...valid(), minLevel: 0 }, "minLevel"],
    ["level as text", { ...valid(), minLevel: "four" }, "minLevel"],
    ["fractional level", { ...valid(), minLevel: 2.5 }, "minLevel"],
    ["no count", { ...valid(), minCount: "" }, "minCount"],
    ["count 0", { ...valid(), minCount: 0 }, "minCount"],
    ["huge count", { ...valid(), minCount: 10_001 }, "minCount"],
    ["unknown field", { ...valid(), field: "cooking" }, "field"],
    ["unknown kind", { ...valid(), kind: "vibes" }, "kind"],
    ["skill target without item", { ...valid(), kind: "skill" }, "skillItem"],
    ["item of another field", { ...valid(), kind: "skill", skillItem: "software_technology" }, "skillItem"],
    ["unknown item", { ...valid(), kind: "skill", skillItem: "x".repeat(500) }, "skillItem"],
    ["level target with an item", { ...valid(), skillItem: "leadership" }, "skillItem"],
    ["unknown key", { ...valid(), colour: "red" }, "colour"],
    ["team id as text", { ...valid(), teamId: "team A" }, "teamId"],
  ];
  it("createTarget", async () => {
    actAs(f.actors.admin);
    const before = await snapshot(h.db);
    for (const [what, input, field] of bad()) {
      const r = await createTarget(input);
      expect(r, what).toMatchObject({ ok: false, code: "validation" });
      if (!r.ok) expect(r.fieldErrors, `${what}: ${JSON.stringify(r.fieldErrors)}`).toHaveProperty([field]);
    }
    for (const junk of [null, "text", 42, []])
      expect(await createTarget(junk)).toMatchObject({ ok: false, code: "validation" });
    // A facility target may ask for level 6; hardware may not.
    expect(await createTarget({ ...valid(), field: "facility", minLevel: 7 })).toMatchObject({
      ok: false,
      fieldErrors: { minLevel: expect.stringMatching(/Facility Management levels go up to 6/) },
    });
    expect(await createTarget({ ...valid(), minLevel: 6 })).toMatchObject({
      ok: false,
      fieldErrors: { minLevel: expect.stringMatching(/Hardware levels go up to 5/) },
    });
    // Nonexistent owners are named too.
    expect(await createTarget({ ...valid(), teamId: 999_999 })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { teamId: expect.any(String) },
    });
    expect(
      await createTarget({ field: "hardware", kind: "level", minLevel: 3, minCount: 2, departmentId: 999_999 }),
    ).toMatchObject({ ok: false, fieldErrors: { departmentId: expect.any(String) } });
    expect(await snapshot(h.db)).toEqual(before);
  });

  it("updateTarget and deleteTarget", async () => {
    actAs(f.actors.admin);
    const before = await snapshot(h.db);
    const id = existing.A;
    const ok = { id, version: 1, field: "hardware", kind: "level", minLevel: 3, minCount: 2 };
    for (const [what, input, field] of bad().filter(
      ([w]) => !["no owner", "two owners", "team id as text"].includes(w),
    )) {
      const { teamId: _t, ...rest } = input as { teamId?: number };
      void _t;
      const r = await updateTarget({ ...ok, ...rest });
      expect(r, what).toMatchObject({ ok: false, code: "validation" });
      if (!r.ok) expect(r.fieldErrors, `${what}: ${JSON.stringify(r.fieldErrors)}`).toHaveProperty([field]);
    }
    expect(await updateTarget({ ...ok, teamId: f.teams.teamB.id })).toMatchObject({
      ok: false,
      fieldErrors: { teamId: expect.any(String) },
    }); // the owner is fixed
    expect(await updateTarget({ ...ok, version: "one" })).toMatchObject({
      ok: false,
      fieldErrors: { version: expect.any(String) },
    });
    expect(await deleteTarget({ id: "x", version: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { id: expect.any(String) },
    });
    expect(await updateTarget({ ...ok, id: 999_999 })).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteTarget({ id: 999_999, version: 1 })).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot(h.db)).toEqual(before);
  });
});

describe("writes", () => {
  it("create, change and delete with versions; a stale version is a conflict that changes nothing; audit rows", async () => {
    actAs(f.actors.leadA);
    const created = await createTarget({
      teamId: String(f.teams.teamA.id),
      field: "hardware",
      kind: "skill",
      skillItem: "hardware_technology",
      minLevel: "4",
      minCount: "3",
    });
    expect(created).toMatchObject({ ok: true, data: { version: 1 } });
    const id = (created as { data: { id: number } }).data.id;
    const [row] = await h.db.select().from(s.targets).where(eq(s.targets.id, id));
    expect(row).toMatchObject({
      teamId: f.teams.teamA.id,
      departmentId: null,
      field: "hardware",
      kind: "skill",
      skillItem: "hardware_technology",
      minLevel: 4,
      minCount: 3,
    });

    // The same requirement twice is refused, named on the level.
    expect(
      await createTarget({
        teamId: f.teams.teamA.id,
        field: "hardware",
        kind: "skill",
        skillItem: "hardware_technology",
        minLevel: 4,
        minCount: 1,
      }),
    ).toMatchObject({ ok: false, code: "validation", fieldErrors: { minLevel: expect.stringMatching(/already/) } });

    // Two edits from the same version: one wins, the other conflicts.
    const edits = await Promise.all([
      updateTarget({ id, version: 1, field: "hardware", kind: "level", minLevel: 4, minCount: 5 }),
      updateTarget({
        id,
        version: 1,
        field: "hardware",
        kind: "skill",
        skillItem: "leadership",
        minLevel: 3,
        minCount: 2,
      }),
    ]);
    expect(edits.filter((r) => r.ok)).toHaveLength(1);
    expect(edits.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(1);
    const [afterEdit] = await h.db.select().from(s.targets).where(eq(s.targets.id, id));
    expect(afterEdit.version).toBe(2);
    expect(afterEdit.kind === "level" ? afterEdit.skillItem : "leadership").toBe(
      afterEdit.kind === "level" ? null : afterEdit.skillItem,
    );

    // A stale delete changes nothing; the current version deletes.
    const stale = await deleteTarget({ id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await h.db.select().from(s.targets).where(eq(s.targets.id, id))).toHaveLength(1);
    expect(await deleteTarget({ id, version: 2 })).toMatchObject({ ok: true });
    expect(await h.db.select().from(s.targets).where(eq(s.targets.id, id))).toHaveLength(0);

    const audits = await h.db
      .select()
      .from(s.auditLog)
      .where(eq(s.auditLog.entityId, String(id)))
      .orderBy(asc(s.auditLog.id));
    expect(audits.filter((a) => a.entity === "target").map((a) => a.action)).toEqual(["create", "update", "delete"]);
    expect(audits.every((a) => a.actorUserId === f.users.leadA.id)).toBe(true);
    expect(audits[2].before).toMatchObject({ id, version: 2 });
    expect(audits[2].after).toBeNull();
  });

  it("an archived team's targets are frozen; an owner has at most a bounded number of targets", async () => {
    actAs(f.actors.admin);
    await isolated(async (db) => {
      await db.update(s.teams).set({ archivedAt: new Date() }).where(eq(s.teams.id, f.teams.teamB.id));
      expect(
        await createTarget({ teamId: f.teams.teamB.id, field: "software", kind: "level", minLevel: 3, minCount: 1 }),
      ).toMatchObject({ ok: false, code: "invalid_state" });
      expect(await deleteTarget({ id: existing.B, version: 1 })).toMatchObject({ ok: false, code: "invalid_state" });
    });
    await isolated(async (db) => {
      const [{ n }] = await db.select({ n: count() }).from(s.targets).where(eq(s.targets.teamId, f.teams.teamC.id));
      await db.insert(s.targets).values(
        Array.from({ length: MAX_TARGETS_PER_OWNER - n }, (_, i) => ({
          teamId: f.teams.teamC.id,
          field: "facility" as const,
          kind: "level" as const,
          minLevel: 1,
          minCount: i + 1,
        })),
      );
      const r = await createTarget({
        teamId: f.teams.teamC.id,
        field: "facility",
        kind: "level",
        minLevel: 2,
        minCount: 1,
      });
      expect(r).toMatchObject({
        ok: false,
        code: "invalid_state",
        error: expect.stringMatching(String(MAX_TARGETS_PER_OWNER)),
      });
    });
  });
});
