// The streamed download: backpressure bounds what is written ahead of the reader, a failure after the first byte
// errors the stream (the client sees an aborted download, never a clean end), a failure before it rejects (the route
// answers with a status), and a client that leaves or stalls stops the producer.
import { describe, expect, it, vi } from "vitest";
import { StreamCancelled, attachment, streamResponse } from "./stream";

const KB = 1024;
const piece = (n: number) => "x".repeat(n);

async function readAll(res: Response): Promise<string> {
  return new TextDecoder().decode(await res.arrayBuffer());
}

describe("streamResponse", () => {
  it("streams what the producer writes, in order, with the given headers", async () => {
    const res = await streamResponse(
      async (write) => {
        for (let i = 0; i < 1000; i++) await write(`${i},`);
      },
      { "content-type": "text/plain" },
    );
    expect(res.headers.get("content-type")).toBe("text/plain");
    expect(await readAll(res)).toBe(Array.from({ length: 1000 }, (_, i) => `${i},`).join(""));
  });

  it("keeps the producer at most a bounded amount ahead of a slow reader", async () => {
    let written = 0;
    let done = false;
    const res = await streamResponse(async (write) => {
      for (let i = 0; i < 400; i++) {
        await write(piece(16 * KB));
        written += 16 * KB;
      }
      done = true;
    }, {});
    const reader = res.body!.getReader();
    let read = 0;
    let maxAhead = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 1)); // a slow client
      maxAhead = Math.max(maxAhead, written - read);
      const { done: end, value } = await reader.read();
      if (end) break;
      read += value.byteLength;
    }
    expect(done).toBe(true);
    expect(read).toBe(400 * 16 * KB);
    // 6.4 MB written in all; never more than the queue (1 MB) plus one flush (256 kB) and one piece ahead.
    expect(maxAhead).toBeLessThanOrEqual(1024 * KB + 256 * KB + 16 * KB);
  });

  it("a failure after the first byte errors the stream: the reader sees a failure, not an end", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await streamResponse(async (write) => {
      await write(piece(300 * KB)); // flushed: the response has started
      throw new Error("connection lost");
    }, {});
    await expect(readAll(res)).rejects.toThrow(/connection lost/);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/export failed mid-stream: Error: connection lost/));
    log.mockRestore();
  });

  it("a failure before the first byte rejects, so the route can still answer with an error status", async () => {
    await expect(
      streamResponse(async (write) => {
        await write("buffered, not yet sent");
        throw new Error("first query failed");
      }, {}),
    ).rejects.toThrow(/first query failed/);
  });

  it("a client that goes away stops the producer at its next write", async () => {
    let stoppedWith: unknown = null;
    let writes = 0;
    const res = await streamResponse(async (write) => {
      try {
        for (;;) {
          await write(piece(64 * KB));
          writes++;
        }
      } catch (e) {
        stoppedWith = e;
        throw e;
      }
    }, {});
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel("client closed the connection");
    await vi.waitFor(() => expect(stoppedWith).toBeInstanceOf(StreamCancelled));
    expect(writes).toBeLessThan(10);
  });

  it("a client that stops reading is given up on after the stall time", async () => {
    let stoppedWith: unknown = null;
    const res = await streamResponse(
      async (write) => {
        try {
          for (;;) await write(piece(64 * KB));
        } catch (e) {
          stoppedWith = e;
          throw e;
        }
      },
      {},
      { stallMs: 50 },
    );
    await vi.waitFor(() => expect(stoppedWith).toBeInstanceOf(StreamCancelled));
    expect(String(stoppedWith)).toMatch(/read nothing/);
    await expect(readAll(res)).rejects.toThrow(/read nothing/);
  });
});

describe("attachment", () => {
  it("names a dated download with letters, digits and dashes only", () => {
    expect(attachment('Team "A" / Ops', "csv")).toMatch(/^attachment; filename="team-a-ops-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(attachment("***", "json")).toMatch(/^attachment; filename="export-\d{4}-\d{2}-\d{2}\.json"$/);
  });
});
