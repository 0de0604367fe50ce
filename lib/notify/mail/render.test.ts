import { describe, expect, it } from "vitest";
import { text } from "../../i18n/text";
import { absoluteLink, escapeHtml, mailLocale, renderDigestMail, renderNotificationMail } from "./render";
import { mailSettings, parseSmtpUrl } from "./config";

const BASE = "https://levelboard.example.com";
const hostile = {
  text: text("notifications.events.leadRating", { lead: `<b>Eve</b> & "Co"`, count: 3 }),
  href: "/members/7",
};

describe("rendering a notification mail", () => {
  it("escapes every text in the HTML and keeps it as written in the plain text", () => {
    const mail = renderNotificationMail("en", hostile, BASE);
    expect(mail.html).toContain("&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot; rated 3 of your skills");
    expect(mail.html).not.toContain("<b>Eve</b>");
    expect(mail.text).toContain(`<b>Eve</b> & "Co" rated 3 of your skills`);
    expect(mail.subject).toBe(`Levelboard: <b>Eve</b> & "Co" rated 3 of your skills`);
  });

  it("links absolutely to the notification and to the preferences page", () => {
    const mail = renderNotificationMail("en", hostile, BASE);
    expect(mail.text).toContain(`${BASE}/members/7`);
    expect(mail.text).toContain(`${BASE}/account/notifications`);
    expect(mail.html).toContain(`href="${BASE}/members/7"`);
    expect(mail.html).toContain(`href="${BASE}/account/notifications"`);
  });

  it("says it in Japanese to a Japanese reader, English otherwise", () => {
    expect(renderNotificationMail("ja", hostile, BASE).subject).toContain("さんがあなたのスキルを3件評価しました");
    expect(renderNotificationMail("ja", hostile, BASE).html).toContain('<html lang="ja">');
    expect(mailLocale("ja")).toBe("ja");
    expect(mailLocale(null)).toBe("en");
    expect(mailLocale("fr")).toBe("en");
  });

  it("never links to another host", () => {
    expect(absoluteLink(BASE, "//evil.example/x")).toBe(`${BASE}/`);
    expect(absoluteLink(BASE, "https://evil.example/x")).toBe(`${BASE}/`);
    expect(absoluteLink(BASE, "/\\evil.example")).toBe(`${BASE}/`);
    expect(absoluteLink(BASE, "/inbox?x=1")).toBe(`${BASE}/inbox?x=1`);
  });

  it("lists a digest's items, each escaped, with the count in the subject", () => {
    const mail = renderDigestMail("en", [hostile, { ...hostile, href: "/members/8" }], BASE);
    expect(mail.subject).toBe("Levelboard: 2 notifications since your last digest");
    expect(mail.html.match(/<li>/g)).toHaveLength(2);
    expect(mail.html).not.toContain("<b>Eve</b>");
    expect(mail.text).toContain(`${BASE}/members/8`);
    expect(escapeHtml(`<'&">`)).toBe("&lt;&#39;&amp;&quot;&gt;");
  });
});

describe("the mail settings", () => {
  it("reads smtp:// and smtps:// URLs with their credentials", () => {
    expect(parseSmtpUrl("smtp://me%40x:p%3Ass@mail.example:2525")).toEqual({
      host: "mail.example",
      port: 2525,
      secure: false,
      auth: { user: "me@x", pass: "p:ss" },
    });
    expect(parseSmtpUrl("smtps://mail.example")).toEqual({ host: "mail.example", port: 465, secure: true });
  });

  it("says what is wrong with a bad value instead of throwing, and is off without SMTP_URL", () => {
    expect(mailSettings({})).toEqual({ status: "off" });
    expect(mailSettings({ SMTP_URL: "not a url" })).toMatchObject({
      status: "invalid",
      error: /SMTP_URL is not a valid URL/,
    });
    expect(mailSettings({ SMTP_URL: "http://x" })).toMatchObject({
      status: "invalid",
      error: /smtp:\/\/ or smtps:\/\//,
    });
    expect(mailSettings({ SMTP_URL: "smtp://x", LEVELBOARD_URL: "ftp://x" })).toMatchObject({
      status: "invalid",
      error: /LEVELBOARD_URL/,
    });
    expect(mailSettings({ SMTP_URL: "smtp://x", LEVELBOARD_URL: "https://lb.example/" })).toMatchObject({
      status: "on",
      from: "Levelboard <levelboard@localhost>",
      baseUrl: "https://lb.example",
    });
  });
});
