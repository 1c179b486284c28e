/**
 * Lexicon loader
 * ==============
 *
 * The only code that knows the formats of `src/data/`. Reads and validates every file, reports a
 * bad line by `file:line`, and builds the lookup maps once. The result is passed to the stages in
 * their context; nothing here is a module singleton.
 *
 * General world data (country names, demonyms, capitals) comes from the maintained
 * `world-countries` package; `country-aliases.tsv` adds the political aliases news uses.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import worldCountries from 'world-countries';
import { StancegraphError } from '../errors';
import { normalize, tokenizeString } from '../text/sentences';
import { STATEMENT_TYPES, type LexiconRef, type StatementType } from '../types';
import type {
  BodyEntry, CountryEntry, CueClass, CueEntry, CueUpos, GazetteerEntry, GazetteerKind, Lexicons,
  GroupModifierEntry, GroupNounEntry, OrgHeadEntry, TitleEntry, WordClass,
} from './types';
import { WORD_CLASSES } from './types';
import { englishWords } from '../syntax/word-list';

/** Where the data files live: next to the compiled code (dist/data) or the sources (src/data). */
export function defaultDataDir(): string {
  const here = join(__dirname, '..', 'data');
  return existsSync(here) ? here : join(__dirname, '..', '..', 'src', 'data');
}

interface Row { cells: string[]; line: number }

function readTsv(dir: string, file: string): Row[] {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new StancegraphError('E_LEXICON', `cannot read lexicon ${path}`, undefined, { cause: err });
  }
  const rows: Row[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    rows.push({ cells: line.split('\t'), line: i + 1 });
  });
  return rows;
}

function bad(file: string, line: number, why: string): never {
  throw new StancegraphError('E_LEXICON', `src/data/${file}:${line}: ${why}`, 'fix the line; see src/data/README.md');
}

/** Lower-case words of a phrase; "Lee Jae-sun's" → ["lee", "jae", "-", "sun", "'s"]. */
export function phraseWords(phrase: string): string[] {
  return tokenizeString(normalize(phrase)).map((t) => t.lower);
}

function isAllCaps(s: string): boolean {
  return /^[\p{Lu}.\d-]+$/u.test(s.replace(/\s+/g, '')) && /\p{Lu}{2}/u.test(s);
}

function pushIndexed<T extends { words: string[] }>(map: Map<string, T[]>, entry: T): void {
  const key = entry.words[0];
  if (!key) return;
  const list = map.get(key) ?? [];
  list.push(entry);
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(key, list);
}

// ---------------------------------------------------------------------------------------------
// Countries and international bodies

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean;
  unMember?: boolean;
}

