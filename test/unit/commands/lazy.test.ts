/** Commands load only when used: running `extract` must not load the Neo4j driver or the Kafka client. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { COMMANDS } from '../../../src/commands/index';

const REPO_ROOT = join(__dirname, '..', '..', '..');

describe('command registry', () => {
  it('each entry loads the command of its own name', () => {
    for (const c of COMMANDS) expect(c.load().name).toBe(c.name);
  });

  it('loading extract leaves neo4j-driver and the Kafka client unloaded; loading query loads the driver', () => {
    const probe = (cmd: string) => {
      const script = `const { COMMANDS } = require('./src/commands/index'); COMMANDS.find((c) => c.name === '${cmd}').load();
        const mods = Object.keys(require.cache); console.log(JSON.stringify({ neo4j: mods.some((m) => m.includes('neo4j-driver')), kafka: mods.some((m) => m.includes('@platformatic/kafka')) }));`;
      const r = spawnSync('node', ['--import', 'tsx', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout.trim().split('\n').pop()!);
    };
    expect(probe('extract')).toEqual({ neo4j: false, kafka: false });
    expect(probe('query').neo4j).toBe(true);
  });
});
