/**
 * FileLineSink (src/export/stream.ts): lines go into one fixed byte buffer as they are pushed and
 * reach the file whenever it fills, so a writer never holds many lines (or the document) as strings.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLineSink } from '../../../src/export/stream';

describe('FileLineSink', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stancegraph-sink-'));

  it('writes to the file whenever its buffer is full, never holding more than the buffer', () => {
    const file = join(dir, 'small.txt');
    const sink = new FileLineSink(file, 64);
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) {
      const line = `<node id="n${i}" label="Novak ${i}"/>`;
      lines.push(line);
      sink.push(line);
      expect(sink.buffered).toBeLessThanOrEqual(64);
      const pushed = lines.reduce((s, l) => s + Buffer.byteLength(l) + 1, 0);
      expect(statSync(file).size + sink.buffered).toBe(pushed);
    }
    sink.close();
    expect(readFileSync(file, 'utf8')).toBe(`${lines.join('\n')}\n`);
  });

  it('keeps multi-byte characters whole and writes a line longer than the buffer on its own', () => {
    const file = join(dir, 'utf8.txt');
    const sink = new FileLineSink(file, 32);
    const lines = ['Ruritanía — Osterlich', 'x'.repeat(100), '😀 Erik Lund 😀', '', 'é'.repeat(40), 'end'];
    sink.push(...lines);
    sink.close();
    expect(readFileSync(file, 'utf8')).toBe(`${lines.join('\n')}\n`);
  });
});
