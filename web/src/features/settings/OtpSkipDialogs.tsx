import type { TrustedDeviceView } from '@hellowork/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type DialogProps = { busy: boolean; onCancel: () => void; onConfirm: () => void };

/** Seed ◎ ④: ワンタイムパスワード入力再開確認, before every browser is revoked. */
export function ResumeOtpConfirmDialog(props: DialogProps) {
  return (
    <ConfirmDialog title="ワンタイムパスワード入力再開確認" cancelLabel="キャンセル" confirmLabel="完了" {...props}>
      <p>ワンタイムパスワード入力を省略する設定を、全ての端末から解除します。</p>
      <p>解除すると、次回以降はどの端末・ブラウザでもログインの際にワンタイムパスワードの入力が必要になります。</p>
    </ConfirmDialog>
  );
}

/** Before one browser alone is revoked. */
export function RevokeDeviceConfirmDialog({ device, ...props }: DialogProps & { device: TrustedDeviceView }) {
  return (
    <ConfirmDialog title="ワンタイムパスワード入力省略設定の解除" cancelLabel="キャンセル" confirmLabel="解除" {...props}>
      <p>
        {device.label}{' '}
        でのワンタイムパスワード入力の省略を解除します。この端末・ブラウザでは、次回のログインからワンタイムパスワードの入力が必要になります。
      </p>
    </ConfirmDialog>
  );
}
