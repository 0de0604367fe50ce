// Notifications a job writes in one statement (docs/notifications.md): the rows of a SELECT (user_id, text, href,
// dedupe_key), each to an active account, with the same mail state notify() gives (the recipient's preference for
// the kind when e-mail is configured, else none). The dedupe key makes a second run, or a run in another process at
// the same time, insert nothing (on conflict do nothing).
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { notificationPrefs, notifications, users } from "../db/schema";
import type { NotificationKind } from "./kinds";
import { mailConfigured } from "./notify";

/**
 * Inserts a notification of `kind` for each row of `rows` — a SELECT with the columns user_id (int), text (jsonb: a
 * Text), href (text) and dedupe_key (text, never null) — skipping disabled accounts; returns how many were new.
 */
export async function notifyFromSelect(db: Db | Tx, kind: NotificationKind, rows: SQL, now: Date): Promise<number> {
  const mode = mailConfigured() ? sql`coalesce(p.mode::text, 'immediate')` : sql`'off'`;
  const result = (await db.execute(sql`
    insert into ${notifications} (user_id, kind, text, href, dedupe_key, created_at, mail_state, mail_next_at)
    select r.user_id, ${kind}, r.text, r.href, r.dedupe_key, ${now.toISOString()}::timestamptz,
           (case ${mode} when 'immediate' then 'pending' when 'digest' then 'digest' else 'none' end)::notification_mail_state,
           case when ${mode} = 'immediate' then ${now.toISOString()}::timestamptz end
      from (${rows}) r
      join ${users} u on u.id = r.user_id and u.disabled_at is null
      left join ${notificationPrefs} p on p.user_id = r.user_id and p.kind = ${kind}
    on conflict (dedupe_key) do nothing
    returning 1`)) as unknown as unknown[] | { rows: unknown[] };
  return (Array.isArray(result) ? result : result.rows).length;
}
