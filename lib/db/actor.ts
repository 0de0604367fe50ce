// Who asks and where a row sits: the types the queries filter by and the policy (lib/auth/policy.ts) decides on, kept
// on the database's floor so that the queries need not import the policy.
import type { Role } from "./schema";

/** The signed-in user as the policy sees them, loaded fresh from the database on every request. */
export type Actor = {
  userId: number;
  role: Role;
  /** The department the user belongs to (a head heads it). */
  departmentId: number | null;
  /** Teams this user leads (role lead). */
  leadTeamIds: readonly number[];
  /** The member record that is this user's own, if any. */
  memberId: number | null;
};

/** Where a row sits in the organisation: enough to decide any permission on it. */
export type RowScope = {
  departmentId: number;
  teamId?: number;
  memberId?: number;
};

/** Who wrote a record (created it, or the revision); null on rows older than the four-eyes rule. */
export type RecordAuthorship = { createdBy: number | null };

/**
 * Whether the actor wrote the record: then someone else reviews it (four eyes; the policy's canReviewRecord, and the
 * review queue, whose rows are already those the actor may review).
 */
export const isRecordAuthor = (actor: Pick<Actor, "userId">, record: RecordAuthorship): boolean =>
  record.createdBy !== null && record.createdBy === actor.userId;
