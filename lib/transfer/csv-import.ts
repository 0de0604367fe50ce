// Runs the CSV imports against the database: loads what the validators need (a constant number of queries), and
// writes a valid plan — rows, audit rows and evaluation snapshots — inside the caller's transaction.
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import { auditLog, departments, members, skillAssessments, teamLeads, teams, users } from "../db/schema";
import { visibleMembersWhere } from "../db/queries/members";
import { can } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import { conflict, forbidden } from "../errors";
import { csvError, parseCsv, type RowError } from "./csv";
import {
  isNewDepartment,
  isNewTeam,
  parseMembersCsv,
  validateMemberRows,
  type MemberPlan,
  type MembersCheck,
  type NewDepartment,
  type NewTeam,
  type TeamRef,
} from "./members-csv";
import { skillKey, validateSkillRows, type MemberRef, type SkillPlan } from "./skills-csv";
import { text } from "../i18n/text";

export type ImportCheck<P> = { errors: RowError[]; plan: P[] };

const plain = (v: unknown) => JSON.parse(JSON.stringify(v ?? null));
const today = () => new Date().toISOString().slice(0, 10);
const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** May the actor import into this team: org.import (admin) or member.manage on the team. */
const mayImportInto = (actor: CurrentUser, scope: { departmentId: number; teamId?: number; memberId?: number }) =>
  can(actor, "org.import") || can(actor, "member.manage", scope);

export async function checkMembersImport(tx: Tx, actor: CurrentUser, csv: string): Promise<MembersCheck> {
  const parsed = parseMembersCsv(csv);
  if (!parsed.ok) return { errors: parsed.errors, plan: [], newDepartments: [], newTeams: [] };
  const emails = [...new Set(parsed.table.rows.map((r) => (r.cells.email ?? "").toLowerCase()).filter(Boolean))];
  const canCreateAccounts = can(actor, "users.manage");
  // The dry run must not tell which emails exist outside the importer's scope: clashes are looked up among the members
  // the actor may read, and among accounts only for whoever may create accounts (an administrator, who sees them all).
  const [teamRows, departmentRows, userRows, memberRows] = await Promise.all([
    tx
      .select({
        id: teams.id,
        name: teams.name,
        departmentId: teams.departmentId,
        departmentName: departments.name,
        field: teams.field,
        archivedAt: teams.archivedAt,
      })
      .from(teams)
      .innerJoin(departments, eq(departments.id, teams.departmentId)),
    tx.select({ id: departments.id, name: departments.name }).from(departments),
    emails.length && canCreateAccounts
      ? tx.select({ email: users.email }).from(users).where(inArray(users.email, emails))
      : Promise.resolve([]),
    emails.length
      ? tx
          .select({ email: sql<string>`lower(coalesce(${members.email}, ${users.email}))` })
          .from(members)
          .innerJoin(teams, eq(teams.id, members.teamId))
          .leftJoin(users, eq(users.id, members.userId))
          .where(
            and(
              or(inArray(sql`lower(${members.email})`, emails), inArray(users.email, emails)),
              visibleMembersWhere(actor),
            ),
          )
      : Promise.resolve([]),
  ]);
  const toRef = (t: (typeof teamRows)[number]): TeamRef => ({
    id: t.id,
    name: t.name,
    departmentId: t.departmentId,
    departmentName: t.departmentName,
    field: t.field,
  });
  const active = teamRows.filter((t) => !t.archivedAt).map(toRef);
  const canManageTeam = (t: TeamRef) => mayImportInto(actor, { departmentId: t.departmentId, teamId: t.id });
  // Creating departments and teams from the file is the administrator's (org.import), as a new organisation starts empty.
  const canCreateDepartmentsAndTeams = can(actor, "org.import");
  if (!canCreateDepartmentsAndTeams && !active.some(canManageTeam)) throw forbidden(text("errors.can.importMembers"));
  return validateMemberRows(parsed.table.rows, {
    teams: active,
    archivedTeams: teamRows.filter((t) => t.archivedAt).map(toRef),
    departments: departmentRows,
    canManageTeam,
    canCreateAccounts,
    canCreateDepartmentsAndTeams,
    userEmails: new Set(userRows.map((u) => u.email)),
    memberEmails: new Set(memberRows.map((m) => m.email)),
  });
}

