"use server";
// Assessment rounds (docs/rounds.md): starting a round (a task for each active member in scope, their notification)
// and the quick update (a field's 7 ratings in one transaction, "still accurate" confirmations, the round task done).
import { and, eq, inArray, isNull } from "drizzle-orm";
import { departments, roundTasks, rounds, skillAssessments, teams } from "../db/schema";
import type { Tx } from "../db/client";
import { writeAudit } from "../db/audit";
import { membersInRoundScope } from "../db/queries/rounds";
import { AppError, forbidden, invalidState, notFound } from "../errors";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import { can, canRunRound, type RoundTarget } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { authorizeMember, memberPaths } from "../records/access";
import { quickUpdateSchema, startRoundSchema, todayIso } from "../rounds/schemas";
import { skillItem } from "../itss/catalog";
import type { SkillItem } from "../itss/fields";
import { notify } from "../notify/notify";
import { notifyLeadRatings } from "../records/events";
import { text } from "../i18n/text";
import { runAction } from "./run";

/** The round's target with its department, or not found when the actor may not even read the team or department. */
async function loadTarget(
  tx: Tx,
  actor: CurrentUser,
  input: { scope: "team" | "department" | "organisation"; teamId?: number; departmentId?: number },
): Promise<RoundTarget> {
  if (input.scope === "team") {
    const [team] = await tx
      .select({ id: teams.id, departmentId: teams.departmentId, archivedAt: teams.archivedAt })
      .from(teams)
      .where(eq(teams.id, input.teamId!))
      .limit(1);
    if (!team || !can(actor, "team.read", { departmentId: team.departmentId, teamId: team.id }))
      throw notFound(text("errors.things.team"));
    if (team.archivedAt) throw invalidState(text("errors.action.teamArchivedChoose"));
    return { scope: "team", teamId: team.id, departmentId: team.departmentId };
  }
  if (input.scope === "department") {
    const [dept] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.id, input.departmentId!))
      .limit(1);
    if (!dept || !can(actor, "department.read", { departmentId: dept.id }))
      throw notFound(text("errors.things.department"));
    return { scope: "department", departmentId: dept.id };
  }
  return { scope: "organisation" };
}

const quickUpdateHref = (memberId: number, field: string | null) =>
  `/members/${memberId}/quick-update${field ? `?field=${field}` : ""}`;

export async function startRound(raw: unknown) {
  return runAction(startRoundSchema, raw, async ({ tx, actor, input }) => {
    const target = await loadTarget(tx, actor, input);
    if (!canRunRound(actor, target)) throw forbidden(text("errors.can.startRound"));
    const [round] = await tx
      .insert(rounds)
      .values({
        scope: target.scope,
        teamId: target.scope === "team" ? target.teamId : null,
        departmentId: target.scope === "department" ? target.departmentId : null,
        dueOn: input.dueOn,
        message: input.message ?? null,
        startedBy: actor.userId,
      })
      .returning();
    const inScope = await membersInRoundScope(
      tx,
      target.scope === "team"
        ? { scope: "team", teamId: target.teamId }
        : target.scope === "department"
          ? { scope: "department", departmentId: target.departmentId }
          : { scope: "organisation" },
    );
    for (let i = 0; i < inScope.length; i += 1000)
      await tx
        .insert(roundTasks)
        .values(inScope.slice(i, i + 1000).map((m) => ({ roundId: round.id, memberId: m.id })));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "start_round",
      entity: "round",
      entityId: round.id,
      after: { ...round, tasks: inScope.length },
    });
    const withAccount = inScope.filter((m): m is typeof m & { userId: number } => m.userId !== null);
    for (let i = 0; i < withAccount.length; i += 1000)
      await notify(
        tx,
        withAccount.slice(i, i + 1000).map((m) => ({
          userId: m.userId,
          kind: "roundStarted" as const,
          text: text("notifications.events.roundStarted", { dueOn: round.dueOn, message: round.message ?? "" }),
          href: quickUpdateHref(m.id, m.field),
        })),
      );
    return {
      data: { id: round.id, tasks: inScope.length },
      revalidate: ["/rounds", "/"],
      message: text("forms.done.roundStarted", { count: inScope.length }),
    };
  });
}

