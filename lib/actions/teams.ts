"use server";
// Teams: create, rename / set field and assessment interval, assign leads, archive and restore — admin or the department's head
// (policy "team.manage"), checked against the team's row inside the transaction.
import { z } from "zod";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { can } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import type { Tx } from "../db/client";
import { departments, members, teamLeads, teams, users } from "../db/schema";
import { updateVersioned } from "../db/versioned";
import { AppError, forbidden, invalidState, notFound, validation } from "../errors";
import { fieldLabel, idField, idListField, nameField, teamFieldField, versionField } from "../validation";
import { sayError } from "../i18n/text";
import { MAX_INTERVAL_MONTHS, MIN_INTERVAL_MONTHS } from "../itss/currency";
import { refreshCurrency } from "../evaluation/currency";
import { rewriteGapCounts } from "../evaluation/gap-counts";
import { runAction } from "./run";
import { setArchived } from "./archive";
import { text, type Text } from "../i18n/text";

const createSchema = z.strictObject({
  departmentId: idField("department"),
  name: nameField("teamName"),
  field: teamFieldField,
});
/** The assessment interval in whole months, 1–36, as a form posts it; absent leaves it unchanged. */
const intervalField = z.preprocess(
  (v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v.trim()) : v === "" ? null : v),
  z
    .number(sayError("validation.wholeNumber", { field: fieldLabel("assessmentIntervalMonths") }))
    .int(sayError("validation.wholeNumber", { field: fieldLabel("assessmentIntervalMonths") }))
    .min(
      MIN_INTERVAL_MONTHS,
      sayError("validation.atLeast", { field: fieldLabel("assessmentIntervalMonths"), min: MIN_INTERVAL_MONTHS }),
    )
    .max(
      MAX_INTERVAL_MONTHS,
      sayError("validation.atMost", { field: fieldLabel("assessmentIntervalMonths"), max: MAX_INTERVAL_MONTHS }),
    )
    .optional(),
);
const updateSchema = z.strictObject({
  id: idField("team"),
  version: versionField,
  name: nameField("teamName"),
  field: teamFieldField,
  assessmentIntervalMonths: intervalField,
});
const leadsSchema = z.strictObject({ id: idField("team"), version: versionField, leadUserIds: idListField("lead") });
const archiveSchema = z.strictObject({ id: idField("team"), version: versionField });

const paths = (teamId?: number) => [
  "/teams",
  "/admin/departments",
  ...(teamId ? [`/teams/${teamId}`, `/teams/${teamId}/settings`] : []),
];

async function loadTeam(tx: Tx, actor: CurrentUser, id: number, what: Text) {
  const [team] = await tx.select().from(teams).where(eq(teams.id, id)).limit(1);
  // Outside the actor's scope reads as "does not exist": the same answer as an unknown id (no enumeration).
  if (!team || !can(actor, "team.read", { departmentId: team.departmentId, teamId: team.id }))
    throw notFound(text("errors.things.team"));
  if (!can(actor, "team.manage", { departmentId: team.departmentId, teamId: team.id })) throw forbidden(what);
  return team;
}

async function assertNameFree(tx: Tx, departmentId: number, name: string, exceptId?: number) {
  const [clash] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.departmentId, departmentId), eq(teams.name, name)))
    .limit(1);
  if (clash && clash.id !== exceptId) throw validation({ name: text("errors.action.teamNameTaken") });
}

async function leadIds(tx: Tx, teamId: number) {
  const rows = await tx.select({ userId: teamLeads.userId }).from(teamLeads).where(eq(teamLeads.teamId, teamId));
  return rows.map((r) => r.userId).sort((a, b) => a - b);
}

export async function createTeam(raw: unknown) {
  return runAction(createSchema, raw, async ({ tx, actor, input }) => {
    const [dept] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.id, input.departmentId))
      .limit(1);
    // A department the actor may not read is answered as one that does not exist.
    if (!dept || !can(actor, "department.read", { departmentId: dept.id }))
      throw validation({ departmentId: text("errors.action.chooseDepartment") });
    if (!can(actor, "team.manage", { departmentId: dept.id })) {
      throw new AppError("forbidden", text("errors.action.notAllowedTeams"), {
        departmentId: text("errors.action.mayNotCreateTeams"),
      });
    }
    await assertNameFree(tx, dept.id, input.name);
    const [row] = await tx
      .insert(teams)
      .values({ departmentId: dept.id, name: input.name, field: input.field })
      .returning();
    await writeAudit(tx, { actorUserId: actor.userId, action: "create", entity: "team", entityId: row.id, after: row });
    return {
      data: { id: row.id, version: row.version },
      revalidate: paths(row.id),
      message: text("forms.done.teamCreated", { name: row.name }),
    };
  });
}

