// The Auth.js callback and event that keep sessions in the database (wired in auth.ts; the tests run them as Auth.js
// would): a sign-in starts a sessions row whose id goes into the token, a sign-out revokes that row.
import { headers } from "next/headers";
import type { JWT } from "next-auth/jwt";
import type { User } from "next-auth";
import { getDb } from "../db/client";
import { authConfig } from "./auth.config";
import { revokeSession, startSession } from "./sessions";

/** The signing-in browser's User-Agent (sign-in runs in a server action or the OIDC callback route). */
async function requestUserAgent(): Promise<string | null> {
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}

/** The jwt callback: `user` is given only at sign-in (credentials and OIDC alike), which starts a new session. */
export async function jwtCallback(params: { token: JWT; user?: User | null }): Promise<JWT> {
  const token = authConfig.callbacks.jwt({ token: params.token, user: params.user ?? undefined } as never) as JWT;
  if (params.user?.id && token.uid) {
    token.sid = await startSession(await getDb(), Number(token.uid), await requestUserAgent());
  }
  return token;
}

/** events.signOut: sign-out ends this device's session only; its token stops working at once, not when it expires. */
export async function signOutEvent(message: { token?: JWT | null } | { session?: unknown }): Promise<void> {
  const sid = "token" in message ? message.token?.sid : undefined;
  if (sid) await revokeSession(await getDb(), sid);
}
