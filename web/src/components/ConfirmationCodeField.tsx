import { OTP_DIGITS } from '@hellowork/contracts';
import { Field, type FieldProps } from './Field';

/** The 確認コード of a mail (パスワード再設定, アカウントを再登録, メールアドレスの変更), as the phone's keyboard and autofill offer it. */
export function ConfirmationCodeField(props: Omit<FieldProps, 'label' | 'hint' | 'inputMode' | 'autoComplete' | 'maxLength'>) {
  return (
    <Field
      label="確認コード"
      hint={`メールに記載された半角数字${OTP_DIGITS}桁`}
      inputMode="numeric"
      autoComplete="one-time-code"
      // Room for full-width digits and spaces, which the schema normalises.
      maxLength={16}
      {...props}
    />
  );
}
