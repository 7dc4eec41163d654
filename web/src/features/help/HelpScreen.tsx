import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import {
  CODE_BLOCK_MINUTES,
  CODE_DIGITS,
  CODE_LONGEST_BLOCK_MINUTES,
  CODE_MAIL_WINDOW_MINUTES,
  CODE_MAILS_PER_WINDOW,
  CODE_MAX_WRONG_BEFORE_RESET,
  CODE_MAX_WRONG_ENTRIES,
  CODE_MAX_WRONG_IN_A_ROW,
  CODE_VALID_MINUTES,
  JOB_SEEKER_NUMBER_DIGITS,
  LOCKOUT_MAX_FAILURES,
  LOCKOUT_MINUTES,
  OTP_MAIL_SUBJECT,
  PASSWORD_CHANGED_SUBJECT,
  PASSWORD_MAX_CONSECUTIVE_FAILURES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RECOMMENDED_LENGTH,
  PASSWORD_RESET_MAIL_SUBJECT,
  PASSWORD_RESET_MAILS_PER_HOUR,
  RE_REGISTERED_SUBJECT,
  RE_REGISTRATION_CANCEL_CODE_DIGITS,
  RE_REGISTRATION_HELD_SUBJECT,
  RE_REGISTRATION_HOLD_HOURS,
  RE_REGISTRATION_LOCK_HOURS,
  RE_REGISTRATION_MAX_FAILURES,
  SESSION_IDLE_MINUTES,
  SESSION_MAX_HOURS,
  TRUST_NOTICE_SUBJECT,
  TRUSTED_DEVICE_MAX_DAYS,
  manualSections,
  routes,
} from '@hellowork/contracts';
import { useDocumentTitle } from '../../lib/documentTitle';
import './help.css';

const TITLE = '求職者マイページ利用者マニュアル(利用登録者)';

/** The sections, in the order of the job seeker's way: the ids the other screens link to come from the contracts. */
const sections = [
  { id: 'login', title: 'ログインとアカウントロック' },
  { id: manualSections.otp, title: 'ワンタイムパスワード' },
  { id: 'otp-skip', title: 'ワンタイムパスワード入力の省略' },
  { id: 'otp-skip-revoke', title: '省略設定の解除(入力の再開)' },
  { id: 'session', title: 'ログインの有効時間' },
  { id: 'password', title: 'パスワードをお忘れの方・パスワードの変更' },
  { id: 're-registration', title: 'アカウントを再登録' },
  { id: manualSections.jobSeekerStatus, title: '求職状態' },
] as const;
type SectionId = (typeof sections)[number]['id'];
const titleOf = (id: SectionId) => sections.find((section) => section.id === id)!.title;

function Section({ id, children }: { id: SectionId; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="card help-section" id={id}>
      <h2 id={`${id}-heading`}>{titleOf(id)}</h2>
      {children}
    </section>
  );
}

/**
 * The help the manual's 「求職者マイページ利用者マニュアル(利用登録者)」 link and the OTP screen's
 * 「ワンタイムパスワードの詳細、省略設定について」 open: the product's own rules in Japanese, every figure from
 * the contracts, so a changed limit changes this page too.
 */
