import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { paths, type ApiFunctionName } from '@hellowork/contracts';
import { createQueryClient } from '../app/queryClient';

/**
 * Renders one screen at a path, with stand-ins for where it may navigate to,
 * so a test can see that it went there.
 */
export function renderScreen(screen: ReactElement, { path, state }: { path: string; state?: unknown }) {
  const router = createMemoryRouter(
    [
      { path, element: screen },
      { path: paths.home, element: <h1>ホーム画面</h1> },
      { path: paths.login, element: <h1>ログイン画面</h1> },
      { path: paths.otp, element: <h1>ワンタイムパスワード入力画面</h1> },
    ],
    { initialEntries: [{ pathname: path, state }] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, user: userEvent.setup() };
}

type Reply = { status: number; body: unknown };
export type ApiCall = { name: string; body: any; headers: Record<string, string> };

/**
 * The network edge: answers /api/<name> as the functions would, and records
 * what the screen sent. Everything above fetch is the real code.
 */
export function stubApi(replies: Partial<Record<ApiFunctionName, Reply | ((body: any) => Reply)>>) {
  const calls: ApiCall[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const name = url.replace(/^\/api\//, '');
    const body = JSON.parse(init.body as string);
    calls.push({ name, body, headers: init.headers as Record<string, string> });
    const reply = replies[name as ApiFunctionName];
    if (!reply) throw new TypeError('Failed to fetch');
    const { status, body: answer } = typeof reply === 'function' ? reply(body) : reply;
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}
