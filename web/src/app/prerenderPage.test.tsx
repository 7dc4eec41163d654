import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '@hellowork/contracts';
import { stubApi } from '../testing/render';
import { AppFrame, AppRoutes } from './App';
import { TYPED_EMAIL } from '../features/login/LoginScreen';
import { prerenderedPages, renderPage } from './prerenderPage';

// The hydrated root is unmounted after each test, so no React work is left to run once jsdom is gone.
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  sessionStorage.clear();
});

/** The login's prerendered HTML in the page, typed into before React is there, then hydrated: the mismatches React reported. */
async function typeThenHydrate(typed: { email: string; password: string }, { focusEmail = false } = {}) {
  const { html } = await renderPage(routes.login);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  window.history.replaceState(null, '', routes.login);

  const email = screen.getByLabelText<HTMLInputElement>('メールアドレス');
  const password = screen.getByLabelText<HTMLInputElement>('パスワード');
  email.value = typed.email;
  password.value = typed.password;
  if (focusEmail) email.focus();

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
  expect(screen.getByLabelText('メールアドレス')).toBe(email); // the same element, not a new one
  return { email, password, mismatches };
}

describe('the prerendered login', () => {
  it('is in the HTML with its form, and hydrates without a mismatch, keeping what was typed before', async () => {
    expect(prerenderedPages.map((page) => page.path)).toContain(routes.login);
    expect((await renderPage(routes.login)).title).toBe(
      '求職者マイページにログイン | 求職者マイページ | ハローワーク インターネットサービス',
    );
    const { email, password, mismatches } = await typeThenHydrate({ email: 'asu.yuki@example.jp', password: 'Kyushoku#2025' });
    expect(mismatches).toEqual([]);
    expect(email.value).toBe('asu.yuki@example.jp');
    expect(password.value).toBe('Kyushoku#2025');

    const calls = stubApi({ login: { status: 200, body: { status: 'otp-required', verificationId: 'uid.nonce' } } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'ログイン' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({ email: 'asu.yuki@example.jp', password: 'Kyushoku#2025' });
  });

  it('puts the address this tab remembers from an earlier try only into an address field nobody is typing in', async () => {
    sessionStorage.setItem(TYPED_EMAIL, 'kensho.hanako@example.jp');
    const typedBefore = await typeThenHydrate({ email: 'asu.yuki@example.jp', password: '' });
    expect(typedBefore.email.value).toBe('asu.yuki@example.jp');
    act(() => root?.unmount());
    document.body.replaceChildren();

    // In the field, about to type, as the app hydrates: what they type is all there is (not added to the remembered one).
    const typing = await typeThenHydrate({ email: '', password: '' }, { focusEmail: true });
    await userEvent.setup().type(typing.email, 'asu.yuki@example.jp');
    expect(typing.email.value).toBe('asu.yuki@example.jp');
  });
});
