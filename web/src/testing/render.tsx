import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactElement } from 'react';
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { routes, type ApiFunctionName } from '@hellowork/contracts';
import { createQueryClient } from '../app/queryClient';

function TestRoutes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

/** Where the screen has taken the browser: the address bar and the state react-router keeps in history. */
export const currentLocation = () => ({
  pathname: window.location.pathname,
  state: (window.history.state as { usr?: unknown } | null)?.usr,
});

/**
 * Renders one screen at a path inside the router production uses
 * (`BrowserRouter` + `useRoutes`, in StrictMode, on jsdom's history), with
 * stand-ins for where it may navigate to, so a test can see that it went there.
 */
export function renderScreen(screen: ReactElement, { path, state }: { path: string; state?: unknown }) {
  // react-router keeps a location's state under `usr` in history.state.
  window.history.replaceState({ usr: state ?? null, key: 'default', idx: 0 }, '', path);
  const screens: RouteObject[] = [
    { path, element: screen },
    { path: routes.home, element: <h1>ホーム画面</h1> },
    { path: routes.login, element: <h1>ログイン画面</h1> },
    { path: routes.otp, element: <h1>ワンタイムパスワード入力画面</h1> },
  ];
  render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <BrowserRouter>
          <TestRoutes routes={screens} />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { user: userEvent.setup() };
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
