"use server";
// Members of a team: create, edit, move between teams, archive and restore (never deleted) — a lead for the
// teams they lead, a head for their department, an admin for all (policy "member.manage"), per row.
import { z } from "zod";
import { and, count, eq, ne } from "drizzle-orm";
import { can } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import type { Tx } from "../db/client";
import { memberScope } from "../db/queries/members";
import { members, skillAssessments, teams, users } from "../db/schema";
import { RECORD_TABLES } from "../db/record-tables";
import { updateVersioned } from "../db/versioned";
import { AppError, forbidden, invalidState, notFound, validation } from "../errors";
import {
  idField,
  nameField,
  optionalEmailField,
  optionalIdField,
  optionalTextField,
  versionField,
} from "../validation";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import { recountTeams } from "../evaluation/team-counts";
import { refreshCurrency } from "../evaluation/currency";
import { runAction } from "./run";
import { setArchived } from "./archive";
import { text, type Text } from "../i18n/text";

const details = {
  name: nameField("name"),
  email: optionalEmailField,
  jobTitle: optionalTextField("jobTitle"),
  userId: optionalIdField("userAccount"),
};
const createSchema = z.strictObject({ teamId: idField("team"), ...details });
const updateSchema = z.strictObject({ id: idField("member"), version: versionField, ...details });
const moveSchema = z.strictObject({ id: idField("member"), version: versionField, teamId: idField("team") });
const archiveSchema = z.strictObject({ id: idField("member"), version: versionField });

const paths = (memberId: number, ...teamIds: number[]) => [
  "/teams",
  ...teamIds.map((t) => `/teams/${t}`),
  `/members/${memberId}`,
];

/** The target team of a create or move: it exists, is active, and the actor may manage members there. */
async function targetTeam(tx: Tx, actor: CurrentUser, teamId: number) {
  const [team] = await tx.select().from(teams).where(eq(teams.id, teamId)).limit(1);
  if (!team || !can(actor, "team.read", { departmentId: team.departmentId, teamId: team.id }))
    throw validation({ teamId: text("errors.action.chooseTeam") });
  if (!can(actor, "member.manage", { departmentId: team.departmentId, teamId: team.id })) {
    throw new AppError("forbidden", text("errors.action.notAllowedMembers"), {
      teamId: text("errors.action.mayNotManageMembers"),
    });
  }
  if (team.archivedAt) throw validation({ teamId: text("errors.action.teamArchivedChoose") });
  return team;
}

/** The member row, after checking the actor may manage it. */
async function managedMember(tx: Tx, actor: CurrentUser, id: number, what: Text) {
  const scope = await memberScope(tx, id);
  // Outside the actor's scope reads as "does not exist": the same answer as an unknown id (no enumeration).
  if (!scope || !can(actor, "member.read", scope)) throw notFound(text("errors.things.member"));
  if (!can(actor, "member.manage", scope)) throw forbidden(what);
  const [row] = await tx.select().from(members).where(eq(members.id, id)).limit(1);
  return { scope, row };
}

/**
 * How many of the member's records the account approved, rejected or rated as the lead. Linking such an account is
 * refused (our choice over sending the records back to "submitted"): the account would otherwise own records it
 * reviewed itself. The evaluation ignores such records anyway (lib/evaluation/evidence.ts), for links made before.
 */
async function recordsReviewedBy(tx: Tx, userId: number, memberId: number): Promise<number> {
  const reviewed = (t: (typeof RECORD_TABLES)[keyof typeof RECORD_TABLES]) =>
    tx
      .select({ n: count() })
      .from(t)
      .where(and(eq(t.memberId, memberId), eq(t.reviewedBy, userId)));
  const counts = await Promise.all([
    ...Object.values(RECORD_TABLES).map(reviewed),
    tx
      .select({ n: count() })
      .from(skillAssessments)
      .where(and(eq(skillAssessments.memberId, memberId), eq(skillAssessments.leadAssessorId, userId))),
  ]);
  return counts.reduce((sum, [row]) => sum + Number(row?.n ?? 0), 0);
}

/** A linked account: an active user of the team's department, not yet linked to another member, who never reviewed its records. */
async function checkAccount(tx: Tx, userId: number | null, departmentId: number, memberId?: number) {
  if (userId === null) return;
  const [u] = await tx
    .select({ id: users.id, departmentId: users.departmentId, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!u || u.disabledAt || u.departmentId !== departmentId)
    throw validation({ userId: text("errors.action.chooseAccount") });
  const [taken] = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.userId, userId), memberId === undefined ? undefined : ne(members.id, memberId)))
    .limit(1);
  if (taken) throw validation({ userId: text("errors.action.accountLinked") });
  const reviewed = memberId === undefined ? 0 : await recordsReviewedBy(tx, userId, memberId);
  if (reviewed > 0) {
    throw validation({
      userId: text("errors.action.accountReviewedRecords", { count: reviewed }),
    });
  }
}

