import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { OTP_MAX_WRONG_ENTRIES, OTP_VALID_MINUTES, TRUSTED_DEVICE_MAX_DAYS, otpCodeSchema, otpDeadEndCodes, paths } from '@hellowork/contracts';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { ApiFailure } from '../../lib/api';
import type { OtpScreenState } from '../../lib/routeState';
import { useVerifyOtp } from './api/verifyOtp';
import { OtpSkipConfirmDialog, SKIP_OTP_LABEL } from './OtpSkipConfirmDialog';

const otpFormSchema = z.object({ code: otpCodeSchema, trustThisBrowser: z.boolean() });
type OtpForm = z.input<typeof otpFormSchema>;

function BackToLogin() {
  return (
    <Link to={paths.login} replace className="button-link">
      ログイン画面に戻る
    </Link>
  );
}

/** Seed ④–⑦: ワンタイムパスワード入力. */
export function OtpScreen() {
  const navigate = useNavigate();
  const state = useLocation().state as OtpScreenState | null;
  const verifyMutation = useVerifyOtp();
  const [confirming, setConfirming] = useState<OtpForm | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<OtpForm>({ resolver: zodResolver(otpFormSchema), defaultValues: { code: '', trustThisBrowser: false } });

  if (!state?.challengeId) {
    return (
      <main className="public-page">
        <h1>ワンタイムパスワード入力</h1>
        <FormAlert>ログインの手続きが見つかりません。ログイン画面に戻り、はじめからやり直してください。</FormAlert>
        <BackToLogin />
      </main>
    );
  }

  const send = async (form: OtpForm) => {
    setConfirming(null);
    const done = await verifyMutation
      .mutateAsync({ challengeId: state.challengeId, code: form.code, trustThisBrowser: form.trustThisBrowser })
      .then(() => true)
      .catch(() => false);
    if (done) navigate(paths.home, { replace: true });
  };

  const onSubmit = handleSubmit((form) => (form.trustThisBrowser ? setConfirming(form) : send(form)));

  const failure = verifyMutation.error instanceof ApiFailure ? verifyMutation.error : null;
  const deadEnd = failure !== null && (otpDeadEndCodes as readonly string[]).includes(failure.code);

  return (
    <main className="public-page">
      <h1>ワンタイムパスワード入力</h1>
      <p>
        本人認証を行うため、アカウントとして登録したワンタイムパスワードの詳細、省略設定について、ワンタイムパスワードを以下の入力欄に入力してください。
      </p>
      <p>
        <strong>{state.email}</strong> 宛てに、件名「【ハローワーク】ワンタイムパスワード通知」のメールでワンタイムパスワード(半角数字6桁)を送信しました。有効時間は{OTP_VALID_MINUTES}分間です。
      </p>
      <div className="note">
        <p>注</p>
        <p>
          「ワンタイムパスワード有効時間({OTP_VALID_MINUTES}分間)を過ぎた場合」および「ワンタイムパスワード入力を{OTP_MAX_WRONG_ENTRIES}回間違えた場合」は、ワンタイムパスワードが無効になります。「求職者マイページログイン」画面に戻り、はじめからやり直してください。
        </p>
      </div>
      {deadEnd ? (
        <>
          <FormAlert>{failure.message}</FormAlert>
          <BackToLogin />
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate className="card">
          {failure && (
            <FormAlert>
              {failure.message}
              {failure.remainingAttempts !== undefined &&
                ` あと${failure.remainingAttempts}回間違えると、ワンタイムパスワードが無効になります。`}
            </FormAlert>
          )}
          <Field
            label="ワンタイムパスワード"
            hint="メールに記載された半角数字6桁"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={16}
            error={errors.code?.message}
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
          <button type="submit" className="primary" disabled={verifyMutation.isPending}>
            {verifyMutation.isPending ? '送信中…' : '送信'}
          </button>
        </form>
      )}
      {confirming && <OtpSkipConfirmDialog onCancel={() => setConfirming(null)} onConfirm={() => send(confirming)} />}
    </main>
  );
}
