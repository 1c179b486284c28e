/** In-memory CommandIO for command tests. */
import { PassThrough, Writable } from 'node:stream';
import type { CommandIO } from '../../../src/commands/types';

export interface TestIO extends CommandIO {
  out(): string;
  err(): string;
}

function sink(): { stream: Writable; text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += chunk.toString();
      cb();
    },
  });
  return { stream, text: () => text };
}

export function testIO(cwd: string, env: NodeJS.ProcessEnv = {}): TestIO {
  const o = sink();
  const e = sink();
  const stdin = new PassThrough();
  stdin.end();
  return { stdin, stdout: o.stream, stderr: e.stream, env, cwd, out: o.text, err: e.text };
}
