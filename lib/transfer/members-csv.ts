// The members CSV (name, email, department, team, field, role): validates every row against the organisation and
// the actor's reach, and plans what an import would create — members and accounts, and for an administrator the
import { isEmail, isStorable } from "../validation";
// departments and teams the file names that do not exist yet. Pure: rows and context in, errors and plan out.
import { FIELDS, type Field } from "../itss/fields";
import { parseCsv, looksLikeFormula, type RowError } from "./csv";

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
const fieldWord = (f: Field | null) => (f ? `a ${f} team` : "a mixed team (no field)");

/**
 * Finds the team a cell names — "Team" or "Department / Team", case-insensitive — among the teams the actor may
 * import into (teams outside their reach are not named, so the file cannot probe for them).
 */
function resolveTeam(cell: string, teams: readonly TeamRef[]): { team?: TeamRef; error?: string } {
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
      error: `"${cell}" names a team in ${matches.length} departments; write it as "Department / Team" (e.g. "${matches[0].departmentName} / ${matches[0].name}").`,
    };
  }
  return { error: `No active team named "${cell}" among the teams you may import into.` };
}

/** A department or team name from a cell: the same limits as the forms. */
function nameProblem(value: string): string | null {
  if (value.length > 200) return "At most 200 characters.";
  if (looksLikeFormula(value))
    return "Starts with =, +, -, @ or a tab, like a spreadsheet formula; remove that character.";
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
    const err = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;
    const name = cells.name ?? "";
    if (name === "") err("name", "Enter the member's name.");
    else if (name.length > 200) err("name", "At most 200 characters.");
    else if (!isStorable(name)) err("name", "Contains a character that cannot be stored (a NUL character); remove it.");
    else if (looksLikeFormula(name))
      err("name", "Starts with =, +, -, @ or a tab, like a spreadsheet formula; remove that character.");

    const rawEmail = (cells.email ?? "").toLowerCase();
    const beforeEmail = errors.length;
    let email: string | null = null;
    if (rawEmail !== "") {
      if (!isEmail(rawEmail)) err("email", `"${cells.email}" is not a valid email address.`);
      else if (seenEmails.has(rawEmail))
        err("email", `${rawEmail} already appears in row ${seenEmails.get(rawEmail)}.`);
      else if (ctx.memberEmails.has(rawEmail)) err("email", `A member with the email ${rawEmail} already exists.`);
      else email = rawEmail;
      if (email) seenEmails.set(email, row);
    }

    const roleCell = (cells.role ?? "").toLowerCase();
    let accountRole: MemberAccountRole | null = null;
    if (roleCell !== "") {
      if (!(MEMBER_ACCOUNT_ROLES as readonly string[]).includes(roleCell))
        err(
          "role",
          `"${cells.role}" is not a role: use member, lead, or leave it empty for a member without an account.`,
        );
      else if (!ctx.canCreateAccounts)
        err("role", "Only an administrator may create sign-in accounts; leave role empty.");
      else if (rawEmail === "") err("email", `An account (role ${roleCell}) needs an email to sign in with.`);
      else if (errors.length > beforeEmail) {
        /* the email's own error says enough */
      } else if (ctx.userEmails.has(rawEmail))
        err("email", `A user account with the email ${rawEmail} already exists.`);
      else accountRole = roleCell as MemberAccountRole;
    }

    const fieldCell = (cells.field ?? "").toLowerCase();
    let field: Field | null = null;
    let fieldOk = true;
    if (fieldCell !== "") {
      if ((FIELDS as readonly string[]).includes(fieldCell)) field = fieldCell as Field;
      else {
        fieldOk = false;
        err("field", `"${cells.field}" is not a field: use ${FIELDS.join(", ")}, or leave it empty.`);
      }
    }

    let team: TeamRef | NewTeam | undefined;
    const teamCell = cells.team ?? "";
    const departmentCell = cells.department ?? "";
    if (teamCell === "") err("team", "Enter the team's name.");
    else if (departmentCell === "") {
      const found = resolveTeam(teamCell, reachable);
      if (found.error) {
        err(
          "team",
          found.error +
            (ctx.canCreateDepartmentsAndTeams ? " To create it, name its department in the department column." : ""),
        );
      } else team = found.team;
    } else {
      team = resolveInDepartment(departmentCell, teamCell, field, row, err);
    }
    if (team && fieldOk && field) {
      if (!isNewTeam(team) && team.field !== field)
        err("field", `"${teamLabel(team)}" is ${fieldWord(team.field)}, not ${field}.`);
      else if (isNewTeam(team) && team.field === null) {
        team.field = field;
        fieldFrom.set(team, row);
      } else if (isNewTeam(team) && team.field !== field)
        err(
          "field",
          `Row ${fieldFrom.get(team) ?? team.row} makes "${teamLabel(team)}" ${fieldWord(team.field)}; a team has one field.`,
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
    err: (column: string, message: string) => void,
  ): TeamRef | NewTeam | undefined {
    const departmentProblem = nameProblem(departmentCell);
    if (departmentProblem) return void err("department", departmentProblem);
    let department: DepartmentRef | NewDepartment | undefined =
      namable.find((d) => key(d.name) === key(departmentCell)) ?? newDepartments.get(key(departmentCell));
    if (!department) {
      if (!ctx.canCreateDepartmentsAndTeams) {
        return void err(
          "department",
          `No department named "${departmentCell}" among those you may import into; only an administrator may create departments.`,
        );
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
        return void err(
          "team",
          `No active team named "${teamCell}" in "${department.name}" among the teams you may import into; only an administrator may create teams.`,
        );
      }
      const archived = ctx.archivedTeams.find(inDepartment);
      if (archived)
        return void err(
          "team",
          `The team "${teamLabel(archived)}" is archived: restore it in its settings first, or name another team.`,
        );
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
