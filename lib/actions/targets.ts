"use server";
// Targets (docs/data-model.md#targets): create, change and delete a team's or a department's targets. A team's targets are
// written by its leads and its department's head ("team.targets.write"), a department's by its head
// ("department.targets.write"); admins everywhere. Checked against the owner's row inside the transaction.
import { and, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import { can } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import type { Tx } from "../db/client";
import { departments, targets, teams } from "../db/schema";
import { updateVersioned } from "../db/versioned";
import { AppError, conflict, forbidden, invalidState, notFound, validation } from "../errors";
import {
  MAX_TARGETS_PER_OWNER,
  createTargetSchema,
  deleteTargetSchema,
  updateTargetSchema,
  type CreateTargetInput,
} from "../targets/inputs";
import { runAction } from "./run";
import { recountTeams } from "../evaluation/team-counts";
import { text } from "../i18n/text";

const PATHS = ["/", "/gaps", "/gaps/targets"];

type Owner = { teamId: number | null; departmentId: number };

/** What the actor tries to do with an owner's targets, as the verb phrases of a refusal ("errors.can.*"). */
const TARGET_WORDS = {
  set: { team: "errors.can.setTeamTargets", department: "errors.can.setDepartmentTargets" },
  change: { team: "errors.can.changeTeamTargets", department: "errors.can.changeDepartmentTargets" },
  delete: { team: "errors.can.deleteTeamTargets", department: "errors.can.deleteDepartmentTargets" },
} as const;
type TargetVerb = keyof typeof TARGET_WORDS;

/**
 * The owner of a target row (a team's department, or the department itself), authorized for writing. A team or
 * department the actor may not read gets the same answer as one that does not exist; "not allowed" is only for rows
 * the actor can see.
 */
async function authorizeOwner(
  tx: Tx,
  actor: CurrentUser,
  owner: { teamId: number | null; departmentId: number | null },
  what: TargetVerb,
): Promise<Owner> {
  if (owner.teamId !== null) {
    const [team] = await tx
      .select({ id: teams.id, departmentId: teams.departmentId, archivedAt: teams.archivedAt })
      .from(teams)
      .where(eq(teams.id, owner.teamId))
      .limit(1);
    if (!team || !can(actor, "team.read", { departmentId: team.departmentId, teamId: team.id }))
      throw validation({ teamId: text("errors.action.chooseTeam") });
    if (!can(actor, "team.targets.write", { departmentId: team.departmentId, teamId: team.id })) {
      throw new AppError("forbidden", text("errors.forbidden", { what: text(TARGET_WORDS[what].team) }), {
        teamId: text("errors.action.mayNotSetTeamTargets"),
      });
    }
    if (team.archivedAt) throw invalidState(text("errors.action.teamArchivedTargets"));
    return { teamId: team.id, departmentId: team.departmentId };
  }
  const [dept] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.id, owner.departmentId!))
    .limit(1);
  if (!dept || !can(actor, "department.read", { departmentId: dept.id }))
    throw validation({ departmentId: text("errors.action.chooseDepartment") });
  if (!can(actor, "department.targets.write", { departmentId: dept.id })) {
    throw new AppError("forbidden", text("errors.forbidden", { what: text(TARGET_WORDS[what].department) }), {
      departmentId: text("errors.action.mayNotSetDepartmentTargets"),
    });
  }
  return { teamId: null, departmentId: dept.id };
}

const ownerWhere = (o: Owner): SQL =>
  o.teamId !== null
    ? eq(targets.teamId, o.teamId)
    : and(eq(targets.departmentId, o.departmentId), isNull(targets.teamId))!;

