// The security headers: a strict script policy with the request's nonce, no framing, and HSTS only over https (a
// forwarded https counts only behind a trusted proxy).
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, oidcFormOrigins, securityHeaders, servedOverHttps } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("allows only scripts with this request's nonce, forbids framing, and adds eval only for next dev", () => {
    const nonce = newNonce();
    const csp = directives(contentSecurityPolicy(nonce));
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy(nonce, { dev: true })).get("script-src")).toContain("'unsafe-eval'");
    const https = directives(contentSecurityPolicy(nonce, { https: true, formOrigins: ["https://idp.test"] }));
    expect(https.has("upgrade-insecure-requests")).toBe(true);
    expect(https.get("form-action")).toEqual(["'self'", "https://idp.test"]);
  });

  it("gives every request a different, unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("securityHeaders and servedOverHttps", () => {
  it("sends HSTS only over https", () => {
    expect(securityHeaders()).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });

  it("believes X-Forwarded-Proto only behind a trusted proxy, and then its last entry", () => {
    const http = new URL("http://app.test/");
    const https = new URL("https://app.test/");
    const fwd = (v: string) => new Headers({ "x-forwarded-proto": v });
    expect(servedOverHttps(https, new Headers(), undefined)).toBe(true);
    expect(servedOverHttps(http, fwd("https"), undefined)).toBe(false);
    // Next writes a forwarded protocol into the request URL: an untrusted header must not sneak in that way either.
    expect(servedOverHttps(https, fwd("https"), undefined)).toBe(false);
    expect(servedOverHttps(http, fwd("https"), "true")).toBe(true);
    expect(servedOverHttps(http, fwd("https, http"), "true")).toBe(false);
    expect(servedOverHttps(http, new Headers(), "true")).toBe(false);
  });

  it("lets forms go to the OIDC issuer's origin only when one is configured", () => {
    expect(oidcFormOrigins(undefined)).toEqual([]);
    expect(oidcFormOrigins("not a url")).toEqual([]);
    expect(oidcFormOrigins("https://idp.example.com/realms/x")).toEqual(["https://idp.example.com"]);
  });
});
