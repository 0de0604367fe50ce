"use server";
// Professional contribution per field: specialty areas (a checklist), expertise-succession achievements, mentoring.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { specialties } from "../db/schema";
import { writeAudit } from "../db/audit";
import { validation } from "../errors";
import {
  createMentoringSchema,
  createSuccessionSchema,
  saveSpecialtiesSchema,
  updateMentoringSchema,
  updateSuccessionSchema,
} from "../records/schemas";
import { authorizeMember, memberPaths } from "../records/access";
import { createRecord, updateRecord } from "../records/write";
import { runAction } from "./run";
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
        areas: `${locked[0].area} is ${locked[0].reviewState}; withdraw it (or ask for a change) before removing it`,
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
  return runAction(createSuccessionSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, ...values } = input;
    const row = await createRecord(tx, actor, "succession", memberId, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.achievementDraft"),
    };
  });
}

export async function updateSuccession(raw: unknown) {
  return runAction(updateSuccessionSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, id, version, ...values } = input;
    const row = await updateRecord(tx, actor, "succession", id, memberId, version, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.achievementSaved"),
    };
  });
}

export async function createMentoring(raw: unknown) {
  return runAction(createMentoringSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, ...values } = input;
    const row = await createRecord(tx, actor, "mentoring", memberId, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.mentoringDraft"),
    };
  });
}

export async function updateMentoring(raw: unknown) {
  return runAction(updateMentoringSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, id, version, ...values } = input;
    const row = await updateRecord(tx, actor, "mentoring", id, memberId, version, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.mentoringSaved"),
    };
  });
}
