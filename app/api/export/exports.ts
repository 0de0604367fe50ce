// The CSV export of each table view: same visibility, filters and sort as the page, every row (no pagination).
import type { Db } from "@/lib/db/client";
import { can, canOpenSection } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import {
  listTeamMembers,
  listTeamsTable,
  listUsers,
  parseTeamMemberParams,
  parseTeamParams,
  parseUserParams,
  teamDetail,
  type SearchParams,
} from "@/lib/db/queries/roster";
import { listAudit } from "@/lib/db/queries/audit";
import { parseAuditSearch } from "@/components/audit/search";
import { FIELDS, FIELD_LABEL } from "@/lib/itss/fields";
import { toCsv } from "@/lib/transfer/csv";
import { csvResponse, errorResponse } from "./csv";
import { loggableError } from "@/lib/errors";

const paramsOf = (url: string): SearchParams => Object.fromEntries(new URL(url).searchParams.entries());

export async function teamMembersCsv(db: Db, actor: CurrentUser, url: string): Promise<Response> {
  const sp = paramsOf(url);
  const teamId = /^\d{1,9}$/.test((sp.teamId as string) ?? "") ? Number(sp.teamId) : null;
  if (!teamId) return errorResponse(400, "teamId: give the id of a team.");
  const team = await teamDetail(db, teamId);
  // Outside the actor's scope is answered exactly like an unknown id.
  if (!team || !can(actor, "team.read", { departmentId: team.departmentId, teamId: team.id }))
    return errorResponse(404, "That team does not exist.");
  // The table's rows and levels (read model), with its filters and sort, unpaginated.
  const { rows } = await listTeamMembers(db, team.id, parseTeamMemberParams(sp), { paginate: false });
  const header = [
    "Name",
    "Email",
    "Job title",
    "Account",
    ...FIELDS.flatMap((f) => [
      `${FIELD_LABEL[f]} level`,
      `${FIELD_LABEL[f]} skill level`,
      `${FIELD_LABEL[f]} pending level`,
    ]),
    "Archived",
  ];
  const data = rows.map((r) => [
    r.name,
    r.email,
    r.jobTitle,
    r.hasAccount ? "yes" : "no",
    ...FIELDS.flatMap((f) => {
      const l = r.levels[f];
      return [l.level, l.skillLevel ?? "", l.provisionalLevel > l.level ? l.provisionalLevel : ""];
    }),
    r.archived ? "yes" : "no",
  ]);
  return csvResponse(`team-members-${team.name}`, toCsv(header, data));
}

export async function teamsCsv(db: Db, actor: CurrentUser, url: string): Promise<Response> {
  if (!canOpenSection(actor, "teams")) return errorResponse(403, "You may not see teams.");
  const { rows } = await listTeamsTable(db, actor, parseTeamParams(paramsOf(url)), { paginate: false });
  const header = ["Team", "Department", "Field", "Members", "Leads", "Archived"];
  const data = rows.map((t) => [
    t.name,
    t.departmentName,
    t.field ? FIELD_LABEL[t.field] : "Mixed",
    t.memberCount,
    t.leads.join("; "),
    t.archived ? "yes" : "no",
  ]);
  return csvResponse("teams", toCsv(header, data));
}

export async function usersCsv(db: Db, actor: CurrentUser, url: string): Promise<Response> {
  if (!can(actor, "users.manage")) return errorResponse(403, "Only administrators may export users.");
  const { rows } = await listUsers(db, parseUserParams(paramsOf(url)), { paginate: false });
  const header = ["Name", "Email", "Role", "Department", "Status"];
  const data = rows.map((u) => [u.name, u.email, u.role, u.departmentName, u.disabled ? "disabled" : "active"]);
  return csvResponse("users", toCsv(header, data));
}

/** The audit log with the page's filters (actor, entity, dates), newest first, up to 100,000 rows. */
export async function auditCsv(db: Db, actor: CurrentUser, url: string): Promise<Response> {
  if (!can(actor, "audit.read")) return errorResponse(403, "Only administrators may export the audit log.");
  const search = parseAuditSearch(paramsOf(url));
  const { rows } = await listAudit(db, { ...search, page: 1, pageSize: AUDIT_EXPORT_LIMIT });
  const header = ["When (UTC)", "Actor", "Actor email", "Action", "Entity", "Entity id", "Before", "After"];
  const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));
  const data = rows.map((r) => [
    r.at.toISOString(),
    r.actorName ?? "",
    r.actorEmail ?? "",
    r.action,
    r.entity,
    r.entityId ?? "",
    json(r.before),
    json(r.after),
  ]);
  return csvResponse("audit-log", toCsv(header, data));
}
const AUDIT_EXPORT_LIMIT = 100_000;

type Exporter = (db: Db, actor: CurrentUser, url: string) => Promise<Response>;

/** A GET route handler: 401 signed out, then the exporter; never a stack trace. */
export function exportRoute(exporter: Exporter) {
  return async (request: Request): Promise<Response> => {
    try {
      const actor = await currentUser();
      if (!actor) return errorResponse(401, "Sign in first.");
      return await exporter(await getDb(), actor, request.url);
    } catch (error) {
      console.error(`levelboard: export failed: ${loggableError(error)}`);
      return errorResponse(500, "The export failed on our side. Try again.");
    }
  };
}
