// The sign-in page's URL state: where to go after signing in (a path of this site only, so a link cannot send a user
// elsewhere) and why Auth.js sent a refused or failed sign-in back (?error=…&code=…), as one of four reasons.
import { createLoader, parseAsString } from "nuqs/server";
import type { SearchParams } from "./table";

export const loginParsers = { callbackUrl: parseAsString, error: parseAsString, code: parseAsString };

/** One message whatever the reason behind "other" (no enumeration); "tooMany" carries the minutes to wait. */
export type LoginError =
  { kind: "tooMany"; minutes: number } | { kind: "accessDenied" } | { kind: "credentials" } | { kind: "other" };

export type LoginParams = { callbackUrl: string; error: LoginError | null };

const loadLogin = createLoader(loginParsers);

/** A same-site path (with its query) from a callback URL; anything else is "/". */
function sameSitePath(raw: string | null): string {
  if (raw === null) return "/";
  try {
    const url = new URL(raw, "http://localhost");
    if (url.host === "localhost" || raw.startsWith("/")) return url.pathname + url.search;
  } catch {}
  return "/";
}

export function parseLoginParams(sp: SearchParams): LoginParams {
  const { callbackUrl, error, code } = loadLogin(sp);
  const callback = sameSitePath(callbackUrl);
  if (!error) return { callbackUrl: callback, error: null };
  // A sign-in posted straight to Auth.js (not through the form) that the throttle refused.
  const minutes = code ? /^too_many_attempts:(\d{1,3})$/.exec(code)?.[1] : undefined;
  const kind = minutes
    ? null
    : error === "AccessDenied"
      ? "accessDenied"
      : error === "CredentialsSignin"
        ? "credentials"
        : "other";
  return { callbackUrl: callback, error: kind ? { kind } : { kind: "tooMany", minutes: Number(minutes) } };
}
