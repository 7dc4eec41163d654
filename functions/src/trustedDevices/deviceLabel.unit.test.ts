import Bowser from 'bowser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVICE_LABEL_MAX_LENGTH } from '@hellowork/contracts';
import { CHROME_ON_WINDOWS, SAFARI_ON_IPHONE } from '../../../testing/apiClient';
import { deviceLabel } from './deviceLabel';

const browsers = ['不明なブラウザ', ...Object.values(Bowser.BROWSER_MAP)];
const oses = Object.values(Bowser.OS_MAP);
/** Every label there can be: a known browser, alone or with a known OS. */
const knownLabels = new Set(browsers.flatMap((browser) => [browser, ...oses.map((os) => `${browser} / ${os}`)]));

describe('deviceLabel: the browser name shown in 各種設定 and in the notice mail', () => {
  it.each([
    [CHROME_ON_WINDOWS, 'Chrome / Windows'],
    [SAFARI_ON_IPHONE, 'Safari / iOS'],
    ['', '不明なブラウザ'],
    [undefined, '不明なブラウザ'],
  ])('names %j as %j', (userAgent, label) => {
    expect(deviceLabel(userAgent)).toBe(label);
  });

  it('never copies a made-up browser name from the User-Agent', () => {
    expect(deviceLabel(`Evil<script>${'x'.repeat(10_000)}/1.0 (Windows NT 10.0)`)).toBe('不明なブラウザ / Windows');
  });

  it('is one of a fixed set of short labels, whatever the User-Agent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(CHROME_ON_WINDOWS, SAFARI_ON_IPHONE)),
        (userAgent) => {
          const label = deviceLabel(userAgent);
          expect(knownLabels.has(label)).toBe(true);
          expect(label.length).toBeLessThanOrEqual(DEVICE_LABEL_MAX_LENGTH);
        },
      ),
      { numRuns: 500 },
    );
  });
});
