import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '@hellowork/contracts';
import { currentLocation, renderScreen, stubApi } from '../../testing/render';
import { OtpScreen } from './OtpScreen';

vi.mock('../../lib/session', () => ({
  signInWithLoginToken: vi.fn(async () => undefined),
  endRefusedSession: vi.fn(async () => undefined),
}));

afterEach(() => vi.unstubAllGlobals());

const atOtpScreen = () =>
  renderScreen(<OtpScreen />, { path: '/login/otp', state: { verificationId: 'uid.nonce', email: 'asu.yuki@example.jp' } });
const codeInput = () => screen.getByRole('textbox', { name: /ワンタイムパスワード/ });
const skipCheckbox = () =>
  screen.getByRole('checkbox', { name: /次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する/ });
const ok = { verifyOtp: { status: 200, body: { customToken: 'token' } } };

describe('OtpScreen', () => {
  it('offers a numeric one-time-code field, the shared-terminal warning and an unchecked skip box', () => {
    stubApi({});
    atOtpScreen();
    expect(codeInput()).toHaveAttribute('inputmode', 'numeric');
    expect(codeInput()).toHaveAttribute('autocomplete', 'one-time-code');
    expect(
      screen.getByText('本人以外の方が利用する可能性がある共有端末の場合は、下のチェックボックスにはチェックしないでください。'),
    ).toBeInTheDocument();
    expect(skipCheckbox()).not.toBeChecked();
    expect(screen.getByText(/asu\.yuki@example\.jp/)).toBeInTheDocument();
  });

  it("says in one sentence where the code went, and links the manual's label to the help in a new tab", () => {
    stubApi({});
    atOtpScreen();
    expect(screen.getByText('asu.yuki@example.jp').closest('p')).toHaveTextContent(
      '本人認証を行うため、登録したメールアドレス asu.yuki@example.jp 宛てに送信したワンタイムパスワード(半角数字6桁)を、以下の入力欄に入力してください。',
    );
    const help = screen.getByRole('link', { name: /^ワンタイムパスワードの詳細、省略設定について/ });
    expect(help).toHaveAttribute('href', '/manual#otp');
    expect(help).toHaveAttribute('target', '_blank');
  });

  it('asks for 6 half-width digits before sending anything', async () => {
    const calls = stubApi(ok);
    const { user } = atOtpScreen();
    await user.type(codeInput(), '12345');
    await user.click(screen.getByRole('button', { name: '送信' }));
    expect(await screen.findByText('ワンタイムパスワードは半角数字6桁で入力してください。')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('takes full-width digits from a Japanese IME as the same code', async () => {
    const calls = stubApi(ok);
    const { user } = atOtpScreen();
    await user.type(codeInput(), '１２３４５６');
    await user.click(screen.getByRole('button', { name: '送信' }));
    await waitFor(() => expect(currentLocation().pathname).toBe('/'));
    expect(calls[0]!.body).toEqual({ verificationId: 'uid.nonce', code: '123456', trustThisBrowser: false });
  });

  it('takes a pasted code', async () => {
    const calls = stubApi(ok);
    const { user } = atOtpScreen();
    codeInput().focus();
    await user.paste(' 654321 ');
    await user.click(screen.getByRole('button', { name: '送信' }));
    await waitFor(() => expect(calls[0]?.body.code).toBe('654321'));
  });

  it('tells how many tries are left after a wrong code, and lets the user try again', async () => {
    stubApi({ verifyOtp: { status: 400, body: { error: { code: 'code-wrong', message: '', remainingAttempts: 9 } } } });
    const { user } = atOtpScreen();
    await user.type(codeInput(), '000000');
    await user.click(screen.getByRole('button', { name: '送信' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${errorMessages['code-wrong']}あと9回間違えると、ワンタイムパスワードが無効になります。`,
    );
    expect(codeInput()).toBeEnabled();
  });

  it.each(['code-expired', 'code-exhausted', 'code-used', 'code-superseded', 'code-blocked', 'code-reset-required'] as const)(
    'on %s tells the user to start again and offers the way back to the login screen',
    async (code) => {
      stubApi({ verifyOtp: { status: 410, body: { error: { code, message: '' } } } });
      const { user } = atOtpScreen();
      await user.type(codeInput(), '123456');
      await user.click(screen.getByRole('button', { name: '送信' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(errorMessages[code]);
      expect(screen.queryByRole('button', { name: '送信' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'ログイン画面に戻る' }));
      expect(currentLocation().pathname).toBe('/login');
    },
  );

  it('without a login in progress, explains and offers the way back', () => {
    stubApi({});
    renderScreen(<OtpScreen />, { path: '/login/otp' });
    expect(screen.getByRole('alert')).toHaveTextContent('ログインの手続きが見つかりません');
    expect(screen.getByRole('link', { name: 'ログイン画面に戻る' })).toBeInTheDocument();
  });

  describe('ワンタイムパスワード省略設定確認', () => {
    it('confirms before trusting this browser; OK sends the choice', async () => {
      const calls = stubApi(ok);
      const { user } = atOtpScreen();
      await user.type(codeInput(), '123456');
      await user.click(skipCheckbox());
      await user.click(screen.getByRole('button', { name: '送信' }));

      const dialog = await screen.findByRole('dialog', { name: 'ワンタイムパスワード省略設定確認' });
      expect(dialog).toHaveAttribute('aria-modal', 'true');
      expect(dialog).toHaveTextContent('このまま次回以降のワンタイムパスワード入力を省略するようになります。');
      expect(dialog).toHaveTextContent('ワンタイムパスワードの利用を強く推奨します。');
      expect(calls).toEqual([]);

      await user.click(screen.getByRole('button', { name: 'OK' }));
      await waitFor(() => expect(currentLocation().pathname).toBe('/'));
      expect(calls[0]!.body).toEqual({ verificationId: 'uid.nonce', code: '123456', trustThisBrowser: true });
    });

    it('キャンセル returns to the screen with nothing sent', async () => {
      const calls = stubApi(ok);
      const { user } = atOtpScreen();
      await user.type(codeInput(), '123456');
      await user.click(skipCheckbox());
      await user.click(screen.getByRole('button', { name: '送信' }));
      await user.click(await screen.findByRole('button', { name: 'キャンセル' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(codeInput()).toHaveValue('123456');
      expect(calls).toEqual([]);
    });

    it('moves focus in, keeps Tab inside, closes on Esc and gives focus back', async () => {
      stubApi(ok);
      const { user } = atOtpScreen();
      await user.type(codeInput(), '123456');
      await user.click(skipCheckbox());
      const send = screen.getByRole('button', { name: '送信' });
      await user.click(send);
      // The dialog opens after the form's asynchronous validation; focus moves in once it has rendered.
      await waitFor(() => expect(screen.getByRole('button', { name: 'キャンセル' })).toHaveFocus());
      await user.tab();
      expect(screen.getByRole('button', { name: 'OK' })).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('button', { name: 'キャンセル' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      await waitFor(() => expect(send).toHaveFocus());
    });

    it('sends at once, trusting nothing, when the box is left unchecked', async () => {
      const calls = stubApi(ok);
      const { user } = atOtpScreen();
      await user.type(codeInput(), '123456');
      await user.click(screen.getByRole('button', { name: '送信' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      await waitFor(() => expect(calls[0]?.body.trustThisBrowser).toBe(false));
    });
  });
});
