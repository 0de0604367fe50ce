// CSV downloads for the table exports, streamed: the CSV itself (quoting, formula guard) comes from lib/transfer/csv,
// the streaming (backpressure, abort on failure) from lib/http/stream.
import { configuredEngine, type Db, type Tx } from "@/lib/db/client";
import { attachment, exportLimits, streamResponse } from "@/lib/http/stream";
import { csvHeader, csvRows, type CsvCell } from "@/lib/transfer/csv";

/** Rows per query of a CSV export. */
export const CSV_PAGE_ROWS = 5000;

type Rows = readonly (readonly CsvCell[])[];

/**
 * The route handler's answer: text/csv, a download with a dated file name, never cached, its rows written batch by
 * batch as `produce` emits them. A UTF-8 byte-order mark first, so spreadsheet programs read names correctly.
 * The bytes are those of `toCsv(header, all rows)`. On the embedded database the rows are read ahead of a slow client
 * (exportLimits), so the export's transaction does not block other requests while the file downloads.
 */
export function csvDownload(
  name: string,
  header: readonly string[],
  produce: (emit: (rows: Rows) => Promise<void>) => Promise<void>,
): Promise<Response> {
  return streamResponse(
    async (write) => {
      await write(`\uFEFF${csvHeader(header)}`);
      let first = true;
      await produce(async (rows) => {
        if (!rows.length) return;
        await write(`${first ? "" : "\r\n"}${csvRows(rows)}`);
        first = false;
      });
    },
    {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(name, "csv"),
      "cache-control": "no-store",
    },
    exportLimits(configuredEngine()),
  );
}

/** Runs `read` in one read-only repeatable-read transaction: every page of an export sees the same data. */
export function inSnapshot<T>(db: Db, read: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(read, { isolationLevel: "repeatable read", accessMode: "read only" });
}

/** Reads `read(page)` page after page until a short page (at most `max` rows in all). */
export async function* pagesOf<T>(
  read: (page: { offset: number; limit: number }) => Promise<T[]>,
  { size = CSV_PAGE_ROWS, max = Infinity }: { size?: number; max?: number } = {},
): AsyncGenerator<T[]> {
  for (let offset = 0; offset < max; offset += size) {
    const limit = Math.min(size, max - offset);
    const rows = await read({ offset, limit });
    yield rows;
    if (rows.length < limit) return;
  }
}
