/**
 * The headline-verb repair (src/statements/repair.ts) on hand-built parses with the tagger's error.
 */
import { repairParse } from '../../../src/statements/repair';
import type { SyntaxToken } from '../../../src/syntax';

/** Tokens from `form/UPOS/lemma/head/deprel` words (heads 1-based, as the parser writes them). */
function toks(spec: string): SyntaxToken[] {
  let at = 0;
  return spec.split(' ').map((w, i) => {
    const [form, upos, lemma, head, deprel] = w.split('/');
    const t = { id: i + 1, form, start: at, end: at + form.length, upos, lemma, head: Number(head), deprel };
    at += form.length + 1;
    return t;
  });
}

const verbCue = (lemma: string) => ['chide', 'praise'].includes(lemma);

describe('repairParse: a headline verb in -s read as a noun between two names', () => {
  // "Dupont chides Ruritania and praises Osterlich" with "Dupont chides" compounds of "Ruritania", the subject of "praises"
  const spec = 'Dupont/PROPN/Dupont/2/compound chides/NOUN/chide/3/compound Ruritania/PROPN/Ruritania/5/nsubj and/CCONJ/and/5/cc praises/VERB/praise/0/root Osterlich/PROPN/Osterlich/5/obj ./PUNCT/./5/punct';

  it('makes the noun the root verb, the names its subject and object, and the later verb its conjunct', () => {
    const s = toks(spec);
    expect(repairParse(s, [], verbCue)).toBeGreaterThan(0);
    expect(s.map((t) => `${t.upos}/${t.head}/${t.deprel}`)).toEqual([
      'PROPN/2/nsubj', 'VERB/0/root', 'PROPN/2/obj', 'CCONJ/5/cc', 'VERB/2/conj', 'PROPN/5/obj', 'PUNCT/2/punct',
    ]);
  });

  it('leaves the noun alone when its lemma is no statement verb', () => {
    const s = toks(spec.replace(/chide/g, 'lake').replace('chides', 'lakes'));
    repairParse(s, [], verbCue);
    expect(s[1].upos).toBe('NOUN');
    expect(s[2].deprel).toBe('nsubj');
  });
});
