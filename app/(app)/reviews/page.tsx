// The review queue: records submitted by members of the teams the user leads (all teams for an admin), oldest first.
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { reviewQueue } from "@/lib/db/queries/review";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/empty-state";
import { ReviewQueue } from "@/components/records/review-queue";
import { canOpenSection } from "@/lib/auth/policy";

export const metadata = { title: "Reviews" };

export default async function ReviewsPage() {
  const user = await requireUser();
  if (!canOpenSection(user, "reviews")) return <Forbidden what="reviews" />;
  const items = await reviewQueue(await getDb(), user);
  return (
    <>
      <PageHeader
        title="Reviews"
        description="Records waiting for your review, oldest first. Only approved records count toward a member's official level."
      />
      {items.length === 0 ? (
        <EmptyState title="Nothing to review">When a member of your team submits a record, it appears here.</EmptyState>
      ) : (
        <ReviewQueue items={items} />
      )}
    </>
  );
}