export async function createMember(raw: unknown) {
  return runAction(createSchema, raw, async ({ tx, actor, input }) => {
    const team = await targetTeam(tx, actor, input.teamId);
    await checkAccount(tx, input.userId ?? null, team.departmentId);
    const [row] = await tx
      .insert(members)
      .values({
        teamId: team.id,
        name: input.name,
        email: input.email ?? null,
        jobTitle: input.jobTitle ?? null,
        userId: input.userId ?? null,
      })
      .returning();
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "create",
      entity: "member",
      entityId: row.id,
      after: row,
    });
    await refreshOfficialEvaluations(tx, [row.id]); // every member has a standing, level 0 to begin with
    return {
      data: { id: row.id, version: row.version },
      revalidate: paths(row.id, team.id),
      message: text("forms.done.memberAdded", { name: row.name, team: team.name }),
    };
  });
}

export async function updateMember(raw: unknown) {
  return runAction(updateSchema, raw, async ({ tx, actor, input }) => {
    const { scope, row: before } = await managedMember(tx, actor, input.id, text("errors.can.editMember"));
    // Keys left out of the input stay as they are.
    if (input.userId !== undefined && input.userId !== before.userId)
      await checkAccount(tx, input.userId, scope.departmentId, before.id);
    const after = await updateVersioned(tx, members, before.id, input.version, {
      name: input.name,
      ...(input.email !== undefined && { email: input.email }),
      ...(input.jobTitle !== undefined && { jobTitle: input.jobTitle }),
      ...(input.userId !== undefined && { userId: input.userId }),
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "update",
      entity: "member",
      entityId: before.id,
      before,
      after,
    });
    // The linked account decides which reviews count (never the member's own): a new link can change the standing.
    if (after.userId !== before.userId) await refreshOfficialEvaluations(tx, [after.id]);
    return {
      data: { id: after.id, version: after.version },
      revalidate: paths(after.id, after.teamId),
      message: text("forms.done.memberSaved"),
    };
  });
}

export async function moveMember(raw: unknown) {
  return runAction(moveSchema, raw, async ({ tx, actor, input }) => {
    const { scope, row: before } = await managedMember(tx, actor, input.id, text("errors.can.moveMember"));
    if (before.teamId === input.teamId) throw validation({ teamId: text("errors.action.alreadyInTeam") });
    const team = await targetTeam(tx, actor, input.teamId);
    // A linked account belongs to one department; moving across departments would strand it.
    if (before.userId !== null && team.departmentId !== scope.departmentId) {
      throw validation({
        teamId: text("errors.action.accountInOtherDepartment"),
      });
    }
    const after = await updateVersioned(tx, members, before.id, input.version, { teamId: team.id });
    await recountTeams(tx, [before.teamId, team.id]);
    // The new team's field and interval decide what the member is assessed in and when it is due.
    await refreshCurrency(tx, [before.id], { alsoTeams: [before.teamId] });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "move",
      entity: "member",
      entityId: before.id,
      before,
      after,
    });
    return {
      data: { id: after.id, version: after.version },
      revalidate: paths(after.id, before.teamId, team.id),
      message: text("forms.done.memberMoved", { team: team.name }),
    };
  });
}

/** Archives (`archived`) or restores the member; a member of an archived team is not restored. */
function setMemberArchived(raw: unknown, archived: boolean) {
  return runAction(archiveSchema, raw, async ({ tx, actor, input }) => {
    const { scope, row: before } = await managedMember(
      tx,
      actor,
      input.id,
      text(archived ? "errors.can.archiveMember" : "errors.can.restoreMember"),
    );
    const after = await setArchived(tx, actor, {
      table: members,
      entity: "member",
      before,
      version: input.version,
      archived,
      alreadyThere: text(archived ? "errors.action.memberAlreadyArchived" : "errors.action.memberNotArchived"),
      check: async () => {
        if (archived) return;
        const [team] = await tx
          .select({ archivedAt: teams.archivedAt })
          .from(teams)
          .where(eq(teams.id, scope.teamId))
          .limit(1);
        if (team?.archivedAt) throw invalidState(text("errors.action.memberTeamArchived"));
      },
    });
    await recountTeams(tx, [after.teamId]);
    await refreshCurrency(tx, [after.id]);
    return {
      data: { id: after.id, version: after.version },
      revalidate: paths(after.id, after.teamId),
      message: text(archived ? "forms.done.memberArchived" : "forms.done.memberRestored", { name: after.name }),
    };
  });
}

export async function archiveMember(raw: unknown) {
  return setMemberArchived(raw, true);
}

export async function restoreMember(raw: unknown) {
  return setMemberArchived(raw, false);
}
