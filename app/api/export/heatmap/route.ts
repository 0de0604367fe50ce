// GET /api/export/heatmap?field=&teamId=|departmentId=&team=&minLevel=&item=&itemMin=&sort=&dir=&group= (the page's
// URL, lib/search-params/heatmap.ts; an old scope spelling is redirected once)
// — the heatmap's member rows as CSV, with the page's scope, filters and sort.
import { exportRoute } from "../exports";
import { heatmapCsv } from "../heatmap-csv";

export const dynamic = "force-dynamic";
export const GET = exportRoute(heatmapCsv);
