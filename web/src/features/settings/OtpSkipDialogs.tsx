import type { TrustedDeviceView } from '@hellowork/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type DialogProps = { busy: boolean; onCancel: () => void; onConfirm: () => void };

/**
 * Seed ◎ ④: ワンタイムパスワード入力再開確認, with the manual's キャンセル and 完了. The manual's sentence is in the
 * past tense, but a confirmation comes before the act: it says what 完了 will do (完了 completes the 再開, it is
 * not a close button), キャンセル changes nothing, and the manual's 「…解除しました。」 is said once it is true.
 */
export function ResumeOtpConfirmDialog(props: DialogProps) {
  return (
    <ConfirmDialog title="ワンタイムパスワード入力再開確認" cancelLabel="キャンセル" confirmLabel="完了" {...props}>
      <p>『完了』をクリックすると、ワンタイムパスワード入力を省略する設定を、全ての端末から解除します。</p>
      <p>解除すると、次回以降はどの端末・ブラウザでもログインの際にワンタイムパスワードの入力が必要になります。</p>
      <p>解除しない場合は、『キャンセル』をクリックしてください。</p>
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
