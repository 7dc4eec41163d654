import { config, z } from 'zod/mini';

/*
 * The one zod of the project: every schema imports it from here. zod's mini
 * build (functions, not methods) lets the bundler keep only the checks the
 * login page uses (decision 0008). zod compiles
 * object parsers with `new Function` where it may, and probes for that when an
 * object schema is made; the Content-Security-Policy allows no eval, so the
 * probe is reported as a violation. ES modules run this module before any
 * module that imports it, so the setting holds before the first schema is made,
 * in whichever chunk the bundler puts the schemas.
 */
config({ jitless: true });

export { z };
