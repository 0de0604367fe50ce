// postgres.js 3.4.9 batches small writes behind a setImmediate and, when a connection closes, cancels that immediate
// without forgetting it (and keeps the unsent bytes). The pooled connection is then poisoned: its next start-up
// message is never sent, so every query given to it waits for the connect timeout (seen under load after a
// PostgreSQL restart: `CONNECT_TIMEOUT` ten seconds after the server was back). A close racing a queued write also
// threw an uncatchable `Cannot read properties of null (reading 'write')`. patches/postgres+3.4.9.patch fixes both
// (applied by patch-package at install); these tests replay the race against a minimal fake server, deterministically.
// The patch also forgets a server's error answer when its connection closes (see the third test).
import net from "node:net";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";

/**
 * A fake PostgreSQL server: accepts any start-up, answers every simple query with "SELECT 0" and no rows — except
 * `select 'terminate'`, which it answers as a server shutting down does a busy backend: FATAL 57P01, then it closes.
 */
async function fakeServer() {
  const startups: number[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let buffer = Buffer.alloc(0);
    let started = false;
    socket.on("data", (data) => {
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4 || buffer.length < buffer.readInt32BE(0)) return;
          buffer = buffer.subarray(buffer.readInt32BE(0));
          started = true;
          startups.push(Date.now());
          // AuthenticationOk, then ReadyForQuery (idle).
          socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0, 0x5a, 0, 0, 0, 5, 0x49]));
          continue;
        }
        if (buffer.length < 5 || buffer.length < 1 + buffer.readInt32BE(1)) return;
        const type = buffer[0];
        const text = buffer
          .subarray(5, 1 + buffer.readInt32BE(1))
          .toString()
          .replace(/\0$/, "");
        buffer = buffer.subarray(1 + buffer.readInt32BE(1));
        if (type === 0x51 && text === "select 'terminate'") {
          const fields = ["SFATAL", "VFATAL", "C57P01", "Mterminating connection due to administrator command"];
          const body = Buffer.from(fields.map((f) => `${f}\0`).join("") + "\0");
          const head = Buffer.alloc(5);
          head[0] = 0x45;
          head.writeInt32BE(4 + body.length, 1);
          socket.end(Buffer.concat([head, body]));
          return;
        }
        if (type === 0x51) {
          // Query → CommandComplete "SELECT 0", ReadyForQuery.
          const tag = Buffer.from("SELECT 0\0");
          const complete = Buffer.alloc(5);
          complete[0] = 0x43;
          complete.writeInt32BE(4 + tag.length, 1);
          socket.write(Buffer.concat([complete, tag, Buffer.from([0x5a, 0, 0, 0, 5, 0x49])]));
        } else if (type === 0x58) socket.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    startups,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A one-connection client whose sockets the test can reach, to close one while a write is queued. */
async function clientOn(port: number) {
  const sockets: net.Socket[] = [];
  // `socket` (a factory for the connection's socket) is a documented option the type declarations lack.
  const options: postgres.Options<Record<string, never>> & { socket: () => Promise<net.Socket> } = {
    host: "127.0.0.1",
    port,
    max: 1,
    fetch_types: false,
    connect_timeout: 2,
    backoff: () => 0,
    onnotice: () => {},
    socket: () =>
      new Promise<net.Socket>((resolve, reject) => {
        const socket = net.connect(port, "127.0.0.1");
        socket.once("connect", () => {
          sockets.push(socket);
          resolve(socket);
        });
        socket.once("error", reject);
      }),
  };
  const sql = postgres(options);
  cleanups.push(() => sql.end({ timeout: 0 }));
  return { sql, sockets };
}

/**
 * Sends a query from inside an immediate (as Next's rendering does), so its bytes wait for the next loop's check
 * phase, and closes the socket in the same callback: the close completes in this loop's close phase, first.
 */
function interruptQueuedWrite(sql: postgres.Sql, socket: net.Socket): Promise<{ query: Promise<unknown> }> {
  return new Promise((resolve) =>
    setImmediate(() => {
      const query = sql.unsafe("select 2").simple().execute();
      query.catch(() => {});
      socket.destroy();
      resolve({ query: query as unknown as Promise<unknown> });
    }),
  );
}

describe("the patched PostgreSQL driver", () => {
  it("opens a working connection again after one closed while a write was queued", async () => {
    const server = await fakeServer();
    cleanups.push(server.close);
    const { sql, sockets } = await clientOn(server.port);
    await sql.unsafe("select 1").simple();
    expect(sockets).toHaveLength(1);

    // The query's bytes wait for a setImmediate; the socket closes (as when the server stops) before it runs.
    const { query: interrupted } = await interruptQueuedWrite(sql, sockets[0]);
    await expect(interrupted).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });

    // The same pooled connection reconnects: its start-up message must reach the server and the query answer.
    await expect(sql.unsafe("select 3").simple()).resolves.toHaveLength(0);
    expect(server.startups).toHaveLength(2);
  });

  // The server's error for the query in flight when it stopped was kept past the close: the same pooled connection,
  // reconnected to the restarted server, failed its next query with that old error once started ("terminating
  // connection due to administrator command", or "the database system is shutting down"): an error page seconds
  // after the database was back (bench:load --outage, with two processes more often).
  it("does not carry the error of a connection the server ended into the next connection", async () => {
    const server = await fakeServer();
    cleanups.push(server.close);
    const { sql } = await clientOn(server.port);
    await sql.unsafe("select 1").simple();
    await expect(sql.unsafe("select 'terminate'").simple()).rejects.toThrow();
    await expect(sql.unsafe("select 3").simple()).resolves.toHaveLength(0);
    expect(server.startups).toHaveLength(2);
  });

  it("keeps working through repeated closes, without an uncaught exception", async () => {
    const server = await fakeServer();
    cleanups.push(server.close);
    const { sql, sockets } = await clientOn(server.port);
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);
    process.on("uncaughtException", onUncaught);
    cleanups.push(async () => void process.off("uncaughtException", onUncaught));
    for (let round = 0; round < 5; round++) {
      await sql.unsafe("select 1").simple();
      const { query: interrupted } = await interruptQueuedWrite(sql, sockets[sockets.length - 1]);
      await interrupted.catch(() => {});
    }
    await expect(sql.unsafe("select 3").simple()).resolves.toHaveLength(0);
    await new Promise((r) => setImmediate(r));
    expect(uncaught).toEqual([]);
    expect(server.startups).toHaveLength(6);
  });
});
