// E-mail settings from the environment (docs/mail.md): SMTP_URL (smtp://user:pass@host:port, smtps://… for TLS from
// the first byte), MAIL_FROM, LEVELBOARD_URL (absolute links). A bad value is reported in one sentence, never thrown:
// the app keeps running with notifications in the app only.

export const DEFAULT_MAIL_FROM = "Levelboard <levelboard@localhost>";
export const DEFAULT_BASE_URL = "http://localhost:3000";

/** What nodemailer's SMTP transport needs (lib/notify/mail/transport.ts builds it). */
export type SmtpOptions = {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
};

export type MailSettings =
  | { status: "off" }
  | { status: "invalid"; error: string }
  | { status: "on"; smtp: SmtpOptions; from: string; baseUrl: string };

/** Parses an SMTP URL; a string (the reason) when it is not one. */
export function parseSmtpUrl(raw: string): SmtpOptions | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "SMTP_URL is not a valid URL (expected smtp://user:password@host:587 or smtps://user:password@host:465).";
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    return `SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`;
  if (!url.hostname) return "SMTP_URL names no host.";
  const secure = url.protocol === "smtps:";
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port,
    secure,
    auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
  };
}

/** The base of absolute links: LEVELBOARD_URL without a trailing slash, else the default. */
export function parseBaseUrl(raw: string | undefined): string | { error: string } {
  const value = raw?.trim();
  if (!value) return DEFAULT_BASE_URL;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error();
    return url.href.replace(/\/+$/, "");
  } catch {
    return { error: "LEVELBOARD_URL is not an http:// or https:// URL (e.g. https://levelboard.example.com)." };
  }
}

/** The e-mail settings of `env`: off without SMTP_URL, invalid (with the reason) when a value cannot be used. */
export function mailSettings(env: Record<string, string | undefined> = process.env): MailSettings {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return { status: "off" };
  const smtp = parseSmtpUrl(raw);
  if (typeof smtp === "string") return { status: "invalid", error: smtp };
  const baseUrl = parseBaseUrl(env.LEVELBOARD_URL);
  if (typeof baseUrl !== "string") return { status: "invalid", error: baseUrl.error };
  const from = env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
  return { status: "on", smtp, from, baseUrl };
}
