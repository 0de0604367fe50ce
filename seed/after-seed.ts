// Work done after the demo records are in: the standings (read model) and the official evaluation snapshots, so
// history starts populated — a level history over the past months, relative to the seed day (seed/seed-day.ts): each
// member's current level since their latest approval (one to six months ago), before it up to three lower levels
// (the engine's evaluation of less of their evidence, seed/bench-history.ts), and the oldest level already held
// before the level trend's first month, so the trend's months all have members and show the steps.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../lib/db/client";
import * as s from "../lib/db/schema";
import { evaluationInput, readMemberRecords } from "../lib/db/queries/evidence";
import { toEvidence } from "../lib/evaluation/evidence";
import { refreshAllStandings } from "../lib/evaluation/refresh";
import { recountAllTrend } from "../lib/evaluation/trend";
import { addDays, addMonths } from "../lib/itss/currency";
import { earlierSnapshots } from "./bench-history";
import { createRng } from "./random";
import { at, seedToday } from "./seed-day";

/** `today`: the seed day the demo was seeded for (seedDemo's); by default the same default. */
export async function afterSeed(db: Db, opts: { today?: string } = {}): Promise<void> {
  const today = opts.today ?? seedToday();
  await refreshAllStandings(db, { takenAt: at(today) });
  const rng = createRng(20261207);
  const snapshots = await db
    .select({
      id: s.evaluationSnapshots.id,
      memberId: s.evaluationSnapshots.memberId,
      field: s.evaluationSnapshots.field,
      teamField: s.teams.field,
    })
    .from(s.evaluationSnapshots)
    .innerJoin(s.members, eq(s.members.id, s.evaluationSnapshots.memberId))
    .innerJoin(s.teams, eq(s.teams.id, s.members.teamId))
    .orderBy(asc(s.evaluationSnapshots.memberId), asc(s.evaluationSnapshots.id));
  const memberIds = [...new Set(snapshots.map((x) => x.memberId))];
  const loaded = await readMemberRecords(db, memberIds, { certifications: false, owners: true });
  const records = evaluationInput(loaded);
  const history: (typeof s.evaluationSnapshots.$inferInsert)[] = [];
  for (const [n, snap] of snapshots.entries()) {
    const stored = loaded.records.get(snap.memberId)!;
    // The member's latest approval: their current level holds from then.
    const approvals = [
      ...stored.projects,
      ...stored.specialties,
      ...stored.successions,
      ...stored.mentorings,
      ...stored.exams,
    ]
      .filter((r) => r.reviewState === "approved" && r.reviewedAt)
      .map((r) => r.reviewedAt!.getTime());
    // Before the trend's first month (12 months back): the level the member held all along.
    const longAgo = at(addDays(addMonths(today, -13), -(n % 20)), 12);
    const { evidence, projectIds } = toEvidence(records.get(snap.memberId)!, "official");
    // Steps only in the member's own team's field (where their records were approved); a level another field has
    // from an exam was held all along.
    const earlier =
      approvals.length && snap.field === snap.teamField
        ? earlierSnapshots(evidence, snap.field, new Date(Math.max(...approvals) + 3_600_000), rng)
        : [];
    if (earlier.length === 0) {
      await db.update(s.evaluationSnapshots).set({ takenAt: longAgo }).where(eq(s.evaluationSnapshots.id, snap.id));
      continue;
    }
    await db
      .update(s.evaluationSnapshots)
      .set({ takenAt: new Date(Math.max(...approvals) + 3_600_000) })
      .where(eq(s.evaluationSnapshots.id, snap.id));
    earlier.forEach((e, k) =>
      history.push({
        memberId: snap.memberId,
        field: snap.field,
        // The oldest earlier level: held since before the trend's first month.
        takenAt: k === earlier.length - 1 && e.takenAt > longAgo ? longAgo : e.takenAt,
        level: e.evaluation.level,
        source: e.evaluation.source,
        kpiLevel: e.evaluation.kpiLevel,
        examLevel: e.evaluation.examLevel,
        skillLevel: e.evaluation.skillLevel,
        // As the read model writes it (lib/evaluation/refresh.ts): with the record id of each counted project.
        evaluation: {
          ...e.evaluation,
          projectIds: e.evaluation.projects.map(
            (p) => projectIds[evidence.projects.indexOf(e.evidence.projects[p.index])],
          ),
        },
      }),
    );
  }
  if (history.length) await db.insert(s.evaluationSnapshots).values(history);
  await recountAllTrend(db); // the trend's counts, from the history just written
}
