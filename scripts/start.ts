// npm start: the whole product locally, until Ctrl-C.
import { DEMO_PASSWORD, demoJobSeekers } from '../testing/demoData';
import { urls } from './lib/ports';
import { startStack } from './lib/stack';

const stack = await startStack({ web: 'vite', everyFunctionLoaded: false }).catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

console.log(`
  ハローワーク 求職者マイページ (local)

  Open the app:        ${stack.appUrl}
  Read the OTP mails:  ${urls.mail}
  Tester console:      ${stack.testerConsoleUrl}   (lock, code and trust state; move time; reset the data)

  Log in as any of these job seekers, password ${DEMO_PASSWORD}
${demoJobSeekers.map((seeker) => `    ${seeker.email.padEnd(28)} ${seeker.displayName} (${seeker.officeName})`).join('\n')}

  アカウントを再登録 asks for 求職番号 and 生年月日:
${demoJobSeekers.map((seeker) => `    ${seeker.email.padEnd(28)} ${seeker.jobSeekerNumber}  ${seeker.birthDate}`).join('\n')}

  Logs: .stack/logs/   Ctrl-C stops everything.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    void stack.stop().then(() => process.exit(0));
  });
}
