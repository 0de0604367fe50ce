// GET /api/export/users?q=&role=&sort=&dir=&archived= — all user accounts as CSV (admin).
import { exportRoute, usersCsv } from "../exports";

export const dynamic = "force-dynamic";
export const GET = exportRoute(usersCsv);
