// The SMTP transport (nodemailer) for the settings: timeouts shorter than the sender's lease, so a hung server
// cannot keep a claimed mail past it.
import nodemailer, { type Transporter } from "nodemailer";
import { parseSmtpUrl, type SmtpOptions } from "./config";

export type MailTransport = Pick<Transporter, "sendMail">;

export function createMailTransport(smtp: SmtpOptions | string): Transporter {
  const options = typeof smtp === "string" ? parseSmtpUrl(smtp) : smtp;
  if (typeof options === "string") throw new Error(options);
  return nodemailer.createTransport({
    ...options,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
}
