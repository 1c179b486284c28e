/**
 * Actor mentions
 * ==============
 *
 * Finds the places in a sentence that name or point to an actor, from the text alone:
 *
 * 1. gazetteer matches (states, demonyms, capitals, international bodies; `actors/gazetteer`);
 * 2. runs of capitalized words, segmented into affiliation + title + name (`actors/title-name`),
 *    organizations and media by their head noun (`actors/org-head`), bare names (`actors/proper-name`);
 * 3. lower-case titles before a name ("party spokesman X", `actors/title-before-name`);
 * 4. appositions after a name ("X, a professor at Y,", `actors/apposition`) and before it
 *    ("the deputy minister, X", `actors/title-apposition`);
 * 5. possessive affiliations ("Ruritania's minister X", `actors/possessive-affiliation`);
 * 6. descriptions ("the Ruritanian diplomat", "the embassy", `actors/description`) and pronouns.
 *
 * Nothing here knows any particular name: every decision comes from a lexicon entry or a rule id.
 */
import type { Lexicons, GazetteerEntry, TitleEntry, OrgHeadEntry } from '../lexicon/types';
import type { Token } from '../text/sentences';
import type { Mention } from './types';

interface Match<T> { entry: T; len: number }

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'on', 'du', 'al', 'bin', 'von', 'van', 'der', 'la', 'le']);
const PRONOUNS: Record<string, Mention['pronoun']> = {
  he: { person: 3, plural: false, human: true, gender: 'm' },
  she: { person: 3, plural: false, human: true, gender: 'f' },
  his: { person: 3, plural: false, human: true, gender: 'm' },
  her: { person: 3, plural: false, human: true, gender: 'f' },
  him: { person: 3, plural: false, human: true, gender: 'm' },
  it: { person: 3, plural: false, human: false },
  its: { person: 3, plural: false, human: false },
  they: { person: 3, plural: true, human: false },
  them: { person: 3, plural: true, human: false },
  we: { person: 1, plural: true, human: true },
  i: { person: 1, plural: false, human: true },
  our: { person: 1, plural: true, human: true },
  my: { person: 1, plural: false, human: true },
};
/** Words that govern a government-like body of the preceding person or state. */
const GOVERNMENT_HEADS = new Set(['administration', 'government', 'leadership', 'authorities', 'regime', 'side', 'cabinet']);
/** Description heads that stand for a person of a state ("the Ruritanian diplomat"). */
const PERSON_DESCRIPTIONS = new Set(['diplomat', 'official', 'representative', 'leader', 'president', 'minister', 'envoy',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'chancellor', 'expert', 'professor', 'analyst',
  'journalist', 'head', 'chairman', 'king', 'senator', 'lawmaker']);
/** Description heads that stand for an organization already named ("the embassy", "the publication"). */
const ORG_DESCRIPTIONS = new Set(['embassy', 'ministry', 'agency', 'newspaper', 'paper', 'publication', 'outlet', 'daily',
  'party', 'institute', 'council', 'committee', 'commission', 'department', 'office', 'think tank', 'broadcaster',
  'network', 'magazine', 'court', 'parliament', 'assembly', 'organization', 'union', 'alliance', 'bloc']);

export function matchAt<T extends { words: string[] }>(
  map: Map<string, T[]>, tokens: Token[], i: number, accept: (e: T) => boolean = () => true,
): Match<T> | undefined {
  const list = map.get(tokens[i]?.lower ?? '');
  if (!list) return undefined;
  for (const e of list) {
    if (i + e.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < e.words.length; k++) {
      if (tokens[i + k].lower !== e.words[k]) { ok = false; break; }
    }
    if (ok && accept(e)) return { entry: e, len: e.words.length };
  }
  return undefined;
}

export function gazetteerAt(lex: Lexicons, tokens: Token[], i: number): Match<GazetteerEntry> | undefined {
  const t = tokens[i];
  if (!t || !t.cap) return undefined;
  // "pro-American", "anti-Western": a stance word, not the state.
  if (i >= 2 && tokens[i - 1].text === '-' && t.joined && /^(pro|anti)$/i.test(tokens[i - 2].text)) return undefined;
  // "Lisa Jordan", "Ana Chad": a one-word state or capital right after a first name is a surname
  const prev = tokens[i - 1];
  if (prev && prev.cap && prev.word && lex.nameWord(prev.lower) && !lex.commonWord(prev.lower) && !lex.gazetteer.has(prev.lower) && !singularTitle(lex, prev.lower)
    && !(tokens[i + 1]?.cap && tokens[i + 1]?.word)) {
    const one = matchAt(lex.gazetteer, tokens, i);
    if (one && one.len === 1) return undefined;
  }
  return matchAt(lex.gazetteer, tokens, i, (e) => {
    if (e.exactCase) {
      for (let k = 0; k < e.words.length; k++) if (tokens[i + k].text !== tokens[i + k].text.toUpperCase()) return false;
    }
    // (a "the" shared by a coordination counts: "the Ruritanians and Osterlichers")
    if (e.needsThe && tokens[i - 1]?.lower !== 'the' && !(/^(and|or)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 3]?.lower === 'the' && tokens[i - 2]?.cap && /s$/.test(tokens[i - 2].text))) return false;
    // "Korean" alone is no state; a demonym must not run into a longer capitalized name we can't see.
    return true;
  });
}

/** A title begins with this word (the plurals of titles, "Senators", do not count). */
const singularTitle = (lex: Lexicons, w: string): boolean => (lex.titles.get(w) ?? []).some((e) => !e.plural);

/** An honorific ("Mr.") gives no role class. */
const roleClassOf = (t: TitleEntry): Mention['roleClass'] => (t.cls === 'honorific' ? undefined : t.cls);

// a plural title ("Senators") counts only right before a capitalized name
const titleAt = (lex: Lexicons, tokens: Token[], i: number): Match<TitleEntry> | undefined => matchAt(lex.titles, tokens, i,
  (e) => !e.plural || Boolean(tokens[i + e.words.length]?.cap && tokens[i + e.words.length]?.word));
const headAt = (lex: Lexicons, tokens: Token[], i: number): Match<OrgHeadEntry> | undefined => matchAt(lex.orgHeads, tokens, i);

/** Sentence-initial or after an opening quote/bracket: capitalization says nothing there. */
function atStart(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const p = tokens[i - 1].text;
  return p === '"' || p === '(' || p === '[' || p === ':' || p === "'";
}

