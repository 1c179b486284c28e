/**
 * Cues on the parse
 * =================
 *
 * Matches `src/data/cues.tsv` against a parsed sentence on lemma and part of speech:
 *
 * - a VERB entry matches a verb (or auxiliary-free adjective-like participle) whose lemma is the entry's
 *   lemma; a phrasal entry ("lash out") also needs the particle as a `compound:prt` dependent;
 * - NOUN and ADJ entries match those parts of speech ("criticism", "illegal");
 * - a PHRASE entry matches its lemma words in a row ("null and void", "hold talks");
 * - a `strict` entry matches only when one of its frame slots is filled ("call on", "back X").
 *
 * "state", "press", "back", "think" therefore fire only as verbs in their frame: the noun "state" of a
 * country's name, or "press" in "press conference", is no VERB.
 */
import type { CueEntry, Lexicons } from '../lexicon/types';
import type { Tree } from './tree';

export interface CueHit {
  entry: CueEntry;
  /** The token the cue's frame is read from (the verb, noun or adjective; a phrase's head). */
  tok: number;
  /** All tokens of the cue (half-open range in sentence order). */
  span: [number, number];
}

const VERBAL = new Set(['VERB']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const ADJECTIVAL = new Set(['ADJ', 'VERB']);

function lemmaOf(t: Tree, i: number): string {
  const l = t.lemma(i);
  return l && l !== '_' ? l : t.lower(i);
}

/** Does the entry's frame have one of its slots filled at `i`? */
export function slotFilled(t: Tree, i: number, slot: string): boolean {
  switch (slot) {
    case 'obj': return t.kids(i, 'obj', 'iobj').length > 0 || (t.passive(i) && (t.kids(i, 'nsubj').length > 0 || t.rel(i) === 'acl'));
    case 'agent': return t.kids(i, 'obl:agent').length > 0 || t.kids(i, 'obl').some((k) => t.caseOf(k) === 'by');
    case 'joint': return true;
    case 'clause': case 'ccomp': case 'none': return true;
    default: {
      const has = (x: number) => t.kids(x, 'obl', 'nmod', 'obj', 'advcl', 'xcomp', 'ccomp').some((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot)
        || t.kids(x, 'compound:prt').some((k) => t.lower(k) === slot);
      // a noun's phrase may hang on the verb it is the object of: "expressed concern | over X"
      const h = t.head(i);
      return has(i) || (h >= 0 && t.base(i) === 'obj' && (t.upos(i) === 'NOUN' || t.upos(i) === 'PROPN') && has(h));
    }
  }
}

export function findCues(lex: Lexicons, t: Tree): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < t.n; i++) {
    // a word inside a name is no cue: "Criminal" in "International Criminal Court", "Watch" in a group's name
    const m = t.mentionAt[i];
    if (m && m.kind !== 'pronoun' && m.kind !== 'description' && m.kind !== 'country' && /^\p{Lu}/u.test(t.toks[i].form) && m.text.split(/\s+/).length > 1) continue;
    const lemma = lemmaOf(t, i);
    const lower = t.lower(i);
    const byLemma = lex.cues.get(lemma);
    const byForm = lemma !== lower ? lex.cues.get(lower) : undefined;
    if (!byLemma && !byForm) continue; // most words: no array built
    const candidates = [...(byLemma ?? []), ...(byForm ?? [])];
    for (const e of candidates) {
      if (!e.type && e.cls !== 'report') continue; // light verbs: their object noun is the cue
      const upos = t.role(i);
      if (e.upos === 'PHRASE') {
        const end = phraseEnd(t, i, e.words);
        if (end < 0) continue;
        const head = headOf(t, i, end);
        out.push({ entry: e, tok: head, span: [i, end] });
        continue;
      }
      if (e.words[0] !== lemma && e.words[0] !== lower) continue;
      if (e.upos === 'VERB' && !VERBAL.has(upos)) continue;
      if (e.upos === 'NOUN' && !NOMINAL.has(upos)) continue;
      if (e.upos === 'ADJ' && !ADJECTIVAL.has(upos)) continue;
      if (e.upos === 'ADV' && upos !== 'ADV') continue;
      let end = i + 1;
      if (e.words.length > 1) {
        // phrasal verb: the particle is a dependent ("lashed out", "pushed back")
        const prt = t.kids(i, 'compound:prt', 'advmod', 'obl', 'compound').find((k) => t.lower(k) === e.words[1]);
        if (prt === undefined) continue;
        end = Math.max(end, prt + 1);
      }
      if (e.strict && !e.frames.some((f) => slotFilled(t, i, f))) continue;
      out.push({ entry: e, tok: i, span: [i, end] });
    }
  }
  // one entry per token and class: the longer match, then the first line of the lexicon
  out.sort((a, b) => a.tok - b.tok || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.entry.lexicon.line - b.entry.lexicon.line);
  const kept: CueHit[] = [];
  for (const h of out) {
    if (kept.some((k) => k.tok === h.tok && k.entry.cls === h.entry.cls)) continue;
    kept.push(h);
  }
  return kept;
}

function phraseEnd(t: Tree, i: number, words: string[]): number {
  let k = i;
  for (const w of words) {
    if (k >= t.n) return -1;
    if (lemmaOf(t, k) !== w && t.lower(k) !== w) return -1;
    k++;
  }
  return k;
}

/** The token of [a, b) whose head lies outside the range. */
export function headOf(t: Tree, a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const h = t.head(k);
    if (h < a || h >= b) return k;
  }
  return a;
}
