import { useId, useState } from 'react';
import type { TrustedDeviceView } from '@hellowork/contracts';
import { FormAlert } from '../../components/FormAlert';
import { useRevokeAllTrustedDevices } from './api/revokeAllTrustedDevices';
import { useRevokeTrustedDevice } from './api/revokeTrustedDevice';
import { ResumeOtpConfirmDialog, RevokeDeviceConfirmDialog } from './OtpSkipDialogs';
import { TrustedDeviceTable } from './TrustedDeviceTable';

/** 各種設定 › ワンタイムパスワード入力省略設定: あり/なし, each browser, and 再開. */
export function OtpSkipSection({ devices }: { devices: TrustedDeviceView[] }) {
  const [confirmingResume, setConfirmingResume] = useState(false);
  const [revokingDevice, setRevokingDevice] = useState<TrustedDeviceView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const revokeAll = useRevokeAllTrustedDevices();
  const revokeOne = useRevokeTrustedDevice();
  const failure = revokeAll.error ?? revokeOne.error;
  const nothingToRevokeId = useId();

  const resume = () =>
    revokeAll.mutate(undefined, {
      onSuccess: () => setDone('ワンタイムパスワード入力を省略する設定を、全ての端末から解除しました。'),
      onSettled: () => setConfirmingResume(false),
    });
  const revoke = (device: TrustedDeviceView) =>
    revokeOne.mutate(
      { deviceId: device.id },
      {
        onSuccess: () => setDone(`${device.label} のワンタイムパスワード入力省略設定を解除しました。`),
        onSettled: () => setRevokingDevice(null),
      },
    );

  return (
    <section aria-labelledby="otp-skip-heading" className="card">
      <h2 id="otp-skip-heading">ワンタイムパスワード入力省略設定</h2>
      <dl className="settings-list">
        <dt>省略する設定がされている端末の有無</dt>
        <dd data-testid="trusted-device-presence">{devices.length > 0 ? 'あり' : 'なし'}</dd>
      </dl>
      {done && (
        <p role="status" className="form-done">
          {done}
        </p>
      )}
      {failure && <FormAlert>{failure.message}</FormAlert>}
      {devices.length > 0 && <TrustedDeviceTable devices={devices} onRevoke={setRevokingDevice} />}
      {devices.length === 0 && (
        <p id={nothingToRevokeId}>
          省略する設定がされている端末・ブラウザはありません。どの端末・ブラウザでも、ログインの際にワンタイムパスワードの入力が必要です(再開する設定はありません)。
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={devices.length === 0}
        aria-describedby={devices.length === 0 ? nothingToRevokeId : undefined}
        onClick={() => setConfirmingResume(true)}
      >
        ワンタイムパスワードの入力を再開する
      </button>
      {confirmingResume && (
        <ResumeOtpConfirmDialog busy={revokeAll.isPending} onCancel={() => setConfirmingResume(false)} onConfirm={resume} />
      )}
      {revokingDevice && (
        <RevokeDeviceConfirmDialog
          device={revokingDevice}
          busy={revokeOne.isPending}
          onCancel={() => setRevokingDevice(null)}
          onConfirm={() => revoke(revokingDevice)}
        />
      )}
    </section>
  );
}
