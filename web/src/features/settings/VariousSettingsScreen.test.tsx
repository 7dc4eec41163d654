import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes, type AccountSettings, type SecurityEventView, type TrustedDeviceView } from '@hellowork/contracts';
import { renderScreen, stubApi } from '../../testing/render';
import { VariousSettingsScreen } from './VariousSettingsScreen';

vi.mock('../../lib/firebase', () => ({ auth: { currentUser: { getIdToken: async () => 'id-token' } } }));
vi.mock('../../lib/session', () => ({ signOut: vi.fn(async () => undefined), endRefusedSession: vi.fn(async () => undefined) }));

afterEach(() => vi.unstubAllGlobals());

// Ids padded to the 22 characters the contract accepts.
const deviceId = (name: string) => name.padEnd(22, '0');
const device = (name: string, label: string, current = false): TrustedDeviceView => ({
  id: deviceId(name),
  label,
  current,
  createdAt: '2026-11-01T01:00:00.000Z',
  lastUsedAt: '2026-11-20T01:00:00.000Z',
  expiresAt: '2027-01-30T01:00:00.000Z',
});

const settings = (trustedDevices: TrustedDeviceView[]): AccountSettings => ({
  email: 'asu.yuki@example.jp',
  jobSeekerStatus: { active: true, validUntil: '2027-01-31T14:59:59.999Z' },
  trustedDevices,
});

const event = (at: string, type: SecurityEventView['type'], secondFactor: SecurityEventView['secondFactor'] = null): SecurityEventView => ({
  at,
  type,
  secondFactor,
  client: 'Chrome / Windows',
});

/** The settings the functions would answer with, shrinking as devices are revoked; ログイン履歴 growing. */
function stubSettingsApi(devices: TrustedDeviceView[], history: SecurityEventView[] = []) {
  let current = devices;
  let events = history;
  return stubApi({
    getAccountSettings: () => ({ status: 200, body: settings(current) }),
    getSecurityHistory: () => ({ status: 200, body: { events, logins: events.filter((one) => one.type === 'login') } }),
    revokeAllTrustedDevices: () => {
      const revoked = current.length;
      current = [];
      events = [event('2026-12-01T03:00:00.000Z', 'trust-revoked-all'), ...events];
      return { status: 200, body: { revoked } };
    },
    revokeTrustedDevice: (body) => {
      current = current.filter((candidate) => candidate.id !== body.deviceId);
      return { status: 200, body: { revoked: 1 } };
    },
  });
}

const presence = () => screen.getByTestId('trusted-device-presence');
const renderVariousSettings = () => renderScreen(<VariousSettingsScreen />, { path: routes.variousSettings });

