/**
 * The local Neo4j container image
 * ===============================
 *
 * `stancegraph neo4j image` builds `stancegraph/neo4j:5.26-local` with Podman, for machines that
 * reach no container registry (only Debian's packages and Maven Central):
 *
 *   1. base: `debootstrap --variant=minbase bookworm` with OpenJDK 17 JRE (+ wget for the compose
 *      health check) into `<cache>/rootfs-<hash>`, imported once as `stancegraph/bookworm-jre17:<hash>`;
 *   2. Neo4j: the launcher's own Maven Central provisioning (src/neo4j/launcher/provision.ts, same cache,
 *      same versions) — server jars to /opt/neo4j/lib, APOC core to /opt/neo4j/plugins;
 *   3. `podman build` of scripts/containers/neo4j-image/Containerfile (COPY only) with its entrypoint,
 *      which honours NEO4J_AUTH and NEO4J_<setting> like the official image.
 *
 * A hash of every input (base, jar names and sizes, the Containerfile, entrypoint and log config) is
 * stored as the image label `io.stancegraph.inputs`: an image whose label matches is left alone.
 * Podman runs with `--runtime runc` and CONTAINERS_CONF=scripts/containers/containers.conf unless set.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { StancegraphError } from '../../errors';
import { launcherSettings, projectRoot, provision } from '../launcher';
import type { LauncherSettings } from '../launcher';

type Log = (line: string) => void;

export const DEFAULT_IMAGE = 'stancegraph/neo4j:5.26-local';
export const INPUTS_LABEL = 'io.stancegraph.inputs';

export interface ImageSettings {
  /** Tag of the image to build. */
  image: string;
  podman: string;
  /** OCI runtime passed as `podman --runtime` (empty: Podman's default). */
  runtime: string;
  /** rootfs and build context. */
  cacheDir: string;
  suite: string;
  mirror: string;
  packages: string[];
  /** Files of the image: Containerfile, docker-entrypoint.sh, user-logs.xml. */
  assetsDir: string;
  /** Environment for podman (CONTAINERS_CONF set). */
  env: NodeJS.ProcessEnv;
}

export function imageSettings(env: NodeJS.ProcessEnv = process.env): ImageSettings {
  const root = projectRoot();
  return {
    image: env.STANCEGRAPH_NEO4J_IMAGE || DEFAULT_IMAGE,
    podman: env.PODMAN || 'podman',
    runtime: env.PODMAN_RUNTIME ?? 'runc',
    cacheDir: env.STANCEGRAPH_CONTAINERS_CACHE || join(root, '.cache', 'containers'),
    suite: 'bookworm',
    mirror: env.DEBIAN_MIRROR || 'http://deb.debian.org/debian',
    packages: ['openjdk-17-jre-headless', 'wget'],
    assetsDir: join(root, 'scripts', 'containers', 'neo4j-image'),
    env: { ...env, CONTAINERS_CONF: env.CONTAINERS_CONF || join(root, 'scripts', 'containers', 'containers.conf') },
  };
}

export interface ImageResult {
  image: string;
  /** False when the image was already up to date. */
  built: boolean;
  inputs: string;
  seconds: number;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function podmanArgs(s: ImageSettings, args: string[]): string[] {
  return [...(s.runtime ? ['--runtime', s.runtime] : []), ...args];
}

function podmanSync(s: ImageSettings, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(s.podman, podmanArgs(s, args), { env: s.env, encoding: 'utf8' });
  if (r.error) {
    throw new StancegraphError('E_LAUNCHER', `cannot run ${s.podman}: ${r.error.message}`, 'install Podman: apt-get install podman runc');
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command, passing the lines `show` picks to the log and keeping the output's tail for errors. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, log: Log, show: (line: string) => boolean, hint: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let tail = '';
    let partial = '';
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (b: Buffer) => {
      const text = partial + b.toString();
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        tail = `${tail}${line}\n`.slice(-8000);
        if (show(line)) log(`  ${line.trim()}`);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => reject(new StancegraphError('E_LAUNCHER', `cannot run ${cmd}: ${err.message}`, hint, { cause: err })));
    child.on('close', (code) => {
      if (code === 0) return resolvePromise();
      tail += partial;
      log(tail.trim().split('\n').slice(-15).join('\n'));
      reject(new StancegraphError('E_LAUNCHER', `${cmd} ${args.slice(0, 3).join(' ')} failed (exit ${code}); its output's end is above`, hint));
    });
  });
}

