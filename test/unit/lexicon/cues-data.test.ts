/**
 * The cue lexicon's format (src/data/cues.tsv, rules in src/data/cues-README.md): every line parses,
 * types/classes/frames/upos come from the allowed sets, no (lemma, upos, frame) key twice, every entry
 * names its source, every example shows the lemma, and the file is exactly what the generator writes.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import nlp from 'compromise';

const ROOT = join(__dirname, '..', '..', '..');
const FILE = join(ROOT, 'src', 'data', 'cues.tsv');

const TYPES = new Set(['CRITICIZE', 'ACCUSE', 'WARN', 'DEMAND', 'REJECT', 'PROTEST', 'SANCTION', 'SUPPORT', 'COOPERATE', 'MEET', 'COMMENT']);
const UPOS = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'PHRASE']);
const CLASSES = new Set(['act', 'report', 'eval', 'light', 'attitude']);
const SLOTS = new Set(['obj', 'agent', 'joint', 'clause', 'ccomp', 'none']);
const PREPOSITIONS = new Set(['at', 'on', 'upon', 'for', 'with', 'of', 'against', 'over', 'about', 'to', 'from', 'into', 'in',
  'by', 'between', 'behind', 'around', 'regarding', 'toward', 'towards', 'as', 'onto', 'after']);

interface Entry { lemma: string; upos: string; type: string; cls: string; frame: string; strict: string; source: string; example: string; line: number }

function entries(): Entry[] {
  return readFileSync(FILE, 'utf8').split('\n').flatMap((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return [];
    const c = raw.split('\t');
    return [{ lemma: c[0], upos: c[1], type: c[2], cls: c[3], frame: c[4], strict: c[5], source: c[6], example: c[7], line: i + 1, cells: c.length } as Entry & { cells: number }];
  });
}

/** Forms of a word an example may show: verb inflections (compromise, then regular rules), plurals, stems. */
const formCache = new Map<string, string[]>();
function forms(word: string): string[] {
  const hit = formCache.get(word);
  if (hit) return hit;
  const out = new Set([word, `${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${word}ing`]);
  if (/y$/.test(word)) ['ies', 'ied'].forEach((s) => out.add(word.slice(0, -1) + s));
  if (/e$/.test(word)) out.add(`${word.slice(0, -1)}ing`);
  const last = word.slice(-1);
  out.add(`${word}${last}ed`); out.add(`${word}${last}ing`);
  const view = nlp(word).tag('Verb') as unknown as { verbs(): { conjugate(): Record<string, string>[] } };
  const conj = view.verbs().conjugate()[0] as Record<string, string> | undefined;
  for (const v of Object.values(conj ?? {})) out.add(v.replace(/^will /, ''));
  const list = [...out].map((f) => f.toLowerCase());
  formCache.set(word, list);
  return list;
}

