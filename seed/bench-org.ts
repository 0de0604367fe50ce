// A large, deterministic organisation for benchmarks (`npm run bench:data`): 10 departments, one of them holding
// half of the members (the head's views), teams of about 20, and per member the records of `generateEvidence`
// (about 8 projects, contributions, exams, 21 skill ratings) with a realistic mix of review states, targets per
// team and department, and a year of evaluation history. Written in batches; then the standings are computed.
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../lib/db/client";
import * as s from "../lib/db/schema";
import { hashPassword } from "../lib/auth/password";
import { FIELDS, skillItemsOf, type Field } from "../lib/itss/fields";
import { refreshAllStandings } from "../lib/evaluation/refresh";
import { recountAllTrend } from "../lib/evaluation/trend";
import { readMemberRecords } from "../lib/db/queries/evidence";
import { toEvidence } from "../lib/evaluation/evidence";
import { generateEvidence } from "./evidence-generator";
import { earlierSnapshots } from "./bench-history";
import { createRng } from "./random";
import { DEMO_PASSWORD } from "./demo";
import { bulkInsert } from "./bulk-insert";

export const BENCH_ACCOUNTS = {
  admin: "admin@bench.test",
  /** head of the big department (half of the members) */
  head: "head1@bench.test",
  /** lead of the big department's first team */
  lead: "lead1@bench.test",
  /** the member of that team with an account */
  member: "member1@bench.test",
} as const;

export type BenchSummary = {
  departments: number;
  teams: number;
  members: number;
  users: number;
  rows: number;
  seconds: number;
};

const BATCH = 1000;
/** Rows per insert statement (one JSON parameter each, seed/bulk-insert.ts). */
const BULK = 5000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Inserts the rows in order, BULK at a time; returns their ids when `returnIds`. */
async function insertAll(db: Db, table: PgTable, rows: Record<string, unknown>[], returnIds = false) {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BULK)
    ids.push(...(await bulkInsert(db, table, rows.slice(i, i + BULK), returnIds)));
  return returnIds ? ids : rows.length;
}

