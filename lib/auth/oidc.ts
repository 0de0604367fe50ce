// The OIDC rule that needs no framework: when the provider's email_verified claim lets its email stand for an account.

/**
 * Verified only when the provider says so (true, or "true" from providers that send strings). A provider that never
 * sends the claim can be accepted with AUTH_OIDC_ALLOW_MISSING_EMAIL_VERIFIED=true; an explicit false never is.
 */
export function emailVerified(
  claim: unknown,
  allowMissing = /^(1|true|yes)$/i.test(process.env.AUTH_OIDC_ALLOW_MISSING_EMAIL_VERIFIED ?? ""),
): boolean {
  if (claim === true || claim === "true") return true;
  return claim === undefined && allowMissing;
}
