import { useSyncExternalStore } from 'react';
import { errorMessages, isSessionEndCode, type SessionEndCode } from '@hellowork/contracts';
import { tabStorage } from './tabStorage';

/*
 * Why the last session ended (30 minutes idle, 12 hours, refused), for the login screen to say until the job seeker
 * submits a login again. Kept in the tab, not in the page's memory: the refusal often reaches the page just as the
 * job seeker reloads it (they came back to an idle tab and pressed reload), and the login screen after the reload
 * must still say why. Read, not taken, so any login screen mounted meanwhile says it; watched, so a login screen
 * already showing when a late refusal lands says it too.
 */

const SESSION_END = 'hellowork:sessionEnd';
const listeners = new Set<() => void>();
/** Read from the tab once, as the page loads; the tab only keeps it for the next page. */
const kept = tabStorage.get(SESSION_END);
let current: SessionEndCode | null = isSessionEndCode(kept) ? kept : null;

const store = (code: SessionEndCode | null) => {
  current = code;
  if (code) tabStorage.set(SESSION_END, code);
  else tabStorage.remove(SESSION_END);
  listeners.forEach((listener) => listener());
};

export const sessionEndNotice = (): string | null => current && errorMessages[current];

/**
 * A screen's other requests are refused too: the one that ended the session says why (30 minutes idle, 12 hours),
 * and those after it find no session ('unauthenticated'), which must not replace that reason, whichever answer
 * the browser gets first.
 */
export function rememberSessionEnd(code: SessionEndCode): void {
  if (!current || current === 'unauthenticated') store(code);
}

export const forgetSessionEndNotice = () => store(null);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The notice, null in the prerendered HTML (built with no tab), so hydration matches and then shows it. */
export const useSessionEndNotice = () => useSyncExternalStore(subscribe, sessionEndNotice, () => null);
