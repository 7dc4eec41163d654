import {
  formatJapanTime,
  LOCKOUT_MAX_FAILURES,
  MINUTE_MS,
  CODE_MAIL_WINDOW_MINUTES,
  CODE_MAILS_PER_WINDOW,
  CODE_MAX_VOIDED_IN_A_ROW,
  CODE_MAX_WRONG_BEFORE_RESET,
  CODE_MAX_WRONG_IN_A_ROW,
  PASSWORD_MAX_CONSECUTIVE_FAILURES,
  SECURITY_HISTORY_SIZE,
  securityEventLabel,
  TRUSTED_DEVICE_MAX_FAILURES,
} from '@hellowork/contracts';
import { html, type Html } from './html';
import { newJobSeekerNumber } from '../../testing/demoData';
import { knownOffices, timeTargets, type TimeTarget } from './actions';
import type { JobSeekerList, JobSeekerView } from './state';

/*
 * The console's one page, rendered on the server: headings per job seeker,
 * labelled forms, plain buttons. No script: every action is a form post.
 */

export const CONSOLE_TITLE = 'ハローワーク テスト用コンソール';

export type Links = { app: string; mail: string; logs: string[] };
export type Notice = { kind: 'done' | 'error'; text: string } | null;
export type CreateForm = Partial<Record<'displayName' | 'email' | 'officeName' | 'jobSeekerNumber' | 'birthDate', string>>;

const time = (ms: number) => formatJapanTime(ms);

/** "あと3分" / "2分前に終了": how far a time is from now, in the unit a tester thinks in. */
function fromNow(ms: number, now: number): string {
  const minutes = Math.ceil(Math.abs(ms - now) / MINUTE_MS);
  const amount =
    minutes >= 2 * 24 * 60 ? `${Math.floor(minutes / (24 * 60))}日` : minutes >= 120 ? `${Math.floor(minutes / 60)}時間` : `${minutes}分`;
  return ms > now ? `あと${amount}` : `${amount}前に終了`;
}

/** A window lock: locked until when, or how many wrong passwords it has counted. */
function lockLine(lock: { failures: number; lockedUntil: number | null }, maxFailures: number, now: number): string {
  if (lock.lockedUntil !== null && lock.lockedUntil > now)
    return `ロック中: ${time(lock.lockedUntil)}まで(${fromNow(lock.lockedUntil, now)})`;
  return `ロックなし(連続して間違えたパスワード: ${Math.min(lock.failures, maxFailures)}回 / ${maxFailures}回でロック)`;
}

/** What each kind of verification is for, as a tester reads it. */
const purposes: Record<NonNullable<JobSeekerView['code']>['type'], string> = {
  'login-otp': 'ログイン',
  'password-reset': 'パスワード再設定',
  'email-change': 'メールアドレスの変更',
  're-registration': 'アカウントを再登録',
  'first-password': '初回パスワード設定',
};

const sessionStates: Record<JobSeekerView['sessions'][number]['state'], string> = {
  live: '有効',
  'session-idle': '無効(操作がないまま時間が過ぎました)',
  'session-expired': '無効(ログインから時間が過ぎました)',
};

function codeState(code: NonNullable<JobSeekerView['code']>, now: number): string {
  if (code.usedAt !== null) return '使用済み';
  if (code.expiresAt <= now) return '期限切れ';
  if (code.wrongEntriesLeft === 0) return '無効(入力の誤りが上限に達しました)';
  return '有効';
}

function passTimeForm(seeker: JobSeekerView, target: TimeTarget): Html {
  const { label, unit, typical } = timeTargets[target];
  const id = `pass-${target}-${seeker.uid}`;
  return html`<form method="post" action="/job-seekers/${seeker.uid}/pass-time" class="inline">
    <input type="hidden" name="target" value="${target}" />
    <label for="${id}">${label}の時間を進める(${unit})</label>
    <input id="${id}" name="amount" type="number" min="1" max="100000" required value="${typical}" inputmode="numeric" />
    <button type="submit">${label}の時間を進める</button>
  </form>`;
}

