"use server";
// Sign-in and sign-out. One message for unknown email and wrong password: no user enumeration.
import { AuthError, type CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "../auth/auth";
import { EMAIL_MAX } from "../validation";

export type LoginState = { error?: string; fieldErrors?: { email?: string; password?: string }; email?: string };

const SIGN_IN_FAILED = "The email or password is not right.";

const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email.")
    .max(EMAIL_MAX, "That email is too long.")
    .email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});

/** The form's message: the throttle's refusal says how long to wait (the same for known and unknown emails). */
function signInMessage(error: AuthError): string {
  const minutes = /^too_many_attempts:(\d+)$/.exec((error as CredentialsSignin).code ?? "")?.[1];
  if (minutes) return `Too many attempts: try again in ${minutes} minute${minutes === "1" ? "" : "s"}.`;
  return SIGN_IN_FAILED;
}

/** Only same-site paths: never redirect off-site after sign-in. */
function safeCallback(raw: FormDataEntryValue | null): string {
  const value = typeof raw === "string" ? raw : "";
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/login") ? value : "/";
}

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")) : "";
  if (!parsed.success) {
    const fieldErrors: LoginState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as "email" | "password";
      fieldErrors[key] ??= issue.message;
    }
    return { fieldErrors, email };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: signInMessage(error), email };
    throw error; // the redirect on success
  }
  return {};
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

export async function loginWithOidc(): Promise<void> {
  await signIn("oidc", { redirectTo: "/" });
}
