import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, apiFunctionNames, errorMessages, isErrorCode, type ApiFunctionName } from '@hellowork/contracts';
import { collections, verificationDocId } from '../testing/functionsData';
import { newJobSeeker } from '../testing/accounts';
import { APP_URL, CHROME_ON_WINDOWS, TestBrowser } from '../testing/apiClient';
import { storedCollection, storedDocument } from '../testing/stored';

/*
 * Bad input of every kind, sent to every function through the app's origin as
 * anyone on the internet could: the answer is always a code from the contract
 * (4xx) or the normal answer, never a 500, a stack trace or an HTML error page,
 * and what another account has stored is left exactly as it was.
 */

/** The fields each function reads, from its request in the API table. */
const fieldsOf = (name: ApiFunctionName) => Object.keys(api[name].request.shape);

const oddPiece = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u007f',
  '\r\n',
  '\ud800',
  '\udfff',
  '\u200b',
  '\u200e',
  '\u202e',
  '\ufeff',
  'ＡＢＣ１２３',
  '＠',
  'ｱｲｳ',
  '𠮷',
  'e\u0301',
  '\u0430',
  '/',
  '..',
  '__x__',
  '%2F',
  '"',
  '\\',
  '<script>',
  '${x}',
  '.',
  '~',
);

const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(oddPiece, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((pieces) => pieces.join('')),
  // Huge: past every length limit of the contract.
  fc.integer({ min: 300, max: 200_000 }).map((length) => 'あ'.repeat(length)),
  fc.constantFrom('', ' ', '/', '..', '__x__', `__${'x'.repeat(18)}__`, 'nobody@example.jp', ' Nobody@Example.JP ', '１２３４５６'),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const anyValue = fc.oneof(oddString, wrongType);
const extraField = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'uid', 'admin', 'secondFactor'), fc.string({ maxLength: 10 }));

/** A JSON body: some of the function's fields (any value), maybe extra fields, or not an object at all. */
const bodyFor = (name: ApiFunctionName) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record(Object.fromEntries(fieldsOf(name).map((field) => [field, anyValue])), { requiredKeys: [] }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.record(Object.fromEntries(fieldsOf(name).map((field) => [field, anyValue]))),
          fc.dictionary(extraField, anyValue, { minKeys: 1, maxKeys: 3 }),
        )
        .map(([fields, extra]) => ({ ...extra, ...fields })),
    },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue(), wrongType) },
  );

/** Bytes no JSON parser takes, or JSON in disguise. */
const malformedBody = fc.oneof(
  fc.constantFrom('{', '{"email":', '{"a":1}}', "{'email':'x'}", 'null', 'undefined', 'NaN', '[]', '""', '\u0000', '{"__proto__":{"x":1}}'),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/html',
  '',
);
const method = fc.constantFrom('POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH');

type Answer = { status: number; text: string; contentType: string };
type Attempt = { method: string; contentType: string; body: string; cookie?: string; idToken?: string };

async function send(name: string, attempt: Attempt): Promise<Answer> {
  const headers: Record<string, string> = { 'user-agent': CHROME_ON_WINDOWS };
  if (attempt.contentType) headers['content-type'] = attempt.contentType;
  if (attempt.cookie !== undefined) headers.cookie = attempt.cookie;
  if (attempt.idToken) headers.authorization = `Bearer ${attempt.idToken}`;
  // A Blob without a type: fetch then sends no content type at all.
  const body = attempt.method === 'GET' ? undefined : attempt.contentType ? attempt.body : new Blob([attempt.body]);
  const response = await fetch(`${APP_URL}/api/${name}`, { method: attempt.method, headers, body });
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
}

/**
 * The Cloud Functions runtime parses a body declared as JSON before our code
 * runs, and refuses one that is not a JSON object or array with its own 400
 * page (functions-framework and the emulator alike: body-parser, strict). Our
 * code never sees such a request; SECURITY.md says so.
 */
