// The members CSV (name, email, team, role): validates every row against the organisation and the actor's
// reach, and plans what an import would create. Pure: rows and context in, errors and plan out.
import { z } from "zod";
import { parseCsv, looksLikeFormula, type RowError } from "./csv";

export const MEMBER_COLUMNS = ["name", "email", "team", "role"] as const;
export const MEMBER_ACCOUNT_ROLES = ["member", "lead"] as const;
export type MemberAccountRole = (typeof MEMBER_ACCOUNT_ROLES)[number];

export const MEMBERS_TEMPLATE =
  "name,email,team,role\r\n" +
  "Ada Example,ada@example.com,Hardware Service Team,member\r\n" +
  "Ben Example,,Hardware Service Team,\r\n" +
  "Cleo Example,cleo@example.com,Customer Service Department / Software Service Team,lead\r\n";

export type TeamRef = { id: number; name: string; departmentId: number; departmentName: string };

export type MembersContext = {
  /** Every active team of the organisation (to tell "no such team" from "not yours"). */
  teams: readonly TeamRef[];
  /** Whether the actor may add members to this team (policy member.manage). */
  canManageTeam: (team: TeamRef) => boolean;
  /** Whether the actor may create sign-in accounts (policy users.manage). */
  canCreateAccounts: boolean;
  /** Lower-cased emails of existing users and existing members. */
  userEmails: ReadonlySet<string>;
  memberEmails: ReadonlySet<string>;
};

export type MemberPlan = {
  row: number;
  name: string;
  email: string | null;
  team: TeamRef;
  /** The account to create, or null for a member without sign-in. */
  accountRole: MemberAccountRole | null;
};

const emailSchema = z.email();
const key = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Finds the team a cell names — "Team" or "Department / Team", case-insensitive — among the teams the actor may
 * import into (teams outside their reach are not named, so the file cannot probe for them).
 */
function resolveTeam(cell: string, teams: readonly TeamRef[]): { team?: TeamRef; error?: string } {
  const slash = cell.lastIndexOf("/");
  const matches = slash >= 0
    ? teams.filter((t) => key(t.departmentName) === key(cell.slice(0, slash)) && key(t.name) === key(cell.slice(slash + 1)))
    : teams.filter((t) => key(t.name) === key(cell));
  if (matches.length === 1) return { team: matches[0] };
  if (matches.length > 1) {
    return { error: `"${cell}" names a team in ${matches.length} departments; write it as "Department / Team" (e.g. "${matches[0].departmentName} / ${matches[0].name}").` };
  }
  return { error: `No active team named "${cell}" among the teams you may import into.` };
}

export function validateMemberRows(rows: readonly { row: number; cells: Record<string, string> }[], ctx: MembersContext): { errors: RowError[]; plan: MemberPlan[] } {
  const errors: RowError[] = [];
  const plan: MemberPlan[] = [];
  const seenEmails = new Map<string, number>();
  const reachable = ctx.teams.filter(ctx.canManageTeam);
  for (const { row, cells } of rows) {
    const err = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;
    const name = cells.name ?? "";
    if (name === "") err("name", "Enter the member's name.");
    else if (name.length > 200) err("name", "At most 200 characters.");
    else if (looksLikeFormula(name)) err("name", "Starts with =, +, -, @ or a tab, like a spreadsheet formula; remove that character.");

    const rawEmail = (cells.email ?? "").toLowerCase();
    const beforeEmail = errors.length;
    let email: string | null = null;
    if (rawEmail !== "") {
      if (rawEmail.length > 320 || !emailSchema.safeParse(rawEmail).success) err("email", `"${cells.email}" is not a valid email address.`);
      else if (seenEmails.has(rawEmail)) err("email", `${rawEmail} already appears in row ${seenEmails.get(rawEmail)}.`);
      else if (ctx.memberEmails.has(rawEmail)) err("email", `A member with the email ${rawEmail} already exists.`);
      else email = rawEmail;
      if (email) seenEmails.set(email, row);
    }

    const roleCell = (cells.role ?? "").toLowerCase();
    let accountRole: MemberAccountRole | null = null;
    if (roleCell !== "") {
      if (!(MEMBER_ACCOUNT_ROLES as readonly string[]).includes(roleCell)) err("role", `"${cells.role}" is not a role: use member, lead, or leave it empty for a member without an account.`);
      else if (!ctx.canCreateAccounts) err("role", "Only an administrator may create sign-in accounts; leave role empty.");
      else if (rawEmail === "") err("email", `An account (role ${roleCell}) needs an email to sign in with.`);
      else if (errors.length > beforeEmail) { /* the email's own error says enough */ }
      else if (ctx.userEmails.has(rawEmail)) err("email", `A user account with the email ${rawEmail} already exists.`);
      else accountRole = roleCell as MemberAccountRole;
    }

    let team: TeamRef | undefined;
    const teamCell = cells.team ?? "";
    if (teamCell === "") err("team", "Enter the team's name.");
    else {
      const found = resolveTeam(teamCell, reachable);
      if (found.error) err("team", found.error);
      else team = found.team;
    }
    if (errors.length === before && team) plan.push({ row, name, email, team, accountRole });
  }
  return { errors, plan };
}

/** Parse + validate in one step. */
export function checkMembersCsv(text: string, ctx: MembersContext): { errors: RowError[]; plan: MemberPlan[] } {
  const parsed = parseCsv(text, { required: ["name", "team"], optional: ["email", "role"] });
  if (!parsed.ok) return { errors: parsed.errors, plan: [] };
  return validateMemberRows(parsed.table.rows, ctx);
}
