import { pathToFileURL } from 'node:url';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen } from './lazyScreen';

// The reload itself is the browser's: e2e/deployUnderOpenPage.test.ts follows it. Here, when there is none.
afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

const Screen = () => <h1>ワンタイムパスワード入力</h1>;
const codeGone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

async function expectMessageAndWayBack() {
  expect(await screen.findByRole('alert')).toHaveTextContent('画面を表示できませんでした。');
  expect(screen.getByRole('link', { name: 'トップページに戻る' })).toHaveAttribute('href', '/');
}

describe('lazyScreen', () => {
  it('shows 読み込み中 and then the screen, once its code is there', async () => {
    const Lazy = lazyScreen(async () => Screen);
    render(<Lazy />);
    expect(screen.getByRole('status')).toHaveTextContent('読み込み中です');
    expect(await screen.findByRole('heading', { name: 'ワンタイムパスワード入力' })).toBeInTheDocument();
  });

  it('shows a message and a way back when this build reloaded for its code already', async () => {
    // The tab's note of the reload names the build's entry file: in this test, newBuild.ts itself.
    sessionStorage.setItem('hellowork:reloadedFromBuild', pathToFileURL(`${import.meta.dirname}/newBuild.ts`).href);
    const Lazy = lazyScreen(codeGone);
    render(<Lazy />);
    await expectMessageAndWayBack();
  });

  it('shows a message and a way back, without reloading, when the browser is offline', async () => {
    vi.spyOn(Navigator.prototype, 'onLine', 'get').mockReturnValue(false);
    const Lazy = lazyScreen(codeGone);
    render(<Lazy />);
    await expectMessageAndWayBack();
    expect(sessionStorage.length).toBe(0);
  });
});
