#!/usr/bin/env node
// Installs the system packages a test run needs, when they are missing, on Debian or Ubuntu.
// Run by npm before the tests (`pretest`, `pretest:integration`, `pretest:containers`); prints one
// line saying what it installs and why, or nothing when all is there.
//
//   node scripts/setup-system.mjs tests        Java 17+ and Maven (Neo4j from Maven Central, for the
//                                              integration tests), Chromium (Neo4j Browser test)
//   node scripts/setup-system.mjs containers   the above, plus Podman and friends (npm run test:containers)
//
// STANCEGRAPH_SKIP_SETUP=1 skips it. Without root, it uses `sudo -n` when that works; otherwise it
// names the packages to install and exits 1. Everything else (GEXF validation, CSV, progress) is an
// npm package, and Neo4j itself comes from Maven Central when the tests start it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const what = process.argv[2] ?? 'tests';
if (process.env.STANCEGRAPH_SKIP_SETUP) process.exit(0);

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const aptCandidate = (pkg) => {
  const r = spawnSync('apt-cache', ['policy', pkg], { encoding: 'utf8' });
  const m = /Candidate:\s*(\S+)/.exec(r.stdout ?? '');
  return Boolean(m && m[1] !== '(none)');
};

function javaMajor() {
  const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const m = /version "(\d+)/.exec(`${r.stderr ?? ''}${r.stdout ?? ''}`);
  return m ? Number(m[1]) : 0;
}

const needs = []; // [packages, why]
const javaOk = () => [17, 21].includes(javaMajor()) || javaMajor() > 21;
if (!javaOk()) {
  const jre = ['openjdk-17-jre-headless', 'openjdk-21-jre-headless', 'default-jre-headless'].find(aptCandidate) ?? 'openjdk-17-jre-headless';
  needs.push([[jre], 'Java 17+ runs the Neo4j server the integration tests start']);
}
if (!has('mvn')) needs.push([['maven'], 'Maven fetches Neo4j 5.26 from Maven Central for the integration tests']);
const chromium = process.env.STANCEGRAPH_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromium)) needs.push([['chromium', 'fonts-liberation'], 'the Neo4j Browser test drives a headless Chromium']);
if (what === 'containers') {
  if (!['podman', 'debootstrap', 'docker-compose'].every(has)) {
    needs.push([['podman', 'runc', 'debootstrap', 'docker-compose', 'uidmap', 'slirp4netns', 'fuse-overlayfs', 'curl'],
      'the container route (npm run test:containers) builds and runs a local Neo4j image with Podman']);
  }
}
if (!needs.length) process.exit(0);

const packages = needs.flatMap(([p]) => p);
for (const [p, why] of needs) console.error(`stancegraph setup: needs ${p.join(' ')}: ${why}`);
if (!has('apt-get')) {
  console.error(`stancegraph setup: no apt-get here; install the equivalent of: ${packages.join(' ')} (or set STANCEGRAPH_SKIP_SETUP=1)`);
  process.exit(1);
}
const root = process.getuid?.() === 0;
const sudo = root ? [] : spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : undefined;
if (!sudo) {
  console.error(`stancegraph setup: not root and no password-less sudo; run: sudo apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}
const run = (args) => {
  const [cmd, ...rest] = [...sudo, ...args];
  const r = spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`stancegraph setup: ${args.join(' ')} failed (exit ${r.status}); install by hand: apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
};
const t0 = Date.now();
console.error(`stancegraph setup: installing ${packages.join(' ')} with ${sudo.length ? 'sudo ' : ''}apt-get …`);
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
if (!javaOk()) {
  console.error('stancegraph setup: Java was installed but `java -version` is still not 17+: set JAVA_HOME to a Java 17 or 21 installation');
  process.exit(1);
}
console.error(`stancegraph setup: done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
