import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  errorMessages,
  PASSWORD_MIN_LENGTH,
  confirmationCodeMessages,
  passwordRuleTexts,
  routes,
  PASSWORD_CONFIRMATION_MISMATCH,
} from '@hellowork/contracts';
import { currentLocation, renderScreen, stubApi } from '../../testing/render';
import { PasswordResetScreen } from './PasswordResetScreen';

afterEach(() => vi.unstubAllGlobals());

const VERIFICATION_ID = `${'u'.repeat(28)}.${'n'.repeat(43)}`;
const NEW_PASSWORD = 'Atarashii Password 2026';

async function atCodeStep(replies: Parameters<typeof stubApi>[0] = {}) {
  const calls = stubApi({ requestPasswordReset: { status: 200, body: { verificationId: VERIFICATION_ID } }, ...replies });
  const { user } = renderScreen(<PasswordResetScreen />, { path: routes.passwordReminder });
  await user.type(screen.getByLabelText('メールアドレス'), ' asu.yuki@example.jp ');
  await user.click(screen.getByRole('button', { name: '確認コードを送信' }));
  await screen.findByLabelText('確認コード');
  return { calls, user };
}

async function sendCode(user: Awaited<ReturnType<typeof atCodeStep>>['user'], code: string, password: string, confirmation = password) {
  await user.type(screen.getByLabelText('確認コード'), code);
  await user.type(screen.getByLabelText('新しいパスワード'), password);
  await user.type(screen.getByLabelText('新しいパスワード(確認)'), confirmation);
  await user.click(screen.getByRole('button', { name: 'パスワードを再設定' }));
}

describe('PasswordResetScreen: パスワードをお忘れの方', () => {
  it('asks for the address, then the 確認コード and the new password twice, with the rules shown before typing', async () => {
    const { calls } = await atCodeStep();
    expect(calls).toEqual([expect.objectContaining({ name: 'requestPasswordReset', body: { email: 'asu.yuki@example.jp' } })]);
    expect(screen.getByText(/asu\.yuki@example\.jp 宛てに確認コードを送信しました/)).toBeInTheDocument();
    for (const rule of passwordRuleTexts) expect(screen.getByText(rule)).toBeInTheDocument();
    const code = screen.getByLabelText('確認コード');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    const password = screen.getByLabelText('新しいパスワード');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(password).toHaveAttribute('type', 'password');
    // The rules are read out with the field.
    expect(password).toHaveAccessibleDescription(expect.stringContaining(passwordRuleTexts[0]));
  });

  it('shows what was typed in a field on request, and says so to screen readers', async () => {
    const { user } = await atCodeStep();
    const reveal = screen.getByRole('button', { name: '表示 (新しいパスワード)' });
    expect(reveal).toHaveAttribute('aria-pressed', 'false');
    await user.click(reveal);
    expect(screen.getByLabelText('新しいパスワード')).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: '非表示 (新しいパスワード)' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('新しいパスワード(確認)')).toHaveAttribute('type', 'password');
  });

  it('catches a short password, the address itself and a mismatch before anything is sent', async () => {
    const { calls, user } = await atCodeStep();
    await sendCode(user, '123456', 'short');
    expect(await screen.findByText(`パスワードは${PASSWORD_MIN_LENGTH}文字以上で入力してください。`)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('新しいパスワード'));
    await user.type(screen.getByLabelText('新しいパスワード'), 'ASU.YUKI@example.jp');
    await user.click(screen.getByRole('button', { name: 'パスワードを再設定' }));
    expect(await screen.findByText(errorMessages['password-same-as-email'])).toBeInTheDocument();
    await user.clear(screen.getByLabelText('新しいパスワード'));
    await user.type(screen.getByLabelText('新しいパスワード'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'パスワードを再設定' }));
    expect(await screen.findByText(PASSWORD_CONFIRMATION_MISMATCH)).toBeInTheDocument();
    expect(calls.map((call) => call.name)).toEqual(['requestPasswordReset']);
  });

  it('says when the password is too common, as the functions answer', async () => {
    const { user } = await atCodeStep({
      resetPassword: { status: 400, body: { error: { code: 'password-too-common', message: '' } } },
    });
    await sendCode(user, '123456', 'password1234');
    expect(await screen.findByRole('alert')).toHaveTextContent(errorMessages['password-too-common']);
  });

  it('names the wrong code 確認コード and counts down the tries left', async () => {
    const { user, calls } = await atCodeStep({
      resetPassword: { status: 400, body: { error: { code: 'code-wrong', message: '', remainingAttempts: 9 } } },
    });
    await sendCode(user, '１２３ ４５６', NEW_PASSWORD);
    expect(await screen.findByRole('alert')).toHaveTextContent(confirmationCodeMessages['code-wrong']);
    expect(screen.getByRole('alert')).toHaveTextContent('あと9回間違えると、確認コードが無効になります。');
    expect(calls.at(-1)?.body).toEqual({ verificationId: VERIFICATION_ID, code: '123456', newPassword: NEW_PASSWORD });
  });

  it('goes back to the address when the code is void, and says why', async () => {
    const { user } = await atCodeStep({ resetPassword: { status: 410, body: { error: { code: 'code-expired', message: '' } } } });
    await sendCode(user, '123456', NEW_PASSWORD);
    expect(await screen.findByRole('alert')).toHaveTextContent(confirmationCodeMessages['code-expired']);
    expect(screen.getByRole('button', { name: '確認コードを送信' })).toBeInTheDocument();
  });

  it('says the mail limit is reached', async () => {
    stubApi({ requestPasswordReset: { status: 429, body: { error: { code: 'password-reset-mail-limit', message: '' } } } });
    const { user } = renderScreen(<PasswordResetScreen />, { path: routes.passwordReminder });
    await user.type(screen.getByLabelText('メールアドレス'), 'asu.yuki@example.jp');
    await user.click(screen.getByRole('button', { name: '確認コードを送信' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(errorMessages['password-reset-mail-limit']);
  });

  it('says it is done and links to the login', async () => {
    const { user } = await atCodeStep({ resetPassword: { status: 200, body: { reset: true } } });
    await sendCode(user, '123456', NEW_PASSWORD);
    expect(await screen.findByRole('status')).toHaveTextContent('パスワードを再設定しました。');
    await user.click(screen.getByRole('link', { name: 'ログイン画面へ' }));
    expect(currentLocation().pathname).toBe(routes.login);
  });
});