/** Writes a valid check: new departments and teams first, then accounts, leads and members, with their audit rows. */
export async function applyMembersImport(
  tx: Tx,
  actor: CurrentUser,
  check: Pick<MembersCheck, "plan" | "newDepartments" | "newTeams">,
): Promise<number[]> {
  const { plan } = check;
  const audit: (typeof auditLog.$inferInsert)[] = [];
  const departmentIds = new Map<NewDepartment, number>();
  if (check.newDepartments.length) {
    const rows = await tx
      .insert(departments)
      .values(check.newDepartments.map((d) => ({ name: d.name })))
      .returning();
    rows.forEach((d, i) => {
      departmentIds.set(check.newDepartments[i], d.id);
      audit.push({
        actorUserId: actor.userId,
        action: "import",
        entity: "department",
        entityId: String(d.id),
        before: null,
        after: plain(d),
      });
    });
  }
  const teamRefs = new Map<NewTeam, TeamRef>();
  if (check.newTeams.length) {
    const departmentOf = (t: NewTeam) =>
      isNewDepartment(t.department) ? departmentIds.get(t.department)! : t.department.id;
    const rows = await tx
      .insert(teams)
      .values(check.newTeams.map((t) => ({ departmentId: departmentOf(t), name: t.name, field: t.field })))
      .returning();
    rows.forEach((t, i) => {
      teamRefs.set(check.newTeams[i], {
        id: t.id,
        name: t.name,
        departmentId: t.departmentId,
        departmentName: check.newTeams[i].department.name,
        field: t.field,
      });
      audit.push({
        actorUserId: actor.userId,
        action: "import",
        entity: "team",
        entityId: String(t.id),
        before: null,
        after: plain(t),
      });
    });
  }
  const teamOf = (p: MemberPlan): TeamRef => (isNewTeam(p.team) ? teamRefs.get(p.team)! : p.team);
  const withAccount = plan.filter((p) => p.accountRole);
  const createdUsers = new Map<number, typeof users.$inferSelect>();
  for (let i = 0; i < withAccount.length; i += CHUNK) {
    const chunk = withAccount.slice(i, i + CHUNK);
    const rows = await tx
      .insert(users)
      .values(
        chunk.map((p) => ({
          email: p.email!,
          name: p.name,
          role: p.accountRole!,
          departmentId: teamOf(p).departmentId,
          passwordHash: null,
        })),
      )
      .returning();
    rows.forEach((u, j) => createdUsers.set(chunk[j].row, u));
  }
  const leads = withAccount
    .filter((p) => p.accountRole === "lead")
    .map((p) => ({ teamId: teamOf(p).id, userId: createdUsers.get(p.row)!.id }));
  if (leads.length) await insertChunked(leads, (c) => tx.insert(teamLeads).values(c));
  const created: (typeof members.$inferSelect)[] = [];
  await insertChunked([...plan], async (chunk) => {
    created.push(
      ...(await tx
        .insert(members)
        .values(
          chunk.map((p) => ({
            teamId: teamOf(p).id,
            name: p.name,
            email: p.email,
            userId: createdUsers.get(p.row)?.id ?? null,
          })),
        )
        .returning()),
    );
  });
  audit.push(
    ...[...createdUsers.values()].map((u) => ({
      actorUserId: actor.userId,
      action: "import",
      entity: "user",
      entityId: String(u.id),
      before: null,
      after: plain({ ...u, passwordHash: undefined }),
    })),
    ...leads.map((l) => ({
      actorUserId: actor.userId,
      action: "import",
      entity: "team_lead",
      entityId: `${l.teamId}:${l.userId}`,
      before: null,
      after: plain(l),
    })),
    ...created.map((m) => ({
      actorUserId: actor.userId,
      action: "import",
      entity: "member",
      entityId: String(m.id),
      before: null,
      after: plain(m),
    })),
  );
  await insertChunked(audit, (c) => tx.insert(auditLog).values(c));
  await refreshOfficialEvaluations(
    tx,
    created.map((m) => m.id),
  );
  return created.map((m) => m.id);
}

