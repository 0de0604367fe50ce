// A record's own name in words (the review queue's titles, refusals and notifications).
import type { RecordRow } from "../db/record-tables";
import { examLabel, specialtyLabel } from "../itss/catalog";
import type { Exam } from "../itss/record-options";
import type { Field } from "../itss/fields";
import type { RecordEntity } from "./schemas";

/** A record's own name, as the queue titles it (the standard's words for an area or an exam, never a key). */
export function titleOf(entity: RecordEntity, row: RecordRow): string {
  const r = row as Record<string, unknown>;
  switch (entity) {
    case "project":
    case "certification":
      return String(r.name);
    case "succession":
      return String(r.title);
    case "mentoring":
      return String(r.mentee);
    case "specialty":
      return specialtyLabel(r.field as Field, String(r.area)) ?? String(r.area);
    case "exam":
      return `${String(r.exam)} ${examLabel(r.exam as Exam)}`;
  }
}
