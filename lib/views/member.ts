// A member page's loader: the header, every record of theirs (all review states, oldest first; snapshots newest
// first; reviewers' and lead assessors' names) in one statement, both evaluations (official and provisional) from
// those rows with the same counting rules as evaluateMembers, what the submitted records meet of each path, the
// fields to show and what the reader may do. Null when the member does not exist or the reader may not see them (the
// page answers 404 either way). loadOwnStanding: the same standing for the member's own dashboard.
import type { Db } from "../db/client";
import { can, type Actor } from "../auth/policy";
import { memberHeader } from "../db/queries/records";
import { readMemberRecords } from "../db/queries/evidence";
import { explainRecords, fieldsOfMember } from "../evaluation/path";
import { levelTargetsOfMembers } from "../db/queries/impact";
import { impactsOfMember } from "./impact";

export async function loadMember(db: Db, actor: Actor, memberId: number) {
  const [header, loaded, targets] = await Promise.all([
    memberHeader(db, memberId),
    readMemberRecords(db, [memberId], { snapshots: "all", userNames: true }),
    levelTargetsOfMembers(db, actor, [memberId]),
  ]);
  const scope = header ? { departmentId: header.departmentId, teamId: header.teamId, memberId: header.id } : null;
  if (!header || !scope || !can(actor, "member.read", scope)) return null;
  const stored = loaded.records.get(memberId)!;
  const records = { ...stored, ownUserId: header.userId };
  const { official, provisional, withSubmitted } = explainRecords(records);
  const shownFields = fieldsOfMember(header.teamField, stored);
  // What approving each draft or submitted record would change (the review queue says the same).
  const pending = [
    ...stored.projects.map((r) => ({ entity: "project", r })),
    ...stored.specialties.map((r) => ({ entity: "specialty", r })),
    ...stored.successions.map((r) => ({ entity: "succession", r })),
    ...stored.mentorings.map((r) => ({ entity: "mentoring", r })),
    ...stored.exams.map((r) => ({ entity: "exam", r })),
  ].filter(({ r }) => (r.reviewState === "draft" || r.reviewState === "submitted") && !r.supersededAt);
  const impacts = impactsOfMember(
    records,
    pending.map(({ entity, r }) => ({ entity, id: r.id })),
    targets.get(memberId) ?? [],
  );

  const editable = !header.archived;
  return {
    header,
    records: stored,
    snapshots: loaded.snapshots.get(memberId)!,
    /** user id → name, for reviewers and lead assessors */
    names: Object.fromEntries(loaded.userNames) as Record<number, string>,
    official,
    provisional,
    withSubmitted,
    /** what approving each draft or submitted record would change, by `entity:id` */
    impacts: Object.fromEntries(impacts),
    /** the team's field first, then every other field the member has a record or rating in */
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

/**
 * The member's own standing for their dashboard, from their records like the member page (not the read model, which
 * keeps no provisional path): the same fields, both evaluations and what the submitted records meet of each path.
 */
export async function loadOwnStanding(db: Db, memberId: number) {
  const [header, loaded] = await Promise.all([
    memberHeader(db, memberId),
    readMemberRecords(db, [memberId], { certifications: false }),
  ]);
  if (!header) return null;
  const stored = loaded.records.get(memberId)!;
  const { official, provisional, withSubmitted } = explainRecords({ ...stored, ownUserId: header.userId });
  return fieldsOfMember(header.teamField, stored).map((field) => ({
    field,
    official: official.fields[field],
    provisional: provisional.fields[field],
    withSubmitted: withSubmitted[field],
  }));
}

export type OwnStanding = NonNullable<Awaited<ReturnType<typeof loadOwnStanding>>>[number];
