import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../testing/render';
import { NotFoundScreen } from './NotFoundScreen';

describe('an address with no page', () => {
  it('says the page is not found, not that it is being prepared, and offers the way back', () => {
    renderScreen(<NotFoundScreen />, { path: '/no-such-page' });
    expect(screen.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeInTheDocument();
    expect(screen.getByText(/お探しのページは見つかりませんでした。/)).toBeInTheDocument();
    expect(screen.queryByText(/準備中/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '求職者マイページに戻る' })).toHaveAttribute('href', '/');
  });
});
