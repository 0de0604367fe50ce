// The full Auth.js configuration: credentials (bcrypt) and, when configured, a generic OIDC provider.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../db/client";
import { users } from "../db/schema";
import { authConfig } from "./auth.config";
import { verifyPassword } from "./password";
import { recordFailure, recordSuccess, signInDelayMs } from "./throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "local";
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const providers: Provider[] = [
  Credentials({
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(raw, request) {
      const parsed = credentialsSchema.safeParse(raw);
      const keys = [`ip:${clientAddress(request)}`, ...(parsed.success ? [`email:${parsed.data.email}`] : [])];
      const delay = signInDelayMs(keys);
      if (delay > 0) await sleep(delay);
      if (!parsed.success) {
        recordFailure(keys);
        throw new CredentialsSignin();
      }
      const db = await getDb();
      const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email)).limit(1);
      // Same work and the same answer whether the email is unknown or the password wrong.
      const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
      if (!user || !ok || user.disabledAt) {
        recordFailure(keys);
        throw new CredentialsSignin();
      }
      recordSuccess(keys);
      return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
    },
  }),
];

/** A generic OIDC provider, on when AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET are set. */
export const oidcEnabled = !!(process.env.AUTH_OIDC_ISSUER && process.env.AUTH_OIDC_CLIENT_ID && process.env.AUTH_OIDC_CLIENT_SECRET);
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
  callbacks: {
    ...authConfig.callbacks,
    // OIDC sign-ins are accepted only for an existing, enabled account with the same email: no self-provisioning.
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const email = user.email?.toLowerCase();
      if (!email) return false;
      const db = await getDb();
      const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      if (!row || row.disabledAt) return false;
      user.id = String(row.id);
      user.role = row.role;
      user.sessionVersion = row.sessionVersion;
      return true;
    },
  },
});
