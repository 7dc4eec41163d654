/*
 * The deployed functions' package-lock.json, cut from the workspace's own lock:
 * Cloud Build then installs exactly the versions the tests ran on (npm ci),
 * not whatever the registry holds on the day of the deploy. Every package the
 * functions' dependencies reach is carried over with its resolved URL and
 * integrity, optional platform packages (native bindings' prebuilt binaries)
 * included, so npm on Cloud Build picks the one for its platform.
 */

const workspaceFlags = new Set(['dev', 'devOptional', 'peer', 'optional']);

type LockEntry = {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optional?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  [field: string]: unknown;
};
export type PackageLock = { name?: string; lockfileVersion: number; requires?: boolean; packages: Record<string, LockEntry> };

/** The folder a lock key names, and the folder Node searches next when a name is not found there. */
function parentOf(key: string): string | undefined {
  if (key === '') return undefined;
  const at = key.lastIndexOf('node_modules/');
  return at <= 0 ? '' : key.slice(0, at - 1);
}

/** Where Node would find `name` required from the package at `from` (a lock key), as npm laid it out. */
function resolve(lock: PackageLock, from: string, name: string): string | undefined {
  for (let dir: string | undefined = from; dir !== undefined; dir = parentOf(dir)) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
  }
  return undefined;
}

/** What npm installs for a package: its dependencies, optional ones (if they fit the platform) and required peers. */
function edges(entry: LockEntry): { name: string; optional: boolean }[] {
  const requiredPeer = (name: string) => entry.peerDependenciesMeta?.[name]?.optional !== true;
  return [
    ...Object.keys(entry.dependencies ?? {}).map((name) => ({ name, optional: false })),
    ...Object.keys(entry.optionalDependencies ?? {}).map((name) => ({ name, optional: true })),
    ...Object.keys(entry.peerDependencies ?? {})
      .filter(requiredPeer)
      .map((name) => ({ name, optional: false })),
  ];
}

/**
 * The lock of a package whose dependencies are `dependencies` (exact versions)
 * and which sits in the workspace at `workspace` (e.g. "functions").
 */
export function deployLock(
  lock: PackageLock,
  workspace: string,
  root: { name: string; dependencies: Record<string, string>; engines: Record<string, string> },
): PackageLock {
  const placed = new Map<string, string>(); // deploy key -> workspace key
  const required = new Set<string>();
  const packages: Record<string, LockEntry> = { '': { ...root } };
  // Breadth first, so the functions' own dependencies take the top level, as npm would give them.
  const queue = Object.keys(root.dependencies).map((name) => ({ name, from: workspace, at: '', optional: false }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const source = resolve(lock, next.from, next.name);
    if (!source) {
      if (next.optional) continue;
      throw new Error(`${next.name}, needed by ${next.from || 'the root'}, is not in package-lock.json: run npm install`);
    }
    const entry = lock.packages[source]!;
    if (entry.link) throw new Error(`${next.name} is a workspace package: bundle it (build.ts), it is not on the registry`);
    // Where it goes: beside the top-level packages, or under the one that needs it when that place is taken.
    const top = `node_modules/${next.name}`;
    const nested = `${next.at ? `${next.at}/` : ''}node_modules/${next.name}`;
    const key = [top, nested].find((candidate) => !placed.has(candidate) || placed.get(candidate) === source);
    if (!key) throw new Error(`Two versions of ${next.name} under ${next.at}: cannot lay out the deploy lock`);
    if (!next.optional) required.add(key);
    if (placed.has(key)) continue;
    placed.set(key, source);
    // The workspace's flags (dev, peer, optional) describe its own tree, not this one.
    packages[key] = Object.fromEntries(Object.entries(entry).filter(([field]) => !workspaceFlags.has(field)));
    for (const edge of edges(entry)) queue.push({ name: edge.name, from: source, at: key, optional: next.optional || edge.optional });
  }
  // Reached only through optional edges (another platform's binary): npm may leave it out.
  for (const key of placed.keys()) if (!required.has(key)) packages[key]!.optional = true;
  return { name: root.name, lockfileVersion: 3, requires: true, packages };
}
