// GET /inbox/<id>: opens one of the reader's notifications — marks it read and goes where it leads. An id that is not
// the reader's (or not an id) goes back to the inbox.
import { markNotificationRead } from "@/lib/actions/notifications";
import { parseRouteId } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** Only a path of this app: "/members/12", never "//elsewhere" or "https://…". */
const isAppPath = (href: string) => href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\");

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  const result = id === null ? null : await markNotificationRead({ id });
  const href = result?.ok && isAppPath(result.data.href) ? result.data.href : "/inbox";
  // A relative Location: right behind any proxy, whatever host the server sees.
  return new Response(null, { status: 303, headers: { location: href, "cache-control": "no-store" } });
}
