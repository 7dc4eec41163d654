import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = new URL('../..', import.meta.url).pathname;
/** Logs of every service the scripts start, one file each. */
export const LOG_DIR = new URL('../../.stack/logs/', import.meta.url).pathname;
/** How long the last start took (written by stack.ts, read by the bench's cold-start row). */
export const STARTUP_FILE = `${LOG_DIR}../startup.json`;
export type Startup = { readyMs: number; firstCallMs: number };

export type RunningProcess = { name: string; pid: number; logFile: string; exited: Promise<number | null> };

/**
 * Starts a service in a process group of its own, output to .stack/logs/<name>.log,
 * so that stopping it stops its children too (npx, firebase, the functions runtimes).
 */
export function startProcess(name: string, command: string, args: string[], env: Record<string, string> = {}): RunningProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = `${LOG_DIR}${name}.log`;
  const log = openSync(logFile, 'w');
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    // A command that cannot start at all counts as exited, so the caller's cleanup still runs.
    child.on('error', () => resolve(null));
  });
  return { name, pid: child.pid!, logFile, exited };
}

/**
 * Runs a command to its end (a step of npm test, a tool's own build); its exit code. Its output
 * goes to the terminal, or with `logFile` to that file (a step that runs beside others).
 */
export function runCommand(command: string, args: string[], env: Record<string, string> = {}, logFile?: string): Promise<number> {
  return new Promise((resolve) => {
    const output = logFile === undefined ? 'inherit' : openSync(logFile, 'w');
    const child = spawn(command, args, { cwd: ROOT, stdio: ['inherit', output, output], env: { ...process.env, ...env } });
    if (typeof output === 'number') closeSync(output); // the child has its own copy
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops a whole process group: SIGINT first (firebase shuts its emulators down cleanly), then SIGKILL. */
export async function stopProcessGroup(pid: number, graceMs = 8_000): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    try {
      process.kill(-pid, signal);
    } catch {
      return;
    }
    for (const deadline = Date.now() + graceMs / 2; Date.now() < deadline; await sleep(100)) {
      if (!alive(pid)) return;
    }
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** The last lines a service wrote, without blank ones. */
function logTail(logFile: string, count: number): string[] {
  let text = '';
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    // never written
  }
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .slice(-count);
}

/**
 * Why a service did not start, first line first: its name and the cause its
 * log gives (the last line that reads as an error, else its last line), then
 * the end of the log for the rest of the story.
 */
export function startFailure(label: string, service: RunningProcess, how: string): Error {
  const tail = logTail(service.logFile, 12);
  const cause =
    tail.findLast((line) => /error|exception|fail|cannot|could not|unable|denied|refused/i.test(line)) ?? tail.at(-1) ?? 'it wrote nothing';
  const log = relative(process.cwd(), service.logFile);
  return new Error(`${label} ${how}: ${cause.trim()}\n  Last lines of ${log}:\n${tail.map((line) => `    ${line}`).join('\n')}`);
}

/** Tries `probe` every 250 ms until it gives a value. When the service exits or never answers, the error names it and the cause. */
async function waitUntil<T>(
  label: string,
  where: string,
  probe: (msLeft: number) => Promise<T | undefined>,
  { timeoutMs, service }: { timeoutMs: number; service?: RunningProcess },
): Promise<T> {
  const state = { gone: false };
  void service?.exited.then(() => (state.gone = true));
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
    if (state.gone) throw startFailure(label, service!, 'exited before it was ready');
    const value = await probe(deadline - Date.now()).catch(() => undefined); // not up yet
    if (value !== undefined) return value;
  }
  const how = `did not answer at ${where} within ${timeoutMs / 1000}s`;
  throw service ? startFailure(label, service, how) : new Error(`${label} ${how}`);
}

/**
 * Waits until a URL answers (with the given status, or with any); returns how
 * long that answering request took.
 */
export function waitForHttp(
  url: string,
  label: string,
  { timeoutMs = 120_000, service, status }: { timeoutMs?: number; service?: RunningProcess; status?: number } = {},
): Promise<number> {
  return waitUntil(
    label,
    url,
    async (msLeft) => {
      const sent = performance.now();
      // A refused connection fails at once; a slow answer is a cold start (the Functions emulator
      // loading a worker), waited for: abandoning it would make the emulator start another
      // worker at the next try, and on a busy machine they pile up and none gets ready.
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1_000, Math.min(60_000, msLeft))) });
      return status === undefined || response.status === status ? performance.now() - sent : undefined;
    },
    { timeoutMs, service },
  );
}

/** Waits until the port takes a connection: for a service that speaks no HTTP. */
export function waitForPort(
  port: number,
  label: string,
  { timeoutMs = 120_000, service }: { timeoutMs?: number; service?: RunningProcess } = {},
) {
  return waitUntil(
    label,
    `port ${port}`,
    () =>
      new Promise<true>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1')
          .once('connect', () => {
            socket.destroy();
            resolve(true);
          })
          .once('error', reject);
      }),
    { timeoutMs, service },
  );
}

/** True when something already listens on the port (a stack left running, say). */
export async function portInUse(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(true))
      .once('listening', () => server.close(() => resolve(false)))
      .listen(port, '127.0.0.1');
  });
}