interface Segment { kind: 'gaz' | 'title' | 'head' | 'name' | 'conn' | 'poss'; start: number; end: number; gaz?: GazetteerEntry; title?: TitleEntry; head?: OrgHeadEntry; instCountry?: string }

/** Builds mentions for one sentence. `sentence` is the index used on the mentions. */
export function findMentions(lex: Lexicons, tokens: Token[], sentence: number, text: (s: number, e: number) => string): Mention[] {
  const out: Mention[] = [];
  const span = (a: number, b: number) => ({ start: tokens[a].span.start, end: tokens[b - 1].span.end });
  const mk = (a: number, b: number, m: Omit<Mention, 'sentence' | 'tok' | 'span' | 'text'>): Mention => {
    const s = span(a, b);
    return { sentence, tok: { start: a, end: b }, span: s, text: text(s.start, s.end), ...m };
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // -------- pronouns
    const pro = PRONOUNS[t.lower];
    if (pro && t.word && !(t.text === 'US')) {
      if (!(t.lower === 'it' && /^(is|was|seems|would|will|has|had)$/.test(tokens[i + 1]?.lower ?? '') && /^(that|to|clear|unlikely|likely|doubtful|possible|a|an|the|not)$/.test(tokens[i + 2]?.lower ?? ''))) {
        out.push(mk(i, i + 1, { kind: 'pronoun', rule: 'actors/pronoun', pronoun: pro }));
      }
      i++;
      continue;
    }
    // -------- lower-case descriptions: "the Ruritanian diplomat", "the embassy", "the president"
    if (t.lower === 'the' || t.lower === 'this') {
      const d = description(lex, tokens, i);
      if (d) {
        out.push(mk(i, d.end, d.m));
        i = d.end;
        continue;
      }
    }
    if (!t.cap || !t.word) {
      i++;
      continue;
    }
    // -------- "PENCE:", "DUPONT:": a transcript's speaker label, whatever the word
    if (i <= 3 && tokens.slice(0, i).every((x) => !x.word)) {
      let e = i;
      while (e < tokens.length && e - i < 3 && tokens[e].word && /^\p{Lu}{2,}$/u.test(tokens[e].text)) e++;
      if (e > i && tokens[e]?.text === ':' && !gazetteerAt(lex, tokens, i)) {
        out.push(mk(i, e, { kind: 'name', rule: 'actors/speaker-label', name: tokens.slice(i, e).map((w) => w.text[0] + w.text.slice(1).toLowerCase()).join(' ') }));
        i = e;
        continue;
      }
    }
    // -------- a run of capitalized words (with connectors, hyphen joins and brackets)
    let j = i;
    const segs: Segment[] = [];
    while (j < tokens.length) {
      const tj = tokens[j];
      if (segs.length && tj.cap && lex.tagsOf(tj.lower).some((x) => x === 'Month' || x === 'WeekDay')) break;
      // a middle initial inside a name: "Jean K. Dupont", "Ana B. Novak"
      if (segs.length && /^\p{Lu}$/u.test(tj.text) && tokens[j + 1]?.text === '.' && tokens[j + 1].joined && tokens[j + 2]?.cap && tokens[j + 2]?.word) {
        segs.push({ kind: 'conn', start: j, end: j + 2 }); j += 2; continue;
      }
      const g = gazetteerAt(lex, tokens, j);
      // "Treasury Secretary X": a title that begins with a national institution is the title, of that state
      const gt = g && g.entry.kind === 'body' && g.entry.country && tj.cap ? titleAt(lex, tokens, j) : undefined;
      if (g && gt && gt.len > g.len) { segs.push({ kind: 'title', start: j, end: j + gt.len, title: gt.entry, instCountry: g.entry.country }); j += gt.len; continue; }
      if (g) { segs.push({ kind: 'gaz', start: j, end: j + g.len, gaz: g.entry }); j += g.len; continue; }
      if (tj.cap || (segs.length && tj.word && tj.joined && tokens[j - 1]?.text === '-')) {
        const ti = titleAt(lex, tokens, j);
        if (ti && tokens[j].cap) { segs.push({ kind: 'title', start: j, end: j + ti.len, title: ti.entry }); j += ti.len; continue; }
        const h = headAt(lex, tokens, j);
        if (h && tokens[j].cap) { segs.push({ kind: 'head', start: j, end: j + h.len, head: h.entry }); j += h.len; continue; }
        if (tj.word) { segs.push({ kind: 'name', start: j, end: j + 1 }); j++; continue; }
      }
      // hyphen inside a name: "Jean-Luc", "Moscow-Pyongyang"
      if (tj.text === '-' && tj.joined && tokens[j + 1]?.joined && tokens[j + 1]?.word && segs.length) {
        segs.push({ kind: 'conn', start: j, end: j + 1 }); j++; continue;
      }
      // connectors only between capitalized parts: "Ministry of Foreign Affairs", "People's Party of [New] Ruritania"
      if (segs.length && (CONNECTORS.has(tj.lower) || tj.text === '[' || tj.text === ']' || (tj.text === "'" && tj.joined && tokens[j - 1].lower.endsWith('s')))) {
        let k = j;
        while (k < tokens.length && (CONNECTORS.has(tokens[k].lower) || ['[', ']', "'"].includes(tokens[k].text))) k++;
        const orgish = segs.some((s) => s.kind === 'head' || s.kind === 'title') || (tokens[k] && headAhead(lex, tokens, k));
        if (k > j && tokens[k]?.cap && (tj.lower !== 'and' || orgish) && (tj.lower !== 'the' || orgish) && !(tj.lower === 'of' && !orgish && segs.every((s) => s.kind === 'gaz'))) {
          segs.push({ kind: 'conn', start: j, end: k }); j = k; continue;
        }
      }
      break;
    }
    // trailing connectors never end a run
    while (segs.length && segs[segs.length - 1].kind === 'conn') segs.pop();
    if (!segs.length) { i++; continue; }
    const end = segs[segs.length - 1].end;
    interpretRun(lex, tokens, segs, out, mk);
    i = end;
  }
  // capitalized common words (`actors/common-word-name`) wait until the passes below have read them as the
  // modifiers they mostly are ("Green MPs"); they stay only where no other mention covers them
  const words = out.filter((m) => m.rule === 'actors/common-word-name');
  for (const w of words) out.splice(out.indexOf(w), 1);
  leaderOfGovernment(lex, tokens, out);
  groupMentions(lex, tokens, out, mk);
  attachAppositions(lex, tokens, out, mk);
  for (const w of words) if (!out.some((m) => m.tok.start < w.tok.end && w.tok.start < m.tok.end)) out.push(w);
  out.sort((a, b) => a.tok.start - b.tok.start);
  return out.filter((m) => !quotedTitle(tokens, m) && !dateline(tokens, m));
}

