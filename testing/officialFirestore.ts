import { chooseFirestore } from '../scripts/lib/firestore';

/*
 * Which Firestore the stack runs, decided as the stack decides it (scripts/lib/firestore.ts), for the tests of
 * what only the official emulator enforces: security rules, and the preconditions every count, lock and
 * replaced record is written under (functions/src/data/compareAndSet.ts). The embedded fallback ignores
 * both, so there those tests skip, saying why in their titles.
 */
const choice = chooseFirestore();

/** Whether the stack runs the embedded fallback. */
export const embeddedFirestore = choice.kind === 'embedded';

/** The words a test of what the embedded one does not enforce (`what`) adds to its title there; '' elsewhere. */
export const officialOnly = (what: string) =>
  choice.kind === 'embedded' ? ` (skipped: ${choice.reason}; the embedded Firestore enforces no ${what})` : '';

/** For the race tests: the limits under parallel requests rest on `lastUpdateTime` preconditions. */
export const racesSkipped = officialOnly('lastUpdateTime preconditions, so no limit holds under parallel requests');
