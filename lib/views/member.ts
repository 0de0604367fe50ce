// A member page's loader: the header, every record of theirs (all review states, oldest first; snapshots newest
// first; reviewers' and lead assessors' names) in one statement, both evaluations (official and provisional) from
// those rows with the same counting rules as evaluateMembers, the fields to show and what the reader may do.
// Null when the member does not exist or the reader may not see them (the page answers 404 either way).
import type { Db } from "../db/client";
import { can, type Actor } from "../auth/policy";
import { memberHeader } from "../db/queries/records";
import { readMemberRecords } from "../db/queries/evidence";
import { evaluateRecords } from "../evaluation/evidence";
import { FIELDS, type Field } from "../itss/fields";

export async function loadMember(db: Db, actor: Actor, memberId: number) {
  const [header, loaded] = await Promise.all([
    memberHeader(db, memberId),
    readMemberRecords(db, [memberId], { snapshots: "all", userNames: true }),
  ]);
  const scope = header ? { departmentId: header.departmentId, teamId: header.teamId, memberId: header.id } : null;
  if (!header || !scope || !can(actor, "member.read", scope)) return null;
  const stored = loaded.records.get(memberId)!;
  const records = { ...stored, ownUserId: header.userId };
  const official = evaluateRecords(records, "official").evaluation;
  const provisional = evaluateRecords(records, "provisional").evaluation;

  // The team's field, and every field the member has a record or rating in (all three when none).
  const used = new Set<Field>();
  if (header.teamField) used.add(header.teamField);
  for (const r of [
    ...stored.projects,
    ...stored.specialties,
    ...stored.successions,
    ...stored.mentorings,
    ...stored.assessments,
  ])
    used.add(r.field);
  const fields = FIELDS.filter((f) => used.has(f));
  const shownFields = fields.length ? fields : [...FIELDS];

  const editable = !header.archived;
  return {
    header,
    records: stored,
    snapshots: loaded.snapshots.get(memberId)!,
    /** user id → name, for reviewers and lead assessors */
    names: Object.fromEntries(loaded.userNames) as Record<number, string>,
    official,
    provisional,
    shownFields,
    defaultField: header.teamField ?? shownFields[0],
    perms: {
      write: editable && can(actor, "member.records.write", scope),
      submit: editable && can(actor, "member.records.submit", scope),
      review: editable && can(actor, "member.records.review", scope),
      viewerUserId: actor.userId,
    },
    canSelf: editable && can(actor, "member.skills.self", scope),
    canLead: editable && can(actor, "member.skills.lead", scope),
    canReadTeam: can(actor, "team.read", scope),
    isOwn: actor.memberId === memberId,
  };
}

export type MemberView = NonNullable<Awaited<ReturnType<typeof loadMember>>>;
