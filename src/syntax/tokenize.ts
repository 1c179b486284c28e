/**
 * Tokenizer following UD English (EWT) conventions
 * ================================================
 *
 * White space separates chunks; each chunk is then split the way the English Web Treebank
 * splits words:
 *  - opening and closing punctuation, quotes (straight and curly), brackets, dashes ("—", "--")
 *    and ellipses ("...", "…") are tokens of their own;
 *  - clitics are split: "don't" → "do" "n't", "can't" → "ca" "n't", "won't" → "wo" "n't",
 *    "it's" → "it" "'s", "we're", "I'll", "they've", "I'd", "I'm"; "cannot" → "can" "not",
 *    "gonna" → "gon" "na"; "boys'" → "boys" "'";
 *  - abbreviations keep their period: "U.S.", "Mr.", "Gen.", "p.m.", "e.g.", initials ("J.");
 *  - numbers stay whole ("3.5", "1,000", "10:30", "555-1234"); "$" and "%" are split off;
 *  - hyphenated words: EWT (as distributed in UD 2.x) splits "15-year" and "wheel-chair" into
 *    three tokens but keeps words with a prefix such as "e-mail", "non-human", "re-wording",
 *    "co-founder" whole, and so does this tokenizer; "and/or" is split at the slash;
 *  - URLs and e-mail addresses are single tokens.
 * Every token has UTF-16 offsets [start, end) into the original text (plus `offset`).
 */

export interface RawToken {
  form: string;
  start: number;
  end: number;
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'st',
  'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'fig', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pres', 'amb', 'vol',
  'rev', 'hon', 'messrs', 'mme', 'esq', 'cf', 'al', 'ave', 'blvd', 'rd', 'univ', 'assn', 'bros',
  'govt', 'intl', 'natl', 'pp', 'gens', 'reps', 'sens',
]);
// "No. 10" but "I said no.": these keep their period only before a number.
const ABBREV_BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'p', 'vol', 'fig']);

const PREFIXES = new Set([
  'e', 'non', 'anti', 're', 'semi', 'over', 'counter', 'mis', 'vice', 'co', 'pre', 'post', 'pro', 'ex', 'multi',
  'inter', 'sub', 'super', 'un', 'mid', 'bi', 'de', 'neo', 'pseudo', 'quasi', 'trans', 'ultra', 'x', 'u', 'mega',
  'micro', 'macro', 'mini', 'cyber', 'self', 'all', 'extra', 'intra', 'tri', 'out', 'under', 'up',
]);