/**
 * "the Dupont administration", "the Novak government": a one-word name before a lower-case government head
 * is the person who leads it (`actors/leader-of-government`), never an organization of that name. English
 * words ("the Labour government") and acronyms are left alone.
 */
function leaderOfGovernment(lex: Lexicons, tokens: Token[], out: Mention[]): void {
  for (const m of out) {
    if (m.kind !== 'name' || m.rule !== 'actors/proper-name' || m.tok.end - m.tok.start !== 1 || m.possessive) continue;
    const next = tokens[m.tok.end];
    if (!next || next.cap || !LEADER_GOVERNMENTS.has(next.lower)) continue;
    const w = tokens[m.tok.start].lower;
    if (lex.dictionaryWord(w) || lex.commonWord(w) || lex.people(w)) continue;
    m.kind = 'person';
    m.rule = 'actors/leader-of-government';
  }
}
const LEADER_GOVERNMENTS = new Set(['administration', 'government', 'cabinet', 'regime', 'presidency']);

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/** A name that is all of a quotation ("CNN's “State of the Union”", the ad “Arrogant”) is the title of a work. */
function quotedTitle(tokens: Token[], m: Mention): boolean {
  if (m.kind === 'country' || m.kind === 'pronoun' || m.body) return false;
  const before = tokens[m.tok.start - 1]?.text;
  let k = m.tok.end;
  if (/^[.,!?]$/.test(tokens[k]?.text ?? '')) k++;
  return before !== undefined && QUOTES.has(before) && QUOTES.has(tokens[k]?.text ?? '') && before !== "'";
}

/** "CITY, Oct. 4 (Agency) —": the wire service's dateline credit, not an actor of the story. */
function dateline(tokens: Token[], m: Mention): boolean {
  if (m.kind === 'pronoun') return false;
  // "WASHINGTON (Agency) —", "CITY, Oct. 4 —", "CITY, Oct 4 - ": the place line in capitals (a hyphen with
  // spaces on both sides is the wire services' dash; "well-known" is no dash)
  if (m.tok.start === 0 && m.text === m.text.toUpperCase() && m.text.length > 3 && /^[(,]$/.test(tokens[m.tok.end]?.text ?? '')
    && tokens.slice(m.tok.end, m.tok.end + 12).some((x) => /^[―—–]$|^--$/.test(x.text) || (x.text === '-' && !x.joined && !tokens[tokens.indexOf(x) + 1]?.joined))) return true;
  if (m.kind === 'country') return false;
  return tokens[m.tok.start - 1]?.text === '(' && tokens[m.tok.end]?.text === ')' && /^[―—–-]{1,2}$/.test(tokens[m.tok.end + 1]?.text ?? '') && m.tok.start <= 12;
}

/** Tags that end the modifiers of a group noun, read leftwards ("urged by 40 MPs": "by" ends them). */
const GROUP_STOP_TAGS = /^(Determiner|Preposition|Conjunction|Pronoun|Modal|Copula|Auxiliary|QuestionWord|Adverb|Possessive)$/;
const GROUP_VERB_TAGS = /^(PastTense|Gerund|Infinitive|Participle|PresentTense|Verb)$/;
/** Auxiliaries end a group's modifiers ("has" ends in -s like a plural modifier, "rights groups", but is none). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'been', 'be', 'being']);
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'that', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'such']);

/**
 * Collective actors named by a plural noun and its modifiers (`actors/group`):
 * "40 MPs" → MPs; "Ruritanian presidential candidates"; "other right-wing Ruritanian leaders" →
 * right-wing Ruritanian leaders (country from the demonym); "the Liberals" (`actors/party-plural`).
 * Numbers, determiners and the `drop` words of group-modifiers.tsv stay in the mention's span but not in
 * its name. A state's apparatus ("Ruritanian officials", "senior Ruritanian government officials") is the
 * state (`actors/state-officials`). Mentions inside the phrase (the demonym) give it their country and go.
 */
function groupMentions(lex: Lexicons, tokens: Token[], out: Mention[], mk: Mk): void {
  const at = (k: number) => out.find((m) => m.tok.start <= k && k < m.tok.end);
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (!t.word) continue;
    const entry = lex.groupNouns.get(t.lower);
    const party = !entry && partyPlural(lex, tokens, h);
    if (!entry && !party) continue;
    // "Senators X and Y": a plural title before names titles them (actors/plural-title), no group
    if (entry && t.cap && titleAt(lex, tokens, h)?.entry.plural) continue;
    // "party leaders", "opposition party officials": the head is the last group noun of the phrase
    const nx = tokens[h + 1];
    if (nx && nx.joined === false && lex.groupNouns.has(nx.lower) && !nx.cap === !t.cap) continue;
    let own = at(h);
    // "the Liberals" read as a bare name by the run: the party reading wins
    if (party && own?.kind === 'name' && own.tok.end - own.tok.start === 1) { out.splice(out.indexOf(own), 1); own = undefined; }
    if (own && own.kind !== 'country') continue;
    if (own && own.tok.start < h && !party) continue; // inside a longer name ("Press Freedom Groups Alliance")
    // modifiers, leftwards
    let k = h - 1;
    let start = h;
    const inner: Mention[] = [];
    let number = false;
    while (k >= 0 && h - k <= 7 && !party) {
      const x = tokens[k];
      if (x.text === '-' && x.joined && tokens[k + 1]?.joined && k > 0 && tokens[k - 1].word) { start = k; k--; continue; }
      const m = at(k);
      if (m && m !== own) {
        // "Environmental activists" at the start of a sentence: the capitalized common word is a modifier
        const commonName = m.kind === 'name' && m.tok.end === k + 1 && m.tok.start === k && atStart(tokens, k) && lex.dictionaryWord(x.lower) && !lex.nameWord(x.lower);
        if (commonName) { out.splice(out.indexOf(m), 1); start = k; k--; continue; }
        if (m.kind !== 'country' || m.possessive && tokens[m.tok.end]?.text !== "'s") break;
        inner.push(m);
        start = m.tok.start;
        k = m.tok.start - 1;
        continue;
      }
      if (x.text === "'s" && at(k - 1)?.kind === 'country') { start = k; k--; continue; }
      if (!x.word || DETERMINERS.has(x.lower) || AUXILIARIES.has(x.lower)) break;
      if (/^\d/.test(x.text) || lex.tagsOf(x.lower).some((g) => g === 'Value' || g === 'Cardinal')) { start = k; number = true; k--; continue; }
      if (number) break;
      const tags = lex.tagsOf(x.lower);
      if (tags.some((g) => GROUP_STOP_TAGS.test(g)) && !tags.includes('Adjective')) break;
      // a verb form ("said", "urging") ends the phrase, a plural noun with a verb's tag ("rights") does not
      if (!x.cap && tags.some((g) => GROUP_VERB_TAGS.test(g)) && !tags.some((g) => g === 'Adjective' || g === 'Noun' || g === 'Singular') && !(x.lower.endsWith('s') && !x.lower.endsWith('ss'))) break;
      if (/ly$/.test(x.lower) && !x.cap) break;
      start = k;
      k--;
    }
    // "which has alarmed critics": after an auxiliary the "-ed" words are the verb, not modifiers
    if (AUXILIARIES.has(tokens[start - 1]?.lower ?? '')) while (start < h && !tokens[start].cap && /ed$/.test(tokens[start].lower)) start++;
    const definite = /^(the|these|those)$/.test(tokens[start - 1]?.lower ?? '');
    const words: Token[] = [];
    let country: string | undefined;
    let official = false;
    let other = false;
    for (let q = start; q < h; q++) {
      const x = tokens[q];
      const m = inner.find((y) => y.tok.start <= q && q < y.tok.end);
      if (m) { country = m.country ?? country; words.push(x); continue; }
      if (/^\d/.test(x.text) || lex.tagsOf(x.lower).some((g) => g === 'Value' || g === 'Cardinal')) continue;
      const mod = lex.groupModifiers.get(x.lower);
      if (mod?.action === 'drop') continue;
      if (mod?.action === 'official') official = true;
      else if (x.word && x.text !== "'s") other = true;
      words.push(x);
    }
    // drop a leading hyphen left by a dropped word
    while (words.length && !words[0].word) words.shift();
    const headTok = tokens[h];
    const remove = () => { for (const m of inner) { const i = out.indexOf(m); if (i >= 0) out.splice(i, 1); } if (own) out.splice(out.indexOf(own), 1); };
    if (party) {
      if (own) continue;
      out.push(mk(h, h + 1, { kind: 'group', rule: 'actors/party-plural', name: headTok.text, head: headTok.lower }));
      continue;
    }
    const e = entry!;
    const stateReading = e.cls !== 'group' && country && !other;
    if (stateReading) {
      remove();
      out.push(mk(start, h + 1, { kind: 'country', rule: 'actors/state-officials', lexicon: e.lexicon, country, governmental: true }));
      continue;
    }
    if (e.cls === 'state-only' || (e.cls === 'state' && (!other || official))) continue;
    if (!words.length && (e.bare === 'no' || (e.bare === 'the' && !definite))) continue;
    const name = [...words, headTok].map((x, i) => (i > 0 && !x.joined ? ' ' : '') + x.text).join('');
    remove();
    out.push(mk(start, h + 1, { kind: 'group', rule: 'actors/group', lexicon: e.lexicon, name, head: e.word, country, groupWords: words.length }));
  }
  out.sort((a, b) => a.tok.start - b.tok.start);
}

