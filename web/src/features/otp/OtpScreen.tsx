import { useLocation, useNavigate } from 'react-router';
import { otpDeadEndCodes, routes } from '@hellowork/contracts';
import { FormAlert } from '../../components/FormAlert';
import { ApiFailure } from '../../lib/api';
import type { OtpScreenState } from '../../lib/routeState';
import { useVerifyOtp } from './api/verifyOtp';
import { BackToLogin } from './BackToLogin';
import { OtpCodeForm, type OtpForm } from './OtpCodeForm';
import { OtpIntro, OtpRules } from './OtpInstructions';
import { useDocumentTitle } from '../../lib/documentTitle';

/** Seed ④–⑦: ワンタイムパスワード入力; on a phone the field, ▲注意, the box and 送信 fit the first screen. */
export function OtpScreen() {
  useDocumentTitle('ワンタイムパスワード入力');
  const navigate = useNavigate();
  const state = useLocation().state as OtpScreenState | null;
  const verifyMutation = useVerifyOtp();

  if (!state?.verificationId) {
    return (
      <main className="public-page">
        <h1>ワンタイムパスワード入力</h1>
        <FormAlert>ログインの手続きが見つかりません。ログイン画面に戻り、はじめからやり直してください。</FormAlert>
        <BackToLogin />
      </main>
    );
  }

  const send = (form: OtpForm) =>
    verifyMutation.mutate(
      { verificationId: state.verificationId, code: form.code, trustThisBrowser: form.trustThisBrowser },
      { onSuccess: () => void navigate(routes.home, { replace: true }) },
    );

  const failure = verifyMutation.error instanceof ApiFailure ? verifyMutation.error : null;
  const deadEnd = failure !== null && (otpDeadEndCodes as readonly string[]).includes(failure.code);

  return (
    <main className="public-page">
      <h1>ワンタイムパスワード入力</h1>
      <OtpIntro email={state.email} />
      {deadEnd ? (
        <>
          <FormAlert>{failure.message}</FormAlert>
          <BackToLogin />
        </>
      ) : (
        <OtpCodeForm failure={failure} pending={verifyMutation.isPending} onSend={send} />
      )}
      <OtpRules />
    </main>
  );
}
