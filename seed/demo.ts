// The demo organisation (deterministic): one department, the Hardware, Software and Facility Management
// service teams, about 30 members with records that give a spread of levels, and the demo sign-ins. Every date is
// relative to the seed day (seed/seed-day.ts): on any day some ratings are overdue, due and due soon, certifications
// expire within a week and a month, and records wait for review; the levels are the same whatever the day.
import { and, eq } from "drizzle-orm";
import type { Db } from "../lib/db/client";
import * as s from "../lib/db/schema";
import { hashPassword } from "../lib/auth/password";
import { MAX_LEVEL, SPECIALTY_AREAS, skillItemsOf, type Field } from "../lib/itss/fields";
import {
  COMPLEXITY_OF,
  COMPONENT_AREAS,
  SUCCESSION_KINDS,
  type Scope,
  type ComplexityCriterion,
} from "../lib/itss/record-options";
import { addDays, addMonths } from "../lib/itss/currency";
import { createRng, type Rng } from "./random";
import { seedDemoRound } from "./demo-round";
import { at, seedToday, shiftedDay } from "./seed-day";

export const DEMO_PASSWORD = "levelboard-demo";
export const DEMO_ACCOUNTS = [
  { email: "admin@levelboard.test", name: "Aiko Tanaka", role: "admin" },
  { email: "head@levelboard.test", name: "Hiroshi Nakamura", role: "head" },
  { email: "lead.hw@levelboard.test", name: "Kenji Sato", role: "lead", leads: "hardware" },
  { email: "lead.sw@levelboard.test", name: "Maria Lopez", role: "lead", leads: "software" },
  { email: "lead.fm@levelboard.test", name: "Olivia Brown", role: "lead", leads: "facility" },
  { email: "member.hw@levelboard.test", name: "Yuki Yamamoto", role: "member", memberOf: "hardware" },
] as const;

const TEAM_NAMES: Record<Field, string> = {
  hardware: "Hardware Service Team",
  software: "Software Service Team",
  facility: "Facility Management Service Team",
};

const PEOPLE: Record<Field, string[]> = {
  hardware: [
    "Takeshi Ito",
    "Sofia Rossi",
    "Daniel Kim",
    "Emma Schulz",
    "Ravi Patel",
    "Haruka Mori",
    "Lucas Martin",
    "Mei Chen",
    "Jonas Berg",
  ],
  software: [
    "Akira Suzuki",
    "Chloe Dubois",
    "Noah Wilson",
    "Sakura Kobayashi",
    "Ahmed Hassan",
    "Lena Fischer",
    "Ryo Matsumoto",
    "Isabel Garcia",
    "Tom Novak",
    "Priya Shah",
  ],
  facility: [
    "Kaito Inoue",
    "Grace Taylor",
    "Mateo Silva",
    "Hana Kimura",
    "Oliver Smith",
    "Nina Petrova",
    "Sota Hayashi",
    "Amara Okafor",
    "Felix Wagner",
    "Rin Shimizu",
  ],
};

/** The level each demo member's approved records should reach, by team (the member.hw account is the first). */
const PROFILES: Record<Field, number[]> = {
  hardware: [3, 5, 4, 4, 3, 3, 2, 2, 1, 0],
  software: [5, 4, 4, 3, 3, 3, 2, 2, 1, 0],
  facility: [6, 5, 4, 4, 3, 3, 3, 2, 1, 0],
};

const CUSTOMERS = [
  "Hokuriku Bank",
  "Mirai Logistics",
  "City of Kobe",
  "Sakura Insurance",
  "Nordic Retail Group",
  "Kansai Railways",
  "Atlas Hospital",
  "Global Parts Inc.",
];
const PROJECT_NOUNS: Record<Field, string[]> = {
  hardware: [
    "server refresh",
    "storage migration",
    "branch PC rollout",
    "mainframe maintenance",
    "network switch replacement",
    "UPS and rack upgrade",
  ],
  software: [
    "DBMS upgrade",
    "middleware patching",
    "OS migration",
    "ERP support",
    "monitoring rollout",
    "backup software redesign",
  ],
  facility: [
    "data center build-out",
    "computer room relocation",
    "fire suppression upgrade",
    "campus network cabling",
    "power distribution redesign",
    "access control overhaul",
  ],
};
const R = { 4: 2, 5: 3, 6: 3 } as Record<number, number>;
const S = { 4: 1, 5: 3, 6: 4 } as Record<number, number>;

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * How current a member's skill ratings are on the seed day, by their place in the team (docs/demo.md), with the
 * assessment interval of 12 months (lib/itss/currency.ts): "overdue" rated more than a year and 30 days ago, "due"
 * rated a year and a few days ago, "dueSoon" turning stale within the next 30 days, "current" rated months ago. Each
 * team's tenth member (level 0) has unrated items as well, so is overdue in any case.
 */
