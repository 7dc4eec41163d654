import { useId, type InputHTMLAttributes, type Ref } from 'react';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** Ids of other messages about this field (a refusal from the server shown above the form). */
  describedBy?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose error is announced and tied to it. */
export function Field({ label, error, hint, describedBy: alsoDescribedBy, ref, ...input }: FieldProps) {
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
      <input id={id} ref={ref} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
