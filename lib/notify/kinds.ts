// The kinds of notification (docs/notifications.md): each is shown in the inbox and, by the user's preference,
// e-mailed at once, in the daily digest, or not at all. Importable from client components (the preferences page).
export const NOTIFICATION_KINDS = [
  "recordSubmitted", // a record of a member of the team waits for review → the team's leads
  "recordReviewed", // the member's record was approved or rejected (with the comment) → the member
  "leadRating", // a lead rating given or changed → the member
  "levelReached", // a level reached in a field → the member and the team's leads
  "roundStarted", // an assessment round started → each member in its scope
  "roundReminder", // 7 days before a round's due date, and on it → the members still open
  "ratingsDue", // the member's ratings are due → the member
  "certificationExpiring", // a certification expires in 30 or in 7 days → the member and the team's leads
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(k: unknown): k is NotificationKind {
  return typeof k === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(k);
}
