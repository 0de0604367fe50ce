"use server";
// Other certifications (with expiry dates): create and edit drafts (review transitions are in review.ts).
import { createCertificationSchema, updateCertificationSchema } from "../records/schemas";
import { createRecord, updateRecord } from "../records/write";
import { memberPaths } from "../records/access";
import { runAction } from "./run";
import { text } from "../i18n/text";

export async function createCertification(raw: unknown) {
  return runAction(createCertificationSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, ...values } = input;
    const row = await createRecord(tx, actor, "certification", memberId, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.certificationDraft"),
    };
  });
}

export async function updateCertification(raw: unknown) {
  return runAction(updateCertificationSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, id, version, ...values } = input;
    const row = await updateRecord(tx, actor, "certification", id, memberId, version, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.certificationSaved"),
    };
  });
}
