import type { ComponentProps } from 'react';
import { LOCKOUT_MAX_FAILURES } from '@hellowork/contracts';
import { PasswordField } from './PasswordField';

/**
 * The current password, asked again before a change to the login account
 * (パスワード変更, メールアドレスの変更): it counts toward the login's own lock,
 * and says so.
 */
export function CurrentPasswordField(props: Omit<ComponentProps<typeof PasswordField>, 'label' | 'autoComplete' | 'hint'>) {
  return (
    <PasswordField
      label="現在のパスワード"
      autoComplete="current-password"
      hint={`ログインでのパスワードの誤りと合わせて${LOCKOUT_MAX_FAILURES}回間違えると、アカウントがロックされます。`}
      {...props}
    />
  );
}
