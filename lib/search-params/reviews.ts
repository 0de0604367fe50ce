// The review queue's URL state: filters by team, member, field and kind of record, and the page — for the page, its
// links and the query (lib/db/queries/review.ts takes the parsed values). A bad value falls back to "no filter".
import { createLoader, createSerializer } from "nuqs/server";
import { MAX_ID } from "../limits";
import { FIELDS, type Field } from "../itss/fields";
import { MAX_PAGE, PAGE_SIZES, parseAsBoundedInt, parseAsOneOf, type PageSize, type SearchParams } from "./table";

/** The record kinds as the URL names them (lib/records/schemas RECORD_ENTITIES, restated so this floor stays low). */
export const REVIEW_KINDS = ["project", "specialty", "succession", "mentoring", "exam", "certification"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** The queue shows 50 records a page by default: a lead's "select all on this page" then covers a large batch. */
export const DEFAULT_REVIEW_PAGE_SIZE: PageSize = 50;

export const reviewParsers = {
  teamId: parseAsBoundedInt(1, MAX_ID),
  memberId: parseAsBoundedInt(1, MAX_ID),
  field: parseAsOneOf<Field>(FIELDS),
  kind: parseAsOneOf<ReviewKind>(REVIEW_KINDS),
  page: parseAsBoundedInt(1, MAX_PAGE).withDefault(1),
  size: parseAsOneOf(PAGE_SIZES.map(String))
    .withDefault(String(DEFAULT_REVIEW_PAGE_SIZE))
    .withOptions({ clearOnDefault: true }),
};

/** Absent filters are null. */
export type ReviewFilter = {
  teamId: number | null;
  memberId: number | null;
  field: Field | null;
  kind: ReviewKind | null;
};
export type ReviewParams = ReviewFilter & { page: number; size: PageSize };

const loadReviews = createLoader(reviewParsers);

export function parseReviewParams(sp: SearchParams | URL | URLSearchParams | string): ReviewParams {
  const p = loadReviews(sp);
  return {
    teamId: p.teamId,
    memberId: p.memberId,
    field: p.field,
    kind: p.kind,
    page: p.page,
    size: Number(p.size) as PageSize,
  };
}

const reviewQuery = createSerializer(reviewParsers);

/** The queue's URL with these params (defaults and absent filters left out). */
export function reviewsHref(p: Partial<ReviewParams>): string {
  return reviewQuery("/reviews", {
    teamId: p.teamId ?? null,
    memberId: p.memberId ?? null,
    field: p.field ?? null,
    kind: p.kind ?? null,
    page: p.page && p.page > 1 ? p.page : null,
    size: p.size && p.size !== DEFAULT_REVIEW_PAGE_SIZE ? String(p.size) : null,
  });
}
