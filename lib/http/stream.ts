// Streamed downloads (the exports): a producer writes text piece by piece while it reads the database in pages; the
// response body is a ReadableStream pulled by the client, so memory holds about one page and one buffer, whatever
// the size of the organisation.
//
// - Backpressure: `write` resolves only once the stream's queue is below its high-water mark, so a slow client
//   slows the reads instead of piling text up in memory.
// - Failure before the first byte (the first page's query failed): `streamResponse` throws, and the route layer
//   answers with an ordinary JSON error status.
// - Failure after it: the stream is errored, so the server aborts the response and the client sees a failed
//   download — never a truncated file that looks complete.
// - A client that goes away (or stops reading for STALL_MS) cancels the stream: the next `write` throws, the
//   producer stops, and its transaction is rolled back.
// - On the embedded database (one connection) an open transaction blocks every other request, so there the producer
//   does not wait for the client: it writes ahead into a much larger queue (a bounded snapshot of the file) and ends
//   its transaction, and gives up on a reader that stalls it beyond that much sooner (exportLimits).
import "server-only";
import { loggableError } from "@/lib/errors";
import type { Engine } from "@/lib/db/client";

/** Appends text to the body; resolves when there is room for more. */
export type Write = (text: string) => Promise<void>;

/** Text is handed to the stream in pieces of about this size (fewer, larger socket writes). */
const FLUSH_BYTES = 256 * 1024;
/** The stream's queue: the producer waits while this much is written but not yet read. */
export const HIGH_WATER_BYTES = 1024 * 1024;
/** A client that reads nothing for this long is given up on (the producer may hold a transaction open). */
export const STALL_MS = 60_000;

export type StreamLimits = { highWaterBytes: number; stallMs: number };
/**
 * An export's limits on each engine. A PostgreSQL server gives the export its own connection: it may wait for a slow
 * client (1 MB ahead, 60 s without a read). The embedded database has one: the export is read ahead into memory, up
 * to 64 MB not yet downloaded, so its transaction ends as soon as the rows are read; a larger one waits at most 5 s.
 */
export function exportLimits(engine: Engine): StreamLimits {
  return engine === "pglite"
    ? { highWaterBytes: 64 * 1024 * 1024, stallMs: 5_000 }
    : { highWaterBytes: HIGH_WATER_BYTES, stallMs: STALL_MS };
}

export class StreamCancelled extends Error {
  constructor(reason: string) {
    super(`the download was cancelled: ${reason}`);
    this.name = "StreamCancelled";
  }
}

/**
 * Runs `produce` and answers with what it writes, streamed. Resolves once the producer has written its first piece
 * (or finished); rejects if it fails before that, so the caller can still answer with an error status.
 */
export async function streamResponse(
  produce: (write: Write) => Promise<void>,
  headers: Record<string, string>,
  opts: Partial<StreamLimits> = {},
): Promise<Response> {
  const stallMs = opts.stallMs ?? STALL_MS;
  const highWaterBytes = opts.highWaterBytes ?? HIGH_WATER_BYTES;
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let resume: (() => void) | null = null;
  let cancelled: StreamCancelled | null = null;
  let buffer = "";
  let started = false;
  let markStarted!: () => void;
  let failEarly!: (e: unknown) => void;
  const firstPiece = new Promise<void>((resolve, reject) => {
    markStarted = resolve;
    failEarly = reject;
  });

  const body = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        resume?.();
      },
      cancel(reason) {
        cancelled = new StreamCancelled(reason instanceof Error ? reason.message : "the client went away");
        resume?.();
      },
    },
    { highWaterMark: highWaterBytes, size: (chunk) => chunk.byteLength },
  );

  const flush = async () => {
    if (cancelled) throw cancelled;
    if (!buffer) return;
    controller.enqueue(encoder.encode(buffer));
    buffer = "";
    if (!started) {
      started = true;
      markStarted();
    }
    while ((controller.desiredSize ?? 1) <= 0 && !cancelled) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        resume = resolve;
        timer = setTimeout(() => {
          cancelled = new StreamCancelled(`the client read nothing for ${Math.round(stallMs / 1000)} s`);
          controller.error(cancelled);
          resolve();
        }, stallMs);
      });
      clearTimeout(timer);
      resume = null;
    }
    if (cancelled) throw cancelled;
  };
  const write: Write = async (text) => {
    if (cancelled) throw cancelled;
    buffer += text;
    if (buffer.length >= FLUSH_BYTES) await flush();
  };

  produce(write)
    .then(flush)
    .then(
      () => {
        controller.close();
        markStarted();
      },
      (error: unknown) => {
        if (!started) return failEarly(error);
        if (error instanceof StreamCancelled) return; // the client left: nothing to tell it
        console.error(`levelboard: export failed mid-stream: ${loggableError(error)}`);
        try {
          controller.error(error);
        } catch {
          /* already errored or closed */
        }
      },
    );
  await firstPiece;
  return new Response(body, { headers });
}

/** `attachment; filename="<name>-<YYYY-MM-DD>.<ext>"`, the name reduced to letters, digits and dashes. */
export function attachment(name: string, ext: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const safe =
    name
      .replace(/[^a-z0-9-]+/gi, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "export";
  return `attachment; filename="${safe}-${date}.${ext}"`;
}