type RatingsAge = "overdue" | "due" | "dueSoon" | "current";
const RATINGS_AGE: readonly RatingsAge[] = [
  "due",
  "current",
  "overdue",
  "dueSoon",
  "current",
  "due",
  "current",
  "dueSoon",
  "current",
  "overdue",
];

/**
 * The day around which a member's ratings were given: self-ratings up to 14 days before it, the lead's up to 7 days
 * after it, so the rating that counts for each item lies within [anchor − 14, anchor + 7] days.
 */
function ratingsAnchor(age: RatingsAge, today: string, index: number): string {
  const yearAgo = addMonths(today, -12);
  if (age === "overdue") return addDays(yearAgo, -45 - 5 * index); // stale 38+ days ago: overdue
  if (age === "due") return addDays(yearAgo, -12); // stale 5–26 days ago: due, not yet overdue
  if (age === "dueSoon") return addDays(yearAgo, 17); // stale in 3–24 days
  return addMonths(today, -(2 + (index % 7)));
}

/**
 * A certification's expiry by its place among the demo's certifications: within a week, within a month, in two to
 * three years, within three months, in two to three years. `month` (10–12) and `day` (1–28) are the random draws the
 * fixed demo used for its expiry, so the rest of the demo stays as it was.
 */
function certificationExpiry(k: number, today: string, month: number, day: number): string {
  switch (k % 5) {
    case 0:
      return addDays(today, 1 + (day % 6));
    case 1:
      return addDays(today, 8 + (day % 20));
    case 3:
      return addDays(today, 45 + day);
    default:
      return addDays(addMonths(today, 24 + (month - 10) * 5), day);
  }
}

/** The created/updated stamps of a record submitted `daysAgo` days before the seed day (the queue's "submitted"). */
const submittedStamps = (today: string, daysAgo: number, hour = 9) => {
  const t = at(addDays(today, -daysAgo), hour);
  return { createdAt: t, updatedAt: t };
};

type ProjectRow = typeof s.projects.$inferInsert;

const earliest = (a: string, b: string) => (a < b ? a : b);

function project(
  field: Field,
  level: number,
  rng: Rng,
  memberId: number,
  today: string,
  opts: Partial<ProjectRow> = {},
): ProjectRow {
  const criteria = COMPLEXITY_OF[field];
  const c = level >= 5 && field !== "facility" ? 4 : level === 4 && field === "facility" ? 3 : rng.int(2, 3);
  const complexity = rng.sample(criteria, c) as ComplexityCriterion[];
  const role = level >= 5 ? "responsible" : level === 4 ? "leader" : "member";
  const year = rng.int(2019, 2025);
  const base: ProjectRow = {
    memberId,
    field,
    name: `${rng.pick(CUSTOMERS).split(" ")[0]} ${rng.pick(PROJECT_NOUNS[field])}`,
    customer: rng.pick(CUSTOMERS),
    startDate: shiftedDay(iso(year, rng.int(1, 6), rng.int(1, 28)), today),
    // A completed project ended before the seed day (a few of the fixed demo's ended in its future).
    endDate: earliest(shiftedDay(iso(year + 1, rng.int(1, 12), rng.int(1, 28)), today), addDays(today, -1)),
    componentArea: field === "facility" ? null : rng.pick(COMPONENT_AREAS[field]),
    role,
    status: "completed",
    successful: true,
    complexity,
    description: "Installation, maintenance and fault recovery for the customer's systems.",
    reviewState: "approved",
  };
  if (field === "facility") {
    if (level <= 3) Object.assign(base, { facilityScope: "part" });
    else {
      const rooms = level >= 6 ? 5 : level === 5 ? 3 : 1;
      Object.assign(base, {
        facilityScope: "whole",
        computerRoomSites: rooms,
        floorSpaceM2: rooms * 400,
        networkSites: rooms * 10,
      });
    }
  } else {
    const scope: Scope = level >= 5 ? "wide_area_users" : level === 4 ? "wide_area_team" : "specific_users";
    // Level 5 either way: wide-area users, or a wide-area team with four criteria (c is 4 above).
    Object.assign(base, { scope: level >= 5 && rng.chance(0.5) ? "wide_area_team" : scope });
  }
  return { ...base, ...opts };
}

