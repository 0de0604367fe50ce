// The skill sheet's loader: for each member, the header, the approved (current) records, the official evaluation
// and the fields to show — from one records read for all members (readMemberRecords) and the same evaluation as the
// member page. Null when any member does not exist or the reader may not see them (the page answers 404).
import type { Db } from "../db/client";
import { can, type Actor } from "../auth/policy";
import { memberHeader } from "../db/queries/records";
import { readMemberRecords } from "../db/queries/evidence";
import { listTeamMembers } from "../db/queries/team-members";
import { evaluateRecords } from "../evaluation/evidence";
import { projectEvidence } from "../db/member-records";
import { projectLevel } from "../itss/evaluate";
import { FIELDS, type Field } from "../itss/fields";
import { parseTeamMemberParams } from "../search-params/roster";
import { MAX_SHEET_MEMBERS } from "../search-params/sheet";

const current = <T extends { reviewState: string; supersededAt: Date | null }>(rows: T[]) =>
  rows.filter((r) => r.reviewState === "approved" && r.supersededAt === null);

export async function loadSkillSheets(db: Db, actor: Actor, memberIds: readonly number[]) {
  const ids = [...new Set(memberIds)].slice(0, MAX_SHEET_MEMBERS);
  if (ids.length === 0) return [];
  const [headers, loaded] = await Promise.all([
    Promise.all(ids.map((id) => memberHeader(db, id))),
    readMemberRecords(db, ids),
  ]);
  const sheets = [];
  for (const [i, header] of headers.entries()) {
    if (
      !header ||
      !can(actor, "member.read", { departmentId: header.departmentId, teamId: header.teamId, memberId: header.id })
    )
      return null;
    const stored = loaded.records.get(header.id)!;
    const official = evaluateRecords({ ...stored, ownUserId: header.userId }, "official").evaluation;
    const used = new Set<Field>(header.teamField ? [header.teamField] : []);
    for (const r of [...current(stored.projects), ...current(stored.specialties), ...stored.assessments])
      used.add(r.field);
    const fields = FIELDS.filter((f) => used.has(f));
    sheets.push({
      header,
      official,
      /** The member's own fields: the team's and every field with an approved record or a rating (all when none). */
      fields: fields.length ? fields : [...FIELDS],
      projects: current(stored.projects).map((p) => ({ ...p, projectLevel: projectLevel(projectEvidence(p)) })),
      specialties: current(stored.specialties),
      successions: current(stored.successions),
      mentorings: current(stored.mentorings),
      exams: current(stored.exams),
      certifications: current(stored.certifications),
      assessments: stored.assessments,
      order: i,
    });
  }
  return sheets;
}

export type SkillSheetData = NonNullable<Awaited<ReturnType<typeof loadSkillSheets>>>[number];

/** A team's active members (id and name, by name): the team sheet's default selection and its checkboxes. */
export async function teamSheetMembers(db: Db, teamId: number) {
  const { rows } = await listTeamMembers(db, teamId, parseTeamMemberParams({}), { paginate: false });
  return rows.filter((r) => !r.archived).map((r) => ({ id: r.id, name: r.name }));
}
