// The full Auth.js configuration: credentials (bcrypt) and, when configured, a generic OIDC provider.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDbHandle } from "../db/client";
import { users } from "../db/schema";
import { authConfig } from "./auth.config";
import { emailVerified } from "./oidc";
import { verifyPassword } from "./password";
import { jwtCallback, signOutEvent } from "./session-callbacks";
import { EMAIL_MAX } from "../validation";
import {
  attemptSignIn,
  clientAddress,
  DatabaseThrottleStore,
  MemoryThrottleStore,
  signInSucceeded,
  type ThrottleStore,
} from "./throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(EMAIL_MAX),
  password: z.string().min(1).max(200),
});

/** Refused before the password is checked: `code` carries the minutes to wait (the sign-in form says so). */
export class TooManyAttempts extends CredentialsSignin {
  constructor(retryAfterMs: number) {
    super();
    this.code = `too_many_attempts:${Math.max(1, Math.ceil(retryAfterMs / 60_000))}`;
  }
}

const globalForThrottle = globalThis as unknown as { levelboardThrottle?: ThrottleStore };
/** Several processes share a PostgreSQL server, so they share its table; the embedded database serves one process. */
async function throttleStore(): Promise<ThrottleStore> {
  if (globalForThrottle.levelboardThrottle) return globalForThrottle.levelboardThrottle;
  const handle = await getDbHandle();
  return (globalForThrottle.levelboardThrottle =
    handle.engine === "postgres" ? new DatabaseThrottleStore(handle.db) : new MemoryThrottleStore());
}

const providers: Provider[] = [
  Credentials({
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(raw, request) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) throw new CredentialsSignin();
      const store = await throttleStore();
      const address = clientAddress(request?.headers);
      // Counted before the check, known and unknown emails alike: the same answer for both, and no parallel guessing.
      const decision = await attemptSignIn(store, { account: parsed.data.email, ...(address ? { address } : {}) });
      if (!decision.allowed) throw new TooManyAttempts(decision.retryAfterMs);
      const { db } = await getDbHandle();
      const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email)).limit(1);
      // Same work and the same answer whether the email is unknown or the password wrong.
      const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
      if (!user || !ok || user.disabledAt) throw new CredentialsSignin();
      await signInSucceeded(store, parsed.data.email);
      return {
        id: String(user.id),
        email: user.email,
        name: user.name,
        role: user.role,
        sessionVersion: user.sessionVersion,
      };
    },
  }),
];

/** A generic OIDC provider, on when AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET are set. */
export const oidcEnabled = !!(
  process.env.AUTH_OIDC_ISSUER &&
  process.env.AUTH_OIDC_CLIENT_ID &&
  process.env.AUTH_OIDC_CLIENT_SECRET
);
export const oidcName = process.env.AUTH_OIDC_NAME || "Single sign-on";
if (oidcEnabled) {
  providers.push({
    id: "oidc",
    name: oidcName,
    type: "oidc",
    issuer: process.env.AUTH_OIDC_ISSUER,
    clientId: process.env.AUTH_OIDC_CLIENT_ID,
    clientSecret: process.env.AUTH_OIDC_CLIENT_SECRET,
  });
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers,
  // Each sign-in gets a sessions row (its id in the token); sign-out revokes it (lib/auth/session-callbacks.ts).
  events: { signOut: signOutEvent },
  callbacks: {
    ...authConfig.callbacks,
    jwt: jwtCallback,
    // OIDC sign-ins are accepted only for an email the provider vouches for (email_verified) that belongs to an
    // existing, enabled account: no self-provisioning. AUTH_OIDC_ALLOW_MISSING_EMAIL_VERIFIED=true accepts a provider
    // that never sends the claim; an explicit email_verified=false is refused always.
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      if (!emailVerified(profile?.email_verified)) return false;
      const email = user.email?.toLowerCase();
      if (!email) return false;
      const { db } = await getDbHandle();
      const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      if (!row || row.disabledAt) return false;
      user.id = String(row.id);
      user.role = row.role;
      user.sessionVersion = row.sessionVersion;
      return true;
    },
  },
});
