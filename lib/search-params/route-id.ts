// A route segment's id (`/teams/[id]`, `/admin/users/[id]`, …): a positive integer of at most nine digits, or null,
// which the page answers with 404. Pure, for pages and route handlers alike.
export const segmentId = (raw: string): number | null => (/^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null);
