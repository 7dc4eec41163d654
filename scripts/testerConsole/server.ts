import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { LOG_DIR } from '../lib/processes';
import { ports } from '../lib/ports';
import { ActionError, createFromForm, endHold, passTime, resetToDemo, unlock, type Done } from './actions';
import { renderPage, type CreateForm, type Links, type Notice } from './page';
import { readJobSeekers } from './state';

/*
 * The tester console's HTTP server: one page and a few form posts. It is for
 * the tester at this machine only, so before anything else each request must
 * come from loopback, name this console in its Host header (a DNS-rebound
 * page names its own host), and, when it changes something, come from this
 * console's own page (a cross-site form cannot post here).
 */

const allowedHosts = new Set([`127.0.0.1:${ports.testerConsole}`, `localhost:${ports.testerConsole}`, `[::1]:${ports.testerConsole}`]);
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const securityHeaders = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  // Not no-referrer: under it a browser sends `Origin: null` with the page's own form posts.
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8') {
  res.writeHead(status, { ...securityHeaders, 'content-type': type });
  res.end(body);
}

/** Why the request is refused, or null: the checks that come before any route. */
export function refusal(req: IncomingMessage): string | null {
  if (!loopback.has(req.socket.remoteAddress ?? '')) return 'このコンソールは、このコンピューターからのみ使えます。';
  const host = req.headers.host ?? '';
  if (!allowedHosts.has(host)) return `Host「${host}」からのアクセスは受け付けません。`;
  if (req.method === 'POST') {
    const origin = req.headers.origin;
    const sameOrigin = origin ? origin === `http://${host}` : req.headers['sec-fetch-site'] === 'same-origin';
    if (!sameOrigin) return '他のサイトからの送信は受け付けません。';
  }
  return null;
}

async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 64 * 1024) throw new ActionError('送信された内容が大きすぎます。');
    chunks.push(chunk);
  }
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

const logNames = () =>
  existsSync(LOG_DIR)
    ? readdirSync(LOG_DIR)
        .filter((name) => name.endsWith('.log'))
        .sort()
    : [];

export function createTesterConsole(links: Omit<Links, 'logs'>) {
  const page = async (res: ServerResponse, status: number, notice: Notice, search: string, form?: CreateForm) =>
    send(
      res,
      status,
      renderPage({
        seekers: await readJobSeekers(search),
        search,
        links: { ...links, logs: logNames() },
        notice,
        ...(form ? { form } : {}),
      }),
    );

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const refused = refusal(req);
    if (refused) return send(res, 403, refused, 'text/plain; charset=utf-8');
    const url = new URL(req.url ?? '/', 'http://console');
    const path = url.pathname;

    if (req.method === 'GET' && path === '/') {
      const done = url.searchParams.get('done');
      return page(res, 200, done ? { kind: 'done', text: done } : null, (url.searchParams.get('q') ?? '').trim().slice(0, 254));
    }
    const log = /^\/logs\/([A-Za-z0-9_-]+\.log)$/.exec(path)?.[1];
    if (req.method === 'GET' && log && logNames().includes(log)) {
      return send(res, 200, readFileSync(`${LOG_DIR}${log}`, 'utf8'), 'text/plain; charset=utf-8');
    }

    if (req.method === 'POST') {
      const action = routeOf(path);
      if (action) {
        let form: Record<string, string> = {};
        try {
          form = await readForm(req);
          const done = await action(form);
          // Post, then redirect: reloading the page does not repeat the action. The page shows whom it was done to.
          const query = new URLSearchParams({ ...(done.seeker ? { q: done.seeker } : {}), done: done.text });
          res.writeHead(303, { ...securityHeaders, location: `/?${query}` });
          return res.end();
        } catch (error) {
          if (!(error instanceof ActionError)) throw error;
          // What was typed comes back, all but the password.
          const { displayName, email, officeName, jobSeekerNumber, birthDate } = form;
          const kept: CreateForm = { displayName, email, officeName, jobSeekerNumber, birthDate };
          return page(res, 422, { kind: 'error', text: error.message }, '', path === '/job-seekers' ? kept : undefined);
        }
      }
    }
    send(res, 404, 'ありません。', 'text/plain; charset=utf-8');
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent)
        send(res, 500, `エラーが起きました: ${error instanceof Error ? error.message : String(error)}`, 'text/plain; charset=utf-8');
      else res.end();
    });
  });
}

function routeOf(path: string): ((form: Record<string, string>) => Promise<Done>) | null {
  if (path === '/job-seekers') return createFromForm;
  if (path === '/reset') return () => resetToDemo();
  const match = /^\/job-seekers\/([A-Za-z0-9]{1,128})\/(unlock|pass-time|end-hold)$/.exec(path);
  if (!match) return null;
  const uid = match[1]!;
  if (match[2] === 'end-hold') return () => endHold(uid);
  return match[2] === 'unlock' ? () => unlock(uid) : (form) => passTime(uid, form);
}
