// GET /api/export/audit?actor=&entity=&from=&to= — the audit log as CSV, with the page's filters (admin).
import { auditCsv, exportRoute } from "../exports";

export const dynamic = "force-dynamic";
export const GET = exportRoute(auditCsv);
