import { useState, type ComponentProps } from 'react';
import { Field } from './Field';

/**
 * A password input with a 表示 / 非表示 button beside it (as GOV.UK's password
 * input): long passphrases and phone keyboards are easier to get right when
 * what was typed can be seen. The button names its field for screen readers.
 */
export function PasswordField(props: Omit<ComponentProps<typeof Field>, 'type' | 'action'>) {
  const [visible, setVisible] = useState(false);
  return (
    <Field
      {...props}
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="off"
      action={(inputId) => (
        <button
          type="button"
          className="secondary reveal"
          aria-controls={inputId}
          aria-pressed={visible}
          onClick={() => setVisible(!visible)}
        >
          {visible ? '非表示' : '表示'}
          <span className="visually-hidden">({props.label})</span>
        </button>
      )}
    />
  );
}
