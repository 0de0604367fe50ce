"use server";
// Other certifications (with expiry dates): create and edit drafts (review transitions are in review.ts).
import { createCertificationSchema, updateCertificationSchema } from "../records/schemas";
import { createRecordAction, updateRecordAction } from "./record-action";

export async function createCertification(raw: unknown) {
  return createRecordAction("certification", createCertificationSchema, raw, "forms.done.certificationDraft");
}

export async function updateCertification(raw: unknown) {
  return updateRecordAction("certification", updateCertificationSchema, raw, "forms.done.certificationSaved");
}