function seekerSection(seeker: JobSeekerView, now: number): Html {
  const headingId = `seeker-${seeker.uid}`;
  const locked = seeker.lock.untilReset || (seeker.lock.lockedUntil !== null && seeker.lock.lockedUntil > now);
  const { code } = seeker;
  return html`<section class="seeker" aria-labelledby="${headingId}">
    <h3 id="${headingId}">${seeker.displayName}(${seeker.email})</h3>
    <dl>
      ${
        seeker.jobSeekerNumber
          ? html`<dt>求職番号</dt>
              <dd>${seeker.jobSeekerNumber}</dd>`
          : ''
      }
      <dt>安定所</dt>
      <dd>${seeker.officeName}</dd>
      <dt>求職状態</dt>
      <dd>
        ${seeker.jobSeekerStatus.active ? '有効' : '無効'}${
          seeker.jobSeekerStatus.validUntil !== null ? `(有効期限 ${time(seeker.jobSeekerStatus.validUntil)})` : ''
        }
      </dd>
    </dl>

    <h4>ロック</h4>
    <p class="lock-state">${lockLine(seeker.lock, LOCKOUT_MAX_FAILURES, now)}</p>
    <p class="streak-state">
      ${
        seeker.lock.untilReset
          ? `パスワードの再設定までロック中(連続して${PASSWORD_MAX_CONSECUTIVE_FAILURES}回間違えました)`
          : `ロック期間をまたいで連続して間違えた回数: ${Math.min(seeker.lock.inARow, PASSWORD_MAX_CONSECUTIVE_FAILURES)}回 / ${PASSWORD_MAX_CONSECUTIVE_FAILURES}回でパスワードの再設定までロック`
      }
    </p>
    ${
      locked || seeker.lock.failures > 0 || seeker.lock.inARow > 0 || seeker.trustedBrowsers.some((browser) => browser.lock.failures > 0)
        ? html`<form method="post" action="/job-seekers/${seeker.uid}/unlock" class="inline">
            <button type="submit">ロックを解除</button>
          </form>`
        : ''
    }
    ${passTimeForm(seeker, 'lock')}
    ${
      seeker.reRegistrationHold
        ? html`<h4>アカウント再登録(保留中)</h4>
            <p class="re-registration-hold">
              ${time(seeker.reRegistrationHold.takesEffectAt)}(${fromNow(seeker.reRegistrationHold.takesEffectAt, now)})に、ログイン用のメールアドレスが
              ${seeker.reRegistrationHold.newAddress} に切り替わります。取り消しコードは、これまでのメールアドレス宛てのメールにあります。
            </p>
            <form method="post" action="/job-seekers/${seeker.uid}/end-hold" class="inline">
              <button type="submit">再登録を今すぐ反映する</button>
            </form>`
        : ''
    }

    <h4>ワンタイムパスワード</h4>
    ${
      code
        ? html`<dl>
              <dt>用途</dt>
              <dd>${purposes[code.type]}</dd>
              <dt>状態</dt>
              <dd class="code-state">${codeState(code, now)}</dd>
              <dt>送信日時</dt>
              <dd>${time(code.sentAt)}</dd>
              <dt>有効期限</dt>
              <dd>${time(code.expiresAt)}(${fromNow(code.expiresAt, now)})</dd>
              <dt>あと何回間違えられるか</dt>
              <dd>${code.wrongEntriesLeft}回</dd>
              <dt>メール</dt>
              <dd>
                ${code.mailUrl ? html`<a href="${code.mailUrl}" target="_blank" rel="noopener">MailDevでこのメールを開く</a>` : '(MailDevに見当たりません)'}
              </dd>
            </dl>
            ${passTimeForm(seeker, 'code')}`
        : html`<p>発行中のワンタイムパスワードはありません。</p>`
    }
    <h5>ワンタイムパスワードの送信制限(コードをまたいで)</h5>
    <dl class="code-limits">
      <dt>連続して間違えた回数</dt>
      <dd>
        ${seeker.codeLimits.wrongInARow}回(${CODE_MAX_WRONG_IN_A_ROW}回(無効になったコード
        ${CODE_MAX_VOIDED_IN_A_ROW}個)ごとに送信停止、${CODE_MAX_WRONG_BEFORE_RESET}回でパスワードの再設定が必要)
      </dd>
      <dt>送信停止</dt>
      <dd class="code-block">
        ${
          seeker.codeLimits.needsNewPassword
            ? 'パスワードを再設定するまで停止中'
            : seeker.codeLimits.blocked
              ? `停止中${seeker.codeLimits.blockedUntil !== null ? `: ${time(seeker.codeLimits.blockedUntil)}まで(${fromNow(seeker.codeLimits.blockedUntil, now)})` : ''}`
              : 'なし'
        }
      </dd>
      <dt>最近${CODE_MAIL_WINDOW_MINUTES}分ほどの送信数</dt>
      <dd>${seeker.codeLimits.mailsInWindow}通 / ${CODE_MAILS_PER_WINDOW}通まで</dd>
    </dl>
    ${passTimeForm(seeker, 'codeLimits')}

    <h4>ワンタイムパスワードの入力を省略するブラウザ</h4>
    ${
      seeker.trustedBrowsers.length
        ? html`<ul>
              ${seeker.trustedBrowsers.map(
                (browser) =>
                  html`<li>
                    ${browser.label}: ${time(browser.trustedAt)}に設定、${time(browser.expiresAt)}まで(${fromNow(browser.expiresAt, now)})。
                    このブラウザのロック: ${lockLine(browser.lock, TRUSTED_DEVICE_MAX_FAILURES, now)}
                  </li>`,
              )}
            </ul>
            ${passTimeForm(seeker, 'trust')} ${passTimeForm(seeker, 'trustLock')}`
        : html`<p>ありません。</p>`
    }

    <h4>ログイン中のセッション</h4>
    ${
      seeker.sessions.length
        ? html`<ul>
              ${seeker.sessions.map(
                (session) =>
                  html`<li class="session">
                    ${session.label}(${session.secondFactor === 'otp' ? 'ワンタイムパスワード' : '省略設定したブラウザ'}):
                    ${time(session.createdAt)}にログイン、最後の利用 ${time(session.lastSeenAt)} — ${sessionStates[session.state]}
                  </li>`,
              )}
            </ul>
            ${passTimeForm(seeker, 'session')}`
        : html`<p>ありません。</p>`
    }

    <h4>ログイン履歴(新しい順に最大${SECURITY_HISTORY_SIZE}件)</h4>
    ${
      seeker.events.length
        ? html`<ol class="security-events">
            ${seeker.events.map((event) => html`<li>${time(Date.parse(event.at))} ${securityEventLabel(event)} — ${event.client}</li>`)}
          </ol>`
        : html`<p>ありません。</p>`
    }
  </section>`;
}

