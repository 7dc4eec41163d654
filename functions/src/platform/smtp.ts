import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** MailDev on this machine: the only SMTP server mail may reach without TLS. */
const isLoopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);

/**
 * Transport options from the one SMTP_URL setting. Any server that is not on
 * this machine gets TLS or no mail: smtps:// is TLS from the first byte,
 * smtp:// must upgrade with STARTTLS (requireTLS), so a server, or someone in
 * between, that does not offer it cannot make the OTP travel in clear text.
 */
export function smtpOptions(url: string): SMTPTransport.Options {
  const parsed = new URL(url);
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const secure = parsed.protocol === 'smtps:';
  const local = isLoopback(parsed.hostname);
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    ...(parsed.port ? { port: Number(parsed.port) } : {}),
    secure,
    requireTLS: !secure && !local,
    tls: { minVersion: 'TLSv1.2' },
    ...(parsed.username ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } } : {}),
    // A down SMTP server must give the job seeker a message, not a hung screen.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  };
}
