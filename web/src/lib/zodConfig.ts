import { config } from 'zod';

/*
 * zod compiles object parsers with `new Function` where it may, and probes for
 * that when a schema is made. The Content-Security-Policy allows no eval, so
 * the probe is reported as a violation: tell zod up front not to try. This
 * module must be the first import of main.tsx, before any schema is built.
 */
config({ jitless: true });
