// The security headers of every response (set by proxy.ts): a Content-Security-Policy with a fresh nonce per request
// (Next adds it to its own scripts while rendering), no framing, no content sniffing, and HSTS over https.
// Pure: no Next imports, so it is unit-tested directly.

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy. Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic'); `next dev`
 * also needs eval for its error overlay. Styles allow inline: React and recharts set style attributes, and the outage
 * page (lib/http/unavailable.ts) carries its own stylesheet. `formOrigins`: where a form may send the browser besides
 * this site (the OIDC provider's sign-in page, reached by the sign-in form's redirect).
 */
export function contentSecurityPolicy(
  nonce: string,
  { dev = false, https = false, formOrigins = [] }: { dev?: boolean; https?: boolean; formOrigins?: string[] } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${["'self'", ...formOrigins].join(" ")}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for every response, pages, API and exports alike (the CSP comes on top for pages). */
export function securityHeaders({ https = false }: { https?: boolean } = {}): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Only over https: a browser ignores it on http anyway, and sending it from a plain-http demo would be a lie.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/**
 * Whether the browser reached us over https. Behind a reverse proxy we trust (TRUST_PROXY=true): the last
 * X-Forwarded-Proto entry (the one that proxy set). Otherwise the request URL's protocol, but only when the request
 * carries no X-Forwarded-Proto: Next builds that URL from the header, which any client can send.
 */
export function servedOverHttps(url: URL, headers: Headers, trustProxy = process.env.TRUST_PROXY): boolean {
  const forwarded = headers.get("x-forwarded-proto");
  if (/^(1|true|yes)$/i.test(trustProxy ?? "") && forwarded !== null)
    return forwarded.split(",").at(-1)?.trim().toLowerCase() === "https";
  return forwarded === null && url.protocol === "https:";
}

/** The origin of the OIDC issuer, when configured and a valid URL: the one place a form may send the browser. */
export function oidcFormOrigins(issuer = process.env.AUTH_OIDC_ISSUER): string[] {
  if (!issuer) return [];
  try {
    return [new URL(issuer).origin];
  } catch {
    return [];
  }
}
