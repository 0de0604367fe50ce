// The review queue's filters (team, member, field, kind of record) as a GET form, so they live in the URL
// (lib/search-params/reviews.ts), and its pages. Server-rendered: it works before any script has loaded.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FIELDS } from "@/lib/itss/fields";
import { REVIEW_KINDS, reviewsHref, type ReviewParams } from "@/lib/search-params/reviews";
import { Select } from "@/components/ui/select";
import { Button, buttonClass } from "@/components/ui/button";

type Options = { teams: { id: number; name: string }[]; members: { id: number; name: string }[] };

export function QueueFilters({ params, options }: { params: ReviewParams; options: Options }) {
  const t = useTranslations("reviews.filters");
  const fieldName = useTranslations("roster.fields");
  const filtered = params.teamId !== null || params.memberId !== null || params.field !== null || params.kind !== null;
  const label = "text-sm font-medium text-slate-700";
  return (
    <form
      method="get"
      action="/reviews"
      aria-label={t("label")}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
    >
      <label className={label}>
        {t("team")}
        <Select name="teamId" defaultValue={params.teamId ?? ""} className="mt-1">
          <option value="">{t("anyTeam")}</option>
          {options.teams.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        {t("member")}
        <Select name="memberId" defaultValue={params.memberId ?? ""} className="mt-1">
          <option value="">{t("anyMember")}</option>
          {options.members.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        {t("field")}
        <Select name="field" defaultValue={params.field ?? ""} className="mt-1" aria-describedby="queue-field-hint">
          <option value="">{t("anyField")}</option>
          {FIELDS.map((f) => (
            <option key={f} value={f}>
              {fieldName(f)}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        {t("kind")}
        <Select name="kind" defaultValue={params.kind ?? ""} className="mt-1">
          <option value="">{t("anyKind")}</option>
          {REVIEW_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </Select>
      </label>
      <p id="queue-field-hint" className="text-xs text-slate-600 sm:col-span-2 lg:col-span-4">
        {t("fieldHint")}
      </p>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t("apply")}</Button>
        {filtered ? (
          <Link href="/reviews" className={buttonClass({ variant: "ghost" })}>
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** The queue's place among its pages, and links to the neighbouring pages (filters kept). */
export function QueuePages({ params, total }: { params: ReviewParams; total: number }) {
  const t = useTranslations("reviews.filters");
  const pages = Math.max(1, Math.ceil(total / params.size));
  const page = Math.min(params.page, pages);
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      <p className="text-slate-600">{t("summary", { total, page, pages })}</p>
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex gap-2">
          {page > 1 ? (
            <Link className={buttonClass({ variant: "secondary" })} href={reviewsHref({ ...params, page: page - 1 })}>
              {t("previous")}
            </Link>
          ) : null}
          {page < pages ? (
            <Link className={buttonClass({ variant: "secondary" })} href={reviewsHref({ ...params, page: page + 1 })}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
