// The review queue: records submitted by members of the teams the user leads (all teams for an admin), oldest first,
// filtered by team, member, field and kind (in the URL) and paged; records of a page are approved or rejected together.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { requireSection } from "@/lib/auth/section";
import { getDb } from "@/lib/db/client";
import { reviewFilterOptions, reviewQueue, reviewQueueTotal } from "@/lib/db/queries/review";
import { parseReviewParams } from "@/lib/search-params/reviews";
import { loadImpacts } from "@/lib/views/impact";
import { impactTexts } from "@/components/reviews/impact-text";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ReviewQueue } from "@/components/records/review-queue";
import { QueueFilters, QueuePages } from "@/components/reviews/queue-filters";

export async function generateMetadata() {
  const t = await getTranslations("reviews.page");
  return { title: t("title") };
}

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params, t, tf, ti, tImpact] = await Promise.all([
    requireSection("reviews"),
    searchParams.then(parseReviewParams),
    getTranslations("reviews.page"),
    getTranslations("reviews.filters"),
    getTranslations("itss"),
    getTranslations("reviews.impact"),
  ]);
  const db = await getDb();
  const [total, options] = await Promise.all([
    reviewQueueTotal(db, user, params),
    reviewFilterOptions(db, user, params.teamId),
  ]);
  // A page past the end (records approved meanwhile) shows the last page.
  const page = Math.min(params.page, Math.max(1, Math.ceil(total / params.size)));
  const items = await reviewQueue(db, user, { ...params, limit: params.size, offset: (page - 1) * params.size });
  const filtered = params.teamId !== null || params.memberId !== null || params.field !== null || params.kind !== null;
  // What approving each record of the page changes: two more statements for the whole page.
  const impacts = await loadImpacts(
    db,
    user,
    items.map((i) => ({ entity: i.entity, id: i.id, memberId: i.memberId })),
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <QueueFilters params={params} options={options} />
      {/* The queue says "empty" itself, so the confirmation of the last approval (with its Undo) stays. */}
      <ReviewQueue
        items={items}
        impacts={impactTexts(tImpact, ti, impacts, "review")}
        empty={
          filtered ? (
            <EmptyState title={tf("noMatchTitle")}>
              <Link href="/reviews" className="text-brand-700 underline hover:text-brand-900">
                {tf("clear")}
              </Link>
            </EmptyState>
          ) : (
            <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
          )
        }
      />
      {total > 0 ? <QueuePages params={{ ...params, page }} total={total} /> : null}
    </>
  );
}
