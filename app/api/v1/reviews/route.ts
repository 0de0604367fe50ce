// GET /api/v1/reviews?teamId=T (or departmentId=D; else the caller's default scope)&limit (1–500, default 100)&offset:
// the submitted records the caller may review (never their own), oldest first, each with what approving it would
// change (lib/views/impact.ts: the same engine and loader as the member page). Same policy as the /reviews queue:
// 401 signed out, 403 for a role without reviews (a member), 404 for a scope out of reach.
import { getDb } from "@/lib/db/client";
import { canOpenSection } from "@/lib/auth/policy";
import { reviewableRecordsPage } from "@/lib/db/queries/impact";
import { loadImpacts } from "@/lib/views/impact";
import { resolveScope } from "@/lib/views/scope";
import { reviewsQuerySchema, type ReviewsResponse } from "@/lib/api/reviews";
import { jsonError, jsonResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    allow: (actor) => canOpenSection(actor, "reviews") || "You may not review records.",
    query: reviewsQuerySchema,
  },
  async ({ actor, query }) => {
    const { teamId, departmentId, limit, offset } = query;
    const db = await getDb();
    const resolved = await resolveScope(db, actor, { teamId, departmentId });
    if (!resolved.ok) return jsonError(404, resolved.message);
    const page = await reviewableRecordsPage(db, actor, resolved.scope, { limit, offset });
    const impacts = await loadImpacts(
      db,
      actor,
      page.items.map((r) => ({ entity: r.kind, id: r.id, memberId: r.memberId })),
    );
    const body: ReviewsResponse = {
      total: page.total,
      items: page.items.map((r) => {
        const impact = impacts.get(`${r.kind}:${r.id}`);
        return {
          kind: r.kind,
          id: r.id,
          memberId: r.memberId,
          field: r.field,
          submittedAt: r.submittedAt.toISOString(),
          revisionOf: r.revisionOf,
          impact: {
            levels: impact?.levels ?? [],
            satisfies: impact?.satisfies ?? [],
            targetsMet: impact?.targetsMet.map((t) => t.id) ?? [],
          },
        };
      }),
    };
    return jsonResponse(body);
  },
);
