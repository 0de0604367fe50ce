// Sends signed-out visitors of any page but /login and /api/health to /login; signed-out API calls get 401.
// It only reads the session token and never writes cookies, so a request racing a sign-out cannot revive it.
// While the database server cannot be reached (a pooled connection dropped and a quick probe fails) every page, API
// call and action answers 503 here, before anything renders: error boundaries cannot set a status.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { isPublicPath } from "@/lib/auth/auth.config";
import { databaseHealth } from "@/lib/db/health";
import { unavailableResponse } from "@/lib/http/unavailable";

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // /api/health probes the database itself and says so in its own words.
  const health = pathname === "/api/health" ? undefined : databaseHealth();
  if (health?.suspect && !(await health.probe())) return unavailableResponse(pathname, search, request.headers);
  if (isPublicPath(pathname)) return NextResponse.next();
  const secureCookie = request.nextUrl.protocol === "https:";
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET, secureCookie }).catch(() => null);
  if (token?.uid) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
