/**
 * Morphological class tagger
 * ==========================
 *
 * UPOS alone hides what matters most for attachment in English: a past participle ("was
 * condemned", "groups founded in 1990") versus a finite past verb, an infinitive, an -ing form,
 * a relative versus an interrogative pronoun. A small second perceptron predicts one of
 * MORPH_CLASSES from the word features and the predicted UPOS of the token and its neighbours
 * (learned from the FEATS column: VerbForm, Tense, PronType). The parser sees
 * UPOS + N_TAGS × class as its tag.
 */
import { N_TAGS, TAG_START, taggerFeatures, type Scorer } from './tagger';

export const MORPH_CLASSES = ['_', 'Fin-Past', 'Fin-Pres', 'Inf', 'Part-Past', 'Ger', 'Rel', 'Int'];
export const N_MORPH = MORPH_CLASSES.length;

/** The class of a token from its CoNLL-U FEATS. */
export function morphClass(feats: string): number {
  if (!feats || feats === '_') return 0;
  const f = (name: string) => new RegExp(`(?:^|\\|)${name}=([A-Za-z]+)`).exec(feats)?.[1];
  const vf = f('VerbForm');
  const tense = f('Tense');
  if (vf === 'Fin') return tense === 'Past' ? 1 : 2;
  if (vf === 'Inf') return 3;
  if (vf === 'Part') return tense === 'Pres' ? 5 : 4;
  if (vf === 'Ger') return 5;
  const pt = f('PronType');
  if (pt === 'Rel') return 6;
  if (pt === 'Int') return 7;
  return 0;
}

/** Context values standing in for the tagger's "previous tags": UPOS of i, and of i-1 and i+1. */
export function morphContext(upos: Int32Array, i: number, n: number): [number, number] {
  const prev = i > 0 ? upos[i - 1] : TAG_START;
  const next = i + 1 < n ? upos[i + 1] : TAG_START + 1;
  return [upos[i], prev * 20 + next];
}

const featBuf = new Uint32Array(64);
const scoreBuf = new Float64Array(N_MORPH);

/** Fine tags (UPOS + N_TAGS × class) for a sentence whose UPOS tags are known. */
export function morphTag(model: Scorer, words: Int32Array, upos: Int32Array, n: number, out: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const [c1, c2] = morphContext(upos, i, n);
    const nf = taggerFeatures(words, i, c1, c2, featBuf);
    model.score(featBuf, nf, scoreBuf);
    let best = 0;
    for (let c = 1; c < N_MORPH; c++) if (scoreBuf[c] > scoreBuf[best]) best = c;
    out[i] = upos[i] + N_TAGS * best;
  }
}
