/**
 * src/data/word-classes.tsv: every class the rules read is loaded and not empty, and a bad line stops
 * the load with its file and line (a copy of the data folder with one line changed).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, loadLexicons } from '../../../src/lexicon/load';
import { WORD_CLASSES } from '../../../src/lexicon/types';

describe('word classes (src/data/word-classes.tsv)', () => {
  it('loads every class the statement rules read, with its words', () => {
    const { words } = loadLexicons();
    for (const c of WORD_CLASSES) expect(words[c].size).toBeGreaterThan(0);
    expect(words['naming-verb'].has('describe')).toBe(true);
    expect(words['agent-head'].has('government')).toBe(true);
    expect(words.partitive.has('government')).toBe(false);
  });

  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
  /** A loader over a copy of the data folder whose word-classes.tsv is edited. */
  const withLine = (edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-words-'));
    dirs.push(dir);
    cpSync(defaultDataDir(), dir, { recursive: true });
    const file = join(dir, 'word-classes.tsv');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return () => loadLexicons(dir);
  };

  it('names the file and line of an unknown class', () => {
    const load = withLine((t) => `${t}\nreaction-verbs\tspark\n`);
    expect(load).toThrow(/word-classes\.tsv:\d+: unknown class "reaction-verbs"/);
  });

  it('refuses a word in capitals', () => {
    const load = withLine((t) => `${t}\nnaming-verb\tBrand\n`);
    expect(load).toThrow(/word-classes\.tsv:\d+: expected class<TAB>lower-case word/);
  });

  it('refuses a class left empty', () => {
    const load = withLine((t) => t.split('\n').filter((l) => !l.startsWith('reciprocal-verb\t')).join('\n'));
    expect(load).toThrow(/class "reciprocal-verb" has no words/);
  });
});
