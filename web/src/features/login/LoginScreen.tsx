import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { LOCKOUT_MAX_FAILURES, LOCKOUT_MINUTES, routes } from '@hellowork/contracts';
import { EmailField } from '../../components/EmailField';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { loginInputSchema, useLogin, type LoginInput } from './api/login';
import type { OtpScreenState } from '../../lib/routeState';
import { useDocumentTitle } from '../../lib/documentTitle';
import { forgetSessionEndNotice, useSessionEndNotice } from '../../lib/sessionEndNotice';
import { tabStorage } from '../../lib/tabStorage';

/** The address being typed, kept in the tab so a reload of the page (a deploy since it opened) does not lose it. The password never is. */
export const TYPED_EMAIL = 'hellowork:loginEmail';

/** Seed ①–③: 求職者マイページにログイン. */
export function LoginScreen() {
  useDocumentTitle('求職者マイページにログイン');
  const navigate = useNavigate();
  const login = useLogin();
  const failureId = useId();
  const failure = login.error ? failureId : undefined;
  // Why the previous session ended (30 minutes idle, 12 hours), said until the next login is submitted.
  const sessionEndNotice = useSessionEndNotice();
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<LoginInput>({ resolver: zodResolver(loginInputSchema), defaultValues: { email: '', password: '' } });
  const emailField = register('email', {
    onChange: (event: { target: HTMLInputElement }) => tabStorage.set(TYPED_EMAIL, event.target.value),
  });
  const emailInput = useRef<HTMLInputElement | null>(null);
  // The address typed before a reload of the tab comes back, but only into a field nobody is in: on the prerendered
  // page a job seeker may already be typing as the app hydrates it, and their typing would be added to it.
  useEffect(() => {
    const remembered = tabStorage.get(TYPED_EMAIL);
    const input = emailInput.current;
    if (remembered && input?.value === '' && document.activeElement !== input) setValue('email', remembered);
  }, [setValue]);

  const onSubmit = handleSubmit((input) => {
    forgetSessionEndNotice();
    login.submit(input, (result) => {
      tabStorage.remove(TYPED_EMAIL);
      if (result.status === 'signed-in') {
        void navigate(routes.home, { replace: true });
      } else {
        const state: OtpScreenState = { verificationId: result.verificationId, email: input.email.trim() };
        void navigate(routes.otp, { state });
      }
    });
  });

  return (
    <main className="public-page">
      <h1>求職者マイページにログイン</h1>
      <p>登録した『メールアドレス』と『パスワード』を入力し、『ログイン』をクリックしてください。</p>
      <p>ログイン後、登録したメールアドレスにワンタイムパスワードが届きます(2段階認証)。</p>
      {/* method="dialog": sent before the app has hydrated the prerendered page, the browser sends nothing (app/holdEarlySubmit.ts). */}
      <form onSubmit={onSubmit} method="dialog" noValidate className="card">
        {login.error ? (
          <FormAlert id={failureId}>{login.error.message}</FormAlert>
        ) : (
          sessionEndNotice && <FormAlert>{sessionEndNotice}</FormAlert>
        )}
        <EmailField
          error={errors.email?.message}
          describedBy={failure}
          {...emailField}
          ref={(input: HTMLInputElement | null) => {
            emailField.ref(input);
            emailInput.current = input;
          }}
        />
        <PasswordField
          label="パスワード"
          autoComplete="current-password"
          error={errors.password?.message}
          describedBy={failure}
          {...register('password')}
        />
        <div className="note">
          <p>注</p>
          <ul>
            <li>パスワード入力を{LOCKOUT_MAX_FAILURES}回間違えるとアカウントがロックされ、ログインできなくなります。</li>
            <li>アカウントロックは、{LOCKOUT_MINUTES}分程度で自動解除されます。</li>
            <li>解除後に再度ログインしてください。</li>
          </ul>
        </div>
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? 'ログイン中…' : 'ログイン'}
        </button>
      </form>
      <ul className="links">
        <li>
          <Link to={routes.passwordReminder}>パスワードをお忘れの方</Link>
        </li>
        <li>
          <Link to={routes.reRegistration}>アカウントを再登録</Link>
        </li>
        <li>
          <Link to={routes.manual}>求職者マイページ利用者マニュアル(利用登録者)</Link>
        </li>
      </ul>
    </main>
  );
}
