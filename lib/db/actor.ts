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