export async function updateTeam(raw: unknown) {
  return runAction(updateSchema, raw, async ({ tx, actor, input }) => {
    const before = await loadTeam(tx, actor, input.id, text("errors.can.changeTeam"));
    await assertNameFree(tx, before.departmentId, input.name, before.id);
    const after = await updateVersioned(tx, teams, before.id, input.version, {
      name: input.name,
      field: input.field,
      ...(input.assessmentIntervalMonths !== undefined && { assessmentIntervalMonths: input.assessmentIntervalMonths }),
    });
    // The field and the interval decide what the team's members are assessed in and when it falls due.
    if (after.field !== before.field || after.assessmentIntervalMonths !== before.assessmentIntervalMonths) {
      const ids = await tx.select({ id: members.id }).from(members).where(eq(members.teamId, before.id));
      await refreshCurrency(
        tx,
        ids.map((m) => m.id),
        { alsoTeams: [before.id] },
      );
      // the team's row is locked by the update; its single points (the fields it serves), one-step and stale lists
      await rewriteGapCounts(tx, [before.id]);
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "update",
      entity: "team",
      entityId: before.id,
      before,
      after,
    });
    return {
      data: { id: after.id, version: after.version },
      revalidate: [...paths(before.id), "/", "/gaps", "/heatmap"],
      message: text("forms.done.teamSaved"),
    };
  });
}

/** Replaces the team's leads with `leadUserIds`: active users with role lead in the team's department. */
export async function setTeamLeads(raw: unknown) {
  return runAction(leadsSchema, raw, async ({ tx, actor, input }) => {
    const team = await loadTeam(tx, actor, input.id, text("errors.can.assignLeads"));
    if (input.leadUserIds.length) {
      const found = await tx
        .select({ id: users.id, role: users.role, departmentId: users.departmentId, disabledAt: users.disabledAt })
        .from(users)
        .where(inArray(users.id, input.leadUserIds));
      const byId = new Map(found.map((u) => [u.id, u]));
      for (const id of input.leadUserIds) {
        const u = byId.get(id);
        if (!u || u.role !== "lead" || u.disabledAt || u.departmentId !== team.departmentId) {
          throw validation({ leadUserIds: text("errors.action.leadsRole") });
        }
      }
    }
    const before = await leadIds(tx, team.id);
    // The team's version guards the lead list too: two people editing leads at once → one conflict.
    const after = await updateVersioned(tx, teams, team.id, input.version, {});
    await tx.delete(teamLeads).where(eq(teamLeads.teamId, team.id));
    if (input.leadUserIds.length)
      await tx.insert(teamLeads).values(input.leadUserIds.map((userId) => ({ teamId: team.id, userId })));
    const leads = [...input.leadUserIds].sort((a, b) => a - b);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "set_leads",
      entity: "team",
      entityId: team.id,
      before: { leadUserIds: before },
      after: { leadUserIds: leads },
    });
    return {
      data: { id: team.id, version: after.version },
      revalidate: paths(team.id),
      message: leads.length ? text("forms.done.leadsSaved") : text("forms.done.noLead"),
    };
  });
}

/** Archives (`archived`) or restores the team; a team with active members is not archived. */
function setTeamArchived(raw: unknown, archived: boolean) {
  return runAction(archiveSchema, raw, async ({ tx, actor, input }) => {
    const before = await loadTeam(
      tx,
      actor,
      input.id,
      text(archived ? "errors.can.archiveTeam" : "errors.can.restoreTeam"),
    );
    const after = await setArchived(tx, actor, {
      table: teams,
      entity: "team",
      before,
      version: input.version,
      archived,
      alreadyThere: text(archived ? "errors.action.teamAlreadyArchived" : "errors.action.teamNotArchived"),
      check: async () => {
        if (!archived) return;
        const [{ n }] = await tx
          .select({ n: count() })
          .from(members)
          .where(and(eq(members.teamId, before.id), isNull(members.archivedAt)));
        if (n > 0) throw invalidState(text("errors.action.teamHasMembers", { count: n }));
      },
    });
    return {
      data: { id: after.id, version: after.version },
      revalidate: paths(before.id),
      message: text(archived ? "forms.done.teamArchived" : "forms.done.teamRestored"),
    };
  });
}

export async function archiveTeam(raw: unknown) {
  return setTeamArchived(raw, true);
}

export async function restoreTeam(raw: unknown) {
  return setTeamArchived(raw, false);
}
