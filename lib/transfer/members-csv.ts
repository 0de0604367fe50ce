// The members CSV (name, email, department, team, field, role): validates every row against the organisation and
// the actor's reach, and plans what an import would create — members and accounts, and for an administrator the
import { isEmail, isStorable } from "../validation";
// departments and teams the file names that do not exist yet. Pure: rows and context in, errors and plan out.
import { FIELDS, type Field } from "../itss/fields";
import { csvError, parseCsv, looksLikeFormula, type RowError } from "./csv";
import type { Text } from "../i18n/text";

export const MEMBER_COLUMNS = ["name", "email", "department", "team", "field", "role"] as const;
const REQUIRED = ["name", "team"] as const;
const OPTIONAL = ["email", "department", "field", "role"] as const;
export const MEMBER_ACCOUNT_ROLES = ["member", "lead"] as const;
export type MemberAccountRole = (typeof MEMBER_ACCOUNT_ROLES)[number];

export const MEMBERS_TEMPLATE =
  "name,email,department,team,field,role\r\n" +
  "Ada Example,ada@example.com,Customer Service Department,Hardware Service Team,hardware,member\r\n" +
  "Ben Example,,Customer Service Department,Hardware Service Team,,\r\n" +
  "Cleo Example,cleo@example.com,Customer Service Department,Software Service Team,software,lead\r\n";

export type DepartmentRef = { id: number; name: string };
export type TeamRef = { id: number; name: string; departmentId: number; departmentName: string; field: Field | null };

/** A department the import will create (named first in `row`). */
export type NewDepartment = { name: string; row: number };
/** A team the import will create, in an existing department or a new one. */
export type NewTeam = { name: string; field: Field | null; department: DepartmentRef | NewDepartment; row: number };

export type MembersContext = {
  /** Every active team of the organisation (to tell "no such team" from "not yours"). */
  teams: readonly TeamRef[];
  /** Archived teams: their names are taken in their department. */
  archivedTeams: readonly TeamRef[];
  /** Every department. */
  departments: readonly DepartmentRef[];
  /** Whether the actor may add members to this team (policy member.manage). */
  canManageTeam: (team: TeamRef) => boolean;
  /** Whether the actor may create sign-in accounts (policy users.manage). */
  canCreateAccounts: boolean;
  /** Whether departments and teams the file names may be created (an administrator's import, policy org.import). */
  canCreateDepartmentsAndTeams: boolean;
  /** Lower-cased emails of existing users and existing members. */
  userEmails: ReadonlySet<string>;
  memberEmails: ReadonlySet<string>;
};

export type MemberPlan = {
  row: number;
  name: string;
  email: string | null;
  team: TeamRef | NewTeam;
  /** The account to create, or null for a member without sign-in. */
  accountRole: MemberAccountRole | null;
};

export type MembersCheck = {
  errors: RowError[];
  plan: MemberPlan[];
  newDepartments: NewDepartment[];
  newTeams: NewTeam[];
};

export const isNewTeam = (t: TeamRef | NewTeam): t is NewTeam => !("id" in t);
export const isNewDepartment = (d: DepartmentRef | NewDepartment): d is NewDepartment => !("id" in d);
/** "Department / Team", as the preview and messages name a team. */
export const teamLabel = (t: TeamRef | NewTeam) => `${isNewTeam(t) ? t.department.name : t.departmentName} / ${t.name}`;

const key = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Finds the team a cell names — "Team" or "Department / Team", case-insensitive — among the teams the actor may
 * import into (teams outside their reach are not named, so the file cannot probe for them).
 */
