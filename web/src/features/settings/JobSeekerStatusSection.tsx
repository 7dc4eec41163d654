import { useState } from 'react';
import { Link } from 'react-router';
import { formatJapanTime, manualSectionPath, type JobSeekerStatus } from '@hellowork/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { focusOnMount } from '../../lib/focus';
import { useCancelJobSeeking } from './api/cancelJobSeeking';

const japanDate = (iso: string) => formatJapanTime(iso).split(' ')[0];

/** 各種設定 › 求職状態: 有効 with its 期限 and the switch to 無効 (求職取消), or 無効 and where to go to undo it. */
export function JobSeekerStatusSection({ status: { active, validUntil } }: { status: JobSeekerStatus }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const cancel = useCancelJobSeeking();
  const confirm = () =>
    cancel.mutate(undefined, {
      onSuccess: () => setDone(true),
      onSettled: () => setConfirming(false),
    });
  return (
    <section aria-labelledby="status-heading" className="card">
      <h2 id="status-heading">求職状態</h2>
      <p>求職の有効期間は、原則として登録から翌々月の末日です。</p>
      <p>有効期間を過ぎると求職状態が「無効」になり、マイページの一部機能をご利用いただけなくなります。</p>
      <p>
        求職状態(有効/無効)ごとのマイページの利用可能範囲は、
        <Link to={manualSectionPath('jobSeekerStatus')}>求職者マイページ利用者マニュアル(利用登録者)の「求職状態」</Link>
        にてご確認ください。
      </p>
      <p>
        以下のボタンから求職活動の状態の「有効」「無効」(求職取消)を切り替えることができます。「有効」へ切り替えられない場合は、最寄りのハローワークまでお越しください。
      </p>
      {done && (
        <p role="status" className="form-done" ref={focusOnMount} tabIndex={-1}>
          求職状態を「無効」にしました(求職取消)。
        </p>
      )}
      {cancel.error && <FormAlert>{cancel.error.message}</FormAlert>}
      <dl className="settings-list">
        <dt>求職状態</dt>
        <dd data-testid="job-seeker-status">
          {active ? `有効${validUntil ? `(期限:${japanDate(validUntil)})` : ''}` : '無効'}
          {active && (
            <>
              {' '}
              <button type="button" className="secondary" onClick={() => setConfirming(true)}>
                求職無効
              </button>
            </>
          )}
        </dd>
      </dl>
      {!active && <p>求職状態を「有効」にするには、最寄りのハローワークにお越しください。オンラインでは「有効」に切り替えられません。</p>}
      {confirming && (
        <ConfirmDialog
          title="求職無効確認"
          cancelLabel="キャンセル"
          confirmLabel="OK"
          busy={cancel.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={confirm}
        >
          <p>求職状態を「無効」にします(求職取消)。「無効」にすると、マイページの一部機能をご利用いただけなくなります。</p>
          <p>「有効」に戻すには、最寄りのハローワークにお越しいただく必要があります。オンラインでは戻せません。</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
