// npm run bench: against the running stack (`npm start`, or with STACK_PORT_OFFSET the same offset),
// one table of latency, Firestore operations, the password hash, page weight and first load, cold
// start and 200 logins at once. `-- --parallel=20` sets how many logins run at once; `-- --no-build`
// measures web/dist as it is.
import { urls } from '../lib/ports';

// npm start serves the app from Vite (npm test from Hosting, and says so in APP_URL): read before the bench loads.
process.env.APP_URL ??= urls.web;
const { fullRun, formatTable, machine, runBench } = await import('./bench');

const args = process.argv.slice(2);
const parallel = /^--parallel=(\d+)$/.exec(args.find((arg) => arg.startsWith('--parallel=')) ?? '')?.[1];
const options = { ...fullRun, ...(parallel ? { parallelLogins: Number(parallel) } : {}), build: !args.includes('--no-build') };
const rows = await runBench(options, (line) => console.error(`bench: ${line}`));
console.log(`\nBench of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}\n`);
console.log(formatTable(rows));
// A missed target is a figure to act on, not a failure of the bench.
process.exit(0);
