// The load run's round-robin proxy against two small HTTP servers: not sticky, faithful (method, body, headers,
// status, every Set-Cookie), X-Forwarded-For appended as the app reads it, and a 502 for a process that is gone.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/throttle";
import { forwardedHeaders, startProxy, type Proxy } from "./proxy";

type Seen = { backend: number; method?: string; url?: string; headers: Record<string, unknown>; body: string };

function backend(n: number, seen: Seen[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ backend: n, method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(n === 0 ? 201 : 202, [
        ["set-cookie", `a${n}=1; Path=/`],
        ["set-cookie", `b${n}=2; Path=/; HttpOnly`],
        ["x-backend", String(n)],
      ]);
      res.end(`from ${n}: ${body}`);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
const base = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

describe("the bench's round-robin proxy", () => {
  const seen: Seen[] = [];
  let servers: Server[] = [];
  let proxy: Proxy;
  beforeAll(async () => {
    servers = await Promise.all([backend(0, seen), backend(1, seen)]);
    proxy = await startProxy(servers.map(base));
  });
  afterAll(async () => {
    await proxy.close();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  });

  it("sends one client's consecutive requests to the processes in turn and passes everything through", async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${proxy.base}/p/${i}?q=${i}`, {
        method: "POST",
        headers: { "content-type": "text/plain", cookie: "s=abc", "x-forwarded-for": "203.0.113.9" },
        body: `body ${i}`,
      });
      answers.push({ status: res.status, cookies: res.headers.getSetCookie(), text: await res.text() });
    }
    const backends = seen.slice(-4).map((s) => s.backend);
    expect(backends[0]).not.toBe(backends[1]);
    expect(backends).toEqual([backends[0], backends[1], backends[0], backends[1]]);
    for (const [i, s] of seen.slice(-4).entries()) {
      expect(s).toMatchObject({ method: "POST", url: `/p/${i}?q=${i}`, body: `body ${i}` });
      expect(s.headers).toMatchObject({ cookie: "s=abc", "content-type": "text/plain", "x-forwarded-proto": "http" });
      expect(s.headers["x-forwarded-host"]).toBe(new URL(proxy.base).host);
      expect(s.headers.host).toBe(new URL(proxy.base).host);
      // The client's own entry is kept, ours (the connection's address) is appended: the app reads the last one.
      expect(s.headers["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.1");
      expect(clientAddress(new Headers(s.headers as Record<string, string>), "true")).toBe("127.0.0.1");
    }
    for (const [i, a] of answers.entries()) {
      const n = backends[i];
      expect(a).toEqual({
        status: 201 + n,
        cookies: [`a${n}=1; Path=/`, `b${n}=2; Path=/; HttpOnly`],
        text: `from ${n}: body ${i}`,
      });
    }
    expect(proxy.answers.slice(-4).map((a) => a.backend)).toEqual(backends);
  });

  it("drops hop-by-hop headers, also those the Connection header names", () => {
    const out = forwardedHeaders(
      { connection: "keep-alive, x-hop", "x-hop": "1", "keep-alive": "timeout=5", te: "trailers", accept: "*/*" },
      "127.0.0.7",
    );
    expect(out).toEqual({ accept: "*/*", "x-forwarded-for": "127.0.0.7", "x-forwarded-proto": "http" });
  });

  it("sends a request again when the process closed the kept-alive connection it went out on", async () => {
    // A process that drops every connection at its second request, as one whose idle timeout ends it just then.
    const bodies: string[] = [];
    const closing = createServer((req, res) => {
      const socket = req.socket as typeof req.socket & { served?: number };
      socket.served = (socket.served ?? 0) + 1;
      if (socket.served > 1) return void socket.destroy();
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        bodies.push(body);
        res.end(`got ${body}`);
      });
    });
    await new Promise<void>((resolve) => closing.listen(0, "127.0.0.1", resolve));
    const front = await startProxy([base(closing)]);
    try {
      for (const body of ["one", "two", "three"]) {
        await new Promise((r) => setTimeout(r, 50)); // the connection back in the proxy's pool, to be reused
        const res = await fetch(`${front.base}/`, { method: "POST", body });
        expect([res.status, await res.text()]).toEqual([200, `got ${body}`]);
      }
      expect(bodies).toEqual(["one", "two", "three"]);
    } finally {
      await front.close();
      closing.closeAllConnections();
      await new Promise((r) => closing.close(r));
    }
  });

  it("answers 502 when a process cannot be reached", async () => {
    const gone = await startProxy(["http://127.0.0.1:9"]);
    try {
      const res = await fetch(`${gone.base}/`);
      expect(res.status).toBe(502);
      expect(gone.answers).toMatchObject([{ backend: 0, status: 502 }]);
    } finally {
      await gone.close();
    }
  });
});
