import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmationCodeMessages, errorMessages, LOCKOUT_MAX_FAILURES, routes, type AccountSettings } from '@hellowork/contracts';
import { renderScreen, stubApi } from '../../testing/render';
import { AccountScreen } from './AccountScreen';

const session = vi.hoisted(() => ({
  signInWithLoginToken: vi.fn(async (_token: string) => undefined),
  getIdToken: vi.fn(async () => 'id-token'),
}));
vi.mock('../../lib/firebase', () => ({ auth: { currentUser: { getIdToken: session.getIdToken } } }));
vi.mock('../../lib/session', () => ({
  signInWithLoginToken: session.signInWithLoginToken,
  endRefusedSession: vi.fn(async () => undefined),
}));

afterEach(() => {
  vi.unstubAllGlobals();
  session.signInWithLoginToken.mockClear();
});

const settings: AccountSettings = {
  email: 'asu.yuki@example.jp',
  jobSeekerStatus: { active: true, validUntil: '2027-01-31T14:59:59.999Z' },
  trustedDevices: [],
};
const NEW_PASSWORD = 'Atarashii Password 2026';

type Replies = Parameters<typeof stubApi>[0];
const section = async (name: string) => within(await screen.findByRole('region', { name }));

async function change(replies: Replies, current: string, next = NEW_PASSWORD, confirmation = next) {
  const calls = stubApi({ getAccountSettings: { status: 200, body: settings }, ...replies });
  const { user } = renderScreen(<AccountScreen />, { path: routes.account });
  const form = await section('パスワード変更');
  await user.type(form.getByLabelText('現在のパスワード'), current);
  await user.type(form.getByLabelText('新しいパスワード'), next);
  await user.type(form.getByLabelText('新しいパスワード(確認)'), confirmation);
  await user.click(form.getByRole('button', { name: 'パスワードを変更' }));
  return { calls, user, form };
}

async function requestNewAddress(replies: Replies, newEmail: string, current = 'Kyushoku#2025') {
  const calls = stubApi({ getAccountSettings: { status: 200, body: settings }, ...replies });
  const { user } = renderScreen(<AccountScreen />, { path: routes.account });
  const form = await section('メールアドレスの変更');
  await user.type(form.getByLabelText('現在のパスワード'), current);
  await user.type(form.getByLabelText('新しいメールアドレス'), newEmail);
  await user.click(form.getByRole('button', { name: '確認コードを送信' }));
  return { calls, user, form };
}

const requested = { status: 200, body: { verificationId: 'uid.nonce' } };