export async function checkSkillsImport(tx: Tx, actor: CurrentUser, csv: string): Promise<ImportCheck<SkillPlan>> {
  const parsed = parseCsv(csv, {
    required: ["field", "skill_item", "self", "lead"],
    optional: ["member_email", "member_id", "date"],
  });
  if (!parsed.ok) return { errors: parsed.errors, plan: [] };
  const header = parsed.table.header;
  if (!header.includes("member_email") && !header.includes("member_id")) {
    return {
      errors: [{ row: 1, column: "member_email", message: csvError("needMemberColumn") }],
      plan: [],
    };
  }
  const ids = [
    ...new Set(
      parsed.table.rows
        .map((r) => r.cells.member_id ?? "")
        .filter((s) => /^\d{1,9}$/.test(s))
        .map(Number),
    ),
  ];
  const emails = [...new Set(parsed.table.rows.map((r) => (r.cells.member_email ?? "").toLowerCase()).filter(Boolean))];
  const email = sql<string | null>`lower(coalesce(${members.email}, ${users.email}))`;
  const wanted = or(
    ids.length ? inArray(members.id, ids) : undefined,
    emails.length ? inArray(email, emails) : undefined,
  );
  const memberRows: MemberRef[] = wanted
    ? (
        await tx
          .select({
            id: members.id,
            name: members.name,
            email,
            teamId: members.teamId,
            departmentId: teams.departmentId,
            archivedAt: members.archivedAt,
          })
          .from(members)
          .innerJoin(teams, eq(teams.id, members.teamId))
          .leftJoin(users, eq(users.id, members.userId))
          .where(and(wanted, visibleMembersWhere(actor)))
      ).map((m) => ({ ...m, archived: !!m.archivedAt }))
    : [];
  const existingRows = memberRows.length
    ? await tx
        .select()
        .from(skillAssessments)
        .where(
          inArray(
            skillAssessments.memberId,
            memberRows.map((m) => m.id),
          ),
        )
    : [];
  return validateSkillRows(parsed.table.rows, {
    members: memberRows,
    mayRate: (m, rater) =>
      can(actor, rater === "self" ? "member.skills.self" : "member.skills.lead", {
        departmentId: m.departmentId,
        teamId: m.teamId,
        memberId: m.id,
      }),
    existing: new Map(existingRows.map((r) => [skillKey(r.memberId, r.field, r.item), r])),
    today: today(),
  });
}

export async function applySkillsImport(tx: Tx, actor: CurrentUser, plan: readonly SkillPlan[]): Promise<number[]> {
  const audit: (typeof auditLog.$inferInsert)[] = [];
  const fresh = plan.filter((p) => !p.existing);
  const values = (p: SkillPlan) => ({
    ...(p.self !== null ? { selfLevel: p.self, selfAssessedOn: p.date } : {}),
    ...(p.lead !== null ? { leadLevel: p.lead, leadAssessedOn: p.date, leadAssessorId: actor.userId } : {}),
  });
  await insertChunked(fresh, async (chunk) => {
    const rows = await tx
      .insert(skillAssessments)
      .values(chunk.map((p) => ({ memberId: p.member.id, field: p.field, item: p.item, ...values(p) })))
      .returning();
    for (const r of rows)
      audit.push({
        actorUserId: actor.userId,
        action: "import",
        entity: "skill_assessment",
        entityId: String(r.id),
        before: null,
        after: plain(r),
      });
  });
  // Updates are one statement each (different values per row); the row's version guards against a concurrent edit.
  for (const p of plan.filter((q) => q.existing)) {
    const id = p.existing!.id;
    const [before] = await tx.select().from(skillAssessments).where(eq(skillAssessments.id, id));
    const [after] = await tx
      .update(skillAssessments)
      .set({ ...values(p), version: sql`${skillAssessments.version} + 1`, updatedAt: new Date() })
      .where(and(eq(skillAssessments.id, id), eq(skillAssessments.version, p.existing!.version)))
      .returning();
    if (!after) throw conflict();
    audit.push({
      actorUserId: actor.userId,
      action: "import",
      entity: "skill_assessment",
      entityId: String(id),
      before: plain(before),
      after: plain(after),
    });
  }
  await insertChunked(audit, (c) => tx.insert(auditLog).values(c));
  const memberIds = [...new Set(plan.map((p) => p.member.id))];
  await refreshOfficialEvaluations(tx, memberIds);
  return memberIds;
}
