// GET /api/export/team-members?teamId=…&q=&sort=&dir=&archived= — a team's roster as CSV.
import { exportRoute, teamMembersCsv } from "../exports";

export const dynamic = "force-dynamic";
export const GET = exportRoute(teamMembersCsv);