/**
 * One submitted record per team whose approval raises the member's official level (the review queue shows it before
 * it is given: docs/evaluation.md#9-what-an-approval-would-change). Written after every other record and without the
 * random stream, so the rest of the demo stays as it was; the approved records added here change no official level.
 * - Hardware: Emma Schulz (level 3) holds everything level 4 asks but mentoring; her submitted mentoring gives 3 → 4,
 *   and makes the team's target (4 members at level 4) met.
 * - Software: Ryo Matsumoto (level 2 by exam) holds a level-3 specialty area; the submitted revision of his ongoing
 *   project, now completed, gives the level-3 project: 2 → 3.
 * - Facility Management: Amara Okafor (level 2 by FE) submitted AP: 2 → 3 in every field (an exam counts in all).
 */
async function pendingLevelChanges(
  db: Db,
  ids: Map<string, number>,
  leads: Record<Field, number>,
  approvedOn: Map<string, string>,
  today: string,
): Promise<void> {
  const day = (fixed: string) => shiftedDay(fixed, today);
  // Approved on the member's day of approvals (as their other records), so their level history stays as it was.
  const reviewed = (field: Field, name: string) => ({
    reviewState: "approved" as const,
    reviewedBy: leads[field],
    reviewedAt: at(approvedOn.get(name)!, 10),
    createdAt: at(addDays(approvedOn.get(name)!, -3)),
    updatedAt: at(approvedOn.get(name)!, 10),
  });
  const emma = ids.get("Emma Schulz")!;
  await db.insert(s.projects).values({
    memberId: emma,
    field: "hardware",
    name: "Mirai Logistics branch PC rollout",
    customer: "Mirai Logistics",
    startDate: day("2024-04-01"),
    endDate: day("2025-03-31"),
    componentArea: COMPONENT_AREAS.hardware[0],
    role: "leader",
    status: "completed",
    successful: true,
    complexity: COMPLEXITY_OF.hardware.slice(0, 3) as ComplexityCriterion[],
    scope: "wide_area_team",
    description: "Led the rollout of 1,200 branch PCs across the customer's regional offices.",
    ...reviewed("hardware", "Emma Schulz"),
  });
  await db.insert(s.specialties).values({
    memberId: emma,
    field: "hardware",
    area: SPECIALTY_AREAS.hardware[4][0],
    ...reviewed("hardware", "Emma Schulz"),
  });
  await db.insert(s.successions).values({
    memberId: emma,
    field: "hardware",
    kind: SUCCESSION_KINDS[0],
    title: "Branch PC rollout runbook",
    achievedOn: day("2025-05-20"),
    ...reviewed("hardware", "Emma Schulz"),
  });
  await db.insert(s.mentorings).values({
    memberId: emma,
    field: "hardware",
    mentee: "Lucas Martin",
    fromDate: day("2025-04-01"),
    toDate: null,
    reviewState: "submitted",
    ...submittedStamps(today, 2, 16),
  });

  const ryo = ids.get("Ryo Matsumoto")!;
  await db.insert(s.specialties).values({
    memberId: ryo,
    field: "software",
    area: SPECIALTY_AREAS.software[3][0],
    ...reviewed("software", "Ryo Matsumoto"),
  });
  const [ongoing] = await db
    .select()
    .from(s.projects)
    .where(and(eq(s.projects.memberId, ryo), eq(s.projects.status, "ongoing"), eq(s.projects.reviewState, "approved")))
    .limit(1);
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the copy gets its own id, review and timestamps
  const { id, reviewState, reviewedBy, reviewedAt, createdAt, updatedAt, version, ...content } = ongoing;
  await db.insert(s.projects).values({
    ...content,
    status: "completed",
    successful: true,
    endDate: day("2026-03-31"),
    reviewState: "submitted",
    revisionOf: id,
    ...submittedStamps(today, 6, 11),
  });

  await db.insert(s.exams).values({
    memberId: ids.get("Amara Okafor")!,
    exam: "AP",
    passedOn: day("2026-04-19"),
    reviewState: "submitted",
    ...submittedStamps(today, 4, 14),
  });
}

export type SeedSummary = { departments: number; teams: number; members: number; users: number };

/**
 * Fills an empty database with the demo organisation, its dates relative to `today` ("YYYY-MM-DD"; by default the seed
 * day of seed/seed-day.ts: LEVELBOARD_SEED_TODAY, else today). Run inside one transaction by the caller.
 */
