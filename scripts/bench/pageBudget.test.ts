import { describe, expect, it } from 'vitest';
import { LOGIN_PAGE_BUDGET, measurePage } from './pageWeight';

// The login page's weight cannot creep: what Chromium fetches to show it, from the built web/dist, gzip.
// Weights only; the bench prints the timings.
describe('the login page (web/dist)', () => {
  it('loads no more JavaScript and CSS than its budget', async () => {
    const page = await measurePage(1);
    expect(page.loginJs.gzip, 'JavaScript, gzip bytes').toBeLessThanOrEqual(LOGIN_PAGE_BUDGET.jsGzip);
    expect(page.loginCss.gzip, 'CSS, gzip bytes').toBeLessThanOrEqual(LOGIN_PAGE_BUDGET.cssGzip);
    expect(page.loginJs.files).toBeGreaterThan(0);
  });
});
