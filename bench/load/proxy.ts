// The load run's load balancer for several server processes (`bench:load --processes N`): a small round-robin HTTP
// proxy, not sticky — each client's consecutive requests go to the next process in turn, so a session's write and
// its next read are served by different processes. It forwards method, path, headers and body, and answers with the
// process's status, headers (every Set-Cookie) and body, as a reverse proxy in production does: X-Forwarded-For gets
// the client's address appended (the last entry is the one the app reads with TRUST_PROXY, lib/auth/throttle.ts),
// X-Forwarded-Proto and X-Forwarded-Host say what the client asked for. A process that cannot be reached is a 502.
// Bodies are read whole before they are sent on (the bench's are small).
import { Agent, createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** Headers of one hop only (RFC 9110 §7.6.1): never forwarded. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/** One answer the proxy passed on: which process, its status, and when (for the outage's classification). */
export type ProxiedAnswer = { backend: number; status: number; start: number; end: number };

export type Proxy = {
  base: string;
  /** every answer so far, in the order they ended */
  answers: ProxiedAnswer[];
  close: () => Promise<void>;
};

/** The headers to send on: hop-by-hop ones dropped (also those the Connection header names), X-Forwarded-* set. */
export function forwardedHeaders(incoming: IncomingHttpHeaders, clientAddress: string): IncomingHttpHeaders {
  const named = String(incoming.connection ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.includes(name)) continue;
    out[name] = value;
  }
  const prior = incoming["x-forwarded-for"];
  out["x-forwarded-for"] = prior ? `${[prior].flat().join(", ")}, ${clientAddress}` : clientAddress;
  out["x-forwarded-proto"] = "http";
  if (incoming.host) out["x-forwarded-host"] = incoming.host;
  return out;
}

/** Starts the proxy on 127.0.0.1 in front of `backends` (base URLs, `http://127.0.0.1:PORT`). */
export async function startProxy(backends: string[], port = 0): Promise<Proxy> {
  if (!backends.length) throw new Error("the proxy needs at least one server process");
  const targets = backends.map((b) => new URL(b));
  // Idle connections are dropped before `next start` drops them (Node's 5 s keep-alive timeout), which narrows the
  // race of reusing one the process is closing; the retry below covers what is left of it.
  const agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: 4000 });
  const answers: ProxiedAnswer[] = [];
  /** the next process per client address; a new client starts where the previous new client did not */
  const next = new Map<string, number>();
  let clients = 0;

  const server = createServer(async (req, res) => {
    const start = Date.now();
    const client = req.socket.remoteAddress ?? "unknown";
    let turn = next.get(client);
    if (turn === undefined) turn = clients++;
    next.set(client, turn + 1);
    const backend = turn % targets.length;
    const target = targets[backend];
    // The body is read whole first (the bench's bodies are small), so a request can be sent again: see below.
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers = forwardedHeaders(req.headers, client);
    if (body.length || req.headers["content-length"] !== undefined) headers["content-length"] = String(body.length);

    const send = (attempt: number) => {
      const upstream = request(
        { agent, host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
        (answer) => {
          const out: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(answer.headers))
            if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
          res.writeHead(answer.statusCode ?? 502, answer.statusMessage, out);
          answer.pipe(res);
          answer.once("end", () => answers.push({ backend, status: answer.statusCode ?? 502, start, end: Date.now() }));
        },
      );
      upstream.once("error", (e: NodeJS.ErrnoException) => {
        // A kept-alive connection the process closed as we reused it (its idle timeout): the request never reached
        // it, so it goes again on another connection, as Node's documentation advises.
        if (upstream.reusedSocket && e.code === "ECONNRESET" && !res.headersSent && attempt < 3)
          return send(attempt + 1);
        answers.push({ backend, status: 502, start, end: Date.now() });
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end(`bench proxy: ${e.message}`);
        else res.destroy(e);
      });
      // The client went away before the answer: so does the request to the process.
      res.once("close", () => {
        if (!res.writableFinished) upstream.destroy();
      });
      upstream.end(body);
    };
    send(1);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${bound}`,
    answers,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
