// The 503 answers while the database cannot be reached: a styled page for browsers, JSON for the API, plain text for
// a server action's fetch. Used by proxy.ts (which answers before any page renders) and the API's error mapping.
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "../db/health";
import { pickLocale, type Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";

const headers = (contentType: string) => ({
  "content-type": contentType,
  "cache-control": "no-store",
  "retry-after": String(RETRY_AFTER_SECONDS),
});

/** The API's body: `{ error: { code: "unavailable", message } }`, status 503, Retry-After. */
export function unavailableJson(): Response {
  return new Response(JSON.stringify({ error: { code: "unavailable", message: DATABASE_UNAVAILABLE_MESSAGE } }), {
    status: 503,
    headers: headers("application/json"),
  });
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The page: the app's look (colours of globals.css, the layout of not-found.tsx) in inline CSS, since the proxy cannot
 * render the app's components. "Try again" reloads the address the visitor asked for.
 */
export function unavailablePage(path: string, locale: Locale = "en"): Response {
  const m = messagesFor(locale).common.outage;
  const again = escapeHtml(path.startsWith("/") && !path.startsWith("//") ? path : "/");
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m.pageTitle)} · Levelboard</title>
<style>
body{margin:0;min-height:100vh;background:#f8fafc;color:#0f172a;font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;-webkit-font-smoothing:antialiased}
header{border-bottom:1px solid #e2e8f0;background:#fff}
header div{max-width:80rem;margin:0 auto;padding:.75rem 1rem;font-size:1.125rem;font-weight:700;letter-spacing:-.025em;color:#132f66}
main{max-width:36rem;margin:0 auto;padding:6rem 1.5rem;text-align:center}
.code{font-size:.875rem;font-weight:600;color:#1a469e;margin:0}
h1{margin:.5rem 0 0;font-size:1.5rem;font-weight:700}
p.text{margin:.75rem 0 0;color:#475569;line-height:1.5}
a.button{display:inline-block;margin-top:1.5rem;border-radius:.375rem;background:#1f56c3;padding:.5rem 1rem;font-size:.875rem;font-weight:500;color:#fff;text-decoration:none}
a.button:hover{background:#1a469e}
a:focus-visible{outline:2px solid #1f56c3;outline-offset:2px}
</style></head>
<body><header><div>Levelboard</div></header>
<main role="alert" data-outage="database">
<p class="code">503</p>
<h1>${escapeHtml(m.title)}</h1>
<p class="text">${escapeHtml(m.text)}</p>
<a class="button" href="${again}">${escapeHtml(m.tryAgain)}</a>
</main></body></html>`;
  return new Response(html, { status: 503, headers: headers("text/html; charset=utf-8") });
}

/** The answer for `request` while the database is unreachable: JSON for /api/, text for a server action, else the page. */
export function unavailableResponse(pathname: string, search: string, requestHeaders: Headers): Response {
  if (pathname.startsWith("/api/")) return unavailableJson();
  if (requestHeaders.has("next-action"))
    return new Response(DATABASE_UNAVAILABLE_MESSAGE, { status: 503, headers: headers("text/plain; charset=utf-8") });
  // The visitor's language as the app would choose it without the database: the picker's cookie, else the browser's.
  const cookie = /(?:^|;\s*)levelboard-locale=([a-z]{2})/.exec(requestHeaders.get("cookie") ?? "")?.[1];
  return unavailablePage(pathname + search, pickLocale(null, cookie, requestHeaders.get("accept-language")));
}
