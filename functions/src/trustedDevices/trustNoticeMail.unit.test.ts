import { describe, expect, it } from 'vitest';
import { TRUST_NOTICE_SUBJECT, TRUSTED_DEVICE_MAX_DAYS, routes } from '@hellowork/contracts';
import { trustNoticeMail } from './trustNoticeMail';

describe('the notice that a browser now skips the OTP', () => {
  const mail = trustNoticeMail('asu.yuki@example.jp', 'Safari / iOS', Date.UTC(2026, 10, 26, 1, 0));

  it('names when and which browser, and for how long at most', () => {
    expect(mail.subject).toBe(TRUST_NOTICE_SUBJECT);
    expect(mail.text).toContain('設定日時：2026年11月26日 10時00分');
    expect(mail.text).toContain('端末・ブラウザ：Safari / iOS');
    expect(mail.text).toContain(`最長${TRUSTED_DEVICE_MAX_DAYS}日間`);
  });

  it('tells how to undo it, linking to 各種設定 by the app’s own route', () => {
    expect(mail.text).toContain('「ワンタイムパスワードの入力を再開する」');
    expect(mail.text).toContain(`http://localhost:5173${routes.variousSettings}`);
  });
});