describe('AccountScreen: アカウントを編集 › メールアドレスの変更', () => {
  it('sends the current password and the new address, then the code from that mailbox, and says it is done', async () => {
    const { calls, user, form } = await requestNewAddress(
      { requestEmailChange: requested, confirmEmailChange: { status: 200, body: { email: 'atarashii@example.jp' } } },
      ' Atarashii@Example.jp ',
    );
    expect(await form.findByText(/atarashii@example\.jp 宛てに確認コードを送信しました/i)).toBeInTheDocument();
    await user.type(form.getByLabelText('確認コード'), '１２３ ４５６');
    await user.click(form.getByRole('button', { name: 'メールアドレスを変更' }));
    expect(await form.findByRole('status')).toHaveTextContent('に変更しました');
    expect(calls.find((call) => call.name === 'requestEmailChange')!.body).toEqual({
      currentPassword: 'Kyushoku#2025',
      newEmail: 'atarashii@example.jp',
    });
    expect(calls.find((call) => call.name === 'confirmEmailChange')!.body).toEqual({ verificationId: 'uid.nonce', code: '123456' });
  });

  it('catches a malformed address before sending, and shows a refusal as the functions answer it', async () => {
    const { calls } = await requestNewAddress({}, 'not-an-address');
    expect(await screen.findByText('メールアドレスの形式が正しくありません。(例: hellowork@example.jp)')).toBeInTheDocument();
    expect(calls.map((call) => call.name)).toEqual(['getAccountSettings']);

    const refused = { status: 400, body: { error: { code: 'email-same-as-current', message: errorMessages['email-same-as-current'] } } };
    const { form } = await requestNewAddress({ requestEmailChange: refused }, settings.email);
    expect(await form.findByRole('alert')).toHaveTextContent(errorMessages['email-same-as-current']);
  });

  it('names the code 確認コード, and sends a void one back to the first step', async () => {
    const expired = { status: 410, body: { error: { code: 'code-expired', message: errorMessages['code-expired'] } } };
    const { user, form } = await requestNewAddress({ requestEmailChange: requested, confirmEmailChange: expired }, 'atarashii@example.jp');
    await user.type(await form.findByLabelText('確認コード'), '123456');
    await user.click(form.getByRole('button', { name: 'メールアドレスを変更' }));
    expect(await form.findByRole('alert')).toHaveTextContent(confirmationCodeMessages['code-expired']);
    expect(form.getByLabelText('新しいメールアドレス')).toBeInTheDocument();
  });

  it('says in Japanese when the request could not even be made (no token), rather than nothing', async () => {
    const calls = stubApi({ getAccountSettings: { status: 200, body: settings }, requestEmailChange: requested });
    const { user } = renderScreen(<AccountScreen />, { path: routes.account });
    const form = await section('メールアドレスの変更');
    await user.type(form.getByLabelText('現在のパスワード'), 'Kyushoku#2025');
    await user.type(form.getByLabelText('新しいメールアドレス'), 'atarashii@example.jp');
    // What the Firebase SDK rejects with when it cannot refresh the token offline: its English must not show.
    session.getIdToken.mockRejectedValueOnce(
      Object.assign(new Error('Firebase: Error (auth/network-request-failed).'), { code: 'auth/network-request-failed' }),
    );
    await user.click(form.getByRole('button', { name: '確認コードを送信' }));
    expect(await form.findByRole('alert')).toHaveTextContent('通信できませんでした');
    expect(form.getByRole('alert')).not.toHaveTextContent('Firebase');
    expect(form.getByLabelText('新しいメールアドレス')).toHaveAccessibleDescription(expect.stringContaining('通信できませんでした'));
    expect(calls.map((call) => call.name)).toEqual(['getAccountSettings']);
  });

  it('says the code mail limit in the words of 確認コード, not as a login that should be tried again', async () => {
    const limit = { status: 429, body: { error: { code: 'code-mail-limit', message: errorMessages['code-mail-limit'] } } };
    const { form } = await requestNewAddress({ requestEmailChange: limit }, 'atarashii@example.jp');
    expect(await form.findByRole('alert')).toHaveTextContent(confirmationCodeMessages['code-mail-limit']);
    expect(form.getByRole('alert')).not.toHaveTextContent('再度ログイン');
  });

  it('sends the job seeker back to the first step when the address was taken meanwhile', async () => {
    const taken = { status: 409, body: { error: { code: 'email-unavailable', message: errorMessages['email-unavailable'] } } };
    const { user, form } = await requestNewAddress({ requestEmailChange: requested, confirmEmailChange: taken }, 'atarashii@example.jp');
    await user.type(await form.findByLabelText('確認コード'), '123456');
    await user.click(form.getByRole('button', { name: 'メールアドレスを変更' }));
    expect(await form.findByRole('alert')).toHaveTextContent(errorMessages['email-unavailable']);
    expect(form.getByRole('alert')).toHaveFocus();
    expect(form.getByLabelText('新しいメールアドレス')).toBeInTheDocument();
  });
});

describe('AccountScreen: アカウントを編集 › パスワード変更', () => {
  it('changes the password with the session, signs this browser in again and says so', async () => {
    const { calls } = await change({ changePassword: { status: 200, body: { customToken: 'fresh-token' } } }, 'Kyushoku#2025');
    expect(await screen.findByRole('status')).toHaveTextContent('パスワードを変更しました。');
    const sent = calls.find((call) => call.name === 'changePassword')!;
    expect(sent.body).toEqual({ currentPassword: 'Kyushoku#2025', newPassword: NEW_PASSWORD });
    expect(sent.headers.authorization).toBe('Bearer id-token');
    expect(session.signInWithLoginToken).toHaveBeenCalledWith('fresh-token');
    expect((await section('パスワード変更')).getByLabelText('現在のパスワード')).toHaveValue('');
  });

  it('states the lock beside the current password, and shows a wrong one as the functions answer', async () => {
    const { form } = await change(
      { changePassword: { status: 400, body: { error: { code: 'current-password-wrong', message: '' } } } },
      'wrong-one',
    );
    expect(
      form.getByText(`ログインでのパスワードの誤りと合わせて${LOCKOUT_MAX_FAILURES}回間違えると、アカウントがロックされます。`),
    ).toBeInTheDocument();
    expect(await form.findByRole('alert')).toHaveTextContent(errorMessages['current-password-wrong']);
    expect(form.getByLabelText('現在のパスワード')).toHaveAccessibleDescription(
      expect.stringContaining(errorMessages['current-password-wrong']),
    );
  });

  it('refuses the current password as the new one before anything is sent', async () => {
    const { calls } = await change({}, 'Kyushoku#2025', 'Kyushoku#2025');
    expect(await screen.findByText(errorMessages['password-same-as-current'])).toBeInTheDocument();
    expect(calls.map((call) => call.name)).toEqual(['getAccountSettings']);
  });
});
