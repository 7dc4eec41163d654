import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mailedCodeIn, watchMailbox } from '../testing/mailbox';
import { demoJobSeekers } from '../testing/demoData';
import { ports, urls } from './lib/ports';
import { portInUse } from './lib/processes';

// The README's first command, as a developer runs it: npm start, log in as a
// demo job seeker through the dev server, Ctrl-C, nothing left behind.
describe('npm start', () => {
  it('starts the whole product, prints how to use it, and Ctrl-C stops every process', async () => {
    const child = spawn('npm', ['start'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      for (const deadline = Date.now() + 180_000; !output.includes('Ctrl-C stops everything'); await sleep(250)) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
      }
      expect(output).toContain(urls.web);
      expect(output).toContain(urls.mail);
      expect(output).toMatch(new RegExp(`Tester console: +${urls.testerConsole.replace(/[.]/g, '\\.')}`));
      expect(output).toMatch(/Firestore: (official|embedded)/);
      for (const seeker of demoJobSeekers) expect(output).toContain(seeker.email);
      for (const seeker of demoJobSeekers) expect(output).toContain(`${seeker.jobSeekerNumber}  ${seeker.birthDate}`);
      expect(output).toContain('Kyushoku#2025');

      const [asuYuki] = demoJobSeekers;
      const mailbox = await watchMailbox(asuYuki!.email);
      const login = await fetch(`${urls.web}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: asuYuki!.email, password: asuYuki!.password }),
      });
      expect(await login.json()).toMatchObject({ status: 'otp-required' });
      expect(mailedCodeIn(await mailbox.next())).toMatch(/^\d{6}$/);
      expect(await (await fetch(urls.web)).text()).toContain('<div id="root">');
    } finally {
      process.kill(-child.pid!, 'SIGINT'); // what Ctrl-C in a terminal sends
    }
    const allPorts = [ports.web, ports.functions, ports.auth, ports.firestore, ports.smtp, ports.mailWeb, ports.testerConsole];
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(500)) {
      const busy = [];
      for (const port of allPorts) if (await portInUse(port)) busy.push(port);
      if (busy.length === 0) return;
    }
    throw new Error('Ports still in use 30 s after Ctrl-C');
  });
});