function createSection(form: CreateForm): Html {
  return html`<section aria-labelledby="create-heading">
    <h2 id="create-heading">求職者を作成</h2>
    <form method="post" action="/job-seekers" class="stack">
      <label for="new-name">氏名</label
      ><input id="new-name" name="displayName" required value="${form.displayName ?? ''}" autocomplete="off" />
      <label for="new-email">メールアドレス</label
      ><input id="new-email" name="email" type="email" required value="${form.email ?? ''}" autocomplete="off" />
      <label for="new-password">パスワード</label><input id="new-password" name="password" type="text" required autocomplete="off" />
      <label for="new-office">安定所</label
      ><input id="new-office" name="officeName" list="offices" required value="${form.officeName ?? knownOffices[0]}" />
      <datalist id="offices">${knownOffices.map((office) => html`<option value="${office}"></option>`)}</datalist>
      <label for="new-number">求職番号(アカウントを再登録で使います)</label
      ><input id="new-number" name="jobSeekerNumber" required value="${form.jobSeekerNumber ?? newJobSeekerNumber()}" autocomplete="off" />
      <label for="new-birth-date">生年月日</label
      ><input id="new-birth-date" name="birthDate" type="date" required value="${form.birthDate ?? '1990-04-01'}" />
      <button type="submit">作成</button>
    </form>
  </section>`;
}