/** Fills an empty database. `members` ≥ 100. Deterministic for a given size. */
export async function seedBenchOrganisation(
  db: Db,
  members: number,
  log: (line: string) => void = () => {},
): Promise<BenchSummary> {
  const started = Date.now();
  const rng = createRng(20261125 + members);
  const hash = await hashPassword(DEMO_PASSWORD); // one hash for every account: bcrypt at cost 12 per account would take minutes
  const departmentCount = 10;
  const teamCount = Math.max(departmentCount, Math.round(members / 20));
  // Half of the teams (and so of the members) in department 1; the rest spread over the other nine.
  const deptOfTeam = (t: number) =>
    t < Math.ceil(teamCount / 2) ? 0 : 1 + ((t - Math.ceil(teamCount / 2)) % (departmentCount - 1));

  const depts = await db
    .insert(s.departments)
    .values(Array.from({ length: departmentCount }, (_, i) => ({ name: `Service Department ${i + 1}` })))
    .returning({ id: s.departments.id });
  const teamRows = Array.from({ length: teamCount }, (_, t) => ({
    departmentId: depts[deptOfTeam(t)].id,
    name: `Service Team ${t + 1}`,
    field: FIELDS[t % 3] as Field,
  }));
  const teams: { id: number; field: Field | null; departmentId: number }[] = [];
  for (let i = 0; i < teamRows.length; i += BATCH)
    teams.push(
      ...(await db
        .insert(s.teams)
        .values(teamRows.slice(i, i + BATCH))
        .returning({ id: s.teams.id, field: s.teams.field, departmentId: s.teams.departmentId })),
    );

  const userRows: (typeof s.users.$inferInsert)[] = [
    { email: BENCH_ACCOUNTS.admin, name: "Bench Admin", role: "admin", passwordHash: hash },
  ];
  depts.forEach((d, i) =>
    userRows.push({
      email: `head${i + 1}@bench.test`,
      name: `Head ${i + 1}`,
      role: "head",
      departmentId: d.id,
      passwordHash: hash,
    }),
  );
  teams.forEach((t, i) =>
    userRows.push({
      email: `lead${i + 1}@bench.test`,
      name: `Lead ${i + 1}`,
      role: "lead",
      departmentId: t.departmentId,
      passwordHash: hash,
    }),
  );
  teams.forEach((t, i) =>
    userRows.push({
      email: `member${i + 1}@bench.test`,
      name: `Member ${i + 1}`,
      role: "member",
      departmentId: t.departmentId,
      passwordHash: hash,
    }),
  );
  const users: { id: number; email: string }[] = [];
  for (let i = 0; i < userRows.length; i += BATCH)
    users.push(
      ...(await db
        .insert(s.users)
        .values(userRows.slice(i, i + BATCH))
        .returning({ id: s.users.id, email: s.users.email })),
    );
  const userId = new Map(users.map((u) => [u.email, u.id]));
  await insertAll(
    db,
    s.teamLeads,
    teams.map((t, i) => ({ teamId: t.id, userId: userId.get(`lead${i + 1}@bench.test`)! })),
  );
  log(`bench-data: ${departmentCount} departments, ${teamCount} teams, ${users.length} accounts`);

  // Members, round-robin over teams; the first member of each team has that team's member account.
  const memberRows = Array.from({ length: members }, (_, i) => {
    const t = i % teamCount;
    const first = i < teamCount;
    return {
      teamId: teams[t].id,
      name: `Person ${String(i + 1).padStart(5, "0")}`,
      email: first ? `member${t + 1}@bench.test` : `person${i + 1}@bench.example`,
      userId: first ? userId.get(`member${t + 1}@bench.test`)! : null,
      jobTitle: "Engineer",
      archivedAt: i % 97 === 96 ? new Date(Date.UTC(2026, 2, 1)) : null,
    };
  });
  const memberIds = (await insertAll(db, s.members, memberRows, true)) as number[];
  log(`bench-data: ${members} members`);

  const now = new Date(Date.UTC(2026, 10, 1));
  const day = (offset: number) => iso(new Date(now.getTime() - offset * 86_400_000));
  const rows = {
    projects: [] as Record<string, unknown>[],
    specialties: [] as Record<string, unknown>[],
    successions: [] as Record<string, unknown>[],
    mentorings: [] as Record<string, unknown>[],
    exams: [] as Record<string, unknown>[],
    certifications: [] as Record<string, unknown>[],
    skillAssessments: [] as Record<string, unknown>[],
  };
  let written = 0;
  // One batch of inserts in flight while the next members are generated: each table's rows still go in in order
  // (so their ids are those of a load one statement at a time), since a batch starts only when the last has ended.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    await inFlight;
    const batch = (Object.keys(rows) as (keyof typeof rows)[]).map((name) => {
      const list = rows[name];
      rows[name] = [];
      return [name, list] as const;
    });
    inFlight = (async () => {
      for (const [name, list] of batch) written += (await insertAll(db, s[name] as PgTable, list)) as number;
    })();
    inFlight.catch(() => {}); // awaited (and thrown) at the next flush
  };
  for (let i = 0; i < members; i++) {
    const memberId = memberIds[i];
    const t = i % teamCount;
    const leadId = userId.get(`lead${t + 1}@bench.test`)!;
    const evidence = generateEvidence(20261125 * 31 + i);
    // Most records approved by the team's lead; some waiting for review, some drafts, a few rejected.
    const state = () => {
      const r = rng.next();
      return r < 0.82 ? "approved" : r < 0.92 ? "submitted" : r < 0.97 ? "draft" : "rejected";
    };
    const reviewed = (st: string) =>
      st === "approved" || st === "rejected"
        ? {
            reviewedBy: leadId,
            reviewedAt: new Date(now.getTime() - rng.int(1, 700) * 86_400_000),
            reviewComment: st === "rejected" ? "Please add the customer and dates." : null,
          }
        : {};
    evidence.projects.forEach((p, k) => {
      const st = state();
      rows.projects.push({
        memberId,
        field: p.field,
        name: `Project ${k + 1}`,
        customer: "Customer",
        startDate: day(900 - k * 60),
        endDate: p.status === "completed" ? day(700 - k * 60) : null,
        role: p.role,
        status: p.status,
        successful: p.successful,
        complexity: [...p.complexity],
        scope: p.scope ?? null,
        facilityScope: p.facility?.scope ?? null,
        computerRoomSites: p.facility?.computerRoomSites ?? 0,
        floorSpaceM2: p.facility?.floorSpaceM2 ?? 0,
        networkSites: p.facility?.networkSites ?? 0,
        reviewState: st,
        ...reviewed(st),
      });
    });
    for (const field of FIELDS) {
      const pro = evidence.professional?.[field];
      if (!pro) continue;
      for (const area of pro.specialties) {
        const st = state();
        rows.specialties.push({ memberId, field, area, reviewState: st, ...reviewed(st) });
      }
      pro.succession.forEach((kind, k) => {
        const st = state();
        rows.successions.push({
          memberId,
          field,
          kind,
          title: `Succession ${k + 1}`,
          achievedOn: day(300 + k * 90),
          reviewState: st,
          ...reviewed(st),
        });
      });
      for (let k = 0; k < pro.mentoring; k++) {
        const st = state();
        rows.mentorings.push({
          memberId,
          field,
          mentee: `Mentee ${k + 1}`,
          fromDate: day(500),
          toDate: day(200),
          reviewState: st,
          ...reviewed(st),
        });
      }
      const ratings = evidence.skills?.[field] ?? {};
      for (const item of skillItemsOf(field)) {
        const r = ratings[item];
        if (!r || (r.self == null && r.lead == null)) continue;
        const old = rng.chance(0.1); // about one rating in ten is over a year old
        rows.skillAssessments.push({
          memberId,
          field,
          item,
          selfLevel: r.self ?? null,
          selfAssessedOn: r.self == null ? null : day(old ? 400 : rng.int(10, 300)),
          leadLevel: r.lead ?? null,
          leadAssessedOn: r.lead == null ? null : day(old ? 420 : rng.int(10, 300)),
          leadAssessorId: r.lead == null ? null : leadId,
        });
      }
    }
    for (const exam of evidence.exams ?? []) {
      const st = state();
      rows.exams.push({ memberId, exam, passedOn: day(rng.int(100, 3000)), reviewState: st, ...reviewed(st) });
    }
    if (rng.chance(0.3))
      rows.certifications.push({
        memberId,
        name: rng.pick(["CCNA", "LPIC-1", "ITIL 4 Foundation"]),
        issuer: "",
        obtainedOn: day(800),
        expiresOn: day(-rng.int(-60, 400)),
        reviewState: "approved",
        reviewedBy: leadId,
        reviewedAt: new Date(now),
      });
    if (i % 1000 === 999) {
      await flush();
      log(`bench-data: records of ${i + 1} members`);
    } else if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve)); // let the insert's I/O run
  }
  await flush();
  await inFlight;

  const targetRows: (typeof s.targets.$inferInsert)[] = [];
  teams.forEach((t) => {
    const field = t.field ?? "hardware";
    targetRows.push({ teamId: t.id, field, kind: "level", minLevel: 4, minCount: rng.int(2, 6) });
    targetRows.push({
      teamId: t.id,
      field,
      kind: "skill",
      skillItem: rng.pick(skillItemsOf(field)),
      minLevel: 4,
      minCount: rng.int(2, 5),
    });
  });
  depts.forEach((d) =>
    FIELDS.forEach((field) => targetRows.push({ departmentId: d.id, field, kind: "level", minLevel: 3, minCount: 20 })),
  );
  written += (await insertAll(db, s.targets, targetRows)) as number;

  // A year of history: the standing of today, and before it up to three earlier, lower levels, each one to four
  // months before the next, none more than twelve months back — each the engine's evaluation of the member's
  // evidence as it stood then (seed/bench-history.ts), so the history never shows what the rules rule out.
  // Planner statistics for the records just loaded: without them (a server's autovacuum comes round a minute or so
  // later, PGlite has none) each batch's read of its members' records scanned the whole tables.
  await db.execute(sql`analyze`);
  await refreshAllStandings(db, { takenAt: now, bulkLoad: true });
  log("bench-data: standings computed");
  const history: Record<string, unknown>[] = [];
  const current = await db
    .select({ memberId: s.evaluationSnapshots.memberId, field: s.evaluationSnapshots.field })
    .from(s.evaluationSnapshots)
    .orderBy(s.evaluationSnapshots.memberId, s.evaluationSnapshots.id);
  const fieldsOf = new Map<number, Field[]>();
  for (const c of current) fieldsOf.set(c.memberId, [...(fieldsOf.get(c.memberId) ?? []), c.field]);
  const evaluated = [...fieldsOf.keys()];
  // The next batch's records are read while this one is evaluated, and the snapshots written while the next is.
  const read = (i: number) =>
    i < evaluated.length ? readMemberRecords(db, evaluated.slice(i, i + BATCH), "evaluation") : null;
  let next = read(0);
  let historyInFlight: Promise<void> = Promise.resolve();
  const writeHistory = async () => {
    await historyInFlight;
    const list = history.splice(0);
    historyInFlight = (async () => {
      written += (await insertAll(db, s.evaluationSnapshots, list)) as number;
    })();
    historyInFlight.catch(() => {});
  };
  for (let i = 0; i < evaluated.length; i += BATCH) {
    const records = await next!;
    next = read(i + BATCH);
    next?.catch(() => {});
    for (const [memberId, r] of records) {
      const { evidence, projectIds } = toEvidence(r, "official");
      for (const field of fieldsOf.get(memberId) ?? [])
        for (const earlier of earlierSnapshots(evidence, field, now, rng))
          history.push({
            memberId,
            field,
            takenAt: earlier.takenAt,
            level: earlier.evaluation.level,
            source: earlier.evaluation.source,
            kpiLevel: earlier.evaluation.kpiLevel,
            examLevel: earlier.evaluation.examLevel,
            skillLevel: earlier.evaluation.skillLevel,
            // As the read model writes it (lib/evaluation/refresh.ts): with the record id of each counted project.
            evaluation: {
              ...earlier.evaluation,
              projectIds: earlier.evaluation.projects.map(
                (p) => projectIds[evidence.projects.indexOf(earlier.evidence.projects[p.index])],
              ),
            },
          });
    }
    if (history.length >= BULK) await writeHistory();
  }
  await writeHistory();
  await historyInFlight;
  await recountAllTrend(db); // the trend's counts, from the history just written
  return {
    departments: departmentCount,
    teams: teamCount,
    members,
    users: users.length,
    rows: written,
    seconds: (Date.now() - started) / 1000,
  };
}
