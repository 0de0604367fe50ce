// A notification, or a day's digest of them, as a mail in the recipient's language: subject, plain text and HTML
// (every text escaped), the same message texts as the inbox (lib/i18n/text.ts) and absolute links to the
// notification and to the preferences page.
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../i18n/locales";
import { isText, text, translate, type Text } from "../../i18n/text";

export type MailContent = { subject: string; text: string; html: string };
export type MailItem = { text: unknown; href: string };

export const PREFS_PATH = "/account/notifications";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The recipient's language: their saved one, else English. */
export function mailLocale(saved: string | null | undefined): Locale {
  return isLocale(saved) ? saved : DEFAULT_LOCALE;
}

/** An app-relative href as an absolute link under `baseUrl`; anything else (another host) links to the app's root. */
export function absoluteLink(baseUrl: string, href: string): string {
  const path = href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\") ? href : "/";
  return `${baseUrl}${path}`;
}

/** The notification's words; a row whose text cannot be read (an unknown key) says so rather than failing the mail. */
function say(locale: Locale, value: unknown): string {
  if (!isText(value)) return translate(locale, text("notifications.mail.unreadable"));
  try {
    return translate(locale, value as Text);
  } catch {
    return translate(locale, text("notifications.mail.unreadable"));
  }
}

function page(locale: Locale, body: string, prefsUrl: string): string {
  const footer = escapeHtml(translate(locale, text("notifications.mail.footer")));
  const prefs = escapeHtml(translate(locale, text("notifications.mail.prefsLink")));
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head>`,
    `<body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">`,
    body,
    `<p style="color:#475569;font-size:13px">${footer} <a href="${escapeHtml(prefsUrl)}">${prefs}</a></p>`,
    `</body></html>`,
  ].join("");
}

/** One notification, mailed at once. */
export function renderNotificationMail(locale: Locale, item: MailItem, baseUrl: string): MailContent {
  const what = say(locale, item.text);
  const link = absoluteLink(baseUrl, item.href);
  const prefsUrl = absoluteLink(baseUrl, PREFS_PATH);
  const open = translate(locale, text("notifications.mail.open"));
  const footer = translate(locale, text("notifications.mail.footer"));
  const prefs = translate(locale, text("notifications.mail.prefsLink"));
  return {
    subject: translate(locale, text("notifications.mail.subject", { text: what })),
    text: `${what}\n\n${open}: ${link}\n\n-- \n${footer} ${prefs}: ${prefsUrl}\n`,
    html: page(
      locale,
      `<p>${escapeHtml(what)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>`,
      prefsUrl,
    ),
  };
}

/** A day's digest: every item, oldest first, each with its link. */
export function renderDigestMail(locale: Locale, items: readonly MailItem[], baseUrl: string): MailContent {
  const lines = items.map((i) => ({ what: say(locale, i.text), link: absoluteLink(baseUrl, i.href) }));
  const prefsUrl = absoluteLink(baseUrl, PREFS_PATH);
  const intro = translate(locale, text("notifications.mail.digestIntro", { count: items.length }));
  const footer = translate(locale, text("notifications.mail.footer"));
  const prefs = translate(locale, text("notifications.mail.prefsLink"));
  const inboxUrl = absoluteLink(baseUrl, "/inbox");
  const inbox = translate(locale, text("notifications.mail.inbox"));
  return {
    subject: translate(locale, text("notifications.mail.digestSubject", { count: items.length })),
    text: [
      intro,
      "",
      ...lines.map((l) => `- ${l.what}\n  ${l.link}`),
      "",
      `${inbox}: ${inboxUrl}`,
      "",
      `-- \n${footer} ${prefs}: ${prefsUrl}`,
      "",
    ].join("\n"),
    html: page(
      locale,
      `<p>${escapeHtml(intro)}</p><ul>${lines
        .map((l) => `<li><a href="${escapeHtml(l.link)}">${escapeHtml(l.what)}</a></li>`)
        .join("")}</ul><p><a href="${escapeHtml(inboxUrl)}">${escapeHtml(inbox)}</a></p>`,
      prefsUrl,
    ),
  };
}
