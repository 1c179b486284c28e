/**
 * The English word list
 * =====================
 *
 * The `word-list` package's words.txt (about 274,000 lower-case words) as one Set, read once per
 * process or worker thread and shared by its two readers: the tagger's word-class feature
 * (./lexicon.ts) and the lexicons' `dictionaryWord` (src/lexicon/load.ts). Each used to read and
 * hash the file on its own, which cost every extraction worker a second copy of the list.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let words: Set<string> | undefined;

export function englishWords(): ReadonlySet<string> {
  if (!words) {
    // The package is ES-module only and exports no subpath: find its words.txt beside its entry.
    const path = join(dirname(require.resolve('word-list')), 'words.txt');
    words = new Set(readFileSync(path, 'utf8').split('\n'));
  }
  return words;
}