describe('各種設定', () => {
  it('shows 求職状態 with its 期限, the login account with the password masked, and なし', async () => {
    const calls = stubSettingsApi([]);
    renderVariousSettings();
    expect(await screen.findByText(/有効\(期限:2027年01月31日\)/)).toBeInTheDocument();
    expect(screen.getByText('求職の有効期間は、原則として登録から翌々月の末日です。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '求職者マイページ利用者マニュアル(利用登録者)の「求職状態」' })).toHaveAttribute(
      'href',
      '/manual#job-seeker-status',
    );
    expect(screen.queryByText(/省略設定している場合は/)).not.toBeInTheDocument();
    expect(screen.getByText('asu.yuki@example.jp')).toBeInTheDocument();
    expect(screen.getByText('●●●●●●●●')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'アカウントを編集' })).toBeInTheDocument();
    expect(presence()).toHaveTextContent('なし');
    const resume = screen.getByRole('button', { name: 'ワンタイムパスワードの入力を再開する' });
    expect(resume).toBeDisabled();
    expect(resume).toHaveAccessibleDescription(/省略する設定がされている端末・ブラウザはありません。/);
    expect(calls[0]!.headers.authorization).toBe('Bearer id-token');
  });

  it('shows あり and each trusted browser, marking this one', async () => {
    stubSettingsApi([device('a', 'Chrome / Windows', true), device('b', 'Safari / iOS')]);
    renderVariousSettings();
    await waitFor(() => expect(presence()).toHaveTextContent('あり'));
    const rows = within(screen.getByRole('table', { name: '省略する設定がされている端末・ブラウザ' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Chrome / Windowsこの端末', 'Safari / iOS']);
    expect(within(rows[0]!).getByText('2026年11月01日 10時00分')).toBeInTheDocument();
  });

  it('ワンタイムパスワード入力再開確認: キャンセル changes nothing', async () => {
    const calls = stubSettingsApi([device('a', 'Chrome / Windows', true)]);
    const { user } = renderVariousSettings();
    await user.click(await screen.findByRole('button', { name: 'ワンタイムパスワードの入力を再開する' }));
    // The dialog asks first and says what 完了 does: nothing is revoked before it.
    expect(screen.getByRole('dialog', { name: 'ワンタイムパスワード入力再開確認' })).toHaveTextContent(
      '『完了』をクリックすると、ワンタイムパスワード入力を省略する設定を、全ての端末から解除します。',
    );
    await user.click(screen.getByRole('button', { name: 'キャンセル' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(presence()).toHaveTextContent('あり');
    expect(calls.map((call) => call.name).filter((name) => name.startsWith('revoke'))).toEqual([]);
  });

  it('ワンタイムパスワード入力再開確認: 完了 revokes every browser and then shows なし', async () => {
    const calls = stubSettingsApi([device('a', 'Chrome / Windows', true), device('b', 'Safari / iOS')]);
    const { user } = renderVariousSettings();
    await user.click(await screen.findByRole('button', { name: 'ワンタイムパスワードの入力を再開する' }));
    await user.click(screen.getByRole('button', { name: '完了' }));
    expect(await screen.findByText('ワンタイムパスワード入力を省略する設定を、全ての端末から解除しました。')).toBeInTheDocument();
    await waitFor(() => expect(presence()).toHaveTextContent('なし'));
    expect(calls.map((call) => call.name)).toContain('revokeAllTrustedDevices');
  });

  it('revokes one browser alone after its own confirmation', async () => {
    const calls = stubSettingsApi([device('a', 'Chrome / Windows', true), device('b', 'Safari / iOS')]);
    const { user } = renderVariousSettings();
    const safariRow = (await screen.findByText('Safari / iOS')).closest('tr')!;
    await user.click(within(safariRow).getByRole('button', { name: '解除' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '解除' }));
    await waitFor(() => expect(screen.queryByText('Safari / iOS', { selector: 'th' })).not.toBeInTheDocument());
    expect(presence()).toHaveTextContent('あり');
    expect(calls.find((call) => call.name === 'revokeTrustedDevice')!.body).toEqual({ deviceId: deviceId('b') });
  });

  it('shows the reason when revoking fails', async () => {
    stubApi({
      getAccountSettings: { status: 200, body: settings([device('a', 'Chrome / Windows', true)]) },
      getSecurityHistory: { status: 200, body: { events: [], logins: [] } },
      revokeAllTrustedDevices: { status: 500, body: { error: { code: 'internal', message: '' } } },
    });
    const { user } = renderVariousSettings();
    await user.click(await screen.findByRole('button', { name: 'ワンタイムパスワードの入力を再開する' }));
    await user.click(screen.getByRole('button', { name: '完了' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('システムエラーが発生しました');
    expect(presence()).toHaveTextContent('あり');
  });

  it('ログイン履歴: the newest logins apart, then the newest events first, in Japanese, with the browser and what to do about a stranger', async () => {
    stubSettingsApi(
      [device('a', 'Chrome / Windows', true)],
      [
        event('2026-12-01T02:00:00.000Z', 'device-trusted'),
        event('2026-12-01T02:00:00.000Z', 'login', 'otp'),
        event('2026-12-01T01:59:00.000Z', 'password-failure'),
      ],
    );
    const { user } = renderVariousSettings();
    const logins = await screen.findByRole('table', { name: '最近のログイン' });
    expect(
      within(logins)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]!.textContent),
    ).toEqual(['ログイン成功(ワンタイムパスワード)']);
    const history = screen.getByRole('table', { name: '全ての記録' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      '端末の省略設定',
      'ログイン成功(ワンタイムパスワード)',
      'パスワード誤り',
    ]);
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('2026年12月01日 10時59分');
    expect(within(rows[2]!).getByText('Chrome / Windows')).toBeInTheDocument();
    expect(screen.getByText(/覚えのない記録がある場合は、パスワードを変更してください。/)).toBeInTheDocument();

    // A revoke shows up in the history at once.
    await user.click(screen.getByRole('button', { name: 'ワンタイムパスワードの入力を再開する' }));
    await user.click(screen.getByRole('button', { name: '完了' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: '全ての記録' })).getAllByRole('row')).toHaveLength(5));
    expect(screen.getByText('省略設定の解除(全ての端末)')).toBeInTheDocument();
  });

  it('ログイン履歴: says so when there is nothing yet', async () => {
    stubSettingsApi([]);
    renderVariousSettings();
    expect(await screen.findAllByText('記録はありません。')).toHaveLength(2);
  });
});

describe('各種設定 › 求職状態', () => {
  function stubStatusApi(initial: AccountSettings['jobSeekerStatus']) {
    let status = initial;
    return stubApi({
      getAccountSettings: () => ({ status: 200, body: { ...settings([]), jobSeekerStatus: status } }),
      getSecurityHistory: { status: 200, body: { events: [], logins: [] } },
      cancelJobSeeking: () => {
        status = { ...status, active: false };
        return { status: 200, body: { jobSeekerStatus: status } };
      },
    });
  }

  it('asks before 求職無効 (キャンセル keeps it 有効), then shows 無効 and where to go to undo it', async () => {
    const calls = stubStatusApi({ active: true, validUntil: '2027-01-31T14:59:59.999Z' });
    const { user } = renderVariousSettings();
    await user.click(await screen.findByRole('button', { name: '求職無効' }));
    const dialog = screen.getByRole('dialog', { name: '求職無効確認' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: 'キャンセル' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    expect(calls.map((call) => call.name)).not.toContain('cancelJobSeeking');
    expect(screen.getByTestId('job-seeker-status')).toHaveTextContent('有効(期限:2027年01月31日)');

    await user.click(screen.getByRole('button', { name: '求職無効' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('求職状態を「無効」にしました(求職取消)。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('求職状態を「無効」にしました(求職取消)。')).toHaveFocus());
    await waitFor(() => expect(screen.getByTestId('job-seeker-status')).toHaveTextContent(/^無効$/));
    expect(screen.queryByRole('button', { name: '求職無効' })).not.toBeInTheDocument();
    expect(screen.getByText(/「有効」にするには、最寄りのハローワークにお越しください。/)).toBeInTheDocument();
    expect(calls.filter((call) => call.name === 'cancelJobSeeking')).toHaveLength(1);
  });

  it('offers no switch back to 有効 online', async () => {
    stubStatusApi({ active: false, validUntil: '2026-10-31T14:59:59.999Z' });
    renderVariousSettings();
    expect(await screen.findByTestId('job-seeker-status')).toHaveTextContent(/^無効$/);
    expect(screen.queryByRole('button', { name: /求職/ })).not.toBeInTheDocument();
  });
});
