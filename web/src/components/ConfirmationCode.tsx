import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type ComponentType, type SubmitEventHandler, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { UseMutationResult } from '@tanstack/react-query';
import { CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES, confirmationCodeSchema, newPasswordFormSchema, z } from '@hellowork/contracts';
import { confirmationCodeMessage, restartOnDeadEnd, useCodeFlow, type CodeStepProps, type RequestStepProps } from '../lib/confirmationCode';
import { focusOnMount } from '../lib/focus';
import { FormAlert } from './FormAlert';
import { MailedCodeField } from './MailedCodeField';
import { NewPasswordFields } from './NewPasswordFields';
import { SubmitButton } from './SubmitButton';

/*
 * Every form that mails a 確認コード and then takes it (パスワードをお忘れの方,
 * アカウントを再登録, メールアドレスの変更) in one flow with one error policy:
 * each refusal is said as these forms say it (confirmationCodeMessage), a void
 * code sends the job seeker back to the first step with the reason, focused.
 * The screens give only what is theirs: the first step's fields, the words,
 * and the call.
 */

/** The three steps: the screen's first step, its code step, and what it says when done (with `footer` below the first two). */
export function ConfirmationCodeFlow({
  requestStep: RequestStep,
  codeStep: CodeStep,
  done,
  footer,
}: {
  requestStep: ComponentType<RequestStepProps>;
  codeStep: ComponentType<CodeStepProps>;
  done: (email: string) => ReactNode;
  footer?: ReactNode;
}) {
  const { step, sent, codeStep } = useCodeFlow();
  if (step.step === 'done') return done(step.email);
  return (
    <>
      {step.step === 'request' ? <RequestStep restartReason={step.restartReason} onSent={sent} /> : <CodeStep {...codeStep(step)} />}
      {footer}
    </>
  );
}

/** A first step's call: it answers with the verification the code step takes. */
type RequestMutation<Input> = Pick<UseMutationResult<{ verificationId: string }, Error, Input>, 'mutate' | 'isPending' | 'error'>;

/**
 * A first step's form state: its fields checked by `schema`, sent by `mutation`, then on to the code
 * step for the address `sentTo` names.
 */
export function useCodeRequest<Input extends FieldValues>({
  schema,
  defaultValues,
  mutation,
  onSent,
  sentTo,
}: {
  schema: z.ZodMiniType<Input, Input>;
  defaultValues: DefaultValues<Input>;
  mutation: RequestMutation<Input>;
  onSent: RequestStepProps['onSent'];
  sentTo: (input: Input) => string;
}) {
  const { register, handleSubmit, formState } = useForm<Input>({ resolver: zodResolver(schema), defaultValues });
  const onSubmit = handleSubmit((input) =>
    mutation.mutate(input, { onSuccess: ({ verificationId }) => onSent(verificationId, sentTo(input)) }),
  );
  return { register, errors: formState.errors, onSubmit };
}

/** The first step's form: the screen's fields (told which alert describes them), the refusal or the reason to start again, 確認コードを送信. */
export function CodeRequestForm({
  restartReason,
  error,
  pending,
  onSubmit,
  boxed = true,
  children,
}: {
  restartReason: string | undefined;
  error: unknown;
  pending: boolean;
  onSubmit: SubmitEventHandler<HTMLFormElement>;
  /** A card of its own; false inside a section that is one. */
  boxed?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const failureId = useId();
  const failure = confirmationCodeMessage(error) ?? restartReason;
  return (
    <form onSubmit={onSubmit} noValidate className={boxed ? 'card' : undefined}>
      {failure && (
        <FormAlert id={failureId} ref={restartReason ? focusOnMount : undefined}>
          {failure}
        </FormAlert>
      )}
      {children(failure ? failureId : undefined)}
      <SubmitButton label="確認コードを送信" pending={pending} />
    </form>
  );
}

/** What the job seeker enters at the code step: the code, and the new password when the step asks for one. */
export type EnteredCode = { verificationId: string; code: string; newPassword: string };

type ConfirmationCodeStepProps<Request> = CodeStepProps & {
  /** Said after "sent": パスワードをお忘れの方 does not say whether the address has an account. */
  sentNote?: string;
  /** What to enter, and which button to click. */
  instruction: string;
  /** Whether the code may not arrive because the address is another account's login id. */
  otherAccountsNote?: boolean;
  /** Asks the new password (twice) with the code, for the address `email`. */
  withNewPassword?: boolean;
  submitLabel: string;
  pendingLabel?: string;
  boxed?: boolean;
  mutation: Pick<UseMutationResult<unknown, Error, Request>, 'mutate' | 'isPending' | 'error'>;
  /** The function's request from what was entered. */
  toRequest: (entered: EnteredCode) => Request;
};

type CodeForm = { code: string; newPassword?: string; newPasswordConfirmation?: string };
const codeOnlySchema = z.object({ code: confirmationCodeSchema });
/** The 確認コード and the new password twice, checked against the address the password is for. */
const codeAndNewPasswordSchema = (email: string) => newPasswordFormSchema({ code: confirmationCodeSchema }, email);

/** The code step: where the code went and how long it holds, then the code (and the new password). */
export function ConfirmationCodeStep<Request>({
  verificationId,
  email,
  onDone,
  onRestart,
  sentNote = '',
  instruction,
  otherAccountsNote = true,
  withNewPassword = false,
  submitLabel,
  pendingLabel,
  boxed = true,
  mutation,
  toRequest,
}: ConfirmationCodeStepProps<Request>) {
  const failureId = useId();
  const failure = confirmationCodeMessage(mutation.error);
  const describedBy = failure ? failureId : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CodeForm>({
    resolver: zodResolver(withNewPassword ? codeAndNewPasswordSchema(email) : codeOnlySchema),
    defaultValues: withNewPassword ? { code: '', newPassword: '', newPasswordConfirmation: '' } : { code: '' },
  });
  const onSubmit = handleSubmit(({ code, newPassword = '' }) =>
    mutation.mutate(toRequest({ verificationId, code, newPassword }), { onSuccess: onDone, onError: restartOnDeadEnd(onRestart) }),
  );
  return (
    <>
      <p ref={focusOnMount} tabIndex={-1}>
        {email} 宛てに確認コードを送信しました{sentNote}。{instruction}
      </p>
      <p>
        確認コードの有効時間は{CODE_VALID_MINUTES}分間です。{CODE_MAX_WRONG_ENTRIES}回間違えると無効になります。
        {otherAccountsNote && 'ほかのアカウントのログインに使われているメールアドレスには、確認コードは届きません。'}
      </p>
      <form onSubmit={onSubmit} noValidate className={boxed ? 'card' : undefined}>
        {failure && <FormAlert id={failureId}>{failure}</FormAlert>}
        <MailedCodeField error={errors.code?.message} describedBy={describedBy} {...register('code')} />
        {withNewPassword && (
          <NewPasswordFields
            newPassword={register('newPassword')}
            confirmation={register('newPasswordConfirmation')}
            errors={{ newPassword: errors.newPassword?.message, confirmation: errors.newPasswordConfirmation?.message }}
            describedBy={describedBy}
          />
        )}
        <SubmitButton label={submitLabel} pending={mutation.isPending} {...(pendingLabel ? { pendingLabel } : {})} />
      </form>
    </>
  );
}