type Body = Pick<CreateTargetInput, "field" | "kind" | "skillItem" | "minLevel">;
/** The same requirement twice for one owner is a mistake: a second row would only double-count it. */
async function assertNotDuplicate(tx: Tx, o: Owner, t: Body, exceptId?: number) {
  const [same] = await tx
    .select({ id: targets.id })
    .from(targets)
    .where(
      and(
        ownerWhere(o),
        eq(targets.field, t.field),
        eq(targets.kind, t.kind),
        eq(targets.minLevel, t.minLevel),
        t.skillItem ? eq(targets.skillItem, t.skillItem) : isNull(targets.skillItem),
        exceptId ? sql`${targets.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  if (same) throw validation({ minLevel: text("errors.action.targetTwice") });
}

async function loadTarget(tx: Tx, actor: CurrentUser, id: number, what: TargetVerb) {
  const [row] = await tx.select().from(targets).where(eq(targets.id, id)).limit(1);
  if (!row) throw notFound(text("errors.things.target"));
  let owner: Owner;
  try {
    owner = await authorizeOwner(tx, actor, row, what);
  } catch (e) {
    // The owner's own field error would point at a field this form does not have: answer as a plain refusal, and a
    // target of a team or department the actor may not read as one that does not exist.
    if (e instanceof AppError && e.code === "forbidden")
      throw forbidden(text(TARGET_WORDS[what][row.teamId !== null ? "team" : "department"]));
    if (e instanceof AppError && e.code === "validation") throw notFound(text("errors.things.target"));
    throw e;
  }
  return { row, owner };
}

export async function createTarget(raw: unknown) {
  return runAction(createTargetSchema, raw, async ({ tx, actor, input }) => {
    const owner = await authorizeOwner(
      tx,
      actor,
      { teamId: input.teamId ?? null, departmentId: input.departmentId ?? null },
      "set",
    );
    const [{ n }] = await tx.select({ n: count() }).from(targets).where(ownerWhere(owner));
    if (n >= MAX_TARGETS_PER_OWNER)
      throw invalidState(text("errors.action.tooManyTargets", { max: MAX_TARGETS_PER_OWNER }));
    await assertNotDuplicate(tx, owner, input);
    const [row] = await tx
      .insert(targets)
      .values({
        teamId: owner.teamId,
        departmentId: owner.teamId === null ? owner.departmentId : null,
        field: input.field,
        kind: input.kind,
        skillItem: input.kind === "skill" ? input.skillItem! : null,
        minLevel: input.minLevel,
        minCount: input.minCount,
      })
      .returning();
    // a team's targets set its slots' critical levels: its gap lists' counts change with them
    if (row.teamId !== null) await recountTeams(tx, [row.teamId]);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "create",
      entity: "target",
      entityId: row.id,
      after: row,
    });
    return { data: { id: row.id, version: row.version }, revalidate: PATHS, message: text("forms.done.targetAdded") };
  });
}

export async function updateTarget(raw: unknown) {
  return runAction(updateTargetSchema, raw, async ({ tx, actor, input }) => {
    const { row: before, owner } = await loadTarget(tx, actor, input.id, "change");
    if (before.version !== input.version) throw conflict();
    await assertNotDuplicate(tx, owner, input, before.id);
    const after = await updateVersioned(tx, targets, before.id, input.version, {
      field: input.field,
      kind: input.kind,
      skillItem: input.kind === "skill" ? input.skillItem! : null,
      minLevel: input.minLevel,
      minCount: input.minCount,
    });
    if (after.teamId !== null) await recountTeams(tx, [after.teamId]);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "update",
      entity: "target",
      entityId: before.id,
      before,
      after,
    });
    return {
      data: { id: after.id, version: after.version },
      revalidate: PATHS,
      message: text("forms.done.targetSaved"),
    };
  });
}

export async function deleteTarget(raw: unknown) {
  return runAction(deleteTargetSchema, raw, async ({ tx, actor, input }) => {
    const { row: before } = await loadTarget(tx, actor, input.id, "delete");
    const deleted = await tx
      .delete(targets)
      .where(and(eq(targets.id, before.id), eq(targets.version, input.version)))
      .returning({ id: targets.id });
    if (!deleted.length) throw conflict();
    if (before.teamId !== null) await recountTeams(tx, [before.teamId]);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "delete",
      entity: "target",
      entityId: before.id,
      before,
    });
    return { data: { id: before.id }, revalidate: PATHS, message: text("forms.done.targetDeleted") };
  });
}
