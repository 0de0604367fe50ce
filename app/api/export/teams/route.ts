// GET /api/export/teams?q=&sort=&dir=&archived= — the teams the caller may see, as CSV.
import { exportRoute, teamsCsv } from "../exports";

export const dynamic = "force-dynamic";
export const GET = exportRoute(teamsCsv);
