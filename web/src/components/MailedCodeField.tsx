import { CODE_DIGITS } from '@hellowork/contracts';
import { Field, type FieldProps } from './Field';

/**
 * A code from a mail, under the name its mail gives it (ワンタイムパスワード, 確認コード),
 * with the phone's number pad and its one-time-code autofill.
 */
export function MailedCodeField({
  label = '確認コード',
  ...props
}: Omit<FieldProps, 'label' | 'hint' | 'inputMode' | 'autoComplete' | 'maxLength'> & { label?: string }) {
  return (
    <Field
      label={label}
      hint={`メールに記載された半角数字${CODE_DIGITS}桁`}
      inputMode="numeric"
      autoComplete="one-time-code"
      // Room for full-width digits and spaces, which the schema normalises.
      maxLength={16}
      {...props}
    />
  );
}