export function HelpScreen() {
  useDocumentTitle(TITLE);
  const { hash } = useLocation();
  // The section a link named: the browser looked for it before this lazily loaded screen was there.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);

  return (
    <main className="public-page help">
      <h1>{TITLE}</h1>
      <p>求職者マイページへのログイン(2段階認証)と、ログインアカウントの設定についてご説明します。</p>
      <nav aria-label="目次" className="card help-contents">
        <ul className="links">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="login">
        <p>
          <Link to={routes.login}>ログイン画面</Link>で、登録した『メールアドレス』と『パスワード』を入力し、『ログイン』をクリックします。
        </p>
        <ul>
          <li>
            パスワード入力を{LOCKOUT_MAX_FAILURES}回間違えるとアカウントがロックされ、ログインできなくなります。アカウントロックは
            {LOCKOUT_MINUTES}分程度で自動解除されます。解除後に再度ログインしてください。
          </li>
          <li>
            パスワード入力を続けて{PASSWORD_MAX_CONSECUTIVE_FAILURES}
            回間違えた場合、アカウントロックは自動では解除されません。「パスワードをお忘れの方」からパスワードを再設定してください。
          </li>
          <li>
            ワンタイムパスワード入力を省略する設定をした端末・ブラウザでは、パスワードの誤りを別に数えます。ほかの人がパスワードを間違えても、その端末・ブラウザからはログインできます。
          </li>
        </ul>
      </Section>

      <Section id={manualSections.otp}>
        <p>
          メールアドレスとパスワードが正しいと、「ワンタイムパスワード入力」画面が表示され、登録したメールアドレスに件名「
          {OTP_MAIL_SUBJECT}」のメールでワンタイムパスワード(半角数字{CODE_DIGITS}
          桁)が届きます。入力欄に入力し、『送信』をクリックしてください。全角数字で入力しても受け付けます。
        </p>
        <ul>
          <li>有効時間は{CODE_VALID_MINUTES}分間です。</li>
          <li>
            {CODE_MAX_WRONG_ENTRIES}
            回間違えた場合、有効時間を過ぎた場合、一度使った場合、および新しくログインした場合は、そのワンタイムパスワードは無効になります。ログイン画面に戻り、はじめからやり直してください。
          </li>
          <li>
            ワンタイムパスワード入力を続けて{CODE_MAX_WRONG_IN_A_ROW}回間違えると、このアカウントへのワンタイムパスワードの送信を
            {CODE_BLOCK_MINUTES}分間停止します。誤りが続くと停止は長くなり(最長{CODE_LONGEST_BLOCK_MINUTES}分間)、続けて
            {CODE_MAX_WRONG_BEFORE_RESET}回に達すると、パスワードを再設定するまでログインできません。
          </li>
          <li>
            ワンタイムパスワードのメールと、アカウントの再登録・メールアドレスの変更の確認コードのメールは、合わせて
            {CODE_MAIL_WINDOW_MINUTES}分間に{CODE_MAILS_PER_WINDOW}通まで送信できます。
          </li>
          <li>
            ログインしていないのにワンタイムパスワードのメールが届いた場合は、あなたのパスワードを知っている第三者がログインしようとしている可能性があります。「パスワードをお忘れの方」から、パスワードを再設定してください。
          </li>
        </ul>
      </Section>

      <Section id="otp-skip">
        <p>
          「ワンタイムパスワード入力」画面で「次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する」にチェックを入れて『送信』をクリックし、「ワンタイムパスワード省略設定確認」で『OK』をクリックすると、その端末・ブラウザでは最長
          {TRUSTED_DEVICE_MAX_DAYS}日間、ワンタイムパスワードの入力を省略できます。
        </p>
        <div className="warning">
          <p className="warning-title">▲注意</p>
          <p>
            ハローワークや図書館の端末など、本人以外の方が利用する可能性がある共有端末では、チェックを入れないでください。省略すると、パスワードだけでログインできるようになります。
          </p>
        </div>
        <p>
          省略する設定をすると、登録したメールアドレスに件名「{TRUST_NOTICE_SUBJECT}
          」のメールが届きます。心当たりのない場合は、すぐに省略設定を解除し、パスワードを変更してください。
        </p>
      </Section>

      <Section id="otp-skip-revoke">
        <p>
          ログイン後、「求職者情報・設定」→『各種設定』の「ワンタイムパスワード入力省略設定」で、省略する設定がされている端末の有無(あり/なし)と、その端末・ブラウザを確認できます。
        </p>
        <ul>
          <li>
            『ワンタイムパスワードの入力を再開する』をクリックし、「ワンタイムパスワード入力再開確認」で『完了』をクリックすると、全ての端末・ブラウザの省略設定を解除します。『キャンセル』をクリックした場合は何も変わりません。
          </li>
          <li>端末・ブラウザごとの『解除』で、その端末・ブラウザの省略設定だけを解除することもできます。</li>
          <li>パスワードを変更・再設定した場合も、全ての端末・ブラウザの省略設定を解除します。</li>
        </ul>
      </Section>

      <Section id="session">
        <p>
          {SESSION_IDLE_MINUTES}分間操作がなかった場合と、ログインから{SESSION_MAX_HOURS}
          時間が経過した場合は、自動的にログアウトします。再度ログインしてください。共有端末では、使い終わったら『ログアウト』をクリックしてください。
        </p>
      </Section>

      <Section id="password">
        <p>
          パスワードを忘れた場合は、ログイン画面の「<Link to={routes.passwordReminder}>パスワードをお忘れの方</Link>
          」で登録したメールアドレスを入力してください。件名「{PASSWORD_RESET_MAIL_SUBJECT}」のメールで届く確認コード(半角数字
          {CODE_DIGITS}桁、有効時間{CODE_VALID_MINUTES}
          分間)を入力し、新しいパスワードを設定します。このメールは、同じメールアドレスに1時間に
          {PASSWORD_RESET_MAILS_PER_HOUR}通まで送信できます。
        </p>
        <p>
          ログイン中は、「求職者情報・設定」→『各種設定』→『アカウントを編集』でパスワードを変更できます。現在のパスワードの誤りは、ログインでのパスワードの誤りと合わせて数えます。
        </p>
        <p>
          パスワードは{PASSWORD_MIN_LENGTH}文字以上{PASSWORD_MAX_LENGTH}文字以下です({PASSWORD_RECOMMENDED_LENGTH}
          文字以上をおすすめします)。よく使われているパスワードや、流出したことが知られているパスワードは使えません。
        </p>
        <p>
          パスワードを変更・再設定すると、ほかの全ての端末・ブラウザでログアウトし、件名「{PASSWORD_CHANGED_SUBJECT}
          」のメールでお知らせします。
        </p>
      </Section>

      <Section id="re-registration">
        <p>
          登録したメールアドレスが使えなくなった場合は、ログイン画面の「<Link to={routes.reRegistration}>アカウントを再登録</Link>
          」で、求職受付票に記載された求職番号(数字{JOB_SEEKER_NUMBER_DIGITS}
          桁)と生年月日、新しいメールアドレスを入力します。新しいメールアドレスに届く確認コードを入力し、新しいパスワードを設定してください。
        </p>
        <ul>
          <li>
            求職番号または生年月日を{RE_REGISTRATION_MAX_FAILURES}回間違えると、その求職番号での再登録を{RE_REGISTRATION_LOCK_HOURS}
            時間停止します。お急ぎの場合は、最寄りのハローワークにお越しください。
          </li>
          <li>
            再登録は、受付から{RE_REGISTRATION_HOLD_HOURS}
            時間後に反映されます。それまでは、これまでのメールアドレスとパスワードでログインでき、新しいメールアドレスとパスワードではログインできません。
          </li>
          <li>
            これまでのメールアドレスには、件名「{RE_REGISTRATION_HELD_SUBJECT}」のメールで、取り消しコード(数字
            {RE_REGISTRATION_CANCEL_CODE_DIGITS}桁)をお知らせします。心当たりのない場合は、「
            <Link to={routes.reRegistrationCancel}>再登録を取り消す</Link>」で取り消しコードを入力してください。
          </li>
          <li>
            反映されると、全ての端末・ブラウザでログアウトし、省略設定も全て解除します。これまでのメールアドレスには、件名「
            {RE_REGISTERED_SUBJECT}」のメールでお知らせします。
          </li>
        </ul>
      </Section>

      <Section id={manualSections.jobSeekerStatus}>
        <p>
          求職の有効期間は、原則として登録から翌々月の末日です。有効期間を過ぎるか、『各種設定』の『求職無効』で求職を取り消すと、求職状態が「無効」になります。
        </p>
        <ul>
          <li>「有効」の間は、オンラインハローワーク紹介(紹介対象求人の表示)をご利用いただけます。</li>
          <li>
            「無効」の間は、オンラインハローワーク紹介をご利用いただけません。ログインと各種設定(ログインアカウントの変更、省略設定の解除など)は、引き続きご利用いただけます。
          </li>
          <li>「無効」から「有効」へは、オンラインでは切り替えられません。最寄りのハローワークにお越しください。</li>
        </ul>
      </Section>

      <p>
        <Link to={routes.home}>求職者マイページに戻る</Link>
      </p>
    </main>
  );
}
