// Excel downloads, streamed: exceljs's streaming writer (stream.xlsx.WorkbookWriter) zips each row as it is committed
// into a Node stream, bridged to the Web ReadableStream the route handler answers with. The producer waits whenever
// that stream holds more than the export's limit not yet downloaded (lib/http/stream.ts exportLimits), so memory
// holds about one page of rows whatever the size of the organisation; a client that goes away stops it.
import { Readable, Transform } from "node:stream";
import ExcelJS from "exceljs";
import { configuredEngine } from "@/lib/db/client";
import { attachment, exportLimits, StreamCancelled } from "@/lib/http/stream";
import { loggableError } from "@/lib/errors";

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;
/** Resolves once the downloaded side has room again; throws StreamCancelled when the client went away. */
export type Drain = () => Promise<void>;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The route handler's answer: an .xlsx download with a dated file name, never cached. `produce` adds and commits
 * the sheets (rows committed batch by batch, `drain()` awaited between batches). Resolves once the first bytes are
 * zipped (or the workbook is done); rejects if `produce` fails before that, so the caller can still answer with an
 * error status. A failure after that errors the stream: the client sees a failed download, never a truncated file.
 */
export async function xlsxDownload(
  name: string,
  produce: (wb: WorkbookWriter, drain: Drain) => Promise<void>,
): Promise<Response> {
  const { highWaterBytes } = exportLimits(configuredEngine());
  let markStarted!: () => void;
  let isStarted = false;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const out = new Transform({
    highWaterMark: highWaterBytes,
    transform(chunk, _encoding, callback) {
      isStarted = true;
      markStarted();
      callback(null, chunk);
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // A client that leaves destroys `out`: the zip's write then fails. That is reported through `drain` (the producer
  // stops); the zip's own error event needs a listener so it cannot surface as an uncaught exception.
  (wb as unknown as { zip: NodeJS.EventEmitter }).zip.on("error", () => {});
  out.on("error", () => {});
  const drain: Drain = async () => {
    // Let the zip hand what it has to the output before measuring it.
    await new Promise((resolve) => setImmediate(resolve));
    while (out.writableNeedDrain && !out.destroyed)
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off("drain", done);
          out.off("close", done);
          resolve();
        };
        out.on("drain", done);
        out.on("close", done);
      });
    if (out.destroyed) throw new StreamCancelled("the client went away");
  };
  const done = (async () => {
    await produce(wb, drain);
    await wb.commit();
  })();
  done.catch((error: unknown) => {
    // Before the first byte the caller answers with an error status; a client that left needs no word.
    if (!isStarted || error instanceof StreamCancelled) return;
    console.error(`levelboard: export failed mid-stream: ${loggableError(error)}`);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    await Promise.race([done, started]);
  } catch (error) {
    out.destroy();
    throw error;
  }
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": XLSX_TYPE,
      "content-disposition": attachment(name, "xlsx"),
      "cache-control": "no-store",
    },
  });
}
