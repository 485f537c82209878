// Outgoing e-mail (催报 reminders): one small interface so that features do not know about SMTP, with the
// SMTP implementation (nodemailer) used when SMTP_URL is configured.
import nodemailer from 'nodemailer';

export interface Mail {
  to: readonly string[];
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends one message; rejects when the server refuses it (callers record what was sent). */
  send(mail: Mail): Promise<void>;
}

export function smtpMailer(config: { smtpUrl: string; from: string }): Mailer {
  // A short timeout: a reminder must never hold a request for minutes on an unreachable server.
  const url = new URL(config.smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // A local relay without TLS is allowed (smtp://); smtps:// and STARTTLS are used when the server offers them.
    ignoreTLS: url.searchParams.get('tls') === 'off',
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 10000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: config.from,
        to: [...mail.to],
        subject: mail.subject,
        text: mail.text,
      });
    },
  };
}
