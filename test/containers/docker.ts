/**
 * Helpers of the container tests: the Docker API that the global setup found or started (Podman's
 * socket on machines without a Docker engine), and running docker / docker-compose against it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/neo4j/launcher';

export const ROOT = projectRoot();
export const PODMAN_SERVICE = join(ROOT, 'scripts', 'containers', 'podman-service.sh');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 600000): Run {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: timeoutMs, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) return { status: null, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error.message}` };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether `docker info` succeeds with this environment (DOCKER_HOST, if set). */
export function dockerAnswers(env: NodeJS.ProcessEnv = process.env): boolean {
  return run('docker', ['info'], env, 30000).status === 0;
}

/** `docker ps` rows: container id, image, ports. */
export function dockerPs(env: NodeJS.ProcessEnv = process.env): Array<{ id: string; image: string; ports: string; names: string }> {
  const r = run('docker', ['ps', '--format', '{{.ID}}\t{{.Image}}\t{{.Ports}}\t{{.Names}}'], env, 30000);
  if (r.status !== 0) throw new Error(`docker ps failed: ${r.stderr}`);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => {
    const [id, image, ports, names] = l.split('\t');
    return { id, image, ports, names };
  });
}

/** Host ports a container publishes for a container port (`docker port`), e.g. ["0.0.0.0:32768"]. */
export function dockerPort(id: string, containerPort: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const r = run('docker', ['port', id, containerPort], env, 30000);
  return r.status === 0 ? r.stdout.trim().split('\n').filter(Boolean) : [];
}
