import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages, LOCKOUT_MAX_FAILURES, paths, type AccountSettings } from '@hellowork/contracts';
import { renderScreen, stubApi } from '../../testing/render';
import { AccountScreen } from './AccountScreen';

const session = vi.hoisted(() => ({ signInWithLoginToken: vi.fn(async (_token: string) => undefined) }));
vi.mock('../../lib/firebase', () => ({ auth: { currentUser: { getIdToken: async () => 'id-token' } } }));
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

async function change(replies: Parameters<typeof stubApi>[0], current: string, next = NEW_PASSWORD, confirmation = next) {
  const calls = stubApi({ getAccountSettings: { status: 200, body: settings }, ...replies });
  const { user } = renderScreen(<AccountScreen />, { path: paths.account });
  await user.type(await screen.findByLabelText('現在のパスワード'), current);
  await user.type(screen.getByLabelText('新しいパスワード'), next);
  await user.type(screen.getByLabelText('新しいパスワード(確認)'), confirmation);
  await user.click(screen.getByRole('button', { name: 'パスワードを変更' }));
  return { calls, user };
}

describe('AccountScreen: アカウントを編集 › パスワード変更', () => {
  it('changes the password with the session, signs this browser in again and says so', async () => {
    const { calls } = await change({ changePassword: { status: 200, body: { customToken: 'fresh-token' } } }, 'Kyushoku#2025');
    expect(await screen.findByRole('status')).toHaveTextContent('パスワードを変更しました。');
    const sent = calls.find((call) => call.name === 'changePassword')!;
    expect(sent.body).toEqual({ currentPassword: 'Kyushoku#2025', newPassword: NEW_PASSWORD });
    expect(sent.headers.authorization).toBe('Bearer id-token');
    expect(session.signInWithLoginToken).toHaveBeenCalledWith('fresh-token');
    expect(screen.getByLabelText('現在のパスワード')).toHaveValue('');
  });

  it('states the lock beside the current password, and shows a wrong one as the functions answer', async () => {
    await change({ changePassword: { status: 400, body: { error: { code: 'current-password-wrong', message: '' } } } }, 'wrong-one');
    expect(screen.getByText(`${LOCKOUT_MAX_FAILURES}回間違えるとアカウントがロックされます(ログインと同じ回数です)。`)).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(errorMessages['current-password-wrong']);
    expect(screen.getByLabelText('現在のパスワード')).toHaveAccessibleDescription(
      expect.stringContaining(errorMessages['current-password-wrong']),
    );
  });

  it('refuses the current password as the new one before anything is sent', async () => {
    const { calls } = await change({}, 'Kyushoku#2025', 'Kyushoku#2025');
    expect(await screen.findByText(errorMessages['password-same-as-current'])).toBeInTheDocument();
    expect(calls.map((call) => call.name)).toEqual(['getAccountSettings']);
  });
});
