// The SMTP connection the deploying site configures (SMTP_URL, MAIL_FROM in lib/env.ts), through
// nodemailer. Plain text mails in UTF-8; nodemailer encodes the Chinese subject as an encoded word.
import nodemailer from "nodemailer";
import { readEnv } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** A mailer for the SMTP server at `url` (smtp://user:pass@host:587, smtps://… for TLS from the start). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, textEncoding: "base64" });
    },
    close: () => transport.close(),
  };
}

/** The site's SMTP server and sender address, or null when it has none. */
function smtpSettings(): { url: string; from: string } | null {
  const env = readEnv();
  return env.SMTP_URL && env.MAIL_FROM ? { url: env.SMTP_URL, from: env.MAIL_FROM } : null;
}

/** The configured mailer, or null when the site has no SMTP server (messages then wait in the outbox). */
export function configuredMailer(): Mailer | null {
  const settings = smtpSettings();
  return settings && smtpMailer(settings.url, settings.from);
}

export function mailConfigured(): boolean {
  return smtpSettings() !== null;
}
