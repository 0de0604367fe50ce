import { forbidden } from "next/navigation";
// Import (admin; leads and heads for their own teams): members and skill assessments from CSV, and restoring a
// whole organisation from its JSON export into an empty database.
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listVisibleTeams } from "@/lib/db/queries/org";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { MAX_LEVEL } from "@/lib/itss/fields";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "@/lib/transfer/csv";
import { organisationRowCounts } from "@/lib/transfer/org-json";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { MembersImport, SkillsImport } from "@/components/transfer/import-tabs";
import { RestoreForm } from "@/components/transfer/restore-form";

export const metadata = { title: "Import" };

const TABS = [
  { key: "members", label: "Members (CSV)" },
  { key: "skills", label: "Skill assessments (CSV)" },
  { key: "json", label: "Restore organisation (JSON)" },
] as const;
type Tab = (typeof TABS)[number]["key"];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const code = "rounded bg-slate-100 px-1 font-mono text-xs";

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ tab?: string | string[] }> }) {
  const user = await requireUser();
  const db = await getDb();
  const isAdmin = can(user, "org.import");
  const teams = await listVisibleTeams(db, user);
  const managed = teams.filter((t) => can(user, "member.manage", { departmentId: t.departmentId, teamId: t.id }));
  if (!isAdmin && managed.length === 0) forbidden(); // 403: no loading boundary above this page, so the status still holds
  const raw = (await searchParams).tab;
  const requested = (Array.isArray(raw) ? raw[0] : raw) as Tab | undefined;
  const tabs = TABS.filter((t) => t.key !== "json" || isAdmin);
  const tab: Tab = tabs.some((t) => t.key === requested) ? requested! : "members";
  const counts = tab === "json" ? await organisationRowCounts(db) : null;
  const hasOrganisation = counts
    ? Object.entries(counts).some(([k, n]) => k !== "users" && k !== "auditLog" && n > 0)
    : false;

  return (
    <>
      {isAdmin ? (
        <nav aria-label="Breadcrumb" className="mb-2 text-sm">
          <Link href="/admin" className="text-brand-700 hover:underline">
            Admin
          </Link>{" "}
          / Import
        </nav>
      ) : null}
      <PageHeader
        title="Import"
        description={
          isAdmin
            ? "Add members and skill ratings from CSV files, or restore a whole organisation from its JSON export."
            : `Add members and skill ratings from CSV files into the teams you manage: ${managed.map((t) => t.name).join(", ")}.`
        }
      />
      <nav aria-label="Import kind" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((t) => (
          <Link
            key={t.key}
            href={`/import?tab=${t.key}`}
            aria-current={t.key === tab ? "page" : undefined}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${t.key === tab ? "border-slate-200 border-b-white bg-white font-medium text-brand-900" : "border-transparent text-slate-600 hover:text-brand-700"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>

      {tab === "members" ? (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title="Members CSV" className="lg:col-span-2">
            <MembersImport />
          </Card>
          <Card title="Columns">
            <dl className="space-y-2 text-sm text-slate-700">
              <div>
                <dt className={code + " inline"}>name</dt>{" "}
                <dd className="inline">— required, at most 200 characters.</dd>
              </div>
              <div>
                <dt className={code + " inline"}>email</dt>{" "}
                <dd className="inline">
                  — optional; must be unique among members. Required when <span className={code}>role</span> is set.
                </dd>
              </div>
              <div>
                <dt className={code + " inline"}>department</dt>{" "}
                <dd className="inline">
                  — optional: the team&apos;s department.
                  {isAdmin ? (
                    <> A department that does not exist yet is created with the import.</>
                  ) : (
                    <> Only the departments of the teams you manage.</>
                  )}
                </dd>
              </div>
              <div>
                <dt className={code + " inline"}>team</dt>{" "}
                <dd className="inline">
                  — the team&apos;s name (without a department column: the name, or{" "}
                  <span className={code}>Department / Team</span> when two departments have a team of that name).
                  {isAdmin ? (
                    <> A team that does not exist in the row&apos;s department is created with the import.</>
                  ) : (
                    <> Only teams you manage.</>
                  )}
                </dd>
              </div>
              <div>
                <dt className={code + " inline"}>field</dt>{" "}
                <dd className="inline">
                  — optional: <span className={code}>hardware</span>, <span className={code}>software</span> or{" "}
                  <span className={code}>facility</span>. A new team gets it (empty: a mixed team); for an existing team
                  it must match.
                </dd>
              </div>
              <div>
                <dt className={code + " inline"}>role</dt>{" "}
                <dd className="inline">
                  — the sign-in account to create: <span className={code}>member</span>,{" "}
                  <span className={code}>lead</span> (leads the row&apos;s team), or empty for a member without an
                  account. Creating accounts is for administrators; new accounts have no password until an administrator
                  sets one.
                </dd>
              </div>
            </dl>
            {isAdmin ? (
              <p className="mt-3 text-sm text-slate-700">
                A new organisation can start with one file: give every row its department, team and field, and “Check”
                lists the departments and teams the import will create, together with the members, in one go.
              </p>
            ) : null}
            <Rules />
          </Card>
        </div>
      ) : null}

      {tab === "skills" ? (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title="Skill assessments CSV" className="lg:col-span-2">
            <SkillsImport />
          </Card>
          <Card title="Columns">
            <dl className="space-y-2 text-sm text-slate-700">
              <div>
                <dt className={code + " inline"}>member_email</dt> / <dt className={code + " inline"}>member_id</dt>{" "}
                <dd className="inline">— which member (either; both must agree when given).</dd>
              </div>
              <div>
                <dt className={code + " inline"}>field</dt>{" "}
                <dd className="inline">
                  — <span className={code}>hardware</span>, <span className={code}>software</span> or{" "}
                  <span className={code}>facility</span>.
                </dd>
              </div>
              <div>
                <dt className={code + " inline"}>skill_item</dt>{" "}
                <dd className="inline">
                  — one of the field&apos;s 7 items, e.g. <span className={code}>technology</span>,{" "}
                  <span className={code}>hardware_technology</span>.
                </dd>
              </div>
              <div>
                <dt className={code + " inline"}>self</dt>, <dt className={code + " inline"}>lead</dt>{" "}
                <dd className="inline">
                  — levels 1–{MAX_LEVEL.hardware} (hardware, software) or 1–{MAX_LEVEL.facility} (facility); empty
                  leaves that rating as it is. At least one per row.
                </dd>
              </div>
              <div>
                <dt className={code + " inline"}>date</dt>{" "}
                <dd className="inline">
                  — YYYY-MM-DD, not in the future; empty means today. The lead rating is recorded with you as assessor.
                </dd>
              </div>
            </dl>
            <Rules />
          </Card>
        </div>
      ) : null}

      {tab === "json" ? (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title="Restore an organisation" className="lg:col-span-2">
            {hasOrganisation ? (
              <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                This database already holds an organisation ({plural(counts!.departments, "department")},{" "}
                {plural(counts!.teams, "team")}, {plural(counts!.members, "member")}), so it cannot be restored into. A
                restore needs a new database: run <span className={code}>npm run db:migrate</span> against an empty one
                (no demo data) and restore there.
              </div>
            ) : (
              <RestoreForm />
            )}
          </Card>
          <Card title="How a restore works">
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              <li>
                The file is a{" "}
                <Link className="text-brand-700 hover:underline" href="/admin/export">
                  JSON export
                </Link>{" "}
                of a Levelboard organisation (format version 1).
              </li>
              <li>
                Every table is restored with its ids; the user accounts and audit rows already here are replaced by the
                export&apos;s, so sign in again afterwards.
              </li>
              <li>
                The file is checked first; any error is listed with its path (e.g.{" "}
                <span className={code}>tables.members.3.teamId</span>) and nothing is written.
              </li>
            </ul>
          </Card>
        </div>
      ) : null}
    </>
  );
}

function Rules() {
  return (
    <ul className="mt-4 list-disc space-y-1 border-t border-slate-100 pt-3 pl-5 text-xs text-slate-600">
      <li>The first row names the columns; UTF-8 (a BOM is fine); commas; quotes where a cell holds a comma.</li>
      <li>
        At most {MAX_CSV_BYTES / 1000} kB and {MAX_CSV_ROWS.toLocaleString("en")} rows per file.
      </li>
      <li>
        “Check” lists every problem by row (the header is row 1) and column, and writes nothing. “Import” writes all
        rows in one go, or none.
      </li>
      <li>Cells starting with =, +, - or @ are refused (spreadsheet formulas).</li>
    </ul>
  );
}
