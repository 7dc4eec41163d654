import { ConfirmDialog } from '../../components/ConfirmDialog';

/** The checkbox on the OTP screen, quoted again in the dialog. */
export const SKIP_OTP_LABEL = '次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する';

/** Seed ⑦: ワンタイムパスワード省略設定確認, shown before this browser is trusted. */
export function OtpSkipConfirmDialog({ onCancel, onConfirm }: { onCancel: () => void; onConfirm: () => void }) {
  return (
    <ConfirmDialog
      title="ワンタイムパスワード省略設定確認"
      cancelLabel="キャンセル"
      confirmLabel="OK"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p className="warning-title">▲注意</p>
      <p>
        「{SKIP_OTP_LABEL}」のチェックボックスにチェックを入れた場合、このまま次回以降のワンタイムパスワード入力を省略するようになります。
      </p>
      <p>
        ワンタイムパスワードは、アカウント情報(ID・パスワード)に加えて、ワンタイムパスワードで本人確認を行うことで、不正による不正なログインやなりすましを防止する仕組みです。より安全に当サイトを利用するため、ワンタイムパスワードの利用を強く推奨します。
      </p>
    </ConfirmDialog>
  );
}
