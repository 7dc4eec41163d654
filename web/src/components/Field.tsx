import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** Ids of other messages about this field (a refusal from the server shown above the form). */
  describedBy?: string | undefined;
  ref?: Ref<HTMLInputElement>;
  /** A control beside the input, given the input's id (PasswordField's 表示 button). */
  action?: (inputId: string) => ReactNode;
};

/** A labelled input whose error is announced and tied to it. */
export function Field({ label, error, hint, describedBy: alsoDescribedBy, ref, action, ...input }: FieldProps) {
  const id = useId();
  const describedBy = [alsoDescribedBy, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="field-input">
        <input id={id} ref={ref} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
        {action?.(id)}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
