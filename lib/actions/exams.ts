"use server";
// ITEE exams passed: create and edit drafts (review transitions are in review.ts).
import { createExamSchema, updateExamSchema } from "../records/schemas";
import { createRecordAction, updateRecordAction } from "./record-action";

export async function createExam(raw: unknown) {
  return createRecordAction("exam", createExamSchema, raw, "forms.done.examDraft");
}

export async function updateExam(raw: unknown) {
  return updateRecordAction("exam", updateExamSchema, raw, "forms.done.examSaved");
}
