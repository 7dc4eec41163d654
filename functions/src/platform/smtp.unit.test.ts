import { createServer, type AddressInfo, type Server } from 'node:net';
import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { smtpOptions } from './smtp';

describe('smtpOptions: mail leaves this machine only over TLS', () => {
  it.each(['smtp://127.0.0.1:1025', 'smtp://localhost:1025', 'smtp://[::1]:1025'])(
    'lets %s (MailDev on this machine) go without TLS',
    (url) => {
      expect(smtpOptions(url)).toMatchObject({ secure: false, requireTLS: false });
    },
  );

  it('requires STARTTLS from any other smtp:// server, and keeps its login', () => {
    expect(smtpOptions('smtp://mailer:p%40ss%2Fword@smtp.example.jp:587')).toMatchObject({
      host: 'smtp.example.jp',
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: 'mailer', pass: 'p@ss/word' },
    });
    // A look-alike of a loopback address is no loopback address.
    expect(smtpOptions('smtp://127.0.0.1.example.jp').requireTLS).toBe(true);
  });

  it('speaks TLS from the first byte to an smtps:// server', () => {
    expect(smtpOptions('smtps://smtp.example.jp')).toMatchObject({ host: 'smtp.example.jp', secure: true });
  });

  it.each(['http://smtp.example.jp', 'not a url'])('refuses the setting %j', (url) => {
    expect(() => smtpOptions(url)).toThrow();
  });
});

describe('a remote server that offers no STARTTLS gets no mail', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('fails before any message is sent', async () => {
    const received: string[] = [];
    // A plain-text SMTP server that never offers STARTTLS, as a downgrading attacker in between would answer.
    server = createServer((socket) => {
      socket.write('220 plain ESMTP\r\n');
      socket.on('data', (data) => {
        const line = data.toString();
        received.push(line);
        socket.write(/^(EHLO|HELO)/i.test(line) ? '250-plain\r\n250 AUTH PLAIN\r\n' : '250 OK\r\n');
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // The options a remote server gets, pointed at the local stand-in.
    const transport = nodemailer.createTransport({ ...smtpOptions('smtp://smtp.example.jp'), host: '127.0.0.1', port });

    await expect(transport.sendMail({ from: 'a@example.jp', to: 'b@example.jp', subject: 'OTP', text: '123456' })).rejects.toThrow(
      /TLS|SSL/,
    );
    expect(received.join('')).not.toMatch(/MAIL FROM|123456/);
  });
});
