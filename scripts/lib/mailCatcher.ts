import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HOST, ports, urls } from './ports';
import { LOG_DIR, startProcess, stopProcessGroup, waitForHttp } from './processes';

/*
 * MailDev: the SMTP server the functions send to, and the page and REST API
 * where testers and tests read the mails. Its pid is kept in a file so a test
 * can stop it (SMTP down) and start it again, and the stack still stops it.
 */

const PID_FILE = `${LOG_DIR}../maildev.pid`;
const maildevBin = fileURLToPath(new URL('./bin/maildev.js', import.meta.resolve('maildev')));

export async function startMailCatcher(): Promise<void> {
  const mail = startProcess('maildev', process.execPath, [
    maildevBin,
    '--ip',
    HOST,
    '--smtp',
    String(ports.smtp),
    '--web-ip',
    HOST,
    '--web',
    String(ports.mailWeb),
  ]);
  writeFileSync(PID_FILE, String(mail.pid));
  await waitForHttp(`${urls.mail}/api/email`, 'MailDev', { timeoutMs: 30_000, service: mail });
}

export async function stopMailCatcher(): Promise<void> {
  if (!existsSync(PID_FILE)) return;
  await stopProcessGroup(Number(readFileSync(PID_FILE, 'utf8')), 4_000);
}
