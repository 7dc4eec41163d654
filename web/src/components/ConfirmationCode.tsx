import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type UseFormRegister } from 'react-hook-form';
import type { UseMutationResult } from '@tanstack/react-query';
import { CODE_MAX_WRONG_ENTRIES, CODE_VALID_MINUTES, confirmationCodeSchema, newPasswordFormSchema, routes, z } from '@hellowork/contracts';
import { confirmationCodeMessage, restartOnDeadEnd, useCodeFlow } from '../lib/confirmationCode';
import { useDocumentTitle } from '../lib/documentTitle';
import { focusOnMount } from '../lib/focus';
import { FormAlert } from './FormAlert';
import { MailedCodeField } from './MailedCodeField';
import { NewPasswordFields } from './NewPasswordFields';
import { PageLink } from './PageLink';
import { SubmitButton } from './SubmitButton';

/*
 * Every form that mails a 確認コード and then takes it (パスワードをお忘れの方,
 * アカウントを再登録, メールアドレスの変更) in one flow with one error policy
 * (lib/confirmationCode.ts): each refusal is said as these forms say it, a void
 * code sends the job seeker back to the first step with the reason, focused.
 * The screens give only what is theirs: the two calls, the first step's fields,
 * and the words.
 */

/** A call of the flow, as the screen's mutation hook gives it (the flow resets it when a step starts afresh). */
type Call<Variables, Answer = unknown> = Pick<UseMutationResult<Answer, Error, Variables>, 'mutate' | 'isPending' | 'error' | 'reset'>;

/** The first step's call: the fields checked by `schema` go out, the verification comes back, the code goes to the field `sentTo`. */
export type CodeRequest<Input extends FieldValues> = {
  call: Call<Input, { verificationId: string }>;
  schema: z.ZodMiniType<Input, Input>;
  defaultValues: DefaultValues<Input>;
  sentTo: { [Name in keyof Input]: Input[Name] extends string ? Name : never }[keyof Input];
};

/** The first step's fields, told which alert describes them (the refusal, or the reason to start again). */
export type CodeRequestFields<Input extends FieldValues> = (form: {
  register: UseFormRegister<Input>;
  errors: FieldErrors<Input>;
  describedBy: string | undefined;
}) => ReactNode;

/** The code step: what it says, and the call that takes the code (with the new password, twice, when it asks for one). */
export type CodeEntry = {
  /** Said after "sent": パスワードをお忘れの方 does not say whether the address has an account. */
  sentNote?: string;
  /** What to enter, and which button to click. */
  instruction: string;
  /** Whether the code may not arrive because the address is another account's login id. */
  otherAccountsNote?: boolean;
  submitLabel: string;
  pendingLabel?: string;
} & (
  | { withNewPassword: true; call: Call<{ verificationId: string; code: string; newPassword: string }> }
  | { withNewPassword?: false; call: Call<{ verificationId: string; code: string }> }
);

type FlowProps<Input extends FieldValues> = {
  request: CodeRequest<Input>;
  /** What the first step says above its form. */
  intro: ReactNode;
  fields: CodeRequestFields<Input>;
  code: CodeEntry;
  /** What the status says at the end (it takes the focus), for the address the code went to. */
  done: (email: string) => ReactNode;
};

/**
 * The three steps: `request` (with `intro` and `fields`), then `code`, then `done`. `footer` comes below
 * every step, told whether it is done; `boxed` false inside a section that is a card itself.
 */
export function ConfirmationCodeFlow<Input extends FieldValues>({
  request,
  intro,
  fields,
  code,
  done,
  footer,
  boxed = true,
}: FlowProps<Input> & { footer?: (done: boolean) => ReactNode; boxed?: boolean }) {
  const flow = useCodeFlow();
  const { step } = flow;
  const sent = (verificationId: string, email: string) => {
    code.call.reset();
    flow.sent(verificationId, email);
  };
  return (
    <>
      {step.step === 'request' && (
        <RequestStep {...request} intro={intro} fields={fields} restartReason={step.restartReason} onSent={sent} boxed={boxed} />
      )}
      {step.step === 'code' && (
        <CodeStep
          {...code}
          verificationId={step.verificationId}
          email={step.email}
          onDone={() => flow.finished(step.email)}
          onRestart={flow.restart}
          boxed={boxed}
        />
      )}
      {step.step === 'done' && (
        <div className="form-done" role="status" ref={focusOnMount} tabIndex={-1}>
          {done(step.email)}
        </div>
      )}
      {footer?.(step.step === 'done')}
    </>
  );
}

