/** Why: the worker's one SMTP client (nodemailer), built from SMTP_URL; tests point it at their own catcher. */
import nodemailer from 'nodemailer';
import { env } from '../env';
import type { EmailJobData } from './queue';

export type MailSender = { send: (message: EmailJobData) => Promise<void>; close: () => void };

export function smtpSender(smtpUrl = env.SMTP_URL): MailSender {
  const transport = nodemailer.createTransport(smtpUrl, { from: env.MAIL_FROM });
  return {
    async send({ to, subject, text, html }) {
      await transport.sendMail({ to, subject, text, html });
    },
    close: () => transport.close(),
  };
}
