// The quick update: a field's 7 skill items on one form — the member's own self-ratings, or a lead's ratings of the
// member — pre-filled, with the standard's description of each chosen level, and "still accurate" per item.
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { memberScope } from "@/lib/db/queries/members";
import { memberHeader } from "@/lib/db/queries/records";
import { fieldRatings, openRoundTasksOf } from "@/lib/db/queries/rounds";
import { FIELDS, skillItemsOf } from "@/lib/itss/fields";
import { parseQuickUpdateParams, quickUpdateHref } from "@/lib/search-params/quick-update";
import type { SearchParams } from "@/lib/search-params/table";
import { parseRouteId } from "@/lib/validation";
import { PageHeader } from "@/components/ui/page-header";
import { QuickUpdateForm, type QuickItem } from "@/components/rounds/quick-update-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata() {
  const t = await getTranslations("rounds.quick");
  return { title: t("title") };
}

export default async function QuickUpdatePage({ params, searchParams }: Props) {
  const [{ id }, query, user, db] = await Promise.all([
    params,
    searchParams.then(parseQuickUpdateParams),
    requireUser(),
    getDb(),
  ]);
  const memberId = parseRouteId(id);
  const scope = memberId ? await memberScope(db, memberId) : null;
  if (!memberId || !scope || !can(user, "member.read", scope)) notFound();
  const rater = can(user, "member.skills.self", scope)
    ? "self"
    : can(user, "member.skills.lead", scope)
      ? "lead"
      : null;
  if (!rater || scope.archived) forbidden();
  const member = (await memberHeader(db, memberId))!;
  const field = query.field ?? member.teamField ?? "hardware";
  const [rows, tasks, t, tr, format] = await Promise.all([
    fieldRatings(db, memberId, field),
    rater === "self" ? openRoundTasksOf(db, memberId) : [],
    getTranslations("rounds.quick"),
    getTranslations("records"),
    getFormatter(),
  ]);
  const byItem = new Map(rows.map((r) => [r.item, r]));
  const items: QuickItem[] = skillItemsOf(field).map((item) => {
    const r = byItem.get(item);
    return {
      item,
      level: (rater === "self" ? r?.selfLevel : r?.leadLevel) ?? null,
      ratedOn: (rater === "self" ? r?.selfAssessedOn : r?.leadAssessedOn) ?? null,
      version: r?.version ?? null,
    };
  });
  const fieldName = tr(`field.${field}`);
  return (
    <>
      <PageHeader
        title={`${t("title")}: ${fieldName}`}
        description={
          rater === "self"
            ? t("selfDescription", { field: fieldName })
            : t("leadDescription", { field: fieldName, name: member.name })
        }
        actions={
          <Link href={`/members/${memberId}`} className="text-sm text-brand-700 underline hover:text-brand-900">
            {t("back")}
          </Link>
        }
      />
      {tasks.length ? (
        <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-4 py-2 text-sm text-slate-800">
          {t("roundOpen", { date: format.dateTime(new Date(`${tasks[0].dueOn}T00:00:00Z`), "date") })}
        </p>
      ) : null}
      <nav aria-label={t("fieldLabel")} className="mb-4 flex flex-wrap gap-2 text-sm">
        {FIELDS.map((f) => (
          <Link
            key={f}
            href={quickUpdateHref(memberId, f)}
            aria-current={f === field ? "page" : undefined}
            className={
              f === field
                ? "rounded-md bg-brand-700 px-3 py-1 font-medium text-white"
                : "rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-700 hover:bg-slate-100"
            }
          >
            {tr(`field.${f}`)}
          </Link>
        ))}
      </nav>
      <QuickUpdateForm key={field} memberId={memberId} field={field} rater={rater} items={items} />
    </>
  );
}
