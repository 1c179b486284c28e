/**
 * Word-class lexicon for unknown words
 * ====================================
 *
 * A tagger feature from resources the package already depends on: compromise's lexicon (its
 * first tag for the word: "PastTense", "Plural", "FemaleName", …) and whether the lower-case
 * word is in the `word-list` English dictionary (names and foreign words mostly are not).
 * Built once per process.
 */
import type { LexiconFn } from './features';
import { englishWords } from './word-list';

let lexicon: LexiconFn = null;

export function getLexicon(): (lower: string) => string {
  if (lexicon) return lexicon as (lower: string) => string;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const nlp = require('compromise');
  const lex: Record<string, string | string[]> = nlp.model().one.lexicon;
  const words = englishWords();
  const fn = (lower: string): string => {
    const t = Object.hasOwn(lex, lower) ? lex[lower] : undefined; // "constructor" is no entry
    const tag = t === undefined ? '' : Array.isArray(t) ? t[0] : t.split(',')[0];
    return `${tag}|${words.has(lower) ? 'W' : '-'}`;
  };
  lexicon = fn;
  return fn;
}