export function renderPage({
  seekers,
  search = '',
  links,
  notice,
  form = {},
  now = Date.now(),
}: {
  seekers: JobSeekerList;
  /** What the list is narrowed to ('' for every job seeker). */
  search?: string;
  links: Links;
  notice: Notice;
  form?: CreateForm;
  now?: number;
}): string {
  return html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${CONSOLE_TITLE}</title>
        <style>
          body {
            font-family: system-ui, 'Noto Sans CJK JP', sans-serif;
            margin: 1.5rem auto;
            max-width: 64rem;
            padding: 0 1rem;
            line-height: 1.6;
          }
          .seeker {
            border: 1px solid #888;
            border-radius: 6px;
            padding: 0 1rem 1rem;
            margin-bottom: 1rem;
          }
          dl {
            display: grid;
            grid-template-columns: max-content 1fr;
            gap: 0 1rem;
          }
          dt {
            font-weight: bold;
          }
          dd {
            margin: 0;
          }
          .inline {
            display: flex;
            gap: 0.5rem;
            align-items: center;
            flex-wrap: wrap;
            margin: 0.5rem 0;
          }
          .stack {
            display: grid;
            grid-template-columns: max-content minmax(12rem, 24rem);
            gap: 0.5rem 1rem;
          }
          .stack button {
            grid-column: 2;
            justify-self: start;
          }
          [role='alert'] {
            color: #a00;
            font-weight: bold;
          }
          [role='status'] {
            color: #060;
            font-weight: bold;
          }
          input[type='number'] {
            width: 7rem;
          }
        </style>
      </head>
      <body>
        <header>
          <h1>${CONSOLE_TITLE}</h1>
          <p>ローカル環境(エミュレーター)専用です。本番には含まれません。</p>
          <nav aria-label="リンク">
            <ul>
              <li><a href="${links.app}">アプリ</a></li>
              <li><a href="${links.mail}">MailDev(届いたメール)</a></li>
              <li>ログ: ${links.logs.map((name, index) => html`${index ? '、' : ''}<a href="/logs/${name}">${name}</a>`)}</li>
            </ul>
          </nav>
        </header>
        <main>
          <div role="${notice?.kind === 'error' ? 'alert' : 'status'}">${notice?.text ?? ''}</div>
          <section aria-labelledby="seekers-heading">
            <h2 id="seekers-heading">求職者(${seekers.total}人)</h2>
            <form method="get" action="/" role="search" class="inline">
              <label for="search">絞り込み(メールアドレス・氏名・安定所・求職番号の一部)</label>
              <input id="search" name="q" type="search" value="${search}" />
              <button type="submit">表示</button>
            </form>
            <p>
              ${search ? `「${search}」に当てはまる求職者: ${seekers.matching}人` : ''}
              ${
                seekers.matching > seekers.shown.length
                  ? `(先頭の${seekers.shown.length}人を表示しています。ほかの求職者は絞り込んで表示してください)`
                  : ''
              }
            </p>
            <p><a href="/${search ? `?${new URLSearchParams({ q: search })}` : ''}">最新の状態を表示</a></p>
            ${seekers.shown.map((seeker) => seekerSection(seeker, now))}
          </section>
          ${createSection(form)}
          <section aria-labelledby="reset-heading">
            <h2 id="reset-heading">データをリセット</h2>
            <form method="post" action="/reset" class="inline">
              <p>
                すべての求職者・ロック・ワンタイムパスワードとその送信制限・省略設定・セッション・メールを消し、デモの求職者に戻します。
              </p>
              <button type="submit">デモデータに戻す</button>
            </form>
          </section>
        </main>
      </body>
    </html> `.value;
}
