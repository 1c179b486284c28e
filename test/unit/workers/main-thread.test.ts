/**
 * With a pool, the main thread only reads documents and writes records: loading the pool's module
 * must not load the extractor (the pipeline, compromise), so the workers start without waiting for it.
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../export/xmllint';

describe('extraction pool, main thread', () => {
  it('loading the extract command and the pool loads neither the pipeline nor compromise', () => {
    const script = `const { COMMANDS } = require('./src/commands/index'); COMMANDS.find((c) => c.name === 'extract').load();
      require('./src/workers/extract-pool');
      const mods = Object.keys(require.cache);
      console.log(JSON.stringify({ pipeline: mods.some((m) => /[\\\\/]src[\\\\/]pipeline\\.ts$/.test(m)), compromise: mods.some((m) => m.includes('compromise')) }));`;
    const r = spawnSync('node', ['--import', 'tsx', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toEqual({ pipeline: false, compromise: false });
  });
});
