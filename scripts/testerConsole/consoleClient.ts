import { request } from 'node:http';
import { HOST, ports, urls } from '../lib/ports';

// The console as a tester's browser reaches it, for its tests: form posts from its own page.

export const ownOrigin = urls.testerConsole;

type Answer = { status: number; body: string; location: string | undefined };

/** node:http rather than fetch: the tests must be free to send any Host and Origin. */
export function call(
  method: 'GET' | 'POST',
  path: string,
  { form, headers = {} }: { form?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const body = form && new URLSearchParams(form).toString();
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: HOST,
        port: ports.testerConsole,
        method,
        path,
        headers: {
          host: `${HOST}:${ports.testerConsole}`,
          ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded', origin: ownOrigin } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: text, location: res.headers.location }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The page, narrowed as its search form narrows it when `search` is given. */
export const page = async (search?: string) => (await call('GET', search ? `/?${new URLSearchParams({ q: search })}` : '/')).body;
export const post = (path: string, form: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  call('POST', path, { form, headers });
