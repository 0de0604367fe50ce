// GET /api/v1/me/notifications: the query it accepts and the answer it gives, as zod schemas (the route validates
// with them, the OpenAPI document is generated from them).
import { z } from "zod";
import { NOTIFICATION_KINDS } from "../notify/kinds";
import { queryLimit, queryOffset } from "../search-params/query";

export const myNotificationsQuerySchema = z.object({
  /** "true": only the unread; "false" (the default): all. */
  unread: z
    .enum(["true", "false"], { error: 'unread must be "true" or "false"' })
    .default("false")
    .transform((v) => v === "true"),
  limit: queryLimit(100, 20),
  offset: queryOffset(),
});
export type MyNotificationsQuery = z.infer<typeof myNotificationsQuerySchema>;

export const myNotificationsResponseSchema = z.object({
  /** The caller's unread notifications (all of them, whatever the filter). */
  unread: z.number().int().min(0),
  /** The notifications the filter matches (all pages). */
  total: z.number().int().min(0),
  items: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(NOTIFICATION_KINDS),
      /** What happened, in the caller's language (their saved language, else Accept-Language). */
      text: z.string(),
      /** App-relative link to what the notification is about. */
      href: z.string(),
      createdAt: z.iso.datetime(),
      /** null while unread. */
      readAt: z.iso.datetime().nullable(),
    }),
  ),
});
export type MyNotificationsResponse = z.infer<typeof myNotificationsResponseSchema>;
