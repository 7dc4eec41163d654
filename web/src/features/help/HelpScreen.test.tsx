import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CODE_MAX_WRONG_ENTRIES,
  CODE_VALID_MINUTES,
  LOCKOUT_MAX_FAILURES,
  LOCKOUT_MINUTES,
  RE_REGISTRATION_HOLD_HOURS,
  TRUSTED_DEVICE_MAX_DAYS,
  manualSectionPath,
  routes,
} from '@hellowork/contracts';
import { renderScreen } from '../../testing/render';
import { HelpScreen } from './HelpScreen';

const text = () => document.body.textContent;

describe('求職者マイページ利用者マニュアル(利用登録者)', () => {
  it('is a page of the product’s rules, not a placeholder, with the figures of the contracts', () => {
    renderScreen(<HelpScreen />, { path: routes.manual });
    expect(screen.getByRole('heading', { level: 1, name: '求職者マイページ利用者マニュアル(利用登録者)' })).toBeInTheDocument();
    expect(text()).not.toContain('準備中');
    for (const sentence of [
      `パスワード入力を${LOCKOUT_MAX_FAILURES}回間違えるとアカウントがロックされ`,
      `${LOCKOUT_MINUTES}分程度で自動解除されます`,
      `有効時間は${CODE_VALID_MINUTES}分間です。`,
      `${CODE_MAX_WRONG_ENTRIES}回間違えた場合`,
      `最長${TRUSTED_DEVICE_MAX_DAYS}日間`,
      `受付から${RE_REGISTRATION_HOLD_HOURS}時間後に反映されます`,
    ]) {
      expect(text()).toContain(sentence);
    }
  });

  it('has the sections the OTP screen and 各種設定 link to, each in the table of contents', () => {
    renderScreen(<HelpScreen />, { path: routes.manual });
    const contents = screen.getByRole('navigation', { name: '目次' });
    for (const [section, heading] of [
      ['otp', 'ワンタイムパスワード'],
      ['jobSeekerStatus', '求職状態'],
    ] as const) {
      const anchor = manualSectionPath(section).split('#')[1]!;
      expect(screen.getByRole('heading', { level: 2, name: heading }).closest('section')).toHaveAttribute('id', anchor);
      expect(contents.querySelector(`a[href="#${anchor}"]`)).toHaveTextContent(heading);
    }
    expect(screen.getByRole('heading', { level: 2, name: 'ワンタイムパスワード入力の省略' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '省略設定の解除(入力の再開)' })).toBeInTheDocument();
  });
});
