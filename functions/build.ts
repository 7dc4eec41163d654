// Builds lib/: what `firebase deploy` uploads (firebase.json's functions source)
// and what the Functions emulator loads (through package.json's main).
//   lib/index.js           the functions, with @hellowork/contracts (TypeScript shared with the web
//                          app, not on the registry) bundled in; npm packages stay external
//   lib/package.json       only registry packages, at the exact versions the workspace installed,
//                          no scripts: Cloud Build installs it and has no TypeScript to rebuild
//   lib/package-lock.json  cut from the workspace's lock (deployLock.ts), so Cloud Build runs npm ci
//   lib/.env.<project>     each real project's public parameters (MAIL_FROM, APP_URL), which the CLI
//                          reads from the source folder at deploy; demo projects' and local files stay out
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deployLock, type PackageLock } from './deployLock';

const here = (path: string) => new URL(path, import.meta.url).pathname;
const lib = here('./lib/');
const { dependencies } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(here('../package-lock.json'), 'utf8')) as PackageLock;
/** The Cloud Functions runtime (firebase.json's `runtime`, e.g. nodejs22) as Node's major version. */
const { functions: codebases } = JSON.parse(readFileSync(here('../firebase.json'), 'utf8')) as { functions: { runtime: string }[] };
const nodeMajor = codebases[0]!.runtime.replace(/^nodejs/, '');

/** lib/'s files by name. Written at the end, only where they differ: see there. */
const files = new Map<string, string | Uint8Array>();
const { outputFiles } = await build({
  entryPoints: [here('./src/index.ts')],
  outfile: `${lib}index.js`,
  bundle: true,
  platform: 'node',
  target: `node${nodeMajor}`,
  format: 'esm',
  sourcemap: true,
  // The bundle's comments name each source relative to this folder: from whatever directory it is built
  // (npm run -w, the stack's tsx), the same bytes.
  absWorkingDir: here('.'),
  external: Object.keys(dependencies).flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
  write: false,
});
for (const file of outputFiles) files.set(file.path.slice(lib.length), file.contents);

// The version npm resolved for the functions (their own node_modules first, then the workspace's).
const installed = (name: string) => (lock.packages[`functions/node_modules/${name}`] ?? lock.packages[`node_modules/${name}`])?.version;
const manifest = {
  name: 'hellowork-functions',
  private: true,
  type: 'module',
  main: 'index.js',
  engines: { node: nodeMajor },
  dependencies: Object.fromEntries(
    Object.keys(dependencies).map((name) => {
      const version = installed(name);
      if (!version) throw new Error(`${name} is not installed: run npm install`);
      return [name, version];
    }),
  ),
};
files.set('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
files.set('package-lock.json', `${JSON.stringify(deployLock(lock, 'functions', manifest), null, 2)}\n`);

for (const name of readdirSync(here('.')))
  if (/^\.env(\.[\w-]+)?$/.test(name) && !name.startsWith('.env.demo-') && name !== '.env.local') files.set(name, readFileSync(here(name)));

// A running Functions emulator reloads every function when a file under functions/ changes (and drops its loaded
// workers): a rebuild that changes nothing (the deploy check's, a predeploy while npm start runs) touches nothing.
mkdirSync(lib, { recursive: true });
for (const name of readdirSync(lib)) if (!files.has(name)) rmSync(`${lib}${name}`, { recursive: true, force: true });
for (const [name, contents] of files) {
  const path = `${lib}${name}`;
  if (!existsSync(path) || !readFileSync(path).equals(Buffer.from(contents))) writeFileSync(path, contents);
}
