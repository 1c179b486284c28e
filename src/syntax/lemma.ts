/**
 * Lemmatizer
 * ==========
 *
 * Learned from the LEMMA column of the training treebanks: an exception dictionary
 * (lower-case form + UPOS → lemma) for the forms whose lemma the suffix rules get wrong, and
 * suffix rules (per UPOS, longest matching suffix of up to 5 letters → "cut k letters, append s").
 * Proper nouns keep their form; other lemmas are lower case, as in UD English.
 */

export interface LemmaData {
  /** "upos\tlower" → lemma */
  exceptions: Record<string, string>;
  /** "upos\tsuffix" → "k\tappend" */
  rules: Record<string, string>;
}

export const MAX_SUFFIX = 5;

export function applyRule(lower: string, rule: string): string {
  const tab = rule.indexOf('\t');
  const k = Number(rule.slice(0, tab));
  const s = rule.slice(tab + 1);
  if (k > lower.length) return lower;
  return lower.slice(0, lower.length - k) + s;
}

export function ruleFor(data: LemmaData, lower: string, upos: string): string | undefined {
  for (let L = Math.min(MAX_SUFFIX, lower.length - 1); L >= 0; L--) {
    const r = data.rules[`${upos}\t${lower.slice(lower.length - L)}`];
    if (r !== undefined) return r;
  }
  return undefined;
}

// Lemmas are memoized per model (a word's lemma depends only on its form and UPOS).
const memo = new WeakMap<LemmaData, Map<string, string>>();
const MEMO_MAX = 100_000;

export function lemmatize(data: LemmaData, form: string, upos: string): string {
  if (upos === 'PROPN') return form;
  let m = memo.get(data);
  if (!m || m.size >= MEMO_MAX) memo.set(data, (m = new Map()));
  const key = `${upos}\t${form}`;
  let lemma = m.get(key);
  if (lemma === undefined) m.set(key, (lemma = lemmatizeUncached(data, form, upos)));
  return lemma;
}

function lemmatizeUncached(data: LemmaData, form: string, upos: string): string {
  const lower = form.toLowerCase();
  const ex = data.exceptions[`${upos}\t${lower}`];
  if (ex !== undefined) return ex;
  if (upos === 'NUM' || upos === 'PUNCT' || upos === 'SYM' || upos === 'X' || upos === 'INTJ') return lower;
  const r = ruleFor(data, lower, upos);
  return r === undefined ? lower : applyRule(lower, r);
}

/** The transformation lower → lemma as "k\tappend". */
export function transformation(lower: string, lemma: string): string {
  let p = 0;
  while (p < lower.length && p < lemma.length && lower[p] === lemma[p]) p++;
  return `${lower.length - p}\t${lemma.slice(p)}`;
}

/** Learns rules and exceptions from (form, upos, lemma) triples. */
export function learnLemmas(items: { form: string; upos: string; lemma: string }[]): LemmaData {
  const formCounts = new Map<string, Map<string, number>>();
  for (const { form, upos, lemma } of items) {
    if (upos === 'PROPN' || lemma === '_') continue;
    const k = `${upos}\t${form.toLowerCase()}`;
    let m = formCounts.get(k);
    if (!m) formCounts.set(k, (m = new Map()));
    const lem = lemma.toLowerCase() === lemma ? lemma : lemma.toLowerCase() === form.toLowerCase() ? form.toLowerCase() : lemma;
    m.set(lem, (m.get(lem) ?? 0) + 1);
  }
  // most frequent lemma per form
  const best = new Map<string, string>();
  for (const [k, m] of formCounts) {
    let b = '';
    let bc = -1;
    for (const [l, c] of [...m].sort()) if (c > bc) { b = l; bc = c; }
    best.set(k, b);
  }
  // suffix rules: counts per (upos, suffix) of transformations, over distinct forms
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const [k, lemma] of best) {
    const [upos, lower] = k.split('\t');
    const t = transformation(lower, lemma);
    for (let L = 0; L <= Math.min(MAX_SUFFIX, lower.length - 1); L++) {
      const rk = `${upos}\t${lower.slice(lower.length - L)}`;
      let m = ruleCounts.get(rk);
      if (!m) ruleCounts.set(rk, (m = new Map()));
      m.set(t, (m.get(t) ?? 0) + 1);
    }
  }
  const rules: Record<string, string> = {};
  for (const [rk, m] of [...ruleCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let b = '';
    let bc = -1;
    let total = 0;
    for (const [t, c] of [...m].sort()) {
      total += c;
      if (c > bc) { b = t; bc = c; }
    }
    const suffix = rk.slice(rk.indexOf('\t') + 1);
    if (suffix.length === 0 || total >= 2) rules[rk] = b;
  }
  const data: LemmaData = { exceptions: {}, rules };
  for (const [k, lemma] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [upos, lower] = k.split('\t');
    if (lemmatizeUncached(data, lower, upos) !== lemma) data.exceptions[k] = lemma;
  }
  return data;
}