/** The flow on a page of its own before the login (パスワードをお忘れの方, アカウントを再登録): its title, and the way back to the login. */
export function ConfirmationCodePage<Input extends FieldValues>({ title, ...flow }: FlowProps<Input> & { title: string }) {
  useDocumentTitle(title);
  return (
    <main className="public-page">
      <h1>{title}</h1>
      <ConfirmationCodeFlow
        {...flow}
        footer={(done) => <PageLink to={routes.login}>{done ? 'ログイン画面へ' : 'ログイン画面に戻る'}</PageLink>}
      />
    </main>
  );
}

function RequestStep<Input extends FieldValues>({
  call,
  schema,
  defaultValues,
  sentTo,
  intro,
  fields,
  restartReason,
  onSent,
  boxed,
}: CodeRequest<Input> & {
  intro: ReactNode;
  fields: CodeRequestFields<Input>;
  restartReason: string | undefined;
  onSent: (verificationId: string, email: string) => void;
  boxed: boolean;
}) {
  const failureId = useId();
  const failure = confirmationCodeMessage(call.error) ?? restartReason;
  const describedBy = failure ? failureId : undefined;
  const { register, handleSubmit, formState } = useForm<Input>({ resolver: zodResolver(schema), defaultValues });
  const onSubmit = handleSubmit((input) =>
    call.mutate(input, { onSuccess: ({ verificationId }) => onSent(verificationId, (input[sentTo] as string).trim()) }),
  );
  return (
    <>
      {intro}
      <form onSubmit={onSubmit} noValidate className={boxed ? 'card' : undefined}>
        {failure && (
          <FormAlert id={failureId} ref={restartReason ? focusOnMount : undefined}>
            {failure}
          </FormAlert>
        )}
        {fields({ register, errors: formState.errors, describedBy })}
        <SubmitButton label="確認コードを送信" pending={call.isPending} />
      </form>
    </>
  );
}

type CodeForm = { code: string; newPassword?: string; newPasswordConfirmation?: string };
const codeOnlySchema = z.object({ code: confirmationCodeSchema });
/** The 確認コード and the new password twice, checked against the address the password is for. */
const codeAndNewPasswordSchema = (email: string) => newPasswordFormSchema({ code: confirmationCodeSchema }, email);

/** Where the code went and how long it holds, then the code (and the new password). */
function CodeStep({
  verificationId,
  email,
  onDone,
  onRestart,
  sentNote = '',
  instruction,
  otherAccountsNote = true,
  submitLabel,
  pendingLabel,
  boxed,
  ...entry
}: CodeEntry & { verificationId: string; email: string; onDone: () => void; onRestart: (reason: string) => void; boxed: boolean }) {
  const failureId = useId();
  const failure = confirmationCodeMessage(entry.call.error);
  const describedBy = failure ? failureId : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CodeForm>({
    resolver: zodResolver(entry.withNewPassword ? codeAndNewPasswordSchema(email) : codeOnlySchema),
    defaultValues: entry.withNewPassword ? { code: '', newPassword: '', newPasswordConfirmation: '' } : { code: '' },
  });
  const onSubmit = handleSubmit(({ code, newPassword = '' }) => {
    const outcome = { onSuccess: onDone, onError: restartOnDeadEnd(onRestart) };
    if (entry.withNewPassword) entry.call.mutate({ verificationId, code, newPassword }, outcome);
    else entry.call.mutate({ verificationId, code }, outcome);
  });
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
        {entry.withNewPassword && (
          <NewPasswordFields
            newPassword={register('newPassword')}
            confirmation={register('newPasswordConfirmation')}
            errors={{ newPassword: errors.newPassword?.message, confirmation: errors.newPasswordConfirmation?.message }}
            describedBy={describedBy}
          />
        )}
        <SubmitButton label={submitLabel} pending={entry.call.isPending} {...(pendingLabel ? { pendingLabel } : {})} />
      </form>
    </>
  );
}
