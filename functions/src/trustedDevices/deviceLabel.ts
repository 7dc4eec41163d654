import Bowser from 'bowser';
import { DEVICE_LABEL_MAX_LENGTH } from '@hellowork/contracts';

const UNKNOWN_BROWSER = '不明なブラウザ';
const knownBrowsers = new Set<string>(Object.values(Bowser.BROWSER_MAP));
const knownOses = new Set<string>(Object.values(Bowser.OS_MAP));

/**
 * "Chrome / Windows": how the job seeker recognises the browser in the list
 * and in the mail. Only names from bowser's fixed lists get through: for an
 * unknown browser bowser echoes the User-Agent's first word, which anyone can
 * set to anything of any length.
 */
export function deviceLabel(userAgent: string | undefined): string {
  if (!userAgent) return UNKNOWN_BROWSER; // bowser throws on an empty one
  const parsed = Bowser.parse(userAgent);
  const browser = knownBrowsers.has(parsed.browser.name ?? '') ? parsed.browser.name! : UNKNOWN_BROWSER;
  const label = knownOses.has(parsed.os.name ?? '') ? `${browser} / ${parsed.os.name!}` : browser;
  return label.slice(0, DEVICE_LABEL_MAX_LENGTH);
}