function loadGeography(dir: string, gazetteer: Map<string, GazetteerEntry[]>) {
  const countries = new Map<string, CountryEntry>();
  const add = (surface: string, kind: GazetteerKind, ref: string, lexicon: LexiconRef, country?: string) => {
    const needsThe = /^the\s/i.test(surface);
    const words = phraseWords(surface.replace(/^the\s+/i, ''));
    if (!words.length) return;
    pushIndexed(gazetteer, { words, exactCase: isAllCaps(surface), needsThe, surface, kind, ref, lexicon, ...(country ? { country } : {}) });
  };
  const pkg = 'node_modules/world-countries/countries.json';
  for (const c of worldCountries as unknown as WorldCountry[]) {
    // Territories without a state of their own are left out: they seldom act politically
    // and their names collide with other words.
    if (!c.independent && !c.unMember && c.cca3 !== 'PSE' && c.cca3 !== 'TWN' && c.cca3 !== 'XKX') continue;
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d)))];
    countries.set(c.cca3, { id: c.cca3, name: c.name.common, demonyms, capitals: c.capital ?? [] });
    const ref = (key: string): LexiconRef => ({ file: pkg, line: 0, key: `${c.cca3}:${key}` });
    add(c.name.common, 'country', c.cca3, ref(c.name.common));
    if (c.name.official.length <= 60) add(c.name.official, 'country', c.cca3, ref(c.name.official));
    for (const alt of c.altSpellings ?? []) {
      // Two-letter codes ("IN", "IT") and inverted forms ("Korea, Republic of") are not how news names a state.
      // A spelling that is an English word ("Island" for Iceland) would fire on ordinary words.
      if (alt.length > 3 && !alt.includes(',') && /^[\p{L} .'’-]+$/u.test(alt) && /^\p{Lu}/u.test(alt) && !(!alt.includes(' ') && englishWords().has(alt.toLowerCase()))) add(alt, 'country', c.cca3, ref(alt));
    }
    for (const d of demonyms) {
      add(d, 'demonym', c.cca3, ref(d));
      // the people as the state's voice: "the Russians", "the Iranians" (regular plurals only)
      if (/[aeiou]n$|i$/.test(d)) add(`the ${d}s`, 'country', c.cca3, ref(`the ${d}s`));
    }
    for (const cap of c.capital ?? []) add(cap, 'capital', c.cca3, ref(cap));
  }
  for (const { cells, line } of readTsv(dir, 'country-aliases.tsv')) {
    const [id, alias] = cells;
    if (!id || !alias) bad('country-aliases.tsv', line, 'expected cca3<TAB>alias');
    if (!countries.has(id)) bad('country-aliases.tsv', line, `unknown country id ${id}`);
    add(alias, 'country', id, { file: 'src/data/country-aliases.tsv', line, key: alias });
    // "news name": the short English name news uses, when the package's common name differs
    if (/^news name\b/.test(cells[2] ?? '')) countries.get(id)!.name = alias;
  }

  const bodies = new Map<string, BodyEntry>();
  const bodiesPath = join(dir, 'international-bodies.json');
  let list: BodyEntry[];
  try {
    list = JSON.parse(readFileSync(bodiesPath, 'utf8')) as BodyEntry[];
  } catch (err) {
    throw new StancegraphError('E_LEXICON', `src/data/international-bodies.json: ${(err as Error).message}`, undefined, { cause: err });
  }
  list.forEach((b, i) => {
    if (!b.id || !b.name) bad('international-bodies.json', i + 1, 'entry needs id and name');
    bodies.set(b.id, b);
    for (const n of [b.name, ...(b.aliases ?? [])]) {
      add(n, 'body', b.id, { file: 'src/data/international-bodies.json', line: i + 1, key: b.id });
    }
  });
  // National institutions ("the Pentagon", "the Bundestag"): bodies of one state
  for (const { cells, line } of readTsv(dir, 'national-institutions.tsv')) {
    const [id, name, surfaces] = cells;
    if (!id || !name || !surfaces) bad('national-institutions.tsv', line, 'expected cca3<TAB>name<TAB>surface;surface…');
    if (!countries.has(id)) bad('national-institutions.tsv', line, `unknown country id ${id}`);
    const ref = `${id}:${name}`;
    const list = surfaces.split(';').map((x) => x.trim()).filter(Boolean);
    bodies.set(ref, { id: ref, name, kind: 'organization', aliases: list, country: id });
    for (const n of list) add(n, 'body', ref, { file: 'src/data/national-institutions.tsv', line, key: n }, id);
  }
  return { countries, bodies };
}

