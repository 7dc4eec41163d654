import { useEffect } from 'react';

export const SITE_TITLE = '求職者マイページ | ハローワーク インターネットサービス';

/**
 * Each screen names itself in the window title, first, so a screen reader
 * announces it and a tab or history entry tells screens apart:
 * 「ワンタイムパスワード入力 | 求職者マイページ | ハローワーク インターネットサービス」.
 */
export function useDocumentTitle(screen: string) {
  useEffect(() => {
    document.title = `${screen} | ${SITE_TITLE}`;
  }, [screen]);
}
