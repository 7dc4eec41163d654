import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { APP_URL } from '../testing/apiClient';
import { otpCodeIn, watchMailbox } from '../testing/mailbox';

/** Debian's Chromium: a test tool's own browser download cannot work here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** One Chromium for a test file; each test opens browsers (contexts) of its own. */
export function useChromium() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** A fresh browser profile: its own cookies and session storage. */
    async newBrowser(): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser!.newContext({ baseURL: APP_URL, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      return { context, page: await context.newPage() };
    },
  };
}

/** Steps ②③: the job seeker types the address and password and clicks ログイン. */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** Steps ②–⑤ up to the OTP screen, returning the code from the mail as MailDev shows it. */
export async function loginUntilOtp(page: Page, email: string, password: string): Promise<string> {
  const mailbox = await watchMailbox(email);
  await submitLogin(page, email, password);
  await page.getByRole('heading', { name: 'ワンタイムパスワード入力' }).waitFor();
  return otpCodeIn(await mailbox.next());
}

export const otpInput = (page: Page) => page.getByRole('textbox', { name: 'ワンタイムパスワード' });
export const skipOtpCheckbox = (page: Page) =>
  page.getByRole('checkbox', { name: /次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する/ });

export async function logout(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await page.getByRole('heading', { name: '求職者マイページにログイン' }).waitFor();
}
