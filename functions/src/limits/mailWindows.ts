import type { DocumentData } from 'firebase-admin/firestore';
import { MINUTE_MS, CODE_MAIL_WINDOW_MINUTES, CODE_MAILS_PER_WINDOW } from '@hellowork/contracts';

/*
 * "At most 5 code mails in any 15 minutes", with counters only: fixed
 * 15-minute windows counted from the record's origin time, and a mail is
 * allowed only while this window and the one before hold 5 or fewer together.
 * Any 15 minutes lie within two neighbouring windows, so no 15 minutes ever
 * see more than 5 mails. Code mails: a refused request counts too, so a flood
 * waits longer (it needs the password or a session). Reset mails, which anyone
 * may ask for, take a refused request's count back (resetMailLimit.ts).
 * Windows count from a stored time, not the epoch, so tests can move it.
 */

const WINDOW_MS = CODE_MAIL_WINDOW_MINUTES * MINUTE_MS;

/** The window `now` falls in; the password reset mails use hour-long windows from the epoch. */
// A request that took its time before the first one stored the origin has a `now` before it: it
// counts in window 0 with the rest, not in a window -1 of its own that the others' counts miss.
export const mailWindowOf = (originMs: number, now: number, windowMs = WINDOW_MS) => Math.max(0, Math.floor((now - originMs) / windowMs));
export const mailField = (window: number) => `mails_${window}`;

/** Mails counted in this window and the one before. */
const countOf = (data: DocumentData, window: number) => (data[mailField(window)] as number | undefined) ?? 0;
export const mailsInSpan = (data: DocumentData, window: number) => countOf(data, window) + countOf(data, window - 1);

export const mailAllowed = (data: DocumentData, window: number, perWindow = CODE_MAILS_PER_WINDOW) =>
  mailsInSpan(data, window) <= perWindow;

/** Counters of windows that no longer matter. */
export const staleMailFields = (data: DocumentData, window: number) =>
  Object.keys(data).filter((name) => /^mails_\d+$/.test(name) && Number(name.slice('mails_'.length)) < window - 1);
