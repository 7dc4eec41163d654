import type { DocumentData, Timestamp } from 'firebase-admin/firestore';

/*
 * The arithmetic of lock windows, pure. A window ends when a right password
 * closes it (the count starts again) or when the lock it set has lifted.
 * Window n lives in fields attempts_n, lockedUntil_n and closed_n of one
 * document. Whether a window has ended only ever changes from no to yes, so
 * every reader agrees which window is current.
 */

export const windowField = (name: 'attempts' | 'lockedUntil' | 'closed', window: number) => `${name}_${window}`;

export function lockedUntilOf(data: DocumentData, window: number): number | undefined {
  return (data[windowField('lockedUntil', window)] as Timestamp | undefined)?.toMillis();
}

/** The first window that has not ended. */
export function currentWindow(data: DocumentData, now: number): number {
  const closed = Object.keys(data)
    .filter((name) => name.startsWith('closed_'))
    .map((name) => Number(name.slice('closed_'.length)));
  let window = Math.max((data.floor as number | undefined) ?? 0, closed.length ? Math.max(...closed) + 1 : 0);
  for (let lockedUntil = lockedUntilOf(data, window); lockedUntil !== undefined && lockedUntil <= now;) {
    window += 1;
    lockedUntil = lockedUntilOf(data, window);
  }
  return window;
}

/**
 * Fields of windows long ended, dropped so the document does not grow. Three
 * windows are kept: a request still working on an older one is seconds old,
 * and a window lasts at least until the owner's next login or the lock time.
 */
export function staleFieldsOf(data: DocumentData, window: number): string[] {
  return Object.keys(data).filter((name) => {
    const match = /^(?:attempts|lockedUntil|closed)_(\d+)$/.exec(name);
    return match !== null && Number(match[1]) < window - 2;
  });
}
