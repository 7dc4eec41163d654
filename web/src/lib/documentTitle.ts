import { useEffect } from 'react';

export const SITE_TITLE = '求職者マイページ | ハローワーク インターネットサービス';

/** The window title of a screen, also written into the HTML of the prerendered ones (web/prerender.ts). */
export const documentTitle = (screen: string) => `${screen} | ${SITE_TITLE}`;

let firstScreen = true;

/**
 * Each screen names itself in the window title, first, so a screen reader
 * announces it and a tab or history entry tells screens apart:
 * 「ワンタイムパスワード入力 | 求職者マイページ | ハローワーク インターネットサービス」.
 *
 * After an in-app navigation the link or button that was pressed is gone and
 * focus falls back to the page itself; it then moves to the new screen's
 * heading, so keyboard and screen-reader users start where the screen starts.
 */
export function useDocumentTitle(screen: string) {
  useEffect(() => {
    document.title = documentTitle(screen);
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (!firstScreen && focusLost) {
      const heading = document.querySelector<HTMLElement>('main h1, h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
    firstScreen = false;
  }, [screen]);
}
