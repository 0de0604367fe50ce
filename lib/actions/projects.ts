"use server";
// Project experience: create and edit drafts (review transitions are in review.ts).
import { createProjectSchema, updateProjectSchema } from "../records/schemas";
import { createRecord, updateRecord } from "../records/write";
import { memberPaths } from "../records/access";
import { runAction } from "./run";
import { text } from "../i18n/text";

export async function createProject(raw: unknown) {
  return runAction(createProjectSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, ...values } = input;
    const row = await createRecord(tx, actor, "project", memberId, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.projectDraft"),
    };
  });
}

export async function updateProject(raw: unknown) {
  return runAction(updateProjectSchema, raw, async ({ tx, actor, input }) => {
    const { memberId, id, version, ...values } = input;
    const row = await updateRecord(tx, actor, "project", id, memberId, version, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text("forms.done.projectSaved"),
    };
  });
}