/**
 * "the Liberals", "Greens", "Socialists" in running text: a capitalized plural of a political
 * adjective or agent noun (not a people, state or month) names a party's members as a group.
 */
function partyPlural(lex: Lexicons, tokens: Token[], h: number): boolean {
  const t = tokens[h];
  if (!t.cap || !/^\p{Lu}\p{Ll}+s$/u.test(t.text) || lex.people(t.lower) || lex.gazetteer.has(t.lower) || singularTitle(lex, t.lower)) return false;
  // at the start of a sentence only before a verb ("Socialists said", "Liberals argue")
  // (a speech or cue verb counts: the lexicon tags few inflected forms, "Socialists criticized")
  const nx = tokens[h + 1]?.lower ?? '';
  if (atStart(tokens, h) && tokens[h - 1]?.lower !== 'the' && !lex.tagsOf(nx).some((g) => /^(PastTense|PresentTense|Modal|Copula|Auxiliary)$/.test(g)) && !lex.cueWord(nx)) return false;
  if (tokens[h + 1]?.cap && tokens[h + 1]?.word) return false; // inside a longer name
  // a capitalized word before is part of a longer name, unless it is a sentence's first function word ("If Liberals …")
  const pv = tokens[h - 1];
  if (pv?.cap && pv.word && pv.lower !== 'the' && !(atStart(tokens, h - 1) && lex.tagsOf(pv.lower).some((g) => FUNCTION_TAGS.has(g)))) return false;
  const sing = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.slice(0, -1);
  if (!/(an|crat|ive|ist|al|ite|ory|en)$/.test(sing)) return false;
  return lex.dictionaryWord(sing) || lex.commonWord(sing);
}