function resolveTeam(cell: string, teams: readonly TeamRef[], create: "yes" | "no"): { team?: TeamRef; error?: Text } {
  const slash = cell.lastIndexOf("/");
  const matches =
    slash >= 0
      ? teams.filter(
          (t) => key(t.departmentName) === key(cell.slice(0, slash)) && key(t.name) === key(cell.slice(slash + 1)),
        )
      : teams.filter((t) => key(t.name) === key(cell));
  if (matches.length === 1) return { team: matches[0] };
  if (matches.length > 1) {
    return {
      error: csvError("teamAmbiguous", {
        cell,
        count: matches.length,
        example: `${matches[0].departmentName} / ${matches[0].name}`,
        create,
      }),
    };
  }
  return { error: csvError("teamUnknown", { cell, create }) };
}

/** A department or team name from a cell: the same limits as the forms. */
function nameProblem(value: string): Text | null {
  if (value.length > 200) return csvError("tooLong", { max: 200 });
  if (looksLikeFormula(value)) return csvError("formula");
  return null;
}

export function validateMemberRows(
  rows: readonly { row: number; cells: Record<string, string> }[],
  ctx: MembersContext,
): MembersCheck {
  const errors: RowError[] = [];
  const plan: MemberPlan[] = [];
  const seenEmails = new Map<string, number>();
  const reachable = ctx.teams.filter(ctx.canManageTeam);
  // Departments a row may name: every one for an administrator, else those of the teams within reach.
  const reachableDepartmentIds = new Set(reachable.map((t) => t.departmentId));
  const namable = ctx.canCreateDepartmentsAndTeams
    ? ctx.departments
    : ctx.departments.filter((d) => reachableDepartmentIds.has(d.id));
  const newDepartments = new Map<string, NewDepartment>();
  const newTeams = new Map<string, NewTeam>();
  const fieldFrom = new Map<NewTeam, number>(); // the row that gave a new team its field

  for (const { row, cells } of rows) {
    const err = (column: string, message: Text) => errors.push({ row, column, message });
    const before = errors.length;
    const name = cells.name ?? "";
    if (name === "") err("name", csvError("nameRequired"));
    else if (name.length > 200) err("name", csvError("tooLong", { max: 200 }));
    else if (!isStorable(name)) err("name", csvError("unstorable"));
    else if (looksLikeFormula(name)) err("name", csvError("formula"));

    const rawEmail = (cells.email ?? "").toLowerCase();
    const beforeEmail = errors.length;
    let email: string | null = null;
    if (rawEmail !== "") {
      if (!isEmail(rawEmail)) err("email", csvError("emailInvalid", { value: cells.email }));
      else if (seenEmails.has(rawEmail))
        err("email", csvError("emailRepeated", { email: rawEmail, row: seenEmails.get(rawEmail)! }));
      else if (ctx.memberEmails.has(rawEmail)) err("email", csvError("memberEmailTaken", { email: rawEmail }));
      else email = rawEmail;
      if (email) seenEmails.set(email, row);
    }

    const roleCell = (cells.role ?? "").toLowerCase();
    let accountRole: MemberAccountRole | null = null;
    if (roleCell !== "") {
      if (!(MEMBER_ACCOUNT_ROLES as readonly string[]).includes(roleCell))
        err("role", csvError("roleInvalid", { value: cells.role }));
      else if (!ctx.canCreateAccounts) err("role", csvError("accountsAdminOnly"));
      else if (rawEmail === "") err("email", csvError("accountNeedsEmail", { role: roleCell }));
      else if (errors.length > beforeEmail) {
        /* the email's own error says enough */
      } else if (ctx.userEmails.has(rawEmail)) err("email", csvError("userEmailTaken", { email: rawEmail }));
      else accountRole = roleCell as MemberAccountRole;
    }

    const fieldCell = (cells.field ?? "").toLowerCase();
    let field: Field | null = null;
    let fieldOk = true;
    if (fieldCell !== "") {
      if ((FIELDS as readonly string[]).includes(fieldCell)) field = fieldCell as Field;
      else {
        fieldOk = false;
        err("field", csvError("fieldInvalidOrEmpty", { value: cells.field, fields: FIELDS.join(", ") }));
      }
    }

    let team: TeamRef | NewTeam | undefined;
    const teamCell = cells.team ?? "";
    const departmentCell = cells.department ?? "";
    if (teamCell === "") err("team", csvError("teamRequired"));
    else if (departmentCell === "") {
      const found = resolveTeam(teamCell, reachable, ctx.canCreateDepartmentsAndTeams ? "yes" : "no");
      if (found.error) err("team", found.error);
      else team = found.team;
    } else {
      team = resolveInDepartment(departmentCell, teamCell, field, row, err);
    }
    if (team && fieldOk && field) {
      if (!isNewTeam(team) && team.field !== field)
        err("field", csvError("teamFieldMismatch", { team: teamLabel(team), teamField: team.field ?? "none", field }));
      else if (isNewTeam(team) && team.field === null) {
        team.field = field;
        fieldFrom.set(team, row);
      } else if (isNewTeam(team) && team.field !== field)
        err(
          "field",
          csvError("newTeamFieldClash", {
            row: fieldFrom.get(team) ?? team.row,
            team: teamLabel(team),
            teamField: team.field ?? "none",
          }),
        );
    }
    if (errors.length === before && team) plan.push({ row, name, email, team, accountRole });
  }

  /** The team a row names with a department cell: found within reach, or (administrator) planned for creation. */
  function resolveInDepartment(
    departmentCell: string,
    teamCell: string,
    field: Field | null,
    row: number,
    err: (column: string, message: Text) => void,
  ): TeamRef | NewTeam | undefined {
    const departmentProblem = nameProblem(departmentCell);
    if (departmentProblem) return void err("department", departmentProblem);
    let department: DepartmentRef | NewDepartment | undefined =
      namable.find((d) => key(d.name) === key(departmentCell)) ?? newDepartments.get(key(departmentCell));
    if (!department) {
      if (!ctx.canCreateDepartmentsAndTeams) {
        return void err("department", csvError("departmentUnknown", { department: departmentCell }));
      }
      department = { name: departmentCell, row };
      newDepartments.set(key(departmentCell), department);
    }
    if (!isNewDepartment(department)) {
      const departmentId = department.id;
      const inDepartment = (t: TeamRef) => t.departmentId === departmentId && key(t.name) === key(teamCell);
      const existing = reachable.find(inDepartment);
      if (existing) return existing;
      if (!ctx.canCreateDepartmentsAndTeams) {
        return void err("team", csvError("teamNotInDepartment", { team: teamCell, department: department.name }));
      }
      const archived = ctx.archivedTeams.find(inDepartment);
      if (archived) return void err("team", csvError("teamArchived", { team: teamLabel(archived) }));
    }
    const teamProblem = nameProblem(teamCell);
    if (teamProblem) return void err("team", teamProblem);
    const newKey = `${key(department.name)}\u0000${key(teamCell)}`;
    let planned = newTeams.get(newKey);
    if (!planned) {
      planned = { name: teamCell, field, department, row };
      newTeams.set(newKey, planned);
    }
    return planned;
  }

  // Only what a valid row needs is created (a dry run with errors lists no orphan department or team).
  const usedTeams = new Set(plan.map((p) => p.team).filter(isNewTeam));
  const keptTeams = [...newTeams.values()].filter((t) => usedTeams.has(t));
  const usedDepartments = new Set(keptTeams.map((t) => t.department));
  return {
    errors,
    plan,
    newTeams: keptTeams,
    newDepartments: [...newDepartments.values()].filter((d) => usedDepartments.has(d)),
  };
}

/** Parse + validate in one step. */
export function checkMembersCsv(text: string, ctx: MembersContext): MembersCheck {
  const parsed = parseMembersCsv(text);
  if (!parsed.ok) return { errors: parsed.errors, plan: [], newDepartments: [], newTeams: [] };
  return validateMemberRows(parsed.table.rows, ctx);
}

export const parseMembersCsv = (text: string) => parseCsv(text, { required: REQUIRED, optional: OPTIONAL });
