// Auth.js settings that need no database: shared by the proxy and the full configuration in auth.ts.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "../db/schema";
import { loggableError } from "../errors";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      role: Role;
      sessionVersion: number;
      /** The sessions row of this sign-in (lib/auth/sessions.ts); absent in tokens issued before sessions were kept. */
      sessionId?: string;
      name?: string | null;
      email?: string | null;
    };
  }
  interface User {
    role?: Role;
    /** users.session_version at sign-in: a session whose version is behind the user's has ended. */
    sessionVersion?: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    /** sessions.id of this sign-in, set by the jwt callback in auth.ts. */
    sid?: string;
  }
}

/** Pages a signed-out visitor may open. */
// The API description holds no data: tools may fetch it without a session.
export const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth", "/api/v1/openapi.json"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** A session token lives this long after sign-in (Auth.js maxAge); so does its sessions row. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export const authConfig = {
  // Errors (a refused OIDC sign-in) come back to the sign-in page, which says what happened.
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  trustHost: true,
  providers: [],
  logger: {
    // A failed sign-in is an expected event, not a server error: keep it out of the error log.
    error(error: Error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      // A sign-out whose session could not be revoked (the database down) lands here too, as a SignOutError.
      const signOut = (error as { type?: string }).type === "SignOutError";
      const what = signOut ? "sign-out could not end the session" : "sign-in failed";
      console.error(`levelboard: ${what}: ${loggableError(error)}`);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid) {
        session.user.id = token.uid;
        session.user.role = token.role ?? "member";
        session.user.sessionVersion = token.sv ?? 0;
        if (token.sid) session.user.sessionId = token.sid;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
