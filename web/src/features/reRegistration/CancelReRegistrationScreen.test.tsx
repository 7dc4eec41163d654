import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages, routes } from '@hellowork/contracts';
import { renderScreen, stubApi } from '../../testing/render';
import { CancelReRegistrationScreen } from './CancelReRegistrationScreen';

afterEach(() => vi.unstubAllGlobals());

describe('CancelReRegistrationScreen: 再登録を取り消す', () => {
  it('sends the cancel code as 16 digits however it was typed, and says nothing changed', async () => {
    const calls = stubApi({ cancelReRegistration: { status: 200, body: { cancelled: true } } });
    const { user } = renderScreen(<CancelReRegistrationScreen />, { path: routes.reRegistrationCancel });
    expect(document.title).toContain('再登録を取り消す');
    await user.type(screen.getByLabelText('取り消しコード'), '１２３４ー５６７８-9012 3456');
    await user.click(screen.getByRole('button', { name: '取り消す' }));
    expect(await screen.findByRole('status')).toHaveTextContent('ID(メールアドレス)とパスワードは変わっていません。');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(calls.map((call) => [call.name, call.body])).toEqual([['cancelReRegistration', { cancelCode: '1234567890123456' }]]);
    expect(screen.getByRole('link', { name: 'ログイン画面へ' })).toHaveAttribute('href', routes.login);
  });

  it('checks the code before sending, and shows the refusal of a wrong one', async () => {
    const calls = stubApi({ cancelReRegistration: { status: 404, body: { error: { code: 'cancel-code-wrong', message: '' } } } });
    const { user } = renderScreen(<CancelReRegistrationScreen />, { path: routes.reRegistrationCancel });
    await user.type(screen.getByLabelText('取り消しコード'), '1234');
    await user.click(screen.getByRole('button', { name: '取り消す' }));
    expect(await screen.findByText('取り消しコードは、メールに記載された数字16桁で入力してください。')).toBeInTheDocument();
    expect(calls).toEqual([]);
    await user.clear(screen.getByLabelText('取り消しコード'));
    await user.type(screen.getByLabelText('取り消しコード'), '1234-5678-9012-3456');
    await user.click(screen.getByRole('button', { name: '取り消す' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(errorMessages['cancel-code-wrong']);
  });
});
