// The review queue: records submitted by members of the teams the user leads (all teams for an admin), oldest first.
import { getTranslations } from "next-intl/server";
import { requireSection } from "@/lib/auth/section";
import { getDb } from "@/lib/db/client";
import { reviewQueue } from "@/lib/db/queries/review";
import { loadImpacts } from "@/lib/views/impact";
import { impactTexts } from "@/components/reviews/impact-text";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ReviewQueue } from "@/components/records/review-queue";

export async function generateMetadata() {
  const t = await getTranslations("reviews.page");
  return { title: t("title") };
}

export default async function ReviewsPage() {
  const [user, t, ti, tImpact] = await Promise.all([
    requireSection("reviews"),
    getTranslations("reviews.page"),
    getTranslations("itss"),
    getTranslations("reviews.impact"),
  ]);
  const db = await getDb();
  const items = await reviewQueue(db, user);
  // What approving each record changes: two more statements for the whole queue.
  const impacts = await loadImpacts(
    db,
    user,
    items.map((i) => ({ entity: i.entity, id: i.id, memberId: i.memberId })),
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {/* The queue says "empty" itself, so the confirmation of the last approval (with its Undo) stays. */}
      <ReviewQueue
        items={items}
        impacts={impactTexts(tImpact, ti, impacts, "review")}
        empty={<EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>}
      />
    </>
  );
}
