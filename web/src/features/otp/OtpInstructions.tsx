import { Link } from 'react-router';
import { CODE_DIGITS, OTP_MAIL_SUBJECT, CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES, manualSectionPath } from '@hellowork/contracts';

/**
 * Seed ④, before the form: what to type and where it came from, in one sentence (the manual's sentence had
 * its link label run into it), and the link the manual puts there. The help opens in a new tab: leaving this
 * screen would leave the code behind.
 */
export function OtpIntro({ email }: { email: string }) {
  return (
    <>
      <p>
        本人認証を行うため、登録したメールアドレス <strong>{email}</strong> 宛てに送信したワンタイムパスワード(半角数字{CODE_DIGITS}
        桁)を、以下の入力欄に入力してください。
      </p>
      <p>
        <Link to={manualSectionPath('otp')} target="_blank" rel="noopener">
          ワンタイムパスワードの詳細、省略設定について(新しいタブで開きます)
        </Link>
      </p>
    </>
  );
}

/** Seed ④, after the form: the mail to look for, and when the code dies (read after the field, not before it). */
export function OtpRules() {
  return (
    <div className="note">
      <p>注</p>
      <p>
        ワンタイムパスワードは、件名「{OTP_MAIL_SUBJECT}」のメールで届きます。有効時間は{CODE_VALID_MINUTES}分間です。
      </p>
      <p>
        「ワンタイムパスワード有効時間({CODE_VALID_MINUTES}分間)を過ぎた場合」および「ワンタイムパスワード入力を{CODE_MAX_WRONG_ENTRIES}
        回間違えた場合」は、ワンタイムパスワードが無効になります。ログイン画面に戻り、はじめからやり直してください。
      </p>
    </div>
  );
}