export async function seedDemo(db: Db, opts: { today?: string } = {}): Promise<SeedSummary> {
  const today = opts.today ?? seedToday();
  const rng = createRng(20261124);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [dept] = await db.insert(s.departments).values({ name: "Customer Service Department" }).returning();
  const teamIds = {} as Record<Field, number>;
  for (const field of ["hardware", "software", "facility"] as const) {
    const [t] = await db.insert(s.teams).values({ departmentId: dept.id, name: TEAM_NAMES[field], field }).returning();
    teamIds[field] = t.id;
  }
  const userIds: Record<string, number> = {};
  for (const a of DEMO_ACCOUNTS) {
    const [u] = await db
      .insert(s.users)
      .values({ email: a.email, name: a.name, role: a.role, passwordHash, departmentId: dept.id })
      .returning();
    userIds[a.email] = u.id;
    if ("leads" in a) await db.insert(s.teamLeads).values({ teamId: teamIds[a.leads], userId: u.id });
  }

  let memberCount = 0;
  let certificationCount = 0;
  let submittedCount = 0;
  // Records waiting for review: submitted one to nineteen days before the seed day, in no particular order.
  const waiting = () => {
    const k = submittedCount++;
    return submittedStamps(today, 1 + ((k * 7) % 19), 9 + (k % 8));
  };
  const memberIds = new Map<string, number>();
  const approvedOn = new Map<string, string>();
  const leadIds = {} as Record<Field, number>;
  for (const field of ["hardware", "software", "facility"] as const) {
    const leadEmail = DEMO_ACCOUNTS.find((a) => "leads" in a && a.leads === field)!.email;
    const leadId = userIds[leadEmail];
    leadIds[field] = leadId;
    const names = field === "hardware" ? ["Yuki Yamamoto", ...PEOPLE.hardware] : PEOPLE[field];
    for (let i = 0; i < names.length; i++) {
      const target = PROFILES[field][i] ?? 2;
      const isDemoMember = field === "hardware" && i === 0;
      const email = isDemoMember
        ? "member.hw@levelboard.test"
        : `${names[i].toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`;
      // The member's place in the demo: sets when they joined (13 months to 5 years ago, before the level trend's
      // first month) and the day their records were approved (days to six months ago: their latest level step).
      const g = memberCount;
      const joined = at(addDays(today, -400 - 53 * g));
      const approved = addDays(addMonths(today, -(g % 6)), -(1 + (g % 9)));
      const [m] = await db
        .insert(s.members)
        .values({
          createdAt: joined,
          updatedAt: joined,
          teamId: teamIds[field],
          name: names[i],
          email,
          userId: isDemoMember ? userIds["member.hw@levelboard.test"] : null,
          jobTitle:
            target >= 5
              ? "Principal engineer"
              : target >= 4
                ? "Senior engineer"
                : target >= 3
                  ? "Engineer"
                  : "Associate engineer",
        })
        .returning();
      memberCount++;
      memberIds.set(names[i], m.id);
      approvedOn.set(names[i], approved);
      const reviewed = {
        reviewedBy: leadId,
        reviewedAt: at(approved, 10),
        createdAt: at(addDays(approved, -3)),
        updatedAt: at(approved, 10),
      };
      const projectRows: ProjectRow[] = [];
      if (target >= 3) {
        if (target === 3) projectRows.push(project(field, 3, rng, m.id, today, reviewed));
        else {
          projectRows.push(project(field, target, rng, m.id, today, reviewed));
          for (let k = 1; k < R[target]; k++) projectRows.push(project(field, target - 1, rng, m.id, today, reviewed));
        }
      }
      // Everyday noise: an ongoing project, a failed one, and (for some) records waiting for review.
      if (rng.chance(0.6))
        projectRows.push(
          project(field, Math.max(3, target), rng, m.id, today, {
            ...reviewed,
            status: "ongoing",
            successful: false,
            endDate: null,
          }),
        );
      if (rng.chance(0.3)) projectRows.push(project(field, 3, rng, m.id, today, { ...reviewed, successful: false }));
      if (isDemoMember) {
        projectRows.push(
          project(field, 4, rng, m.id, today, {
            reviewState: "submitted",
            name: "Kansai Railways storage migration",
            ...waiting(),
          }),
        );
        projectRows.push(
          project(field, 4, rng, m.id, today, {
            reviewState: "draft",
            name: "Atlas Hospital server refresh",
            ...submittedStamps(today, 1, 17),
          }),
        );
      } else if (i % 4 === 1) {
        projectRows.push(
          project(field, Math.min(MAX_LEVEL[field], target + 1), rng, m.id, today, {
            reviewState: "submitted",
            ...waiting(),
          }),
        );
      }
      if (projectRows.length) await db.insert(s.projects).values(projectRows);

      if (target >= 3) {
        const areas = SPECIALTY_AREAS[field] as Record<number, readonly string[]>;
        await db
          .insert(s.specialties)
          .values({ memberId: m.id, field, area: rng.pick(areas[target]), reviewState: "approved", ...reviewed });
      }
      if (target >= 4) {
        const kinds = rng.sample(SUCCESSION_KINDS, S[target]);
        await db.insert(s.successions).values(
          kinds.map((kind, k) => ({
            memberId: m.id,
            field,
            kind,
            title: `${kind.replace(/_/g, " ")} on ${rng.pick(PROJECT_NOUNS[field])}`,
            achievedOn: shiftedDay(iso(2022 + k, rng.int(1, 12), rng.int(1, 28)), today),
            reviewState: "approved" as const,
            ...reviewed,
          })),
        );
        await db.insert(s.mentorings).values({
          memberId: m.id,
          field,
          mentee: rng.pick(PEOPLE[field]),
          fromDate: shiftedDay(iso(2024, 4, 1), today),
          toDate: shiftedDay(iso(2025, 3, 31), today),
          reviewState: "approved",
          ...reviewed,
        });
      }
      const exam = target >= 3 ? (rng.chance(0.7) ? "AP" : "FE") : target === 2 ? "FE" : target === 1 ? "IP" : null;
      if (exam)
        await db.insert(s.exams).values({
          memberId: m.id,
          exam,
          passedOn: shiftedDay(iso(rng.int(2015, 2024), rng.pick([4, 10]), 20), today),
          reviewState: "approved",
          ...reviewed,
        });
      if (rng.chance(0.5)) {
        const month = rng.int(10, 12);
        const expires = certificationExpiry(certificationCount++, today, month, rng.int(1, 28));
        // Valid for three years; approved a week after it was obtained.
        const obtained = addMonths(expires, -36);
        await db.insert(s.certifications).values({
          memberId: m.id,
          name: rng.pick(["CCNA", "LPIC-1", "ITIL 4 Foundation", "Electrician (Class 2)"]),
          issuer: "",
          obtainedOn: obtained,
          expiresOn: expires,
          reviewState: "approved",
          reviewedBy: leadId,
          reviewedAt: at(addDays(obtained, 7), 10),
          createdAt: at(addDays(obtained, 2)),
          updatedAt: at(addDays(obtained, 7), 10),
        });
      }
      const max = MAX_LEVEL[field];
      const anchor = ratingsAnchor(RATINGS_AGE[i % RATINGS_AGE.length], today, i);
      await db.insert(s.skillAssessments).values(
        skillItemsOf(field).map((item) => {
          const self = Math.min(max, Math.max(1, target + rng.int(-1, 1)));
          const hasLead = target > 0 && rng.chance(0.7);
          const selfLevel = target === 0 && rng.chance(0.5) ? null : self;
          // Drawn either way, so the rest of the demo stays the same; a date only with a level. The day draws (1–28)
          // place the self-rating 14 to 0 days before the anchor, the lead's 0 to 7 days after it.
          const selfOn = addDays(anchor, -14 + Math.floor(rng.int(1, 28) / 2));
          const leadLevel = hasLead ? Math.min(max, Math.max(1, target + rng.int(-1, 0))) : null;
          const leadOn = hasLead ? addDays(anchor, Math.floor(rng.int(1, 28) / 4)) : null;
          const stamp = at(leadOn ?? selfOn);
          return {
            memberId: m.id,
            field,
            item,
            selfLevel,
            selfAssessedOn: selfLevel === null ? null : selfOn,
            leadLevel,
            leadAssessedOn: leadOn,
            leadAssessorId: hasLead ? leadId : null,
            createdAt: stamp,
            updatedAt: stamp,
          };
        }),
      );
    }
  }
  await pendingLevelChanges(db, memberIds, leadIds, approvedOn, today);
  await db.insert(s.targets).values([
    { teamId: teamIds.hardware, field: "hardware", kind: "level", minLevel: 4, minCount: 4 },
    { teamId: teamIds.software, field: "software", kind: "level", minLevel: 4, minCount: 3 },
    { teamId: teamIds.facility, field: "facility", kind: "level", minLevel: 5, minCount: 2 },
    {
      teamId: teamIds.hardware,
      field: "hardware",
      kind: "skill",
      skillItem: "hardware_technology",
      minLevel: 4,
      minCount: 3,
    },
    { departmentId: dept.id, field: "software", kind: "level", minLevel: 3, minCount: 8 },
  ]);
  await seedDemoRound(db, new Date(`${today}T12:00:00Z`));
  return { departments: 1, teams: 3, members: memberCount, users: DEMO_ACCOUNTS.length };
}
