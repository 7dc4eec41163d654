import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '@hellowork/contracts';
import { stubApi } from '../testing/render';
import { AppFrame, AppRoutes } from './App';
import { prerenderedPages, renderPage } from './prerenderPage';

// The hydrated root is unmounted after each test, so no React work is left to run once jsdom is gone.
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the prerendered login', () => {
  it('is in the HTML with its form, and hydrates without a mismatch, keeping what was typed before', async () => {
    expect(prerenderedPages.map((page) => page.path)).toContain(routes.login);
    const { html, title } = await renderPage(routes.login);
    expect(title).toBe('求職者マイページにログイン | 求職者マイページ | ハローワーク インターネットサービス');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    window.history.replaceState(null, '', routes.login);

    // Typed into the server's HTML, before React is there.
    const email = screen.getByLabelText<HTMLInputElement>('メールアドレス');
    const password = screen.getByLabelText<HTMLInputElement>('パスワード');
    email.value = 'asu.yuki@example.jp';
    password.value = 'Kyushoku#2025';

    const mismatches: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(
        container,
        <AppFrame>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AppFrame>,
        { onRecoverableError: (error) => mismatches.push(error) },
      );
      await Promise.resolve();
    });
    expect(mismatches).toEqual([]);
    expect(screen.getByLabelText('メールアドレス')).toBe(email); // the same element, not a new one
    expect(email.value).toBe('asu.yuki@example.jp');
    expect(password.value).toBe('Kyushoku#2025');

    const calls = stubApi({ login: { status: 200, body: { status: 'otp-required', verificationId: 'uid.nonce' } } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'ログイン' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({ email: 'asu.yuki@example.jp', password: 'Kyushoku#2025' });
  });
});
