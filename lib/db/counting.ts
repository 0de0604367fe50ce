// What counts toward a target, a single point of failure and a staffing need: the one place it is decided.
// A skill held only by the member's own rating (no lead rating: member_skill_standings.source 'self') is
// "self-rated, not confirmed" and does not count, unless an administrator set the organisation to count self-ratings
// (organisation_settings.count_self_ratings). Field levels come from approved records and always count. The heatmap
// shows every rating regardless. docs/roles.md#what-counts-toward-a-target.
import { sql, type SQL } from "drizzle-orm";

/** The organisation's setting as a SQL boolean, read inside the statement that counts (one read per statement). */
export const COUNTS_SELF_RATINGS: SQL = sql`coalesce((select os.count_self_ratings from organisation_settings os where os.id = 1), false)`;

/** Of a team_level_counts row `c`, the members who count. */
export const countedOf = (c: SQL): SQL =>
  sql`(${c}.n - case when ${COUNTS_SELF_RATINGS} then 0 else ${c}.self_only end)`;

/** Of a team_level_counts row `c`, the self-rated, not confirmed members (0 when self-ratings count). */
export const unconfirmedOf = (c: SQL): SQL => sql`(case when ${COUNTS_SELF_RATINGS} then 0 else ${c}.self_only end)`;

/** Whether the member_skill_standings row `ss` counts (its level is the lead's, or self-ratings count). */
export const skillCounts = (ss: SQL): SQL => sql`(${ss}.source = 'lead' or ${COUNTS_SELF_RATINGS})`;
