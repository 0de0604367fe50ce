// The CSV export of each table view: same visibility, filters and sort as the page, every row — read in pages inside
// one snapshot and streamed (app/api/export/csv.ts), so memory does not grow with the table.
import type { Db, Tx } from "@/lib/db/client";
import { can, canOpenSection } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listTeamMembers } from "@/lib/db/queries/team-members";
import { listTeamsTable, teamDetail } from "@/lib/db/queries/teams";
import { listUsers } from "@/lib/db/queries/users";
import { parseTeamMembersExport, parseTeamParams, parseUserParams } from "@/lib/search-params/roster";
import type { PageSize } from "@/lib/search-params/table";
import { listAudit } from "@/lib/db/queries/audit";
import { parseAuditSearch } from "@/lib/search-params/audit";
import { FIELDS, FIELD_LABEL } from "@/lib/itss/fields";
import { jsonError, route } from "@/lib/http/route";
import { LOCALE_COOKIE, pickLocale, type Locale } from "@/lib/i18n/locales";
import { CSV_PAGE_ROWS, csvDownload, inSnapshot, pagesOf } from "./csv";
import { rosterXlsx } from "./roster-xlsx";

/** The roster lists' page parameters for rows `offset`… of an export read in pages of CSV_PAGE_ROWS. */
const rosterPage = ({ offset }: { offset: number }) => ({
  page: offset / CSV_PAGE_ROWS + 1,
  size: CSV_PAGE_ROWS as PageSize,
});

/** A team's roster: CSV, or with `format=xlsx` a workbook of the same rows (levels as numbers on the palette). */
export async function teamMembersCsv(
  db: Db,
  actor: CurrentUser,
  url: string,
  locale: Locale = "en",
): Promise<Response> {
  const { teamId, format, ...params } = parseTeamMembersExport(url);
  if (!teamId) return jsonError(400, "teamId: give the id of a team.");
  const team = await teamDetail(db, teamId);
  // Outside the actor's scope is answered exactly like an unknown id.
  if (!team || !can(actor, "team.read", { departmentId: team.departmentId, teamId: team.id }))
    return jsonError(404, "That team does not exist.");
  const readPages = (tx: Tx) =>
    pagesOf(async (page) => (await listTeamMembers(tx, team.id, { ...params, ...rosterPage(page) })).rows);
  if (format === "xlsx") return rosterXlsx(db, team.name, readPages, locale);
  // The table's rows and levels (read model), with its filters and sort, every page.
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
  return csvDownload(`team-members-${team.name}`, header, (emit) =>
    inSnapshot(db, async (tx) => {
      for await (const rows of readPages(tx))
        await emit(
          rows.map((r) => [
            r.name,
            r.email,
            r.jobTitle,
            r.hasAccount ? "yes" : "no",
            ...FIELDS.flatMap((f) => {
              const l = r.levels[f];
              return [l.level, l.skillLevel ?? "", l.provisionalLevel > l.level ? l.provisionalLevel : ""];
            }),
            r.archived ? "yes" : "no",
          ]),
        );
    }),
  );
}

export async function teamsCsv(db: Db, actor: CurrentUser, url: string): Promise<Response> {
  if (!canOpenSection(actor, "teams")) return jsonError(403, "You may not see teams.");
  const params = parseTeamParams(new URL(url));
  const header = ["Team", "Department", "Field", "Members", "Leads", "Archived"];
  return csvDownload("teams", header, (emit) =>
    inSnapshot(db, async (tx) => {
      for await (const rows of pagesOf(
        async (page) => (await listTeamsTable(tx, actor, { ...params, ...rosterPage(page) })).rows,
      ))
        await emit(
          rows.map((t) => [
            t.name,
            t.departmentName,
            t.field ? FIELD_LABEL[t.field] : "Mixed",
            t.memberCount,
            t.leads.join("; "),
            t.archived ? "yes" : "no",
          ]),
        );
    }),
  );
}

export async function usersCsv(db: Db, actor: CurrentUser, url: string): Promise<Response> {
  if (!can(actor, "users.manage")) return jsonError(403, "Only administrators may export users.");
  const params = parseUserParams(new URL(url));
  const header = ["Name", "Email", "Role", "Department", "Status"];
  return csvDownload("users", header, (emit) =>
    inSnapshot(db, async (tx) => {
      for await (const rows of pagesOf(async (page) => (await listUsers(tx, { ...params, ...rosterPage(page) })).rows))
        await emit(rows.map((u) => [u.name, u.email, u.role, u.departmentName, u.disabled ? "disabled" : "active"]));
    }),
  );
}

/** The audit log with the page's filters (actor, entity, dates), newest first, up to 100,000 rows. */
export async function auditCsv(db: Db, actor: CurrentUser, url: string): Promise<Response> {
  if (!can(actor, "audit.read")) return jsonError(403, "Only administrators may export the audit log.");
  const search = parseAuditSearch(new URL(url));
  const header = ["When (UTC)", "Actor", "Actor email", "Action", "Entity", "Entity id", "Before", "After"];
  const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));
  return csvDownload("audit-log", header, (emit) =>
    inSnapshot(db, async (tx) => {
      for await (const rows of pagesOf(
        async ({ offset, limit }) =>
          (await listAudit(tx, { ...search, page: offset / limit + 1, pageSize: limit })).rows,
        { max: AUDIT_EXPORT_LIMIT },
      ))
        await emit(
          rows.map((r) => [
            r.at.toISOString(),
            r.actorName ?? "",
            r.actorEmail ?? "",
            r.action,
            r.entity,
            r.entityId ?? "",
            json(r.before),
            json(r.after),
          ]),
        );
    }),
  );
}
const AUDIT_EXPORT_LIMIT = 100_000;

type Exporter = (db: Db, actor: CurrentUser, url: string, locale: Locale) => Promise<Response>;

/** A GET route handler for an exporter, through the one route layer (lib/http/route.ts). A workbook speaks the
 * exporter's language: their saved one, else the language cookie's, else the browser's. */
export function exportRoute(exporter: Exporter) {
  return route({}, async ({ actor, request }) => {
    const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(request.headers.get("cookie") ?? "")?.[1];
    const locale = pickLocale(actor.locale, cookie, request.headers.get("accept-language"));
    return exporter(await getDb(), actor, request.url, locale);
  });
}