export async function saveQuickUpdate(raw: unknown) {
  return runAction(quickUpdateSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, field, rater } = input;
    await authorizeMember(tx, actor, memberId, rater === "self" ? "member.skills.self" : "member.skills.lead");
    const items = input.items.map((i) => i.item);
    const existing = await tx
      .select()
      .from(skillAssessments)
      .where(
        and(
          eq(skillAssessments.memberId, memberId),
          eq(skillAssessments.field, field),
          inArray(skillAssessments.item, items),
        ),
      )
      .for("update");
    const byItem = new Map(existing.map((r) => [r.item, r]));
    const itemName = (item: string) => skillItem(field, item as SkillItem).name;
    const conflictOn = (item: string) =>
      new AppError("conflict", text("errors.rounds.itemChanged", { item: itemName(item) }));
    // Every version first: one changed row refuses the whole form before anything is written.
    for (const it of input.items) {
      const row = byItem.get(it.item);
      if ((row?.version ?? null) !== it.version) throw conflictOn(it.item);
    }
    const today = todayIso();
    let written = 0;
    let complete = true;
    for (const it of input.items) {
      const before = byItem.get(it.item);
      const currentLevel = (rater === "self" ? before?.selfLevel : before?.leadLevel) ?? null;
      if (it.confirmed) {
        // "Still accurate": the same level, confirmed today. Only a rating that exists can be confirmed.
        if (!before || currentLevel === null || (it.level !== null && it.level !== currentLevel))
          throw invalidState(text("errors.rounds.confirmUnrated", { item: itemName(it.item) }));
      } else if (it.level === currentLevel) {
        // Neither re-rated nor confirmed: left as it is (and the round task stays open).
        complete = false;
        continue;
      }
      const level = it.confirmed ? currentLevel : it.level;
      const values =
        rater === "self"
          ? { selfLevel: level, selfAssessedOn: level === null ? null : today }
          : {
              leadLevel: level,
              leadAssessedOn: level === null ? null : today,
              leadAssessorId: level === null ? null : actor.userId,
            };
      let after;
      if (before) {
        [after] = await tx
          .update(skillAssessments)
          .set({ ...values, version: before.version + 1, updatedAt: new Date() })
          .where(and(eq(skillAssessments.id, before.id), eq(skillAssessments.version, before.version)))
          .returning();
        if (!after) throw conflictOn(it.item);
      } else {
        const rows = await tx
          .insert(skillAssessments)
          .values({ memberId, field, item: it.item, ...values })
          .onConflictDoNothing()
          .returning();
        if (!rows.length) throw conflictOn(it.item);
        after = rows[0];
      }
      if (level === null) complete = false;
      written++;
      await writeAudit(tx, {
        actorUserId: actor.userId,
        action: `${rater}_${it.confirmed ? "confirm" : "assess"}`,
        entity: "skill_assessment",
        entityId: after.id,
        before: before ?? null,
        after,
      });
    }
    if (written > 0) await refreshOfficialEvaluations(tx, [memberId]);
    // The member's own update of all 7 items (each re-rated or confirmed) finishes their open round tasks.
    let tasksDone = 0;
    if (rater === "self" && complete && input.items.length === 7) {
      const done = await tx
        .update(roundTasks)
        .set({ doneAt: new Date() })
        .where(
          and(
            eq(roundTasks.memberId, memberId),
            isNull(roundTasks.doneAt),
            inArray(roundTasks.roundId, tx.select({ id: rounds.id }).from(rounds).where(isNull(rounds.closedAt))),
          ),
        )
        .returning({ id: roundTasks.id });
      tasksDone = done.length;
    }
    if (rater === "lead") await notifyLeadRatings(tx, actor, new Map([[memberId, written]]));
    return {
      data: { written, tasksDone },
      revalidate: [...memberPaths(memberId), `/members/${memberId}/quick-update`, "/rounds", "/"],
      message:
        written === 0 ? text("forms.done.quickUpdateNothing") : text("forms.done.quickUpdateSaved", { count: written }),
    };
  });
}
