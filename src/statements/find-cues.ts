/**
 * Cue matching
 * ============
 *
 * Finds every cue of `src/data/cues.tsv` in a sentence. Multi-word cues may have up to two
 * "-ly" adverbs between their words ("will not simply stand by", "called once again on" is not
 * matched: only adverbs in "-ly" and "idly"). Each match keeps its lexicon line.
 */
import type { CueEntry, Lexicons } from '../lexicon/types';
import type { Token } from '../text/sentences';

export interface CueMatch {
  entry: CueEntry;
  /** Token indices, half-open. */
  start: number;
  end: number;
}

const GAP_MAX = 2;

export function findCues(lex: Lexicons, tokens: Token[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = lex.cues.get(tokens[i].lower);
    if (!list) continue;
    for (const e of list) {
      let k = i + 1;
      let ok = true;
      for (let w = 1; w < e.words.length; w++) {
        let gaps = 0;
        while (k < tokens.length && tokens[k].lower !== e.words[w] && gaps < GAP_MAX && /ly$/.test(tokens[k].lower) && e.words.length > 1) { k++; gaps++; }
        if (tokens[k]?.lower !== e.words[w]) { ok = false; break; }
        k++;
      }
      if (ok) out.push({ entry: e, start: i, end: k });
    }
  }
  // Keep the longest match of each class at a position ("call on" over "call"; "take measures against" over "take").
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CueMatch[] = [];
  for (const m of out) {
    // a cue strictly inside a longer one of the same class gives way; same-span cues of two parts of speech both stay
    const clash = kept.find((k) => k.entry.cls === m.entry.cls && m.start >= k.start && m.end <= k.end && (k.end - k.start > m.end - m.start || (k.entry.lemma === m.entry.lemma && k.entry.pos === m.entry.pos)));
    if (!clash) kept.push(m);
  }
  return kept;
}
