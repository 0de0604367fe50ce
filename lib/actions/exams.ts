"use server";
// ITEE exams passed: create and edit drafts (review transitions are in review.ts).
import { createExamSchema, updateExamSchema } from "../records/schemas";
import { createRecord, updateRecord } from "../records/write";
import { memberPaths } from "../records/access";
import { runAction } from "./run";
import { text } from "../i18n/text";

export async function createExam(raw: unknown) {
  return runAction(createExamSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, ...values } = input;
    const row = await createRecord(tx, actor, "exam", memberId, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.examDraft"),
    };
  });
}

export async function updateExam(raw: unknown) {
  return runAction(updateExamSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, id, version, ...values } = input;
    const row = await updateRecord(tx, actor, "exam", id, memberId, version, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.examSaved"),
    };
  });
}
