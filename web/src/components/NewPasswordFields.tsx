import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { passwordRuleTexts } from '@hellowork/contracts';
import { PasswordField } from './PasswordField';

type NewPasswordFieldsProps = {
  newPassword: UseFormRegisterReturn;
  confirmation: UseFormRegisterReturn;
  errors: { newPassword?: string | undefined; confirmation?: string | undefined };
  /** Ids of a refusal from the server shown above the form. */
  describedBy?: string | undefined;
};

/** The new password twice, with the policy stated before the job seeker types, and read out with the field. */
export function NewPasswordFields({ newPassword, confirmation, errors, describedBy }: NewPasswordFieldsProps) {
  const rulesId = useId();
  return (
    <>
      <div className="note" id={rulesId}>
        <p>パスワードの条件</p>
        <ul>
          {passwordRuleTexts.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </div>
      <PasswordField
        label="新しいパスワード"
        autoComplete="new-password"
        error={errors.newPassword}
        describedBy={[rulesId, describedBy].filter(Boolean).join(' ')}
        {...newPassword}
      />
      <PasswordField
        label="新しいパスワード(確認)"
        autoComplete="new-password"
        error={errors.confirmation}
        describedBy={describedBy}
        {...confirmation}
      />
    </>
  );
}
