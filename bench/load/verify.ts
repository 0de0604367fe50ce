// After the load: every acknowledged write is in the database with its audit row, nothing the run wrote is
// half-written (a project without its "create" audit row, a review state no audit row explains), and every standing
// equals a fresh evaluation (lib/evaluation/check.ts, the check behind `npm run db:check-standings`).
import { and, inArray, like } from "drizzle-orm";
import type { Db } from "../../lib/db/client";
import { auditLog, projects, skillAssessments } from "../../lib/db/schema";
import { checkStandings } from "../../lib/evaluation/check";
import type { AckWrite } from "./workload";

export type Verification = {
  acknowledged: number;
  /** acknowledged writes whose row or audit row is missing */
  lost: string[];
  /** rows of this run without a consistent audit trail */
  halfWritten: string[];
  standingsChecked: number;
  drift: number;
  driftExamples: string[];
};

const ACTION_OF = { record: "create", submit: "submit", approve: "approve" } as const;

export async function verifyRun(db: Db, tag: string, acks: AckWrite[]): Promise<Verification> {
  const lost: string[] = [];
  const halfWritten: string[] = [];
  const ids = (entity: string) => [...new Set(acks.filter((a) => a.entity === entity).map((a) => String(a.entityId)))];
  const projectRows = await db
    .select({ id: projects.id, version: projects.version, reviewState: projects.reviewState })
    .from(projects)
    .where(like(projects.name, `Load ${tag} %`));
  const projectById = new Map(projectRows.map((p) => [p.id, p]));
  const skillIds = ids("skill_assessment").map(Number);
  const skillRows = skillIds.length
    ? await db.select().from(skillAssessments).where(inArray(skillAssessments.id, skillIds))
    : [];
  const skillById = new Map(skillRows.map((s) => [s.id, s]));
  const entityIds = [...projectRows.map((p) => String(p.id)), ...ids("skill_assessment")];
  const audits = entityIds.length
    ? await db
        .select({
          action: auditLog.action,
          entity: auditLog.entity,
          entityId: auditLog.entityId,
          actor: auditLog.actorUserId,
          after: auditLog.after,
        })
        .from(auditLog)
        .where(and(inArray(auditLog.entity, ["project", "skill_assessment"]), inArray(auditLog.entityId, entityIds)))
    : [];
  const auditKey = (entity: string, id: string | number, action: string, actor: number | null, version: unknown) =>
    `${entity}:${id}:${action}:${actor}:${version}`;
  const auditSet = new Set(
    audits.map((a) =>
      auditKey(a.entity, a.entityId ?? "", a.action, a.actor, (a.after as { version?: number } | null)?.version),
    ),
  );

  for (const a of acks) {
    const what = `${a.kind} of ${a.entity} ${a.entityId} (version ${a.version})`;
    if (a.kind === "rate") {
      const row = skillById.get(a.entityId);
      if (!row || row.version < a.version) lost.push(`${what}: the row is missing or older`);
      const action = a.rater === "self" ? "self_assess" : "lead_assess";
      if (!auditSet.has(auditKey(a.entity, a.entityId, action, a.actor, a.version))) lost.push(`${what}: no audit row`);
      continue;
    }
    const row = projectById.get(a.entityId);
    if (!row || row.version < a.version) lost.push(`${what}: the row is missing or older`);
    if (!auditSet.has(auditKey(a.entity, a.entityId, ACTION_OF[a.kind], a.actor, a.version)))
      lost.push(`${what}: no audit row`);
  }
  // Acknowledged or not (a write whose answer was lost in the outage may have committed): each project of this run
  // has its "create" audit row, and an audit row that produced its current version in its current review state.
  for (const p of projectRows) {
    const trail = audits.filter((a) => a.entity === "project" && a.entityId === String(p.id));
    if (!trail.some((a) => a.action === "create")) halfWritten.push(`project ${p.id}: no "create" audit row`);
    const last = trail.find((a) => (a.after as { version?: number } | null)?.version === p.version);
    if (!last || (last.after as { reviewState?: string }).reviewState !== p.reviewState)
      halfWritten.push(`project ${p.id}: no audit row for version ${p.version} (${p.reviewState})`);
  }
  for (const s of skillRows) {
    const trail = audits.filter((a) => a.entity === "skill_assessment" && a.entityId === String(s.id));
    if (!trail.some((a) => (a.after as { version?: number } | null)?.version === s.version))
      halfWritten.push(`skill assessment ${s.id}: no audit row for version ${s.version}`);
  }
  const standings = await checkStandings(db);
  return {
    acknowledged: acks.length,
    lost,
    halfWritten,
    standingsChecked: standings.members,
    drift: standings.drift.length,
    driftExamples: standings.drift.slice(0, 5).map((d) => `member ${d.memberId} ${d.what}`),
  };
}

/** The verification as the runs print it (bench:load, bench:crash), and whether it failed. */
export function verificationSummary(v: Verification) {
  return {
    summary: {
      lost: v.lost.length,
      halfWritten: v.halfWritten.length,
      examples: [...v.lost, ...v.halfWritten].slice(0, 10),
      standingsChecked: v.standingsChecked,
      drift: v.drift,
      driftExamples: v.driftExamples,
    },
    failed: v.lost.length > 0 || v.halfWritten.length > 0 || v.drift > 0,
  };
}
