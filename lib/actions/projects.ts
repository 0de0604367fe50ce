"use server";
// Project experience: create and edit drafts (review transitions are in review.ts).
import { createProjectSchema, updateProjectSchema } from "../records/schemas";
import { createRecordAction, updateRecordAction } from "./record-action";

export async function createProject(raw: unknown) {
  return createRecordAction("project", createProjectSchema, raw, "forms.done.projectDraft");
}

export async function updateProject(raw: unknown) {
  return updateRecordAction("project", updateProjectSchema, raw, "forms.done.projectSaved");
}
