// E-mail as time-based work (docs/mail.md): the sender runs as a tick (every few seconds, so a mail leaves within
// seconds of its event) and the daily digest as an hourly job (it sends each user's digest once a day). Both do
// nothing without SMTP_URL; a SMTP_URL or LEVELBOARD_URL that cannot be used is said once in the log.
import type { Transporter } from "nodemailer";
import { mailSettings, type MailSettings } from "../notify/mail/config";
import { deliverDigests, deliverPending } from "../notify/mail/deliver";
import { createMailTransport } from "../notify/mail/transport";
import type { Db } from "../db/client";

let reported: string | null = null;
let cached: { key: string; transport: Transporter } | null = null;

/** The settings and a transport for them (kept between runs, rebuilt when the settings change); null when off. */
function mailer(env: Record<string, string | undefined> = process.env) {
  const settings: MailSettings = mailSettings(env);
  if (settings.status === "invalid") {
    if (reported !== settings.error) console.error(`levelboard: e-mail is off: ${settings.error}`);
    reported = settings.error;
    return null;
  }
  if (settings.status === "off") return null;
  const key = JSON.stringify(settings.smtp);
  if (cached?.key !== key) {
    cached?.transport.close();
    cached = { key, transport: createMailTransport(settings.smtp) };
  }
  return { transport: cached.transport, from: settings.from, baseUrl: settings.baseUrl };
}

/** Structurally a Tick and a Job of ./registry (which imports these; no import back, so no cycle). */
type Context = { db: Db; now: Date };

export const mailSenderTick = {
  name: "mail.send",
  async run({ db, now }: Context) {
    const m = mailer();
    if (m) await deliverPending(db, { ...m, now });
  },
};

export const mailDigestJob = {
  name: "mail.digest",
  async run({ db, now }: Context) {
    const m = mailer();
    if (!m) return {};
    const { sent } = await deliverDigests(db, { ...m, now });
    return { notified: sent };
  },
};
