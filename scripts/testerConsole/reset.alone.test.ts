import { describe, expect, it } from 'vitest';
import { newJobSeeker } from '../../testing/accounts';
import { TestBrowser } from '../../testing/apiClient';
import { demoJobSeekers } from '../../testing/demoData';
import { page, post } from './consoleClient';

// Resetting wipes every account and mail the other suites work on: npm test runs this file alone (*.alone.test.ts).

describe('tester console', () => {
  it('resets everything to the demo job seekers', async () => {
    const seeker = await newJobSeeker('console-reset');
    const reset = await post('/reset');
    expect(reset.status).toBe(303);
    const html = await page();
    expect(html).not.toContain(seeker.email);
    for (const demo of demoJobSeekers) expect(html).toContain(`(${demo.email})</h3>`);
    expect(html).toContain(`求職者(${demoJobSeekers.length}人)`);
    expect((await new TestBrowser().login(demoJobSeekers[0]!.email, demoJobSeekers[0]!.password)).body.status).toBe('otp-required');
  });
});