const FUNCTION_TAGS = new Set(['Comparative', 'Superlative', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Expression', 'QuestionWord', 'Modal', 'Copula', 'Adjective', 'Month', 'WeekDay', 'Value', 'Cardinal']);

/** A capitalized first word that is no name: a function word, an "-ly" adverb, or a lone common word. */
function initialNonName(lex: Lexicons, tokens: Token[], segs: Segment[]): boolean {
  const t = tokens[segs[0].start];
  if (lex.nameWord(t.lower)) return false;
  if (/ly$/.test(t.lower) && tokens[segs[0].end]?.text === ',') return true;
  if (lex.tagsOf(t.lower).some((x) => FUNCTION_TAGS.has(x))) return true;
  // "CNN said", "NBC reported": an acronym in capitals that is no dictionary word is a name, even where the
  // lexicon lists it (as an organization)
  if (segs.length === 1 && /^\p{Lu}{2,6}$/u.test(t.text) && !lex.dictionaryWord(t.lower)) return false;
  return segs.length === 1 && lex.commonWord(t.lower);
}

function headAhead(lex: Lexicons, tokens: Token[], k: number): boolean {
  for (let x = k; x < Math.min(tokens.length, k + 5); x++) {
    if (!tokens[x].cap && !CONNECTORS.has(tokens[x].lower)) return false;
    if (tokens[x].cap && headAt(lex, tokens, x)) return true;
  }
  return false;
}

type Mk = (a: number, b: number, m: Omit<Mention, 'sentence' | 'tok' | 'span' | 'text'>) => Mention;

function countryOfGaz(g: GazetteerEntry): string | undefined {
  // a national institution ("the Pentagon") has its state; an international body none
  return g.kind === 'body' ? g.country : g.ref;
}

/** Turns one capitalized run into mentions. */
function interpretRun(lex: Lexicons, tokens: Token[], segs: Segment[], out: Mention[], mk: Mk): void {
  // Drop a sentence-initial common word ("However", "Against", "Thus") from the front of the run.
  while (segs.length && segs[0].kind === 'name' && atStart(tokens, segs[0].start) && initialNonName(lex, tokens, segs)) {
    segs.shift();
    while (segs.length && (segs[0] as Segment).kind === 'conn') segs.shift();
  }
  // A weekday never begins a name: "On Monday Dupont said" (months can: "April", "June" are given names).
  while (segs.length && segs[0].kind === 'name' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[segs[0].start].lower)) {
    if (segs[0].end - segs[0].start > 1) { segs[0] = { ...segs[0], start: segs[0].start + 1 }; break; }
    segs.shift();
    while (segs.length && (segs[0] as Segment).kind === 'conn') segs.shift();
  }
  // Common capitalized words inside running text that never name anyone (months, "Cold", "War") are
  // left to the name check below.
  if (!segs.length) return;
  // "Mr. Novak and Mr. Lund", "President X and Prime Minister Y": an "and" before a title joins two people,
  // not one name ("Trade and Industry Secretary X" has no title after its "and")
  const split = segs.findIndex((s, k) => k > 0 && s.kind === 'conn' && tokens[s.start].lower === 'and' && segs[k + 1]?.kind === 'title' && segs.slice(0, k).some((x) => x.kind === 'name'));
  if (split > 0) {
    interpretRun(lex, tokens, segs.slice(0, split), out, mk);
    interpretRun(lex, tokens, segs.slice(split + 1), out, mk);
    return;
  }
  const first = segs[0].start;
  const last = segs[segs.length - 1].end;
  const next = tokens[last];
  const possessive = next?.text === "'s";

  // A person: [affiliation] TITLE NAME… — the last title followed only by name words.
  let ti = -1;
  for (let k = segs.length - 1; k >= 0; k--) if (segs[k].kind === 'title') { ti = k; break; }
  if (ti >= 0) {
    const rest = segs.slice(ti + 1);
    const nameSegs = rest.filter((s) => s.kind === 'name');
    // a place name after a given name is a surname ("Rui Lima", "Jordan Paris")
    const surnameLike = (s: Segment, idx: number) => s.kind === 'gaz' && s.end - s.start === 1 && idx > 0 && rest[idx - 1].kind === 'name' && s.gaz!.kind !== 'demonym';
    if (nameSegs.length && rest.every((s, idx) => s.kind === 'name' || (s.kind === 'conn' && (tokens[s.start].text === '-' || tokens[s.start + 1]?.text === '.')) || surnameLike(s, idx))) {
      const aff = segs.slice(0, ti);
      const country = aff.map((s) => (s.gaz ? countryOfGaz(s.gaz) : undefined)).find(Boolean) ?? segs[ti].instCountry;
      const nameStart = rest[0].start;
      out.push(mk(nameStart, last, {
        kind: 'person', rule: 'actors/title-name', lexicon: segs[ti].title!.lexicon, pluralTitle: segs[ti].title!.plural,
        name: undefined, role: segs[ti].title!.role || undefined, roleClass: roleClassOf(segs[ti].title!), gender: segs[ti].title!.gender, country, possessive, titleStart: segs[ti].start, titleOffset: tokens[segs[ti].start].span.start,
      }));
      // The affiliation's own mentions (a country before the title) are kept as affiliation only.
      for (const s of aff) if (s.kind === 'gaz') out.push(mk(s.start, s.end, { kind: s.gaz!.kind === 'body' ? 'organization' : 'country', rule: 'actors/gazetteer', lexicon: s.gaz!.lexicon, country: countryOfGaz(s.gaz!), body: s.gaz!.kind === 'body' ? s.gaz!.ref : undefined, affiliationOnly: true }));
      return;
    }
  }
  // "US National Security Council": names before a body's name make a national organization.
  const lastSeg = segs[segs.length - 1];
  if (segs.length > 1 && lastSeg.kind === 'gaz' && lastSeg.gaz!.kind === 'body' && segs.some((s) => s.kind === 'name')) {
    const country = segs.map((s) => (s.gaz && (s.gaz.kind === 'country' || s.gaz.kind === 'demonym') ? s.gaz.ref : undefined)).find(Boolean);
    let start = first;
    while (tokens[start].lower === 'the') start++;
    out.push(mk(start, last, { kind: 'organization', rule: 'actors/national-body', lexicon: lastSeg.gaz!.lexicon, country, possessive }));
    return;
  }
  // An organization or outlet: a run with a head noun ("Foreign Ministry", "Ruritania Herald").
  const hi = segs.findIndex((s) => s.kind === 'head');
  const whole = segs.length === 1 && segs[0].kind === 'gaz';
  if (hi >= 0 && !whole) {
    // Names after the head without a title ("… Party Kim Chol") are a person of that organization.
    let orgEnd = segs.length;
    const lastHeadIdx = segs.map((s) => s.kind).lastIndexOf('head');
    for (let k = hi + 1; k < segs.length; k++) {
      const tail = segs.slice(k);
      // names right after the last head word ("… Party Kim Chol-su") are a person whatever the words
      const names = tail.filter((s) => s.kind === 'name' && tokens[s.start].cap);
      if (segs[k].kind === 'name' && tail.every((s) => s.kind === 'name' || (s.kind === 'conn' && tokens[s.start].text === '-'))
        && names.length >= 2 && names.length <= 4 && segs[k - 1].kind !== 'conn' && (k === lastHeadIdx + 1 || !(lex.commonWord(tokens[segs[k].start].lower) || lex.dictionaryWord(tokens[segs[k].start].lower)))) {
        orgEnd = k;
        break;
      }
    }
    const orgSegs = segs.slice(0, orgEnd);
    // "the British Government", "the Ruritanian Administration": a state's government with nothing else in
    // its name is the state, as "the British government" is (spec: officials speaking for a state are the state)
    const govHead = orgSegs[orgSegs.length - 1];
    const stateSegs = orgSegs.slice(0, -1).filter((s) => !(s.kind === 'conn' && tokens[s.start].lower === 'the'));
    if (orgEnd === segs.length && govHead.kind === 'head' && GOVERNMENT_HEADS.has(govHead.head!.words.join(' ')) && stateSegs.length === 1
      && stateSegs[0].kind === 'gaz' && (stateSegs[0].gaz!.kind === 'country' || stateSegs[0].gaz!.kind === 'demonym')) {
      out.push(mk(stateSegs[0].start, govHead.end, { kind: 'country', rule: 'actors/state-government', lexicon: govHead.head!.lexicon, country: stateSegs[0].gaz!.ref, governmental: true, possessive }));
      return;
    }
    let start = orgSegs[0].start;
    while (start < orgSegs[orgSegs.length - 1].end && tokens[start].lower === 'the') start++;
    const lastHead = [...orgSegs].reverse().find((s) => s.kind === 'head')!;
    // A capital inside a name ("Kingston University") says nothing of the state.
    const country = orgSegs.map((s) => (s.gaz && (s.gaz.kind === 'country' || s.gaz.kind === 'demonym') ? s.gaz.ref : undefined)).find(Boolean);
    const orgEndTok = orgSegs[orgSegs.length - 1].end;
    const government = GOVERNMENT_HEADS.has(lastHead.head!.words.join(' '));
    out.push(mk(start, orgEndTok, {
      kind: lastHead.head!.kind, rule: 'actors/org-head', lexicon: lastHead.head!.lexicon, country,
      head: lastHead.head!.words.join(' '), possessive: orgEnd === segs.length && possessive, governmental: government,
    }));
    if (orgEnd < segs.length) {
      out.push(mk(segs[orgEnd].start, last, { kind: 'person', rule: 'actors/org-then-name', country, possessive }));
    }
    return;
  }
  // Gazetteer pieces and names.
  let k = 0;
  while (k < segs.length) {
    const s = segs[k];
    if (s.kind === 'gaz') {
      const g = s.gaz!;
      // A capitalized name right after a state name or demonym that is no title: "Russian Ivan X" is rare;
      // but "Camp David"-like places we cannot know. Keep the gazetteer reading.
      const after = tokens[s.end];
      const nextSeg = segs[k + 1];
      // "the Vienna gathering", "a Geneva meeting": a capital naming where something happens, no actor (spec:
      // capitals stand for their state only where they act or are acted on); "the Moscow embassy", "a Tehran
      // spokesman", "the Seoul government" keep it
      if (g.kind === 'capital' && !nextSeg && after && after.word && !after.cap && /^(the|a|an)$/.test(tokens[s.start - 1]?.lower ?? '') && !GOVERNMENT_HEADS.has(after.lower)
        && !lex.groupNouns.has(after.lower) && !ORG_DESCRIPTIONS.has(after.lower) && !PERSON_DESCRIPTIONS.has(after.lower) && !titleAt(lex, tokens, s.end) && !headAt(lex, tokens, s.end)) {
        k++;
        continue;
      }
      const modifier = g.kind === 'demonym' && after !== undefined && !after.cap && after.word && !nextSeg;
      const poss = after?.text === "'s";
      if (g.kind === 'demonym' && after && after.text === 's' ) { k++; continue; }
      // plural demonym ("South Koreans") is a people, not the state, unless the data lists it.
      out.push(mk(s.start, s.end, {
        kind: g.kind === 'body' ? 'organization' : 'country', rule: `actors/gazetteer-${g.kind}`, lexicon: g.lexicon,
        country: countryOfGaz(g), body: g.kind === 'body' ? g.ref : undefined, modifier, possessive: poss,
        affiliationOnly: Boolean(nextSeg && (nextSeg.kind === 'name' || nextSeg.kind === 'title')) && g.kind === 'demonym',
      }));
      k++;
      continue;
    }
    if (s.kind === 'name') {
      let e = k;
      while (e + 1 < segs.length && (segs[e + 1].kind === 'name' || (segs[e + 1].kind === 'conn' && (tokens[segs[e + 1].start].text === '-' || tokens[segs[e + 1].start + 1]?.text === '.') && segs[e + 2]?.kind === 'name'))) e++;
      const a = segs[k].start;
      const b = segs[e].end;
      const words = tokens.slice(a, b).filter((x) => x.word);
      const allCommon = words.every((w) => lex.commonWord(w.lower) && !lex.nameWord(w.lower));
      const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0].text);
      // "CLARIFICATION", "UPDATE" in capitals: a heading word, no name
      const capsWord = words.every((w) => /^\p{Lu}{4,}$/u.test(w.text) && (lex.dictionaryWord(w.lower) || lex.commonWord(w.lower)));
      if ((!allCommon || acronym) && !capsWord) {
        out.push(mk(a, b, {
          kind: 'name', rule: acronym ? 'actors/acronym' : 'actors/proper-name',
          possessive: tokens[b]?.text === "'s",
        }));
      } else if (words.length === 1 && !capsWord && !atStart(tokens, a) && !lex.tagsOf(words[0].lower).some((x) => FUNCTION_TAGS.has(x))) {
        // "Cotton also noted", "Mason said" inside a sentence: a capitalized common word may be the surname of
        // someone named before; the registry keeps it only as that (`actors/common-word-surname`)
        out.push(mk(a, b, { kind: 'name', rule: 'actors/common-word-name', possessive: tokens[b]?.text === "'s" }));
      }
      k = e + 1;
      continue;
    }
    k++;
  }
}

