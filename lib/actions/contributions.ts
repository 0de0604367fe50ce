"use server";
// Professional contribution per field: specialty areas (a checklist), expertise-succession achievements, mentoring.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { specialties } from "../db/schema";
import { writeAudit } from "../db/audit";
import { stateWord, validation } from "../errors";
import {
  createMentoringSchema,
  createSuccessionSchema,
  saveSpecialtiesSchema,
  updateMentoringSchema,
  updateSuccessionSchema,
} from "../records/schemas";
import { authorizeMember, memberPaths } from "../records/access";
import { runAction } from "./run";
import { createRecordAction, updateRecordAction } from "./record-action";
import { text } from "../i18n/text";
import { specialtyName } from "../validation";

/** Makes the field's specialty checklist match `areas`: new areas become drafts, unchecked drafts (or rejected) go. */
export async function saveSpecialties(raw: unknown) {
  return runAction(saveSpecialtiesSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, field } = input;
    await authorizeMember(tx, actor, memberId, "member.records.write");
    const wanted = new Set(input.areas);
    const live = await tx
      .select()
      .from(specialties)
      .where(and(eq(specialties.memberId, memberId), eq(specialties.field, field), isNull(specialties.supersededAt)));
    const locked = live.filter(
      (r) => !wanted.has(r.area) && (r.reviewState === "submitted" || r.reviewState === "approved"),
    );
    if (locked.length) {
      throw validation({
        areas: text("errors.action.specialtyLocked", { area: locked[0].area, state: stateWord(locked[0].reviewState) }),
      });
    }
    const gone = live.filter((r) => !wanted.has(r.area));
    if (gone.length) {
      await tx.delete(specialties).where(
        inArray(
          specialties.id,
          gone.map((r) => r.id),
        ),
      );
      for (const r of gone)
        await writeAudit(tx, {
          actorUserId: actor.userId,
          action: "delete",
          entity: "specialty",
          entityId: r.id,
          before: r,
          after: null,
        });
    }
    const have = new Set(live.map((r) => r.area));
    const added = [...wanted].filter((a) => !have.has(a));
    if (added.length) {
      const rows = await tx
        .insert(specialties)
        .values(
          added.map((area) => ({ memberId, field, area, reviewState: "draft" as const, createdBy: actor.userId })),
        )
        .returning();
      for (const r of rows)
        await writeAudit(tx, {
          actorUserId: actor.userId,
          action: "create",
          entity: "specialty",
          entityId: r.id,
          before: null,
          after: r,
        });
    }
    return {
      data: { added: added.length, removed: gone.length },
      revalidate: memberPaths(memberId),
      message: text("forms.done.specialtiesSaved", {
        field: specialtyName(field),
        added: added.length,
        removed: gone.length,
      }),
    };
  });
}

export async function createSuccession(raw: unknown) {
  return createRecordAction("succession", createSuccessionSchema, raw, "forms.done.achievementDraft");
}

export async function updateSuccession(raw: unknown) {
  return updateRecordAction("succession", updateSuccessionSchema, raw, "forms.done.achievementSaved");
}

export async function createMentoring(raw: unknown) {
  return createRecordAction("mentoring", createMentoringSchema, raw, "forms.done.mentoringDraft");
}

export async function updateMentoring(raw: unknown) {
  return updateRecordAction("mentoring", updateMentoringSchema, raw, "forms.done.mentoringSaved");
}
