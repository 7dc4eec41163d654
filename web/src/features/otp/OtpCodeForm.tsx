import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z, TRUSTED_DEVICE_MAX_DAYS, otpCodeSchema } from '@hellowork/contracts';
import { MailedCodeField } from '../../components/MailedCodeField';
import { FormAlert } from '../../components/FormAlert';
import type { ApiFailure } from '../../lib/api';
import { OtpSkipConfirmDialog, SKIP_OTP_LABEL } from './OtpSkipConfirmDialog';

const otpFormSchema = z.object({ code: otpCodeSchema, trustThisBrowser: z.boolean() });
export type OtpForm = z.input<typeof otpFormSchema>;

type OtpCodeFormProps = { failure: ApiFailure | null; pending: boolean; onSend: (form: OtpForm) => void };

/** Seed ⑤⑥: the code, the shared-terminal warning, the skip box and 送信 (via ⑦'s dialog when skipping). */
export function OtpCodeForm({ failure, pending, onSend }: OtpCodeFormProps) {
  const [confirming, setConfirming] = useState<OtpForm | null>(null);
  const failureId = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<OtpForm>({ resolver: zodResolver(otpFormSchema), defaultValues: { code: '', trustThisBrowser: false } });

  const onSubmit = handleSubmit((form) => (form.trustThisBrowser ? setConfirming(form) : onSend(form)));

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="card">
        {failure && (
          <FormAlert id={failureId}>
            {failure.message}
            {failure.remainingAttempts !== undefined &&
              `あと${failure.remainingAttempts}回間違えると、ワンタイムパスワードが無効になります。`}
          </FormAlert>
        )}
        <MailedCodeField
          label="ワンタイムパスワード"
          error={errors.code?.message}
          describedBy={failure ? failureId : undefined}
          {...register('code')}
        />
        <div className="warning">
          <p className="warning-title">▲注意</p>
          <p>本人以外の方が利用する可能性がある共有端末の場合は、下のチェックボックスにはチェックしないでください。</p>
        </div>
        <label className="checkbox">
          <input type="checkbox" {...register('trustThisBrowser')} />
          {SKIP_OTP_LABEL}(有効期間:最長{TRUSTED_DEVICE_MAX_DAYS}日間)
        </label>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? '送信中…' : '送信'}
        </button>
      </form>
      {confirming && (
        <OtpSkipConfirmDialog
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            onSend(confirming);
          }}
        />
      )}
    </>
  );
}
