/** `stancegraph parse`: raw text → CoNLL-U, and --conllu keeping the file's tokens and lines. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import { testIO } from '../commands/io';

const dir = mkdtempSync(join(tmpdir(), 'stancegraph-parse-'));

describe('stancegraph parse', () => {
  it('writes CoNLL-U for raw text with sent_id, text and token ranges', async () => {
    const text = 'The plan was condemned by rights groups. "We will not yield," the minister said.\n';
    const file = join(dir, 'news.txt');
    writeFileSync(file, text);
    const io = testIO(dir);
    expect(await main(['parse', file], io)).toBe(0);
    const out = io.out();
    const blocks = out.trim().split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^# sent_id = news-1\n# text = The plan was condemned by rights groups\.\n1\tThe\tthe\tDET\t/);
    for (const line of out.split('\n').filter((l) => /^\d/.test(l))) {
      const cols = line.split('\t');
      expect(cols).toHaveLength(10);
      const m = /TokenRange=(\d+):(\d+)/.exec(cols[9])!;
      expect(text.slice(Number(m[1]), Number(m[2]))).toBe(cols[1]);
    }
    expect(out).toContain('\tgroups\tgroup\tNOUN\t_\t_\t4\tobl');
  });

  it('--conllu keeps sentences, tokens, comments and multiword lines; replaces UPOS, HEAD, DEPREL', async () => {
    const input = [
      '# sent_id = a',
      '# text = I don\'t know.',
      '1\tI\tI\tX\tPRP\t_\t9\tfoo\t_\t_',
      '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
      '2\tdo\tdo\tX\tVBP\t_\t9\tfoo\t_\t_',
      '3\tn\'t\tnot\tX\tRB\t_\t9\tfoo\t_\t_',
      '4\tknow\tknow\tX\tVB\t_\t9\tfoo\t_\tSpaceAfter=No',
      '4.1\tknow\t_\t_\t_\t_\t_\t_\t_\t_',
      '5\t.\t.\tX\t.\t_\t9\tfoo\t_\t_',
      '',
    ].join('\n');
    const file = join(dir, 'in.conllu');
    writeFileSync(file, input + '\n');
    const outFile = join(dir, 'out.conllu');
    const io = testIO(dir);
    expect(await main(['parse', '--conllu', file, '-o', outFile], io)).toBe(0);
    const lines = readFileSync(outFile, 'utf8').split('\n');
    expect(lines[0]).toBe('# sent_id = a');
    expect(lines[3]).toBe('2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_');
    expect(lines[7]).toBe('4.1\tknow\t_\t_\t_\t_\t_\t_\t_\t_');
    const words = lines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
    expect(words.map((w) => w[1])).toEqual(['I', 'do', "n't", 'know', '.']);
    expect(words.map((w) => w[3])).toEqual(['PRON', 'AUX', 'PART', 'VERB', 'PUNCT']);
    expect(words.map((w) => w[6])).toEqual(['4', '4', '4', '0', '4']);
    expect(words[3][7]).toBe('root');
    expect(words.map((w) => w[4])).toEqual(['PRP', 'VBP', 'RB', 'VB', '.']); // other columns untouched
    expect(words[3][9]).toBe('SpaceAfter=No');
  });

  it('usage errors exit 2', async () => {
    const io = testIO(dir);
    expect(await main(['parse'], io)).toBe(2);
  });
});