/** The political aliases of `country-aliases.tsv`, by country id ("KOR" → ["ROK", …]). */
export function loadCountryAliases(dir: string = defaultDataDir()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { cells } of readTsv(dir, 'country-aliases.tsv')) {
    const [id, alias] = cells;
    if (!id || !alias) continue;
    out.set(id, [...(out.get(id) ?? []), alias]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Titles and organization heads

function loadTitles(dir: string): Map<string, TitleEntry[]> {
  const map = new Map<string, TitleEntry[]>();
  for (const { cells, line } of readTsv(dir, 'titles.tsv')) {
    const [title, role, cls, , rank, gender] = cells;
    if (!title || !role || !['official', 'expert', 'media', 'honorific'].includes(cls ?? '')) {
      bad('titles.tsv', line, 'expected title<TAB>role<TAB>official|expert|media|honorific');
    }
    pushIndexed(map, {
      // an honorific ("Mr.", "Dr.") marks a person but gives no role
      words: phraseWords(title), role: cls === 'honorific' ? '' : role, cls: cls as TitleEntry['cls'],
      lexicon: { file: 'src/data/titles.tsv', line, key: title },
      leader: rank === 'leader',
      gender: gender === 'm' || gender === 'f' ? gender : undefined,
    });
    // "Senators X and Y", "Foreign Ministers X and Y": the plural of a full-word title, before names only
    const words = phraseWords(title);
    const lastWord = words[words.length - 1];
    if (cls === 'official' && /^\p{Ll}{3,}$/u.test(lastWord) && !/s$/.test(lastWord)) {
      const plural = /[^aeiou]y$/.test(lastWord) ? `${lastWord.slice(0, -1)}ies` : /(ch|sh|x)$/.test(lastWord) ? `${lastWord}es` : `${lastWord}s`;
      pushIndexed(map, {
        words: [...words.slice(0, -1), plural], role, cls: 'official', plural: true,
        lexicon: { file: 'src/data/titles.tsv', line, key: title }, leader: rank === 'leader',
      });
    }
    // "Sens. X and Y", "Reps. X and Y": the plural of an abbreviated title is the abbreviation with "s"
    const abbr = words.length === 2 && words[1] === '.' ? words[0] : undefined;
    if (cls === 'official' && abbr && /^\p{Ll}{2,4}$/u.test(abbr) && !/s$/.test(abbr)) {
      pushIndexed(map, {
        words: [`${abbr}s`, '.'], role, cls: 'official', plural: true,
        lexicon: { file: 'src/data/titles.tsv', line, key: title }, leader: rank === 'leader',
      });
    }
  }
  return map;
}

function loadOrgHeads(dir: string): Map<string, OrgHeadEntry[]> {
  const map = new Map<string, OrgHeadEntry[]>();
  for (const { cells, line } of readTsv(dir, 'org-heads.tsv')) {
    const [head, kind] = cells;
    if (!head || (kind !== 'organization' && kind !== 'media')) bad('org-heads.tsv', line, 'expected head<TAB>organization|media');
    pushIndexed(map, { words: phraseWords(head), kind, lexicon: { file: 'src/data/org-heads.tsv', line, key: head } });
  }
  return map;
}

function loadGroupNouns(dir: string): Map<string, GroupNounEntry> {
  const map = new Map<string, GroupNounEntry>();
  for (const { cells, line } of readTsv(dir, 'group-nouns.tsv')) {
    const [word, cls, bare] = cells;
    if (!word || !['group', 'state', 'state-only'].includes(cls ?? '') || !['yes', 'the', 'no'].includes(bare ?? '')) {
      bad('group-nouns.tsv', line, 'expected plural<TAB>group|state|state-only<TAB>yes|the|no<TAB>note');
    }
    const w = word.toLowerCase();
    map.set(w, { word: w, cls: cls as GroupNounEntry['cls'], bare: bare as GroupNounEntry['bare'], lexicon: { file: 'src/data/group-nouns.tsv', line, key: w } });
  }
  return map;
}

function loadGroupModifiers(dir: string): Map<string, GroupModifierEntry> {
  const map = new Map<string, GroupModifierEntry>();
  for (const { cells, line } of readTsv(dir, 'group-modifiers.tsv')) {
    const [word, action] = cells;
    if (!word || (action !== 'drop' && action !== 'official')) bad('group-modifiers.tsv', line, 'expected word<TAB>drop|official<TAB>note');
    const w = word.toLowerCase();
    map.set(w, { word: w, action, lexicon: { file: 'src/data/group-modifiers.tsv', line, key: w } });
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Cues

const UPOS = ['VERB', 'NOUN', 'ADJ', 'ADV', 'PHRASE'];
const SPECIAL_SLOTS = new Set(['obj', 'agent', 'joint', 'clause', 'ccomp', 'none']);

/**
 * cues.tsv: lemma, upos, type, class, frame, strict, source, example (see src/data/cues-README.md).
 * Cues are matched on the parser's lemma and part of speech, so no inflected forms are generated.
 */
function loadCues(dir: string): Map<string, CueEntry[]> {
  const map = new Map<string, CueEntry[]>();
  for (const { cells, line } of readTsv(dir, 'cues.tsv')) {
    const [lemma, upos, type, cls, frame, strict] = cells;
    if (!lemma || !UPOS.includes(upos ?? '')) bad('cues.tsv', line, `expected lemma<TAB>${UPOS.join('|')}<TAB>type<TAB>class<TAB>frame<TAB>strict<TAB>source<TAB>example`);
    if (!['act', 'eval', 'report', 'light', 'attitude'].includes(cls ?? '')) bad('cues.tsv', line, `unknown class "${cls}"`);
    // a light verb ("express", "lodge") or a neutral attitude ("fear") carries no type of its own
    if (cls !== 'report' && !((cls === 'light' || cls === 'attitude') && !type) && !STATEMENT_TYPES.includes(type as StatementType)) bad('cues.tsv', line, `unknown type "${type}"`);
    const frames = (frame ?? '').split('|').map((f) => f.trim()).filter(Boolean);
    if (!frames.length) bad('cues.tsv', line, 'empty frame');
    for (const f of frames) if (!SPECIAL_SLOTS.has(f) && !/^[a-z]+( [a-z]+)?$/.test(f)) bad('cues.tsv', line, `unknown frame slot "${f}"`);
    if (strict !== 'yes' && strict !== 'no') bad('cues.tsv', line, `strict must be yes or no, not "${strict}"`);
    const words = lemma.toLowerCase().split(/\s+/);
    pushIndexed(map, {
      lemma: lemma.toLowerCase(), words, upos: upos as CueUpos, type: (type || undefined) as StatementType | undefined,
      cls: cls as CueClass, frames, strict: strict === 'yes',
      lexicon: { file: 'src/data/cues.tsv', line, key: lemma },
    });
  }
  return map;
}

/** Crude lemma candidates of a lower-case word, enough to tell "condemned" is a cue word. */
function stems(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  return out;
}

// ---------------------------------------------------------------------------------------------

const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);

/** src/data/word-classes.tsv: every class the rules read, none empty, no unknown class. */
function loadWordClasses(dir: string): Record<WordClass, ReadonlySet<string>> {
  const out = Object.fromEntries(WORD_CLASSES.map((c) => [c, new Set<string>()])) as Record<WordClass, Set<string>>;
  for (const { cells, line } of readTsv(dir, 'word-classes.tsv')) {
    const [cls, word] = cells;
    if (!(WORD_CLASSES as readonly string[]).includes(cls)) bad('word-classes.tsv', line, `unknown class "${cls}" (known: ${WORD_CLASSES.join(', ')})`);
    if (!word || word !== word.trim().toLowerCase()) bad('word-classes.tsv', line, 'expected class<TAB>lower-case word[<TAB>reason]');
    out[cls as WordClass].add(word);
  }
  for (const c of WORD_CLASSES) if (!out[c].size) bad('word-classes.tsv', 0, `class "${c}" has no words`);
  return out;
}

/** Loads every lexicon from `dir` (default: the package's own data). Throws E_LEXICON on a bad line. */
export function loadLexicons(dir: string = defaultDataDir()): Lexicons {
  const gazetteer = new Map<string, GazetteerEntry[]>();
  const { countries, bodies } = loadGeography(dir, gazetteer);
  const cues = loadCues(dir);
  const peoples = new Set(readTsv(dir, 'peoples.tsv').map((r) => r.cells[0].toLowerCase()));
  // a nation's people as a plural ("Americans", "Brazilians"): a population, no actor (spec: "South Koreans");
  // "the Americans" as the state's voice is a gazetteer alias and is read before this
  // (of a two-word demonym the last word: "South Koreans" is no person "Koreans")
  for (const c of countries.values()) for (const d of c.demonyms) if (/[aeiou]n$|i$/i.test(d)) peoples.add(`${d.toLowerCase().split(' ').pop()}s`);
  const english = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  return {
    words: loadWordClasses(dir),
    countries,
    bodies,
    gazetteer,
    titles: loadTitles(dir),
    orgHeads: loadOrgHeads(dir),
    groupNouns: loadGroupNouns(dir),
    groupModifiers: loadGroupModifiers(dir),
    cues,
    cueWord: (word) => stems(word).some((w) => cues.has(w)),
    people: (word) => peoples.has(word),
    commonWord(word) {
      // plurals the lexicon lacks ("affairs", "relations") count as their singular
      const tag = english[word] ?? (word.endsWith('s') ? english[word.slice(0, -1)] : undefined);
      if (!tag) return false;
      const tags = Array.isArray(tag) ? tag : [tag];
      return !tags.some((t) => NAME_TAGS.has(t));
    },
    dictionaryWord: (word) => englishWords().has(word),
    tagsOf(word) {
      const tag = english[word];
      return tag ? (Array.isArray(tag) ? tag : [tag]) : [];
    },
    nameWord(word) {
      const tag = english[word];
      if (!tag) return false;
      const tags = Array.isArray(tag) ? tag : [tag];
      return tags.some((t) => NAME_TAGS.has(t));
    },
  };
}
