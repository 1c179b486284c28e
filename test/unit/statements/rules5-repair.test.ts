/**
 * The headline-verb repair (src/statements/repair.ts) on hand-built parses with the tagger's error.
 */
import { repairParse } from '../../../src/statements/repair';
import { toks } from '../extract/helpers';


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

describe('repairParse: a finite conjunct cannot share a bare modal', () => {
  // "Dupont said that prices would rebound and praised Novak" with "praised" a conjunct of "rebound"
  const spec = 'Dupont/PROPN/Dupont/2/nsubj said/VERB/say/0/root that/SCONJ/that/6/mark prices/NOUN/price/6/nsubj would/AUX/would/6/aux rebound/VERB/rebound/2/ccomp and/CCONJ/and/8/cc praised/VERB/praise/6/conj Novak/PROPN/Novak/8/obj ./PUNCT/./2/punct';

  it('makes it a conjunct of the verb above the clause', () => {
    const s = toks(spec);
    expect(repairParse(s)).toBeGreaterThan(0);
    expect(s[7].head).toBe(2);
    expect(s[7].deprel).toBe('conj');
  });

  it('leaves a base-form conjunct under the modal alone ("would rebound and grow")', () => {
    const s = toks(spec.replace('praised/VERB/praise', 'grow/VERB/grow'));
    repairParse(s);
    expect(s[7].head).toBe(6);
  });
});

describe('repairParse: "after"/"since" read as a preposition before a clause', () => {
  // "Talks ended after the council was urged by Novak" with "council" the object of "after" and "urged" a bare conjunct
  const spec = 'Talks/NOUN/talk/2/nsubj ended/VERB/end/0/root after/ADP/after/5/case the/DET/the/5/det council/NOUN/council/2/obl was/AUX/be/7/aux:pass urged/VERB/urge/2/conj by/ADP/by/9/case Novak/PROPN/Novak/7/obl ./PUNCT/./2/punct';

  it('makes the noun the subject of the verb and the verb an adverbial clause', () => {
    const s = toks(spec);
    expect(repairParse(s)).toBeGreaterThan(0);
    expect(s.map((t) => `${t.head}/${t.deprel}`)).toEqual(['2/nsubj', '0/root', '7/mark', '5/det', '7/nsubj:pass', '7/aux:pass', '2/advcl', '9/case', '7/obl', '2/punct']);
  });

  it('leaves a real coordination alone ("… after the vote and urged …")', () => {
    const s = toks(spec.replace('was/AUX/be/7/aux:pass', 'and/CCONJ/and/7/cc'));
    repairParse(s);
    expect(s[6].deprel).toBe('conj');
    expect(s[4].deprel).toBe('obl');
  });
});
