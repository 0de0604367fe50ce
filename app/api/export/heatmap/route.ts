// GET /api/export/heatmap?field=&teamId=|departmentId=|scope=mine&team=&minLevel=&item=&itemMin=&sort=&dir=&group=
// — the heatmap's member rows as CSV, with the page's scope, filters and sort.
import { exportRoute } from "../exports";
import { heatmapCsv } from "../heatmap-csv";

export const dynamic = "force-dynamic";
export const GET = exportRoute(heatmapCsv);
