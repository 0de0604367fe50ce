// Every route of the read API with the schemas it validates with: the source of the OpenAPI document
// (/api/v1/openapi.json) and of the test that each route answers as the document says.
import type { ApiRoute } from "./openapi";
import { gapsQuerySchema, gapsResponseSchema } from "./gaps";
import { heatmapQuerySchema, heatmapResponseSchema } from "./heatmap";
import {
  memberEvaluationQuerySchema,
  memberEvaluationResponseSchema,
  memberIdParamsSchema,
  memberResponseSchema,
  membersQuerySchema,
  membersResponseSchema,
} from "./members";
import { myNotificationsQuerySchema, myNotificationsResponseSchema } from "./notifications";
import { reviewsQuerySchema, reviewsResponseSchema } from "./reviews";
import { staffingQuerySchema, staffingResponseSchema } from "./staffing";

export const API_ROUTES: readonly ApiRoute[] = [
  {
    path: "/api/v1/members",
    summary: "Members the caller may see, with their official level per field",
    query: membersQuerySchema,
    response: membersResponseSchema,
    errors: [400],
  },
  {
    path: "/api/v1/members/{id}",
    summary: "One member with every record (all review states) and skill assessment",
    params: memberIdParamsSchema,
    response: memberResponseSchema,
    errors: [400, 404],
  },
  {
    path: "/api/v1/members/{id}/evaluation",
    summary:
      "One member's evaluation per field, in the command line's shape (official, or provisional with ?mode=provisional)",
    params: memberIdParamsSchema,
    query: memberEvaluationQuerySchema,
    response: memberEvaluationResponseSchema,
    errors: [400, 404],
  },
  {
    path: "/api/v1/heatmap",
    summary:
      "Skill heatmap of a field: each active member's level and proficiency per skill item, ordered by team then name",
    description:
      "Scope: teamId or departmentId (else the caller's default: a lead's teams, a head's department, an admin's organisation). A cell is null when the item is unassessed; source says whether the lead's rating or the self-rating counts. Members (role) get 403.",
    query: heatmapQuerySchema,
    response: heatmapResponseSchema,
    errors: [400, 404],
  },
  {
    path: "/api/v1/gaps",
    summary: "Targets of the scope with their actual count and whether they are met, and single points of failure",
    description:
      "A single point of failure is a skill item (or, with item null, the field level) that exactly one member of a team holds at the target's level (4 where no target names it). Members (role) get 403.",
    query: gapsQuerySchema,
    response: gapsResponseSchema,
    errors: [400, 404],
  },
  {
    path: "/api/v1/staffing",
    summary:
      "Candidates for a need, ranked: qualified (meets every requirement) before close (one requirement short by one level)",
    description: "skill is a comma-separated list of item:minimum pairs. Members (role) get 403.",
    query: staffingQuerySchema,
    response: staffingResponseSchema,
    errors: [400, 404],
  },
  {
    path: "/api/v1/reviews",
    summary: "Submitted records the caller may review, oldest first, each with what approving it would change",
    description:
      "Scope: teamId or departmentId (else the caller's default: a lead's teams, a head's department, an admin's organisation). The caller's own records are left out (four eyes), and certifications, which change no level. impact.levels lists every field whose official level the approval would change (empty when none); impact.satisfies the engine's missing codes of the path to the next level it would meet; impact.targetsMet the level targets of the member's team and department it alone would make met. Each record is judged alone, a revision as replacing the record it revises. Members (role) get 403.",
    query: reviewsQuerySchema,
    response: reviewsResponseSchema,
    errors: [400, 404],
  },
  {
    path: "/api/v1/me/notifications",
    summary: "The caller's own notifications, newest first, each in the caller's language",
    description:
      "unread=true lists only the unread (default: all). unread counts all of the caller's unread notifications; total those the filter matches. text is said in the caller's saved language, else the language cookie's, else Accept-Language's. Any signed-in user.",
    query: myNotificationsQuerySchema,
    response: myNotificationsResponseSchema,
    errors: [400],
  },
];
