import { Field, type FieldProps } from './Field';

/** An e-mail address input: the keyboard for addresses, and the browser's saved login id unless it is a new address. */
export function EmailField({
  label = 'メールアドレス',
  autoComplete = 'username',
  ...props
}: Omit<FieldProps, 'type' | 'inputMode' | 'label'> & { label?: string }) {
  return <Field label={label} type="email" inputMode="email" autoComplete={autoComplete} {...props} />;
}
