import { useId } from 'react';
import { Link } from 'react-router';
import {
  formatJapanTime,
  RE_REGISTRATION_HOLD_HOURS,
  RE_REGISTRATION_LOCK_HOURS,
  RE_REGISTRATION_MAX_FAILURES,
  routes,
} from '@hellowork/contracts';
import { ConfirmationCodePage } from '../../components/ConfirmationCode';
import { NewEmailField } from '../../components/EmailField';
import { Field } from '../../components/Field';
import { useCompleteReRegistration } from './api/completeReRegistration';
import { requestReRegistrationInputSchema, useRequestReRegistration } from './api/requestReRegistration';

/**
 * アカウントを再登録: for a job seeker who can no longer use their login
 * account. 求職番号 and 生年月日 prove who it is, a code proves the new
 * address, and the new password takes effect after the hold, ending
 * everything signed in before; the old address can cancel it until then.
 */
export function ReRegistrationScreen() {
  const requestReRegistration = useRequestReRegistration();
  const completeReRegistration = useCompleteReRegistration();
  const lockHintId = useId();
  return (
    <ConfirmationCodePage
      title="アカウントを再登録"
      request={{
        call: requestReRegistration,
        schema: requestReRegistrationInputSchema,
        defaultValues: { jobSeekerNumber: '', birthDate: '', email: '' },
        sentTo: 'email',
      }}
      intro={
        <>
          <p>
            ログインに使っていたメールアドレスが使えなくなった場合などに、求職番号と生年月日で本人確認を行い、新しいメールアドレスとパスワードでアカウントを登録し直します。
          </p>
          <p>求職番号は、ハローワークで受け取った「求職受付票(ハローワークカード)」に記載されています。</p>
          <p>
            再登録は、受付から{RE_REGISTRATION_HOLD_HOURS}
            時間後に反映されます。それまでの間、これまでのメールアドレスに取り消しコードをお知らせします。心当たりのない再登録の受付のメールを受け取った方は、
            <Link to={routes.reRegistrationCancel}>再登録を取り消す</Link>へお進みください。
          </p>
        </>
      }
      fields={({ register, errors, describedBy }) => {
        // The lock is stated after both fields it counts, and read out with each.
        const identityDescribedBy = [describedBy, lockHintId].filter(Boolean).join(' ');
        return (
          <>
            <Field
              label="求職番号"
              hint="求職受付票に記載の数字13桁(例: 13010-12345671)。ハイフンはあってもなくてもかまいません。"
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              error={errors.jobSeekerNumber?.message}
              describedBy={identityDescribedBy}
              {...register('jobSeekerNumber')}
            />
            <Field
              label="生年月日"
              type="date"
              autoComplete="bday"
              error={errors.birthDate?.message}
              describedBy={identityDescribedBy}
              {...register('birthDate')}
            />
            <p className="hint" id={lockHintId}>
              求職番号または生年月日を{RE_REGISTRATION_MAX_FAILURES}回間違えると、その求職番号でのアカウントの再登録が
              {RE_REGISTRATION_LOCK_HOURS}
              時間できなくなります。
            </p>
            <NewEmailField
              hint="このメールアドレスが新しいID(メールアドレス)になります。"
              error={errors.email?.message}
              describedBy={describedBy}
              {...register('email')}
            />
          </>
        );
      }}
      code={{
        call: completeReRegistration,
        instruction: 'メールに記載された確認コードと、新しいパスワードを入力してください。',
        withNewPassword: true,
        submitLabel: 'アカウントを再登録',
      }}
      done={(email) => (
        <>
          <p>
            アカウントの再登録を受け付けました。
            {completeReRegistration.data && formatJapanTime(completeReRegistration.data.takesEffectAt)}
            に、新しいメールアドレス({email})と新しいパスワードに切り替わります(受付から{RE_REGISTRATION_HOLD_HOURS}時間後)。
          </p>
          <p>
            切り替わるまでは、これまでのメールアドレスとパスワードでログインできます。切り替わると、全ての端末・ブラウザでログアウトし、ワンタイムパスワード入力を省略する設定も全て解除します。
          </p>
          <p>これまでのメールアドレスには、再登録の受付と、取り消しコードをお知らせしました。</p>
        </>
      )}
    />
  );
}
