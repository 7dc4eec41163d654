import { CODE_DIGITS, OTP_MAIL_SUBJECT, CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES } from '@hellowork/contracts';

/** Seed ④: where the code went, how long it lives, and when it dies. */
export function OtpInstructions({ email }: { email: string }) {
  return (
    <>
      <p>
        本人認証を行うため、アカウントとして登録したワンタイムパスワードの詳細、省略設定について、ワンタイムパスワードを以下の入力欄に入力してください。
      </p>
      <p>
        <strong>{email}</strong> 宛てに、件名「{OTP_MAIL_SUBJECT}」のメールでワンタイムパスワード(半角数字
        {CODE_DIGITS}桁)を送信しました。有効時間は{CODE_VALID_MINUTES}分間です。
      </p>
      <div className="note">
        <p>注</p>
        <p>
          「ワンタイムパスワード有効時間({CODE_VALID_MINUTES}分間)を過ぎた場合」および「ワンタイムパスワード入力を{CODE_MAX_WRONG_ENTRIES}
          回間違えた場合」は、ワンタイムパスワードが無効になります。「求職者マイページログイン」画面に戻り、はじめからやり直してください。
        </p>
      </div>
    </>
  );
}
