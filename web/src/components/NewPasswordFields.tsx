import { useId, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { passwordRuleTexts } from '@hellowork/contracts';
import { Field } from './Field';

type NewPasswordFieldsProps = {
  newPassword: UseFormRegisterReturn;
  confirmation: UseFormRegisterReturn;
  errors: { newPassword?: string | undefined; confirmation?: string | undefined };
  /** Ids of a refusal from the server shown above the form. */
  describedBy?: string | undefined;
};

/**
 * The new password twice, with the policy stated before the job seeker
 * types (and read out with the field), and a switch that shows what was
 * typed: long passphrases are easier to get right when they can be seen.
 */
export function NewPasswordFields({ newPassword, confirmation, errors, describedBy }: NewPasswordFieldsProps) {
  const rulesId = useId();
  const [visible, setVisible] = useState(false);
  const type = visible ? 'text' : 'password';
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
      <Field
        label="新しいパスワード"
        type={type}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="off"
        error={errors.newPassword}
        describedBy={[rulesId, describedBy].filter(Boolean).join(' ')}
        {...newPassword}
      />
      <Field
        label="新しいパスワード(確認)"
        type={type}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="off"
        error={errors.confirmation}
        describedBy={describedBy}
        {...confirmation}
      />
      <label className="checkbox">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        パスワードを表示する
      </label>
    </>
  );
}
