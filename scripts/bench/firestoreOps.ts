import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { HOST, ports, urls } from '../lib/ports';
import { firestore } from '../../testing/functionsData';

/*
 * Firestore operations per login, counted exactly: the functions' own login
 * and verifyOtp handlers run in this process (an Express server standing in
 * for the Functions runtime, against the same emulators and MailDev), and the
 * Admin SDK's document reads and writes are counted where every one of them
 * passes. In @google-cloud/firestore every DocumentReference.get() goes
 * through Firestore.getAll(), every set/create/update/delete (single or in a
 * batch or transaction) through a WriteBatch, and every query through Query.get().
 * Billing: a query is charged its documents, at least one; a delete is a write
 * of its own price.
 */

export type OpCounts = { reads: number; writes: number; deletes: number; rounds: number; roundsBeforeAnswer: number };

const counts: OpCounts = { reads: 0, writes: 0, deletes: 0, rounds: 0, roundsBeforeAnswer: 0 };
let inFlight = 0;

/** A round trip to Firestore: one that starts while none is in flight. Operations started together share one. */
async function roundTrip<T>(operation: () => Promise<T>): Promise<T> {
  if (inFlight++ === 0) counts.rounds += 1;
  try {
    return await operation();
  } finally {
    inFlight -= 1;
  }
}

type Method = (this: unknown, ...args: unknown[]) => unknown;
function wrap(prototype: object, name: string, around: (original: Method) => Method) {
  const original = (prototype as Record<string, Method>)[name]!;
  (prototype as Record<string, Method>)[name] = around(original);
}

const db = firestore();
const firestoreProto = Object.getPrototypeOf(db) as object;
const documentClass = db.doc('bench/probe').constructor;
const batchProto = Object.getPrototypeOf(db.batch()) as object;
const queryProto = Object.getPrototypeOf(Object.getPrototypeOf(db.collection('bench'))) as object;

wrap(
  firestoreProto,
  'getAll',
  (original) =>
    function (this: unknown, ...args: unknown[]) {
      counts.reads += args.filter((arg) => arg instanceof documentClass).length;
      return roundTrip(() => original.apply(this, args) as Promise<unknown>);
    },
);
wrap(
  queryProto,
  'get',
  (original) =>
    function (this: unknown, ...args: unknown[]) {
      return roundTrip(async () => {
        const snapshot = (await original.apply(this, args)) as { size: number };
        counts.reads += Math.max(1, snapshot.size);
        return snapshot;
      });
    },
);
for (const name of ['set', 'create', 'update', 'delete']) {
  wrap(
    batchProto,
    name,
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        if (name === 'delete') counts.deletes += 1;
        else counts.writes += 1;
        return original.apply(this, args);
      },
  );
}
wrap(
  batchProto,
  'commit',
  (original) =>
    function (this: unknown, ...args: unknown[]) {
      return roundTrip(() => original.apply(this, args) as Promise<unknown>);
    },
);

/** The settings the Functions emulator gives the functions, for this stack's ports. */
function functionsEnv(): Record<string, string> {
  const demo = Object.fromEntries(
    readFileSync(new URL('../../functions/.env.demo-hellowork', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => /^([A-Z_]+)=(?:"(.*)"|(.*))$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2] ?? match[3]!]),
  );
  return { MAIL_FROM: demo.MAIL_FROM!, SMTP_URL: `smtp://${HOST}:${ports.smtp}`, APP_URL: urls.web };
}
Object.assign(process.env, functionsEnv());
// The functions' own entry (what firebase deploy uploads, from source), read once the settings above are in place.
const { login, verifyOtp } = await import('../../functions/src/index');

type Handler = (req: Request, res: Response) => unknown;
const running = new Set<Promise<unknown>>();

/** The two functions of a login on an origin of their own; `measure` counts what one login does. */
export async function startCountingServer() {
  const app = express();
  app.use(
    express.json({
      verify: (req, _res, buffer) => {
        (req as unknown as { rawBody: Buffer }).rawBody = buffer;
      },
    }),
  );
  for (const [name, handler] of [
    ['login', login],
    ['verifyOtp', verifyOtp],
  ] as const) {
    app.post(`/api/${name}`, (req, res) => {
      res.on('finish', () => (counts.roundsBeforeAnswer += counts.rounds - roundsAtStart));
      const roundsAtStart = counts.rounds;
      const done = Promise.resolve((handler as unknown as Handler)(req, res)).finally(() => running.delete(done));
      running.add(done);
    });
  }
  const server = app.listen(0, HOST);
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://${HOST}:${(server.address() as AddressInfo).port}`,
    /** Runs one login and returns the operations of its calls, including the work after each answer. */
    async measure(task: () => Promise<unknown>): Promise<OpCounts> {
      Object.assign(counts, { reads: 0, writes: 0, deletes: 0, rounds: 0, roundsBeforeAnswer: 0 });
      await task();
      while (running.size) await Promise.all(running);
      return { ...counts };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
