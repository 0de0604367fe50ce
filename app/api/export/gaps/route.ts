// GET /api/export/gaps?list=&teamId=|departmentId=&field=&level=&sort=&dir= (a list's paged view's URL,
// lib/search-params/gaps.ts; an old scope spelling is redirected once) — the whole list as CSV, same scope, filters
// and sort as /gaps/lists.
import { exportRoute } from "../exports";
import { gapsCsv } from "../gaps-csv";

export const dynamic = "force-dynamic";
export const GET = exportRoute(gapsCsv);
