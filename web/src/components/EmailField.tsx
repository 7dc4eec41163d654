import { Field, type FieldProps } from './Field';

/** An e-mail address input: the keyboard for addresses, and the browser's saved login id unless it is a new address. */
export function EmailField({
  label = 'メールアドレス',
  autoComplete = 'username',
  ...props
}: Omit<FieldProps, 'type' | 'inputMode' | 'label'> & { label?: string }) {
  return <Field label={label} type="email" inputMode="email" autoComplete={autoComplete} {...props} />;
}

/** The address a 確認コード goes to, to become the login id (アカウントを再登録, メールアドレスの変更). */
export function NewEmailField({ hint, ...props }: Omit<FieldProps, 'type' | 'inputMode' | 'label' | 'autoComplete'> & { hint: string }) {
  return <EmailField label="新しいメールアドレス" hint={`ここに確認コードを送信します。${hint}`} autoComplete="email" {...props} />;
}
