import { useState } from 'react';
import { Link } from 'react-router';
import { formatJapanTime, type AccountSettings, type TrustedDeviceView, paths } from '@hellowork/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { useAccountSettings } from './api/getAccountSettings';
import { useRevokeAllTrustedDevices, useRevokeTrustedDevice } from './api/revokeTrustedDevices';

const japanDate = (iso: string) => formatJapanTime(iso).split(' ')[0];

/** 各種設定 (seed ◎ ③④): 求職状態, ログインアカウント, ワンタイムパスワード入力省略設定. */
export function PreferencesScreen() {
  const query = useAccountSettings();
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.home}>ホーム</Link> &gt; <Link to={paths.settings}>求職者情報・設定</Link> &gt; 各種設定
      </p>
      <h1>各種設定</h1>
      <QueryState query={query}>
        {(settings) => (
          <>
            <JobSeekerStatusSection settings={settings} />
            <LoginAccountSection email={settings.email} />
            <OtpSkipSection devices={settings.trustedDevices} />
          </>
        )}
      </QueryState>
    </>
  );
}

function JobSeekerStatusSection({ settings }: { settings: AccountSettings }) {
  const { active, validUntil } = settings.jobSeekerStatus;
  return (
    <section aria-labelledby="status-heading" className="card">
      <h2 id="status-heading">求職状態</h2>
      <p>求職の有効期間は、原則として登録から翌々月の末日です。</p>
      <p>有効期間を過ぎると求職状態が「無効」になり、マイページの一部機能をご利用いただけなくなります。</p>
      <p>求職状態(有効/無効)ごとのマイページの利用可能範囲は求職者マイページにてご確認ください。</p>
      <p>
        以下のボタンから求職活動の状態の「有効」「無効」(求職取消)を切り替えることができます。「有効」へ切り替えられない場合は、最寄りのハローワークまでお越しください。
      </p>
      <dl className="settings-list">
        <dt>求職状態</dt>
        <dd>
          {active ? '有効' : '無効'}
          {active && validUntil && `(期限:${japanDate(validUntil)})`}{' '}
          <Link to={paths.jobSeekerStatus} className="button-link secondary">
            {active ? '求職無効' : '求職有効'}
          </Link>
        </dd>
      </dl>
    </section>
  );
}

function LoginAccountSection({ email }: { email: string }) {
  return (
    <section aria-labelledby="account-heading" className="card">
      <h2 id="account-heading">ログインアカウント</h2>
      <p>マイページにログインするためのID(メールアドレス)とパスワードです。</p>
      <p>変更するには、「アカウントを編集」ボタンをクリックしてください。</p>
      <dl className="settings-list">
        <dt>ID(メールアドレス)</dt>
        <dd>{email}</dd>
        <dt>パスワード</dt>
        <dd aria-label="パスワード(表示しません)">●●●●●●●●</dd>
      </dl>
      <Link to={paths.account} className="button-link secondary">
        アカウントを編集
      </Link>
    </section>
  );
}

function OtpSkipSection({ devices }: { devices: TrustedDeviceView[] }) {
  const [confirmingResume, setConfirmingResume] = useState(false);
  const [revokingDevice, setRevokingDevice] = useState<TrustedDeviceView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const revokeAll = useRevokeAllTrustedDevices();
  const revokeOne = useRevokeTrustedDevice();
  const failure = revokeAll.error ?? revokeOne.error;

  const resume = async () => {
    const ok = await revokeAll.mutateAsync().then(() => true).catch(() => false);
    setConfirmingResume(false);
    if (ok) setDone('ワンタイムパスワード入力を省略する設定を、全ての端末から解除しました。');
  };
  const revoke = async (device: TrustedDeviceView) => {
    const ok = await revokeOne.mutateAsync({ deviceId: device.id }).then(() => true).catch(() => false);
    setRevokingDevice(null);
    if (ok) setDone(`${device.label} のワンタイムパスワード入力省略設定を解除しました。`);
  };

  return (
    <section aria-labelledby="otp-skip-heading" className="card">
      <h2 id="otp-skip-heading">ワンタイムパスワード入力省略設定</h2>
      <dl className="settings-list">
        <dt>省略する設定がされている端末の有無</dt>
        <dd data-testid="trusted-device-presence">{devices.length > 0 ? 'あり' : 'なし'}</dd>
      </dl>
      <p className="hint">注 *省略設定している場合は「あり」と表示される</p>
      {done && (
        <p role="status" className="form-done">
          {done}
        </p>
      )}
      {failure && <FormAlert>{failure.message}</FormAlert>}
      {devices.length > 0 && (
        <table className="device-table">
          <caption>省略する設定がされている端末・ブラウザ</caption>
          <thead>
            <tr>
              <th scope="col">端末・ブラウザ</th>
              <th scope="col">設定日時</th>
              <th scope="col">最終利用日時</th>
              <th scope="col">有効期限</th>
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.id}>
                <th scope="row">
                  {device.label}
                  {device.current && <span className="badge">この端末</span>}
                </th>
                <td data-label="設定日時">{formatJapanTime(device.createdAt)}</td>
                <td data-label="最終利用日時">{formatJapanTime(device.lastUsedAt)}</td>
                <td data-label="有効期限">{formatJapanTime(device.expiresAt)}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => setRevokingDevice(device)}>
                    解除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="primary" disabled={devices.length === 0} onClick={() => setConfirmingResume(true)}>
        ワンタイムパスワードの入力を再開する
      </button>
      {confirmingResume && (
        <ConfirmDialog
          title="ワンタイムパスワード入力再開確認"
          cancelLabel="キャンセル"
          confirmLabel="完了"
          busy={revokeAll.isPending}
          onCancel={() => setConfirmingResume(false)}
          onConfirm={resume}
        >
          <p>ワンタイムパスワード入力を省略する設定を、全ての端末から解除します。</p>
          <p>解除すると、次回以降はどの端末・ブラウザでもログインの際にワンタイムパスワードの入力が必要になります。</p>
        </ConfirmDialog>
      )}
      {revokingDevice && (
        <ConfirmDialog
          title="ワンタイムパスワード入力省略設定の解除"
          cancelLabel="キャンセル"
          confirmLabel="解除"
          busy={revokeOne.isPending}
          onCancel={() => setRevokingDevice(null)}
          onConfirm={() => revoke(revokingDevice)}
        >
          <p>{revokingDevice.label} でのワンタイムパスワード入力の省略を解除します。この端末・ブラウザでは、次回のログインからワンタイムパスワードの入力が必要になります。</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