/** Words that end a description before its head ("the Ruritanian and …", "the state of …"). */
const DESCRIPTION_STOP = new Set(['of', 'in', 'and', 'or', 'but', 'that', 'to', 'for', 'with', 'on', 'at', 'by', 'which', 'who', 'from', 'as', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);

const NP_END_TAGS = /Verb|Tense|Infinitive|Modal|Copula|Preposition|Conjunction|Determiner|Adverb|Auxiliary|Gerund|Participle/;

/** Does the word after a would-be head start something other than more of the noun phrase? */
function endsNounPhrase(lex: Lexicons, next: Token): boolean {
  const tags = lex.tagsOf(next.lower);
  if (tags.some((x) => NP_END_TAGS.test(x)) || lex.cueWord(next.lower)) return true;
  if (!tags.length && /(ed|ly)$/.test(next.lower)) return true;
  return ['who', 'which', 'that', 'also', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'said'].includes(next.lower);
}

/** "the Ruritanian diplomat", "the embassy", "the Ruritanian president", "the leading liberal daily". */
function description(lex: Lexicons, tokens: Token[], i: number): { end: number; m: Omit<Mention, 'sentence' | 'tok' | 'span' | 'text'> } | undefined {
  let j = i + 1;
  let country: string | undefined;
  let lexicon;
  let steps = 0;
  while (j < tokens.length && steps < 5) {
    const g = gazetteerAt(lex, tokens, j);
    if (g && g.entry.kind !== 'body') {
      country = g.entry.ref; lexicon = g.entry.lexicon; j += g.len;
      if (tokens[j]?.text === "'s") j++;
      steps++;
      continue;
    }
    const t = tokens[j];
    if (!t.word || t.cap) return undefined;
    if (DESCRIPTION_STOP.has(t.lower)) return undefined;
    // "the official reaction": the would-be head is a modifier of a noun that follows.
    const nx = tokens[j + 1];
    if (nx && nx.word && !nx.cap && !endsNounPhrase(lex, nx) && !(t.lower === 'think' && nx.lower === 'tank')) { j++; steps++; continue; }
    const ti = titleAt(lex, tokens, j);
    const head2 = tokens.slice(j, j + 2).map((x) => x.lower).join(' ');
    if (ORG_DESCRIPTIONS.has(head2)) return { end: j + 2, m: { kind: 'description', rule: 'actors/description', head: head2, country } };
    if (PERSON_DESCRIPTIONS.has(t.lower) || (ti && ti.entry.cls === 'official' && !t.cap)) {
      // "the representative of the Ruritanian Foreign Ministry": that ministry speaking.
      const len = ti ? ti.len : 1;
      const role = ti?.entry.role ?? t.text;
      return { end: j + len, m: { kind: 'description', rule: 'actors/description', head: t.lower, role, country, lexicon } };
    }
    if (ORG_DESCRIPTIONS.has(t.lower)) return { end: j + 1, m: { kind: 'description', rule: 'actors/description', head: t.lower, country } };
    // "the Ruritanian media", "the Ruritanian officials": collective actors, read by `groupMentions`
    if (lex.groupNouns.has(t.lower)) return undefined;
    if (t.lower === 'side' && country) return { end: j + 1, m: { kind: 'country', rule: 'actors/side-of-state', country } };
    if (GOVERNMENT_HEADS.has(t.lower) && country) return { end: j + 1, m: { kind: 'country', rule: 'actors/government-of-state', country, governmental: true } };
    // "the government" with no state named in it: the state the document is about (`Registry`)
    if ((t.lower === 'government' || t.lower === 'administration') && j === i + 1 && tokens[i].lower === 'the' && tokens[j + 1]?.text !== "'s" && tokens[j + 1]?.lower !== 'of') {
      return { end: j + 1, m: { kind: 'description', rule: 'actors/the-government', head: 'government', governmental: true } };
    }
    // adjectives and capitalized modifiers may stand between ("the leading liberal daily", "the current Ruritanian leadership")
    if (!t.cap && lex.commonWord(t.lower)) { j++; steps++; continue; }
    return undefined;
  }
  return undefined;
}

/**
 * Appositions give a person a role and an affiliation:
 *  - after the name: "X, a senior fellow at the Y Institute and former Ruritanian official, said"
 *  - before the name: "the Ruritanian Deputy Foreign Minister, X," / "the head of Y, X,"
 *  - a lower-case title right before the name: "party spokesman X", "journalist X"
 *  - a possessive state: "Ruritania's Interior Minister X"
 */
function attachAppositions(lex: Lexicons, tokens: Token[], out: Mention[], mk: Mk): void {
  out.sort((a, b) => a.tok.start - b.tok.start);
  // "Ruritania's foreign ministry" (lower case): a state's organization named by its head noun
  for (const m of [...out]) {
    if (m.kind !== 'country' || !m.possessive) continue;
    const s = m.tok.end + 1;
    for (let len = 1; len <= 3; len++) {
      const e = s + len;
      if (!tokens[e - 1] || tokens[e - 1].cap || !tokens[e - 1].word) break;
      const h = headAt(lex, tokens, e - 1);
      if (h && h.len === 1 && h.entry.kind === 'organization' && !GOVERNMENT_HEADS.has(h.entry.words[0])) {
        if (out.some((x) => x.tok.start < e && x.tok.end > s)) break;
        out.push(mk(s, e, { kind: 'organization', rule: 'actors/state-org-lowercase', lexicon: h.entry.lexicon, country: m.country, head: h.entry.words[0], statePrefix: m.text }));
        m.affiliationOnly = true;
        break;
      }
    }
  }
  out.sort((a, b) => a.tok.start - b.tok.start);
  // "Ruritania's Foreign Ministry": the possessive state qualifies the organization
  for (let n = 1; n < out.length; n++) {
    const m = out[n];
    const prev = out[n - 1];
    const orgLike = m.kind === 'organization' || m.kind === 'media' || (m.kind === 'name' && m.rule === 'actors/acronym');
    if (orgLike && !m.body && prev.kind === 'country' && prev.possessive && prev.tok.end + 1 === m.tok.start && !m.country) {
      m.country = prev.country; m.statePrefix = prev.text.replace(/^the\s+/i, ''); prev.affiliationOnly = true;
    }
  }
  for (let n = 0; n < out.length; n++) {
    const m = out[n];
    if (m.kind !== 'name' && m.kind !== 'person') continue;
    // lower-case title just before: "party spokesman X", "journalist X", "Russian international journalist X"
    if (!m.role) {
      // "Ambassador to Ruritania John Doe": the posting stands between title and name
      let nameStart = m.tok.start;
      const posting = out.find((x) => x.tok.end === m.tok.start && (x.kind === 'country' || x.kind === 'organization'));
      if (posting) {
        let p = posting.tok.start - 1;
        if (tokens[p]?.lower === 'the') p--;
        if (tokens[p]?.lower === 'to') nameStart = p;
      }
      for (let b = nameStart - 1; b >= Math.max(0, nameStart - 4); b--) {
        const ti = titleAt(lex, tokens, b);
        if (ti && b + ti.len === nameStart) {
          if (posting && nameStart !== m.tok.start) posting.affiliationOnly = true;
          m.kind = 'person'; m.role = ti.entry.role || undefined; m.roleClass = roleClassOf(ti.entry); m.gender = ti.entry.gender; m.rule = 'actors/title-before-name'; m.lexicon = ti.entry.lexicon; m.pluralTitle = ti.entry.plural;
          // a demonym or state a few words before the title ("Russian international journalist")
          for (let c = b - 1; c >= Math.max(0, b - 3); c--) {
            // (a state's organization counts: "Pentagon press secretary X", "Ruritanian Foreign Ministry spokesman X")
            const g = out.find((x) => x.tok.end === c + 1 && (x.kind === 'country' || (x.kind === 'organization' && x.country && !x.possessive)));
            if (g) { m.country = m.country ?? g.country; g.affiliationOnly = true; break; }
            // a capitalized word that names no one ("Ruritanian Republican presidential nominee X": a party
            // adjective) stands between the state and the title; a name does not
            if (!tokens[c].word || (tokens[c].cap && out.some((x) => x.tok.start <= c && c < x.tok.end))) break;
          }
          break;
        }
        // the full stop of an abbreviated title ("Sens. X and Y") is part of the title, not a boundary
        if (!tokens[b].word && !(tokens[b].text === '.' && tokens[b].joined)) break;
      }
    }
    // "Senators X and Y", "Foreign Ministers X, Y and Z": a plural title distributes over the conjoined names
    // (`actors/plural-title`)
    const before = out[n - 1];
    if (!m.role && before?.kind === 'person' && before.pluralTitle && before.role && /^(and|,)$/.test(tokens[m.tok.start - 1]?.lower ?? '')
      && before.tok.end === m.tok.start - 1 && m.tok.end - m.tok.start >= 1) {
      m.kind = 'person'; m.role = before.role; m.roleClass = before.roleClass; m.country = m.country ?? before.country;
      m.rule = 'actors/plural-title'; m.lexicon = before.lexicon; m.pluralTitle = true;
    }
    // "Ruritania's Minister X": possessive state before a person or organization.
    const prev = out[n - 1];
    if (prev && (prev.kind === 'country') && prev.possessive && (prev.tok.end + 1 === m.tok.start || prev.tok.end + 1 === m.titleStart)) {
      m.country = m.country ?? prev.country; prev.affiliationOnly = true;
    }
    // apposition after: NAME , (a|an|the)? … TITLE … (,|verb|who)
    const after = m.tok.end;
    if (tokens[after]?.text === ',' && !m.role) {
      let k = after + 1;
      if (/^(a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
      let found: Match<TitleEntry> | undefined;
      let foundAt = -1;
      let end = k;
      for (let x = k; x < Math.min(tokens.length, k + 25); x++) {
        const tx = tokens[x];
        if (tx.text === ',' || tx.text === ';' || tx.text === '"' || tx.lower === 'who' || tx.lower === 'which') { end = x; break; }
        if (!found) { const ti = titleAt(lex, tokens, x); if (ti && x <= k + 4) { found = ti; foundAt = x; } }
        if (lex.cueWord(tx.lower) && !tx.cap && found && x >= foundAt + found.len) { end = x; break; }
        end = x + 1;
      }
      if (found) {
        m.kind = 'person';
        m.role = found.entry.role || undefined; m.roleClass = roleClassOf(found.entry); m.gender = found.entry.gender; m.rule = 'actors/apposition'; m.lexicon = found.entry.lexicon;
        const inside = out.filter((x) => x.tok.start >= k && x.tok.end <= end);
        const st = inside.find((x) => x.kind === 'country' && !x.modifier);
        const orgC = inside.find((x) => (x.kind === 'organization' || x.kind === 'media') && x.country);
        // "Ambassador to Ruritania": the posting is not the affiliation; a possessive or demonym is.
        const posting = st && tokens[st.tok.start - 1]?.lower === 'to' && tokens[st.tok.start - 2] && titleAt(lex, tokens, st.tok.start - 2);
        m.country = m.country ?? (posting ? undefined : st?.country) ?? orgC?.country;
        for (const x of inside) x.affiliationOnly = true;
        m.appositionEnd = end;
      }
    }
    // apposition before: "the Ruritanian Deputy Minister, X" / "the head of the Y Ministry, X"
    if (!m.role && tokens[m.tok.start - 1]?.text === ',') {
      const before = out.filter((x) => x.tok.end <= m.tok.start - 1 && x.tok.end >= m.tok.start - 12);
      const desc = [...before].reverse().find((x) => x.kind === 'description' && x.role);
      const title = desc ?? undefined;
      let titleTok = -1;
      for (let b = m.tok.start - 2; b >= Math.max(0, m.tok.start - 10); b--) {
        if (tokens[b].text === ',' || tokens[b].text === '.' || tokens[b].lower === 'and') break;
        const ti = titleAt(lex, tokens, b);
        if (ti) { titleTok = b; m.role = ti.entry.role || undefined; m.roleClass = roleClassOf(ti.entry); m.gender = ti.entry.gender; m.lexicon = ti.entry.lexicon; }
      }
      if (titleTok >= 0 || title) {
        m.kind = 'person'; m.rule = 'actors/title-apposition';
        if (title?.role && !m.role) m.role = title.role;
        const from = titleTok >= 0 ? titleTok - 4 : (title?.tok.start ?? m.tok.start);
        const inside = before.filter((x) => x.tok.start >= from);
        const st = inside.find((x) => x.kind === 'country' || x.kind === 'description');
        m.country = m.country ?? st?.country ?? inside.find((x) => x.country)?.country;
        for (const x of inside) { x.affiliationOnly = true; }
      }
    }
  }
}