const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[', '{', '¿', '¡', '„', '‚', '‹', '*', '<']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', ',', ';', ':', '!', '?', '›', '*', '>']);
const CLITIC_RE = /^(.*\p{L})(['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))$/u;
const NT_RE = /^(.*\p{L})(n['’]t|N['’]T)$/u;
const URL_RE = /^(?:(?:https?|ftp):\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
const SPLIT_FORMS: Record<string, number[]> = { cannot: [3], gonna: [3], wanna: [3], gotta: [3], dunno: [2, 3] };
/** Cut points of a word split in two ("cannot" → "can" "not"); own keys only ("constructor" is no such word). */
const splitForm = (lower: string): number[] | undefined => (Object.hasOwn(SPLIT_FORMS, lower) ? SPLIT_FORMS[lower] : undefined);
// A chunk of letters and digits only, most chunks: nothing in it for the rules below to split.
const PLAIN_RE = /[\p{L}\p{N}]+/uy;

function isAbbrev(core: string, next: string): boolean {
  // core ends with "."
  const w = core.slice(0, -1);
  if (ABBREV_BEFORE_NUMBER.has(w.toLowerCase()) && /^\s*\d/.test(next)) return true;
  if (!w) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(w)) return true; // U.S, p.m, e.g
  if (/^\p{Lu}$/u.test(w)) return true; // initial
  return ABBREV.has(w.toLowerCase());
}

/** Splits one white-space-free chunk at [s, e) of text into tokens. */
function splitChunk(text: string, s: number, e: number, out: RawToken[]): void {
  PLAIN_RE.lastIndex = s;
  if (PLAIN_RE.test(text) && PLAIN_RE.lastIndex === e) {
    const form = text.slice(s, e);
    if (!splitForm(form.toLowerCase())) {
      out.push({ form, start: s, end: e });
      return;
    }
  }
  const tail: RawToken[] = [];
  const emit = (a: number, b: number, to: RawToken[] = out) => {
    if (b > a) to.push({ form: text.slice(a, b), start: a, end: b });
  };
  // leading punctuation
  for (;;) {
    if (s >= e) break;
    const rest = text.slice(s, e);
    if (URL_RE.test(rest.replace(/[.,;:!?)"'”’\]]+$/, ''))) break;
    const m = /^(\.\.\.+|…|--+|—|–|-(?=\D)|\/)/.exec(rest);
    if (m && m[0].length < rest.length) {
      emit(s, s + m[0].length);
      s += m[0].length;
      continue;
    }
    const c = text[s];
    if (OPENERS.has(c) && e - s > 1) {
      if ((c === "'" || c === '’') && /^['’](?:s|re|ve|ll|d|m|em|\d\ds?)\b/i.test(rest)) break;
      emit(s, s + 1);
      s++;
      continue;
    }
    if ((c === '$' || c === '€' || c === '£' || c === '#') && /^\S\d/.test(rest)) {
      emit(s, s + 1);
      s++;
      continue;
    }
    break;
  }
  // trailing punctuation
  for (;;) {
    if (e <= s) break;
    const core = text.slice(s, e);
    if (URL_RE.test(core) && !/[.,;:!?)"'”’\]]$/.test(core)) break;
    const m = /(\.\.\.+|…|--+|—|–)$/.exec(core);
    if (m && m[0].length < core.length) {
      emit(e - m[0].length, e, tail);
      e -= m[0].length;
      continue;
    }
    const c = text[e - 1];
    if (CLOSERS.has(c) && e - s > 1) {
      // possessive "boys'" is split too, as in EWT
      emit(e - 1, e, tail);
      e--;
      continue;
    }
    if (c === '%' && e - s > 1) {
      emit(e - 1, e, tail);
      e--;
      continue;
    }
    if (c === '.' && e - s > 1) {
      if (isAbbrev(core, text.slice(e, e + 3))) break;
      emit(e - 1, e, tail);
      e--;
      continue;
    }
    break;
  }
  if (e > s) splitCore(text, s, e, out);
  for (let i = tail.length - 1; i >= 0; i--) out.push(tail[i]);
}

/** Word-internal splits: dashes, ellipses, slashes, hyphens, clitics. */
function splitCore(text: string, s: number, e: number, out: RawToken[]): void {
  const core = text.slice(s, e);
  const emit = (a: number, b: number) => {
    if (b > a) out.push({ form: text.slice(a, b), start: a, end: b });
  };
  if (URL_RE.test(core) || core.length === 1) return emit(s, e);
  // internal dashes / ellipses: "word—word", "word--word", "wait...what"
  const dm = /(\.\.\.+|…|--+|—|–)/.exec(core);
  if (dm && dm.index > 0) {
    splitChunk(text, s, s + dm.index, out);
    emit(s + dm.index, s + dm.index + dm[0].length);
    splitChunk(text, s + dm.index + dm[0].length, e, out);
    return;
  }
  // "and/or": slash between words of two letters or more
  const sm = /^(\p{L}{2,})\/(\p{L}{2,})$/u.exec(core);
  if (sm) {
    splitCore(text, s, s + sm[1].length, out);
    emit(s + sm[1].length, s + sm[1].length + 1);
    splitCore(text, s + sm[1].length + 1, e, out);
    return;
  }
  // clitics
  let m = NT_RE.exec(core);
  if (m) {
    let stem = m[1].length;
    const low = m[1].toLowerCase();
    if (low === 'ca' || low === 'wo' || low === 'sha' || low === 'ai') stem = m[1].length;
    splitCore(text, s, s + stem, out);
    emit(s + stem, e);
    return;
  }
  m = CLITIC_RE.exec(core);
  if (m && m[1].length > 0) {
    splitCore(text, s, s + m[1].length, out);
    emit(s + m[1].length, e);
    return;
  }
  const cuts = splitForm(core.toLowerCase());
  if (cuts) {
    let a = s;
    for (const c of cuts) {
      emit(a, s + c);
      a = s + c;
    }
    emit(a, e);
    return;
  }
  // hyphens between words (not after a prefix, not in numbers such as 555-1234)
  const hm = /^(\p{L}[\p{L}\p{N}'’.]*|\p{N}+(?:[.,]\p{N}+)*)-(?=[\p{L}\p{N}])/u.exec(core);
  if (hm && !PREFIXES.has(hm[1].toLowerCase()) && !/^[\p{N}-]+$/u.test(core)) {
    emit(s, s + hm[1].length);
    emit(s + hm[1].length, s + hm[1].length + 1);
    splitCore(text, s + hm[1].length + 1, e, out);
    return;
  }
  emit(s, e);
}

/** Tokens of `text` with UTF-16 offsets (plus `offset`) into the original text. */
export function tokenize(text: string, offset = 0): RawToken[] {
  const out: RawToken[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) splitChunk(text, m.index, m.index + m[0].length, out);
  if (offset) for (const t of out) { t.start += offset; t.end += offset; }
  return out;
}