export function imageExists(s: ImageSettings, image: string): boolean {
  return podmanSync(s, ['image', 'exists', image]).status === 0;
}

/** The `io.stancegraph.inputs` label of the image, or undefined when there is no such image. */
export function imageInputs(s: ImageSettings, image = s.image): string | undefined {
  const r = podmanSync(s, ['image', 'inspect', '--format', `{{ index .Labels "${INPUTS_LABEL}" }}`, image]);
  if (r.status !== 0) return undefined;
  return r.stdout.trim();
}

function imageId(s: ImageSettings, image: string): string | undefined {
  const r = podmanSync(s, ['image', 'inspect', '--format', '{{ .Id }}', image]);
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Step 1: Debian bookworm minbase + JRE as a Podman image, from debootstrap (cached by its inputs). */
async function ensureBase(s: ImageSettings, log: Log): Promise<string> {
  const key = sha(JSON.stringify({ v: 1, suite: s.suite, mirror: s.mirror, variant: 'minbase', packages: s.packages, arch: process.arch })).slice(0, 12);
  const base = `localhost/stancegraph/${s.suite}-jre17:${key}`;
  if (imageExists(s, base)) {
    log(`base image ${base} is there`);
    return base;
  }
  const rootfs = join(s.cacheDir, `rootfs-${s.suite}-${key}`);
  const done = join(s.cacheDir, `rootfs-${s.suite}-${key}.complete`);
  if (!existsSync(done)) {
    if (typeof process.getuid === 'function' && process.getuid() !== 0) {
      throw new StancegraphError('E_LAUNCHER', 'debootstrap needs root to build the Debian base of the image', 'run `stancegraph neo4j image` as root (or with sudo) once');
    }
    const staging = `${rootfs}.partial`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(s.cacheDir, { recursive: true });
    log(`debootstrap --variant=minbase ${s.suite} with ${s.packages.join(', ')} from ${s.mirror} into ${staging} (first time only, ~1-2 min, ~150 MB of packages)…`);
    const t0 = Date.now();
    await run('debootstrap', ['--variant=minbase', `--include=${s.packages.join(',')}`, s.suite, staging, s.mirror], s.env, log,
      (l) => /^I: (Retrieving (Release|Packages)|Checking|Resolving|Found|Installing core|Unpacking the base|Configuring the base|Base system)/.test(l) || /^[EW]:/.test(l),
      'install debootstrap (apt-get install debootstrap) and check that the Debian mirror is reachable (DEBIAN_MIRROR)');
    for (const junk of ['var/cache/apt/archives', 'var/lib/apt/lists', 'usr/share/man', 'usr/share/info']) {
      rmSync(join(staging, junk), { recursive: true, force: true });
      mkdirSync(join(staging, junk), { recursive: true });
    }
    rmSync(rootfs, { recursive: true, force: true });
    renameSync(staging, rootfs);
    writeFileSync(done, `${new Date().toISOString()}\n`);
    log(`Debian root file system ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  log(`importing ${rootfs} as ${base}…`);
  const t0 = Date.now();
  const importCmd = [
    'set -o pipefail',
    'tar -C "$1" --numeric-owner --exclude=./proc/* --exclude=./sys/* --exclude=./dev/* -c . | "$2" "${@:4}" import --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" --change "CMD [\\"/bin/bash\\"]" - "$3"',
  ].join('\n');
  await run('bash', ['-c', importCmd, 'import', rootfs, s.podman, base, ...(s.runtime ? ['--runtime', s.runtime] : [])], s.env, log,
    () => false, 'check `podman info` (CONTAINERS_CONF, runc)');
  log(`base image imported in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return base;
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

const ASSETS = ['Containerfile', 'docker-entrypoint.sh', 'user-logs.xml'];

/**
 * Builds the image unless one with the same inputs exists. `force` rebuilds the last step anyway.
 * Needs root the first time (debootstrap), Podman, Maven and Java (the launcher's provisioning).
 */
export async function buildNeo4jImage(
  s: ImageSettings,
  log: Log,
  opts: { force?: boolean; launcher?: LauncherSettings } = {},
): Promise<ImageResult> {
  const t0 = Date.now();
  const launcher = opts.launcher ?? launcherSettings({ ...s.env, NEO4J_APOC: '1' });
  if (podmanSync(s, ['version', '--format', '{{ .Client.Version }}']).status !== 0) {
    throw new StancegraphError('E_LAUNCHER', 'podman does not work', 'apt-get install podman runc; see docs/CONTAINERS.md');
  }
  log(`Neo4j jars: the launcher's Maven Central cache ${launcher.cacheDir}`);
  const dist = await provision(launcher, log);
  if (!dist.plugins) {
    throw new StancegraphError('E_LAUNCHER', 'APOC core could not be provisioned from Maven Central', 'the image needs APOC; check that Maven Central is reachable');
  }
  const base = await ensureBase(s, log);

  const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.jar')).sort();
  const libJars = files(dist.lib);
  const pluginJars = files(dist.plugins);
  const inputs = sha(JSON.stringify({
    base,
    lib: libJars.map((f) => [f, statSync(join(dist.lib, f)).size]),
    plugins: pluginJars.map((f) => [f, statSync(join(dist.plugins as string, f)).size]),
    assets: ASSETS.map((f) => [f, sha(readFileSync(join(s.assetsDir, f), 'utf8'))]),
  }));
  const current = imageInputs(s);
  if (current === inputs && !opts.force) {
    log(`${s.image} is up to date (inputs ${inputs.slice(0, 12)})`);
    return { image: s.image, built: false, inputs, seconds: (Date.now() - t0) / 1000 };
  }
  log(current === undefined ? `${s.image} does not exist yet: building it` : `${s.image} has other inputs (${current.slice(0, 12) || 'none'} ≠ ${inputs.slice(0, 12)}): rebuilding it`);

  const context = join(s.cacheDir, 'context');
  rmSync(context, { recursive: true, force: true });
  mkdirSync(join(context, 'lib'), { recursive: true });
  mkdirSync(join(context, 'plugins'), { recursive: true });
  for (const f of libJars) linkOrCopy(join(dist.lib, f), join(context, 'lib', f));
  for (const f of pluginJars) linkOrCopy(join(dist.plugins, f), join(context, 'plugins', f));
  for (const f of ASSETS) copyFileSync(join(s.assetsDir, f), join(context, f));

  const previous = imageId(s, s.image);
  log(`podman build ${s.image} (Neo4j ${dist.version}, ${libJars.length} jars, APOC ${pluginJars.filter((f) => f.startsWith('apoc-')).join(', ')})…`);
  const tb = Date.now();
  await run(s.podman, podmanArgs(s, [
    'build', '--pull=never', '--build-arg', `BASE=${base}`,
    '--label', `${INPUTS_LABEL}=${inputs}`,
    '--label', `io.stancegraph.neo4j.version=${dist.version}`,
    '--label', `io.stancegraph.base=${base}`,
    '-t', s.image, '-f', join(context, 'Containerfile'), context,
  ]), s.env, log, (l) => /^STEP|^COMMIT|^Successfully/.test(l), 'see the podman output above; docs/CONTAINERS.md');
  rmSync(context, { recursive: true, force: true });
  const now = imageId(s, s.image);
  if (previous && now && previous !== now) podmanSync(s, ['rmi', previous]); // the replaced image, now untagged (fails harmlessly if in use)
  log(`built ${s.image} in ${((Date.now() - tb) / 1000).toFixed(0)} s (${((Date.now() - t0) / 1000).toFixed(0)} s in all)`);
  return { image: s.image, built: true, inputs, seconds: (Date.now() - t0) / 1000 };
}
