// The team rating grid's write (/teams/[id]/ratings): the lead ratings of many cells in the caller's transaction,
// all or nothing. Every member is checked as a single rating checks it (out of reach: not found; no lead right:
// refused); every cell's row must still be at the version the grid loaded, else the changed cells are named (with
// their values now) and nothing is written. Then one update per level, one insert for new rows, one audit statement.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import { members, skillAssessments, teams } from "../db/schema";
import { writeAudits, type AuditEntry } from "../db/audit";
import { can } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { AppError, conflict, forbidden, invalidState, notFound } from "../errors";
import { text, type Text, type TextKey } from "../i18n/text";
import type { SaveRatingGrid } from "./schemas";

/** A cell someone else changed since the grid was loaded: its lead rating and version now. */
export type GridConflict = { memberId: number; item: string; level: number | null; version: number | null };

type Row = typeof skillAssessments.$inferSelect;

const today = () => new Date().toISOString().slice(0, 10);

/** "Yuki Yamamoto – Customer relations (now 3), …" as one Text. */
function cellList(named: { member: string; item: string; level: number | null }[]): Text {
  const one = (n: (typeof named)[number]) =>
    text("records.grid.cell", {
      member: n.member,
      item: text(`itss.items.${n.item}` as TextKey),
      level: n.level === null ? text("records.grid.noLevel") : n.level,
    });
  return named.slice(1).reduce<Text>((list, n) => text("records.grid.andCell", { list, cell: one(n) }), one(named[0]));
}

/**
 * Writes the grid's changed cells; returns how many cells changed per member (a cell already at its level is left
 * alone). The caller refreshes the standings of those members once and notifies them.
 */
export async function saveGridRatings(
  tx: Tx,
  actor: CurrentUser,
  input: SaveRatingGrid,
): Promise<{ changed: Map<number, number>; userIds: Map<number, number> }> {
  const ids = [...new Set(input.cells.map((c) => c.memberId))].sort((a, b) => a - b);
  const scopes = await tx
    .select({
      memberId: members.id,
      name: members.name,
      userId: members.userId,
      teamId: members.teamId,
      departmentId: teams.departmentId,
      archivedAt: members.archivedAt,
    })
    .from(members)
    .innerJoin(teams, eq(teams.id, members.teamId))
    .where(inArray(members.id, ids));
  const byId = new Map(scopes.map((s) => [s.memberId, s]));
  // Reading first for every member, so a member out of reach answers as one that does not exist.
  for (const id of ids) {
    const s = byId.get(id);
    if (!s || !can(actor, "member.read", s)) throw notFound(text("errors.things.member"));
  }
  for (const s of scopes) {
    if (!can(actor, "member.skills.lead", s)) throw forbidden(text("errors.can.rateLead"));
    if (s.archivedAt) throw invalidState(text("errors.action.memberArchivedRecords"));
  }

  // The rows as they are now, locked until the transaction ends: nobody changes them between the check and the write.
  const rows = await tx
    .select()
    .from(skillAssessments)
    .where(and(inArray(skillAssessments.memberId, ids), eq(skillAssessments.field, input.field)))
    .for("update");
  const rowOf = new Map(rows.map((r) => [`${r.memberId}:${r.item}`, r]));

  const conflicts: GridConflict[] = [];
  const updates = new Map<number | null, Row[]>();
  const inserts: { memberId: number; item: string; level: number }[] = [];
  for (const cell of input.cells) {
    const row = rowOf.get(`${cell.memberId}:${cell.item}`);
    if ((row?.version ?? null) !== cell.version) {
      conflicts.push({
        memberId: cell.memberId,
        item: cell.item,
        level: row?.leadLevel ?? null,
        version: row?.version ?? null,
      });
      continue;
    }
    if ((row?.leadLevel ?? null) === cell.level) continue;
    if (row) updates.set(cell.level, [...(updates.get(cell.level) ?? []), row]);
    else inserts.push({ memberId: cell.memberId, item: cell.item, level: cell.level! });
  }
  if (conflicts.length) {
    const named = cellList(
      conflicts.map((c) => ({ member: byId.get(c.memberId)!.name, item: c.item, level: c.level })),
    );
    throw new AppError(
      "conflict",
      text("records.grid.conflict", { count: conflicts.length, cells: named }),
      undefined,
      conflicts,
    );
  }

  const on = today();
  const audits: AuditEntry[] = [];
  const audit = (before: Row | null, after: Row) =>
    audits.push({
      actorUserId: actor.userId,
      action: "lead_assess",
      entity: "skill_assessment",
      entityId: after.id,
      before,
      after,
    });
  for (const [level, before] of updates) {
    const after = await tx
      .update(skillAssessments)
      .set({
        leadLevel: level,
        leadAssessedOn: level === null ? null : on,
        leadAssessorId: level === null ? null : actor.userId,
        version: sql`${skillAssessments.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        inArray(
          skillAssessments.id,
          before.map((r) => r.id),
        ),
      )
      .returning();
    const old = new Map(before.map((r) => [r.id, r]));
    for (const a of after) audit(old.get(a.id)!, a);
  }
  if (inserts.length) {
    // A concurrent first rating of the same item hits the unique index: a conflict, and the transaction rolls back.
    const added = await tx
      .insert(skillAssessments)
      .values(
        inserts.map((c) => ({
          memberId: c.memberId,
          field: input.field,
          item: c.item,
          leadLevel: c.level,
          leadAssessedOn: on,
          leadAssessorId: actor.userId,
        })),
      )
      .onConflictDoNothing()
      .returning();
    if (added.length !== inserts.length) throw conflict();
    for (const a of added) audit(null, a);
  }
  await writeAudits(tx, audits);

  const changed = new Map<number, number>();
  for (const a of audits) {
    const memberId = (a.after as Row).memberId;
    changed.set(memberId, (changed.get(memberId) ?? 0) + 1);
  }
  const userIds = new Map<number, number>();
  for (const id of changed.keys()) {
    const userId = byId.get(id)!.userId;
    if (userId !== null) userIds.set(id, userId);
  }
  return { changed, userIds };
}
