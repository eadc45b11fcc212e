import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { mailSettings } from "@/lib/kernel/env";

// Where emails go: an SMTP server when SMTP_URL is set, otherwise the server log, so a
// marketplace without a mail server still shows what it would have sent.

export type EmailMessage = { to: string; subject: string; text: string };
export type Mailer = { kind: "smtp" | "log"; send: (message: EmailMessage) => Promise<void> };

const logMailer: Mailer = {
  kind: "log",
  async send(message) {
    console.log(`[email] to ${message.to}: ${message.subject}\n${message.text}`);
  },
};

let transport: { url: string; transporter: Transporter } | undefined;

export function getMailer(): Mailer {
  const { smtpUrl: url, from } = mailSettings();
  if (!url) return logMailer;
  if (transport?.url !== url) transport = { url, transporter: createTransport(url) };
  const { transporter } = transport;
  return {
    kind: "smtp",
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
