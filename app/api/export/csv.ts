// CSV responses for the table exports; the CSV itself (quoting, formula guard) comes from lib/transfer/csv.

/** The route handler's answer: text/csv, a download with a dated file name, never cached. */
export function csvResponse(name: string, csv: string): Response {
  const date = new Date().toISOString().slice(0, 10);
  const file = `${
    name
      .replace(/[^a-z0-9-]+/gi, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "export"
  }-${date}.csv`;
  // A byte-order mark so spreadsheet programs read UTF-8 names correctly.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file}"`,
      "cache-control": "no-store",
    },
  });
}

export function errorResponse(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}
