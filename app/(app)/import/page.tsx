import { forbidden } from "next/navigation";
// Import (admin; leads and heads for their own teams): members and skill assessments from CSV, and restoring a
// whole organisation from its JSON export into an empty database.
import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { getDb } from "@/lib/db/client";
import { listVisibleTeams } from "@/lib/db/queries/org";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { MAX_LEVEL } from "@/lib/itss/fields";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "@/lib/transfer/csv";
import { organisationRowCounts } from "@/lib/transfer/org-json";
import { IMPORT_TABS, parseImportParams, type ImportTab } from "@/lib/search-params/import";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { MembersImport, SkillsImport } from "@/components/transfer/import-tabs";
import { RestoreForm } from "@/components/transfer/restore-form";
import { restoreMaxMb } from "@/lib/transfer/restore-limit";

export async function generateMetadata() {
  const t = await getTranslations("transfer.import");
  return { title: t("title") };
}

const code = "rounded bg-slate-100 px-1 font-mono text-xs";
/** `<code>…</code>` in a message: a column name or value as the file writes it. */
const rich = { code: (chunks: ReactNode) => <span className={code}>{chunks}</span> };

function Column({ names, sep = " / ", children }: { names: string[]; sep?: string; children: ReactNode }) {
  return (
    <div>
      <dt className="inline">
        {names.map((n, i) => (
          <span key={n}>
            {i > 0 ? sep : null}
            <span className={code}>{n}</span>
          </span>
        ))}
      </dt>{" "}
      <dd className="inline">— {children}</dd>
    </div>
  );
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const [db, t, tAdmin] = await Promise.all([getDb(), getTranslations("transfer.import"), getTranslations("admin")]);
  const isAdmin = can(user, "org.import");
  const teams = await listVisibleTeams(db, user);
  const managed = teams.filter((t) => can(user, "member.manage", { departmentId: t.departmentId, teamId: t.id }));
  if (!isAdmin && managed.length === 0) forbidden(); // 403: no loading boundary above this page, so the status still holds
  const requested = parseImportParams(await searchParams).tab;
  const tabs = IMPORT_TABS.filter((k) => k !== "json" || isAdmin);
  const tab: ImportTab = tabs.includes(requested) ? requested : "members";
  const counts = tab === "json" ? await organisationRowCounts(db) : null;
  const hasOrganisation = counts
    ? Object.entries(counts).some(([k, n]) => k !== "users" && k !== "auditLog" && n > 0)
    : false;

  return (
    <>
      {isAdmin ? (
        <nav aria-label={tAdmin("breadcrumb")} className="mb-2 text-sm">
          <Link href="/admin" className="text-brand-700 underline hover:text-brand-900">
            {tAdmin("breadcrumbAdmin")}
          </Link>{" "}
          / {t("title")}
        </nav>
      ) : null}
      <PageHeader
        title={t("title")}
        description={
          isAdmin ? t("descriptionAdmin") : t("descriptionLead", { teams: managed.map((team) => team.name).join(", ") })
        }
      />
      <nav aria-label={t("kinds")} className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((key) => (
          <Link
            key={key}
            href={`/import?tab=${key}`}
            aria-current={key === tab ? "page" : undefined}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${key === tab ? "border-slate-200 border-b-white bg-white font-medium text-brand-900" : "border-transparent text-slate-600 hover:text-brand-700"}`}
          >
            {t(`tabs.${key}`)}
          </Link>
        ))}
      </nav>

      {tab === "members" ? (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title={t("members.title")} className="lg:col-span-2">
            <MembersImport />
          </Card>
          <Card title={t("columns")}>
            <dl className="space-y-2 text-sm text-slate-700">
              <Column names={["name"]}>{t("members.name")}</Column>
              <Column names={["email"]}>{t.rich("members.email", rich)}</Column>
              <Column names={["department"]}>{t("members.department", { who: isAdmin ? "admin" : "lead" })}</Column>
              <Column names={["team"]}>{t.rich("members.team", { ...rich, who: isAdmin ? "admin" : "lead" })}</Column>
              <Column names={["field"]}>{t.rich("members.field", rich)}</Column>
              <Column names={["role"]}>{t.rich("members.role", rich)}</Column>
            </dl>
            {isAdmin ? <p className="mt-3 text-sm text-slate-700">{t("members.oneFile")}</p> : null}
            <Rules />
          </Card>
        </div>
      ) : null}

      {tab === "skills" ? (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title={t("skills.title")} className="lg:col-span-2">
            <SkillsImport />
          </Card>
          <Card title={t("columns")}>
            <dl className="space-y-2 text-sm text-slate-700">
              <Column names={["member_email", "member_id"]}>{t("skills.member")}</Column>
              <Column names={["field"]}>{t.rich("skills.field", rich)}</Column>
              <Column names={["skill_item"]}>{t.rich("skills.item", rich)}</Column>
              <Column names={["self", "lead"]} sep=", ">
                {t("skills.levels", { max: MAX_LEVEL.hardware, maxFacility: MAX_LEVEL.facility })}
              </Column>
              <Column names={["date"]}>{t("skills.date")}</Column>
            </dl>
            <Rules />
          </Card>
        </div>
      ) : null}

      {tab === "json" ? (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title={t("restore.title")} className="lg:col-span-2">
            {hasOrganisation ? (
              <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                {t.rich("restore.notEmpty", {
                  ...rich,
                  departments: counts!.departments,
                  teams: counts!.teams,
                  members: counts!.members,
                })}
              </div>
            ) : (
              <RestoreForm limitMb={restoreMaxMb()} />
            )}
          </Card>
          <Card title={t("restore.howTitle")}>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              <li>
                {t.rich("restore.how1", {
                  link: (chunks) => (
                    <Link className="text-brand-700 underline hover:text-brand-900" href="/admin/export">
                      {chunks}
                    </Link>
                  ),
                })}
              </li>
              <li>{t("restore.how2")}</li>
              <li>{t.rich("restore.how3", rich)}</li>
            </ul>
          </Card>
        </div>
      ) : null}
    </>
  );
}

async function Rules() {
  const [t, format] = await Promise.all([getTranslations("transfer.import.rules"), getFormatter()]);
  return (
    <ul className="mt-4 list-disc space-y-1 border-t border-slate-100 pt-3 pl-5 text-xs text-slate-600">
      <li>{t("format")}</li>
      <li>{t("limits", { kb: format.number(MAX_CSV_BYTES / 1000), rows: MAX_CSV_ROWS })}</li>
      <li>{t("check")}</li>
      <li>{t("formulas")}</li>
    </ul>
  );
}