function refusedByThePlatform(attempt: Attempt) {
  if (attempt.method === 'GET' || !/^application\/json\b/i.test(attempt.contentType)) return false;
  // body-parser lets an empty body through as {} (a blank one it refuses): our code answers it like an empty object.
  if (attempt.body === '') return false;
  try {
    const parsed: unknown = JSON.parse(attempt.body);
    return typeof parsed !== 'object' || parsed === null || !/^\s*[[{]/.test(attempt.body);
  } catch {
    return true;
  }
}

/** A normal answer, or a refusal with a code and message from the contract: never a crash, a stack or a page. */
function expectClearAnswer(answer: Answer, attempt: Attempt) {
  expect(answer.status, answer.text).toBeLessThan(500);
  expect(answer.text).not.toMatch(/\n\s+at |stack/i);
  if (refusedByThePlatform(attempt)) {
    expect(answer.status).toBe(400);
    return;
  }
  expect(answer.text).not.toMatch(/<html|<!doctype|<pre>|Error:/i);
  expect(answer.contentType).toMatch(/^application\/json/);
  if (answer.status === 200) return;
  expect(answer.status).toBeGreaterThanOrEqual(400);
  const { error } = JSON.parse(answer.text) as { error: { code: string; message: string } };
  expect(isErrorCode(error.code), answer.text).toBe(true);
  expect(error.message).toBe(errorMessages[error.code as keyof typeof errorMessages]);
}

/** Timestamps as numbers, so two reads compare by value. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('bad input: every function, fuzzed through the app origin', () => {
  // The victim: an account whose stored data no input of anyone else's may touch.
  const victimBrowser = new TestBrowser();
  let victim: Awaited<ReturnType<typeof newJobSeeker>>;
  let storedBefore: unknown;
  const readVictim = async () =>
    plain({
      account: await storedDocument(`${collections.users}/${victim.uid}`),
      devices: await storedCollection(collections.trustedDevices(victim.uid)),
      sessions: await storedCollection(collections.sessions(victim.uid)),
      verifications: await Promise.all(
        (['login-otp', 'password-reset'] as const).map((type) =>
          storedDocument(`${collections.verifications}/${verificationDocId(type, victim.uid)}`),
        ),
      ),
    });
  // The fuzzer: an account of its own, so protected functions also see bad input behind a real session.
  let fuzzer: Awaited<ReturnType<typeof newJobSeeker>>;
  let fuzzerIdToken: string;

  beforeAll(async () => {
    victim = await newJobSeeker('fuzz-victim');
    await victimBrowser.signIn(victim.email, victim.password, { trust: true });
    storedBefore = await readVictim();
    fuzzer = await newJobSeeker('fuzz-attacker');
    fuzzerIdToken = await new TestBrowser().signIn(fuzzer.email, fuzzer.password);
  });

  for (const name of apiFunctionNames) {
    it(`${name}: missing fields, wrong types, huge and odd strings, extra fields`, async () => {
      await fc.assert(
        fc.asyncProperty(bodyFor(name), fc.boolean(), async (body, signedIn) => {
          const idToken = signedIn ? fuzzerIdToken : undefined;
          const attempt = { method: 'POST', contentType: 'application/json', body: JSON.stringify(body), idToken };
          expectClearAnswer(await send(name, attempt), attempt);
        }),
        { numRuns: 40 },
      );
    });

    it(`${name}: malformed JSON, wrong content types and methods`, async () => {
      await fc.assert(
        fc.asyncProperty(malformedBody, contentType, method, async (body, type, verb) => {
          const attempt = { method: verb, contentType: type, body, idToken: fuzzerIdToken };
          expectClearAnswer(await send(name, attempt), attempt);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('a garbage trust cookie never turns a right-password login into an error', async () => {
    // What a Cookie header can carry: printable ASCII, with percent-escapes of anything else (lone surrogates, NUL, bidi marks).
    const cookieValue = fc
      .array(
        fc.oneof(
          fc.constantFrom(`__${'x'.repeat(18)}__`, '/', '..', '.', '~', `.${'A'.repeat(43)}`, '%ED%A0%80', '%00', '%E2%80%AE', '%ZZ', '"'),
          fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map((text) => text.replace(/[;,\s]/g, '')),
        ),
        { maxLength: 6 },
      )
      .map((pieces) => pieces.join(''));
    await fc.assert(
      fc.asyncProperty(cookieValue, async (value) => {
        const attempt = {
          method: 'POST',
          contentType: 'application/json',
          body: JSON.stringify({ email: fuzzer.email, password: fuzzer.password }),
          cookie: `__session=${value}`,
        };
        expectClearAnswer(await send('login', attempt), attempt);
      }),
      // Each run mails a code: few runs.
      { numRuns: 6 },
    );
  });

  it("leaves the victim's stored data as it was, and the victim's trusted browser still signs in", async () => {
    expect(await readVictim()).toEqual(storedBefore);
    expect((await victimBrowser.login(victim.email, victim.password)).body.status).toBe('signed-in');
  });
});

describe('bad input known to fail before, each on its own', () => {
  it.each(['/', '..', '__x__', `__${'x'.repeat(18)}__`, 'a/b/c/d/e/f/g/h/i/j/k/'])(
    'revokeTrustedDevice refuses the device id %j with invalid-argument',
    async (deviceId) => {
      const seeker = await newJobSeeker('odd-device-id');
      const browser = new TestBrowser();
      const idToken = await browser.signIn(seeker.email, seeker.password);
      const answer = await browser.call('revokeTrustedDevice', { deviceId }, { idToken });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('invalid-argument');
    },
  );

  it('a trust cookie whose device id Firestore would refuse (__…__) is no trust, not a failed login', async () => {
    const seeker = await newJobSeeker('odd-cookie');
    const browser = new TestBrowser();
    browser.session = `__${'x'.repeat(18)}__.${'A'.repeat(43)}`;
    const answer = await browser.login(seeker.email, seeker.password);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('otp-required');
  });

  it('a made-up, endless browser name in the User-Agent is stored and mailed as a known label', async () => {
    const browser = new TestBrowser(`EvilBrowser${'x'.repeat(5_000)}/1.0 (Windows NT 10.0; Win64; x64)`);
    const seeker = await newJobSeeker('odd-agent');
    await browser.signIn(seeker.email, seeker.password, { trust: true });
    const [device] = await storedCollection(`users/${seeker.uid}/trustedDevices`);
    expect(device!.label).toBe('不明なブラウザ / Windows');
  });
});

/** A value each field's schema takes, so only the field that should not be there can make a request fail. */
const acceptedValue: Record<string, unknown> = {
  email: 'someone@example.jp',
  newEmail: 'someone-else@example.jp',
  password: 'Any password 1',
  currentPassword: 'Any password 1',
  newPassword: 'A new password 2026',
  verificationId: 'no-such-challenge',
  code: '123456',
  trustThisBrowser: false,
  deviceId: 'A'.repeat(22),
  jobSeekerNumber: '1399912345678',
  birthDate: '1980-01-01',
  cancelCode: '1234-5678-9012-3456',
};

describe('unknown fields (SECURITY.md: refused)', () => {
  for (const name of apiFunctionNames) {
    it(`${name}: a field it does not take is refused, where the same request without it is not`, async () => {
      const body = Object.fromEntries(fieldsOf(name).map((field) => [field, acceptedValue[field]]));
      const answer = async (sent: object) => {
        const response = await fetch(`${APP_URL}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': CHROME_ON_WINDOWS },
          body: JSON.stringify(sent),
        });
        return ((await response.json()) as { error?: { code: string } }).error?.code;
      };
      expect(await answer(body)).not.toBe('invalid-argument');
      expect(await answer({ ...body, isAdmin: true })).toBe('invalid-argument');
    });
  }
});
