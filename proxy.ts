// Sends signed-out visitors of any page but /login and /api/health to /login; signed-out API calls get 401.
// It only reads the session token and never writes cookies, so a request racing a sign-out cannot revive it.
// (Whether the token's session is still open — not signed out or ended elsewhere — is checked by currentUser(),
// with the user, in one query.)
// While the database server cannot be reached (a pooled connection dropped and a quick probe fails) every page, API
// call and action answers 503 here, before anything renders: error boundaries cannot set a status.
// Every answer carries the security headers (lib/http/security-headers.ts); pages get a Content-Security-Policy with
// a fresh nonce, passed to the render in the request's own CSP header, where Next finds it for its scripts.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { isPublicPath } from "@/lib/auth/auth.config";
import { databaseHealth } from "@/lib/db/health";
import { unavailableResponse } from "@/lib/http/unavailable";
import {
  contentSecurityPolicy,
  newNonce,
  oidcFormOrigins,
  securityHeaders,
  servedOverHttps,
} from "@/lib/http/security-headers";

const FORM_ORIGINS = oidcFormOrigins();

export default async function proxy(request: NextRequest) {
  const https = servedOverHttps(request.nextUrl, request.headers);
  const csp = contentSecurityPolicy(newNonce(), {
    dev: process.env.NODE_ENV === "development",
    https,
    formOrigins: FORM_ORIGINS,
  });
  const secured = <R extends Response>(response: R): R => {
    for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
    response.headers.set("Content-Security-Policy", csp);
    return response;
  };
  const next = () => {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", csp);
    return secured(NextResponse.next({ request: { headers: requestHeaders } }));
  };

  const { pathname, search } = request.nextUrl;
  // /api/health probes the database itself and says so in its own words.
  const health = pathname === "/api/health" ? undefined : databaseHealth();
  if (health?.suspect && !(await health.probe()))
    return secured(unavailableResponse(pathname, search, request.headers));
  if (isPublicPath(pathname)) return next();
  const secureCookie = request.nextUrl.protocol === "https:";
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET, secureCookie }).catch(() => null);
  if (token?.uid) return next();
  if (pathname.startsWith("/api/")) {
    return secured(NextResponse.json({ error: "Sign in first." }, { status: 401 }));
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return secured(NextResponse.redirect(login));
}

export const config = {
  // Not the restore upload: Next buffers the body of every request the proxy runs for (and cuts it at 10 MB,
  // proxyClientMaxBodySize); app/api/admin/import.json streams it instead, and answers signed-out calls itself.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/admin/import.json).*)"],
};
