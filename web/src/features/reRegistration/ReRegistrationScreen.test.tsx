import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  confirmationCodeMessages,
  errorMessages,
  routes,
  RE_REGISTRATION_HOLD_HOURS,
  RE_REGISTRATION_LOCK_HOURS,
  RE_REGISTRATION_MAX_FAILURES,
} from '@hellowork/contracts';
import { renderScreen, stubApi } from '../../testing/render';
import { ReRegistrationScreen } from './ReRegistrationScreen';

afterEach(() => vi.unstubAllGlobals());

const NEW_PASSWORD = 'Sairoku-Password 2026';
const requested = { status: 200, body: { verificationId: 'uid.nonce' } };

async function identify(
  replies: Parameters<typeof stubApi>[0],
  number = '13010-12345671',
  birthDate = '1990-04-01',
  email = 'atarashii@example.jp',
) {
  const calls = stubApi(replies);
  const { user } = renderScreen(<ReRegistrationScreen />, { path: routes.reRegistration });
  await user.type(screen.getByLabelText('求職番号'), number);
  if (birthDate) await user.type(screen.getByLabelText('生年月日'), birthDate);
  await user.type(screen.getByLabelText('新しいメールアドレス'), email);
  await user.click(screen.getByRole('button', { name: '確認コードを送信' }));
  return { calls, user };
}

describe('ReRegistrationScreen: アカウントを再登録', () => {
  it('sends 求職番号 as 13 digits, the birth date and the new address, then the code and a new password', async () => {
    const { calls, user } = await identify(
      {
        requestReRegistration: requested,
        completeReRegistration: { status: 200, body: { email: 'atarashii@example.jp', takesEffectAt: '2026-12-08T01:00:00.000Z' } },
      },
      '１３０１０ー１２３４５６７１',
    );
    // Focus moves to what replaced the button, so a screen reader says where the code went.
    expect(await screen.findByText(/atarashii@example\.jp 宛てに確認コードを送信しました/)).toHaveFocus();
    await user.type(screen.getByLabelText('確認コード'), '654321');
    await user.type(screen.getByLabelText('新しいパスワード'), NEW_PASSWORD);
    await user.type(screen.getByLabelText('新しいパスワード(確認)'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'アカウントを再登録' }));
    // Not yet: the hold, when it ends, and that the old login works until then.
    expect(await screen.findByRole('status')).toHaveTextContent('アカウントの再登録を受け付けました。');
    expect(screen.getByRole('status')).toHaveTextContent(
      `2026年12月08日 10時00分に、新しいメールアドレス(atarashii@example.jp)と新しいパスワードに切り替わります(受付から${RE_REGISTRATION_HOLD_HOURS}時間後)`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('切り替わるまでは、これまでのメールアドレスとパスワードでログインできます。');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'ログイン画面へ' })).toHaveAttribute('href', routes.login);
    expect(calls.map((call) => [call.name, call.body])).toEqual([
      ['requestReRegistration', { jobSeekerNumber: '1301012345671', birthDate: '1990-04-01', email: 'atarashii@example.jp' }],
      ['completeReRegistration', { verificationId: 'uid.nonce', code: '654321', newPassword: NEW_PASSWORD }],
    ]);
  });

  it('states the lock before the job seeker types, and checks the fields before sending', async () => {
    const { calls } = await identify({}, '1301-1234', '');
    expect(
      screen.getByText(new RegExp(`${RE_REGISTRATION_MAX_FAILURES}回間違えると.*${RE_REGISTRATION_LOCK_HOURS}\\s*時間できなくなります`)),
    ).toBeInTheDocument();
    expect(await screen.findByText(/求職番号は、求職受付票に記載の数字13桁で入力してください。/)).toBeInTheDocument();
    expect(screen.getByText('生年月日を入力してください。')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('shows a wrong pair with the one message the functions give, tied to the form', async () => {
    const mismatch = { status: 401, body: { error: { code: 'identity-mismatch', message: errorMessages['identity-mismatch'] } } };
    await identify({ requestReRegistration: mismatch });
    expect(await screen.findByRole('alert')).toHaveTextContent(errorMessages['identity-mismatch']);
    expect(screen.getByLabelText('求職番号')).toHaveAccessibleDescription(expect.stringContaining(errorMessages['identity-mismatch']));
    // The lock is read out with both fields it counts.
    for (const label of ['求職番号', '生年月日'])
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription(
        expect.stringContaining(`${RE_REGISTRATION_MAX_FAILURES}回間違えると`),
      );
  });

  it('checks the new password against the new address, and sends a void code back to the first step', async () => {
    const exhausted = { status: 410, body: { error: { code: 'code-exhausted', message: errorMessages['code-exhausted'] } } };
    const { calls, user } = await identify({ requestReRegistration: requested, completeReRegistration: exhausted });
    await user.type(await screen.findByLabelText('確認コード'), '111111');
    await user.type(screen.getByLabelText('新しいパスワード'), 'atarashii@example.jp');
    await user.type(screen.getByLabelText('新しいパスワード(確認)'), 'atarashii@example.jp');
    await user.click(screen.getByRole('button', { name: 'アカウントを再登録' }));
    expect(await screen.findByText(errorMessages['password-same-as-email'])).toBeInTheDocument();
    expect(calls.map((call) => call.name)).toEqual(['requestReRegistration']);

    await user.clear(screen.getByLabelText('新しいパスワード'));
    await user.type(screen.getByLabelText('新しいパスワード'), NEW_PASSWORD);
    await user.clear(screen.getByLabelText('新しいパスワード(確認)'));
    await user.type(screen.getByLabelText('新しいパスワード(確認)'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'アカウントを再登録' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(confirmationCodeMessages['code-exhausted']);
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByLabelText('求職番号')).toBeInTheDocument();
  });
});