function showsLemma(e: Entry): boolean {
  const text = e.example.toLowerCase().replace(/[^\p{L}\p{N}'\- ]/gu, ' ');
  const tokens = text.split(/\s+/).filter(Boolean);
  return e.lemma.split(' ').every((w) => {
    const fs = forms(w);
    return tokens.some((t) => fs.includes(t) || fs.some((f) => t.startsWith(f) && f.length >= 4));
  });
}

describe('src/data/cues.tsv', () => {
  const all = entries();

  it('holds thousands of entries', () => {
    expect(all.length).toBeGreaterThan(2000);
  });

  it('every line has the 8 columns, filled where required', () => {
    const bad = all.filter((e) => (e as Entry & { cells: number }).cells !== 8 || !e.lemma || !e.upos || !e.cls || !e.frame || !e.strict || !e.source || !e.example)
      .map((e) => `${e.line}: ${e.lemma}`);
    expect(bad).toEqual([]);
  });

  it('lemmas are lower-case dictionary forms without stray spaces', () => {
    const bad = all.filter((e) => e.lemma !== e.lemma.toLowerCase() || e.lemma !== e.lemma.trim() || /\s{2}|\t/.test(e.lemma) || /_/.test(e.lemma))
      .map((e) => `${e.line}: ${e.lemma}`);
    expect(bad).toEqual([]);
  });

  it('upos, type, class and strict come from the allowed sets', () => {
    const bad = all.filter((e) => !UPOS.has(e.upos) || (e.type !== '' && !TYPES.has(e.type)) || !CLASSES.has(e.cls) || !['yes', 'no'].includes(e.strict))
      .map((e) => `${e.line}: ${e.lemma} ${e.upos} ${e.type} ${e.cls} ${e.strict}`);
    expect(bad).toEqual([]);
  });

  it('a type is empty only for report verbs, support verbs and neutral attitudes; support verbs have none', () => {
    const bad = all.filter((e) => (e.type === '' && !(e.cls === 'report' || e.cls === 'attitude' || (e.cls === 'light' && e.upos === 'VERB')))
      || (e.cls === 'light' && e.upos === 'VERB' && e.type !== '')).map((e) => `${e.line}: ${e.lemma} ${e.cls}`);
    expect(bad).toEqual([]);
  });

  it('a multiword lemma is a phrasal verb (verb + particle) or a PHRASE', () => {
    const bad = all.filter((e) => e.lemma.includes(' ') && !['VERB', 'PHRASE'].includes(e.upos)).map((e) => `${e.line}: ${e.lemma} ${e.upos}`);
    expect(bad).toEqual([]);
  });

  it('frames are |-separated known slots; report verbs take ccomp', () => {
    const bad = all.filter((e) => e.frame.split('|').some((s) => !SLOTS.has(s) && !PREPOSITIONS.has(s))
      || new Set(e.frame.split('|')).size !== e.frame.split('|').length).map((e) => `${e.line}: ${e.lemma} ${e.frame}`);
    expect(bad).toEqual([]);
    const reportsWithoutClause = all.filter((e) => e.cls === 'report' && !e.frame.split('|').some((s) => s === 'ccomp' || s === 'to'));
    expect(reportsWithoutClause.map((e) => e.lemma)).toEqual([]);
  });

  it('no (lemma, upos, frame) key twice', () => {
    const seen = new Map<string, number>();
    const dups: string[] = [];
    for (const e of all) {
      const k = `${e.lemma}\t${e.upos}\t${e.frame}`;
      if (seen.has(k)) dups.push(`${e.line} repeats ${seen.get(k)}: ${k}`);
      else seen.set(k, e.line);
    }
    expect(dups).toEqual([]);
  });

  it('noun lemmas are singular (no plural of another noun lemma)', () => {
    const nouns = new Set(all.filter((e) => e.upos === 'NOUN' || e.upos === 'PHRASE').map((e) => e.lemma));
    const plurals = [...nouns].filter((l) => /s$/.test(l) && nouns.has(l.slice(0, -1)));
    expect(plurals).toEqual([]);
  });

  it('every entry names its source: a WordNet sense or a hand reason', () => {
    const bad = all.filter((e) => !/^wordnet:[^\s.]+(?:\s[^\s.]+)*\.[nvasr]\.\d{2}\b/.test(e.source) && !/^hand: \S/.test(e.source))
      .map((e) => `${e.line}: ${e.source}`);
    expect(bad).toEqual([]);
  });

  it("every example shows the lemma (an inflection of each of its words)", () => {
    const bad = all.filter((e) => !showsLemma(e)).map((e) => `${e.line}: ${e.lemma} | ${e.example}`);
    expect(bad).toEqual([]);
  });

  it('examples use invented actors only', () => {
    const bad = all.filter((e) => !/Ruritani|Osterlich/.test(e.example) && !/^(The|He|She|They|I|It|Two|Analysts|This|Such|According|Parliament|Prosecutors|Critics|The two)\b/.test(e.example))
      .map((e) => `${e.line}: ${e.example}`);
    expect(bad).toEqual([]);
  });

  it('is exactly what scripts/lexicon/grow-cues.mjs writes (the review data reproduces it)', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'lexicon', 'grow-cues.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});
