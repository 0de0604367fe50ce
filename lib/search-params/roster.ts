// The URL state of the roster tables — a team's members, the teams, the user accounts — for the pages, their client
// tables and their CSV exports alike. The queries (lib/db/queries/{team-members,teams,users}.ts) take these parsed
// values.
import { createLoader, createSerializer } from "nuqs/server";
import { MAX_ID } from "../limits";
import {
  exportFormatParser,
  parseAsBoundedInt,
  parseAsOneOf,
  tableParsers,
  type ExportFormat,
  type SearchParams,
  type TableParams,
} from "./table";

/** `level_<field>`: the official level in that field (from member_standings); `lastAssessed`: the oldest last
 * assessed date of the member's fields (member_currency); both sorted in SQL. */
export const TEAM_MEMBER_SORTS = [
  "name",
  "jobTitle",
  "account",
  "level_hardware",
  "level_software",
  "level_facility",
  "lastAssessed",
  "status",
] as const;
export const TEAM_SORTS = ["name", "department", "field", "members"] as const;
export const USER_SORTS = ["name", "email", "role", "department", "status"] as const;

export const teamMemberParsers = tableParsers(TEAM_MEMBER_SORTS, "name");
export const teamParsers = tableParsers(TEAM_SORTS, "department");
/**
 * The roles as the URL names them (lib/db/schema's ROLES; restated here so client tables do not bundle the schema,
 * and the URL's parsers sit below the queries that take them: listUsers's filter on users.role checks the names).
 */
export const ROLE_FILTERS = ["admin", "head", "lead", "member"] as const;
type Role = (typeof ROLE_FILTERS)[number];

/** `archived` here means "include disabled accounts"; `role` filters by role ("" = every role). */
export const userParsers = {
  ...tableParsers(USER_SORTS, "name"),
  role: parseAsOneOf<Role | "">(["", ...ROLE_FILTERS]).withDefault(""),
};

export type TeamMemberParams = TableParams<(typeof TEAM_MEMBER_SORTS)[number]>;
export type TeamParams = TableParams<(typeof TEAM_SORTS)[number]>;
export type UserParams = TableParams<(typeof USER_SORTS)[number]> & { role: Role | "" };

const loadTeamMembers = createLoader(teamMemberParsers);
const loadTeams = createLoader(teamParsers);
const loadUsers = createLoader(userParsers);

/** Next's searchParams, a URL, or anything else (→ every default). */
type Input = SearchParams | URL | URLSearchParams | string | null | undefined | unknown;
const asInput = (sp: Input) =>
  sp instanceof URL || sp instanceof URLSearchParams || typeof sp === "string"
    ? sp
    : sp && typeof sp === "object"
      ? (sp as SearchParams)
      : {};

export const parseTeamMemberParams = (sp: Input): TeamMemberParams => loadTeamMembers(asInput(sp));
export const parseTeamParams = (sp: Input): TeamParams => loadTeams(asInput(sp));
export const parseUserParams = (sp: Input): UserParams => loadUsers(asInput(sp));

const loadRosterTeam = createLoader({ teamId: parseAsBoundedInt(1, MAX_ID), format: exportFormatParser });

/** The team of a roster export (`?teamId=`; null when absent or not an id) and its format, with the table's state. */
export function parseTeamMembersExport(
  url: URL | string,
): TeamMemberParams & { teamId: number | null; format: ExportFormat } {
  const u = typeof url === "string" ? new URL(url) : url;
  return { ...loadTeamMembers(u), ...loadRosterTeam(u) };
}

/** The query string of a table's state (defaults left out; sort and dir always), e.g. for its CSV export link. */
export const teamMemberQuery = createSerializer(teamMemberParsers);
export const teamQuery = createSerializer(teamParsers);
export const userQuery = createSerializer(userParsers);
