import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages, CODE_MAIL_WINDOW_MINUTES, CODE_MAILS_PER_WINDOW } from '@hellowork/contracts';
import { currentLocation, renderScreen, stubApi } from '../../testing/render';
import { LoginScreen } from './LoginScreen';
import { forgetSessionEndNotice, rememberSessionEnd } from '../../lib/sessionEndNotice';

vi.mock('../../lib/session', () => ({ signInWithLoginToken: vi.fn(async () => undefined) }));

afterEach(() => {
  vi.unstubAllGlobals();
  cleanup(); // the screen goes before what it watches changes
  forgetSessionEndNotice();
  sessionStorage.clear();
});

const fill = async (user: ReturnType<typeof renderScreen>['user'], email: string, password: string) => {
  if (email) await user.type(screen.getByLabelText('メールアドレス'), email);
  if (password) await user.type(screen.getByLabelText('パスワード'), password);
  await user.click(screen.getByRole('button', { name: 'ログイン' }));
};

describe('LoginScreen', () => {
  it('shows the labels, the lockout note and the links of the manual', () => {
    stubApi({});
    renderScreen(<LoginScreen />, { path: '/login' });
    expect(screen.getByRole('heading', { name: '求職者マイページにログイン' })).toBeInTheDocument();
    expect(screen.getByLabelText('メールアドレス')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('パスワード')).toHaveAttribute('type', 'password');
    expect(screen.getByText('パスワード入力を5回間違えるとアカウントがロックされ、ログインできなくなります。')).toBeInTheDocument();
    expect(screen.getByText('アカウントロックは、5分程度で自動解除されます。')).toBeInTheDocument();
    for (const link of ['パスワードをお忘れの方', 'アカウントを再登録', '求職者マイページ利用者マニュアル(利用登録者)']) {
      expect(screen.getByRole('link', { name: link })).toBeInTheDocument();
    }
  });

  it('catches empty fields before any request', async () => {
    const calls = stubApi({});
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    await fill(user, '', '');
    expect(await screen.findByText('メールアドレスを入力してください。')).toBeInTheDocument();
    expect(screen.getByText('パスワードを入力してください。')).toBeInTheDocument();
    expect(screen.getByLabelText('メールアドレス')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });

  it('catches a malformed address before any request', async () => {
    const calls = stubApi({});
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    await fill(user, 'asu.yuki@', 'Kyushoku#2025');
    expect(await screen.findByText(/メールアドレスの形式が正しくありません。/)).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('shows the one message that does not tell which of the two was wrong', async () => {
    stubApi({ login: { status: 401, body: { error: { code: 'invalid-credentials', message: '' } } } });
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    await fill(user, 'asu.yuki@example.jp', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent(errorMessages['invalid-credentials']);
  });

  it('says the account is locked and unlocks by itself', async () => {
    stubApi({ login: { status: 423, body: { error: { code: 'account-locked', message: '' } } } });
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    await fill(user, 'asu.yuki@example.jp', 'Kyushoku#2025');
    expect(await screen.findByRole('alert')).toHaveTextContent('5分程度で自動解除されます');
  });

  it.each([
    ['password-reset-required', 423, 'パスワードを再設定するまでログインできません'],
    ['code-blocked', 429, 'ワンタイムパスワードの送信を停止しています'],
    ['code-reset-required', 423, 'パスワードを再設定するまでログインできません'],
    ['code-mail-limit', 429, `${CODE_MAIL_WINDOW_MINUTES}分間に${CODE_MAILS_PER_WINDOW}通まで`],
  ])('shows the message of %s', async (code, status, text) => {
    stubApi({ login: { status, body: { error: { code, message: '' } } } });
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    await fill(user, 'asu.yuki@example.jp', 'Kyushoku#2025');
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });

  it('says why the previous session ended, until a login is submitted', async () => {
    rememberSessionEnd('session-idle');
    stubApi({});
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    expect(screen.getByRole('alert')).toHaveTextContent(errorMessages['session-idle']);
    await fill(user, 'asu.yuki@example.jp', 'Kyushoku#2025');
    expect(await screen.findByRole('alert')).toHaveTextContent('通信できませんでした');
    expect(screen.queryByText(errorMessages['session-idle'])).not.toBeInTheDocument();
  });

  it('says why even when the refusal lands after the login screen is showing', async () => {
    stubApi({});
    renderScreen(<LoginScreen />, { path: '/login' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => rememberSessionEnd('session-expired'));
    expect(screen.getByRole('alert')).toHaveTextContent(errorMessages['session-expired']);
  });

  it('says so when the network is down, instead of failing silently', async () => {
    stubApi({});
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    await fill(user, 'asu.yuki@example.jp', 'Kyushoku#2025');
    expect(await screen.findByRole('alert')).toHaveTextContent('通信できませんでした');
  });

  it('keeps the address typed, never the password, across a reload of the page until the login goes through', async () => {
    stubApi({ login: { status: 200, body: { status: 'otp-required', verificationId: 'uid.nonce' } } });
    const first = renderScreen(<LoginScreen />, { path: '/login' });
    await first.user.type(screen.getByLabelText('メールアドレス'), 'asu.yuki@example.jp');
    await first.user.type(screen.getByLabelText('パスワード'), 'Kyushoku#2025');
    cleanup(); // the page goes

    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    expect(screen.getByLabelText('メールアドレス')).toHaveValue('asu.yuki@example.jp');
    expect(screen.getByLabelText('パスワード')).toHaveValue('');
    expect(JSON.stringify(sessionStorage)).not.toContain('Kyushoku');

    await fill(user, '', 'Kyushoku#2025');
    await waitFor(() => expect(currentLocation().pathname).toBe('/login/otp'));
    expect(sessionStorage.length).toBe(0);
  });

  it('sends the normalised address and goes on to the OTP screen with the verification', async () => {
    const calls = stubApi({ login: { status: 200, body: { status: 'otp-required', verificationId: 'uid.nonce' } } });
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    await fill(user, ' Asu.Yuki@Example.jp ', 'Kyushoku#2025');
    await waitFor(() => expect(currentLocation().pathname).toBe('/login/otp'));
    expect(calls[0]).toMatchObject({ name: 'login', body: { email: 'asu.yuki@example.jp', password: 'Kyushoku#2025' } });
    expect(currentLocation().state).toMatchObject({ verificationId: 'uid.nonce' });
  });

  it('goes straight home on a trusted browser', async () => {
    stubApi({ login: { status: 200, body: { status: 'signed-in', customToken: 'token' } } });
    const { user } = renderScreen(<LoginScreen />, { path: '/login' });
    await fill(user, 'asu.yuki@example.jp', 'Kyushoku#2025');
    await waitFor(() => expect(currentLocation().pathname).toBe('/'));
  });
});
