// What a dashboard shows: the actor's teams with level distributions and target status, and pending reviews.
// A constant number of queries whatever the number of teams and members.
import { and, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "../client";
import { members, targets } from "../schema";
import type { Actor } from "../../auth/policy";
import { loadMemberRecords } from "./evidence";
import { pendingReviewCount } from "./review";
import { listVisibleTeams, type TeamSummary } from "./org";
import { countingAssessments, toEvidence } from "../../evaluation/evidence";
import { evaluate } from "../../itss/evaluate";
import { MAX_LEVEL, type Field, type SkillItem } from "../../itss/ids";
import type { Evaluation } from "../../itss/types";
import { levelDistribution, targetStatus, type Proficiency, type TargetStatus } from "../../targets/status";

export type TeamDashboard = TeamSummary & {
  /** Level distribution in the team's field (or null for a mixed team). */
  distribution: number[] | null;
  targets: TargetStatus[];
};

export type Dashboard = { teams: TeamDashboard[]; departmentTargets: (TargetStatus & { departmentId: number })[]; pendingReviews: number };

export async function loadDashboard(db: Db, actor: Actor): Promise<Dashboard> {
  const visibleTeams = await listVisibleTeams(db, actor);
  if (visibleTeams.length === 0) return { teams: [], departmentTargets: [], pendingReviews: 0 };
  const teamIds = visibleTeams.map((t) => t.id);
  const departmentIds = [...new Set(visibleTeams.map((t) => t.departmentId))];
  const [memberRows, targetRows] = await Promise.all([
    db.select({ id: members.id, teamId: members.teamId }).from(members).where(and(inArray(members.teamId, teamIds), isNull(members.archivedAt))),
    db.select().from(targets).where(or(inArray(targets.teamId, teamIds), inArray(targets.departmentId, departmentIds))),
  ]);
  const memberIds = memberRows.map((m) => m.id);
  const [records, pendingReviews] = await Promise.all([
    loadMemberRecords(db, memberIds),
    pendingReviewCount(db, actor),
  ]);
  const byMember = new Map<number, { evaluation: Evaluation; proficiency: Proficiency; teamId: number }>();
  for (const m of memberRows) {
    const r = records.get(m.id)!;
    const proficiency: Proficiency = {};
    for (const a of countingAssessments(r)) {
      const v = a.leadLevel ?? a.selfLevel;
      if (v !== null) (proficiency[a.field] ??= {})[a.item as SkillItem] = v;
    }
    byMember.set(m.id, { evaluation: evaluate(toEvidence(r, "official").evidence), proficiency, teamId: m.teamId });
  }
  const all = [...byMember.values()];
  const toTarget = (t: typeof targetRows[number]) => ({ id: t.id, field: t.field, kind: t.kind, skillItem: t.skillItem, minLevel: t.minLevel, minCount: t.minCount });
  return {
    teams: visibleTeams.map((team) => {
      const inTeam = all.filter((m) => m.teamId === team.id);
      return {
        ...team,
        distribution: team.field ? levelDistribution(inTeam.map((m) => m.evaluation), team.field as Field, MAX_LEVEL[team.field as Field]) : null,
        targets: targetRows.filter((t) => t.teamId === team.id).map((t) => targetStatus(toTarget(t), inTeam)),
      };
    }),
    departmentTargets: targetRows
      .filter((t) => t.departmentId !== null)
      .map((t) => {
        const teamsOfDept = new Set(visibleTeams.filter((v) => v.departmentId === t.departmentId).map((v) => v.id));
        return { ...targetStatus(toTarget(t), all.filter((m) => teamsOfDept.has(m.teamId))), departmentId: t.departmentId! };
      }),
    pendingReviews,
  };
}
