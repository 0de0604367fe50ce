"use server";
// Skill proficiency assessment: the member's self rating and the lead's rating per skill item. No review, but the
// skill level is part of the official evaluation, so every change refreshes it.
import { and, eq } from "drizzle-orm";
import { skillAssessments } from "../db/schema";
import { writeAudit } from "../db/audit";
import { updateVersioned } from "../db/versioned";
import { conflict } from "../errors";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import { setSkillRatingSchema } from "../records/schemas";
import { authorizeMember, memberPaths } from "../records/access";
import { notifyLeadRatings } from "../records/events";
import { runAction } from "./run";
import { text } from "../i18n/text";

const today = () => new Date().toISOString().slice(0, 10);

export async function setSkillRating(raw: unknown) {
  return runAction(setSkillRatingSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, field, item, rater, level } = input;
    await authorizeMember(tx, actor, memberId, rater === "self" ? "member.skills.self" : "member.skills.lead");
    const values =
      rater === "self"
        ? { selfLevel: level, selfAssessedOn: level === null ? null : today() }
        : {
            leadLevel: level,
            leadAssessedOn: level === null ? null : today(),
            leadAssessorId: level === null ? null : actor.userId,
          };
    const [before] = await tx
      .select()
      .from(skillAssessments)
      .where(
        and(
          eq(skillAssessments.memberId, memberId),
          eq(skillAssessments.field, field),
          eq(skillAssessments.item, item),
        ),
      )
      .limit(1);
    let after;
    if (before) {
      if (input.version === null) throw conflict();
      after = await updateVersioned(tx, skillAssessments, before.id, input.version, values);
    } else {
      if (input.version !== null) throw conflict();
      // A concurrent first rating of the same item hits the unique index: answered as a conflict, nothing written.
      const rows = await tx
        .insert(skillAssessments)
        .values({ memberId, field, item, ...values })
        .onConflictDoNothing()
        .returning();
      if (!rows.length) throw conflict();
      after = rows[0];
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: rater === "self" ? "self_assess" : "lead_assess",
      entity: "skill_assessment",
      entityId: after.id,
      before: before ?? null,
      after,
    });
    // A lead's rating given or changed tells the member (a rating cleared, or saved unchanged, does not).
    if (rater === "lead" && level !== null && before?.leadLevel !== level)
      await notifyLeadRatings(tx, actor, new Map([[memberId, 1]]));
    await refreshOfficialEvaluations(tx, [memberId]);
    return {
      data: { id: after.id, version: after.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.ratingSaved"),
    };
  });
}
