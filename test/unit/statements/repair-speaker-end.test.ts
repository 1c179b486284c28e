/**
 * The speaker-at-the-end repair (src/statements/repair.ts) on hand-built parses with the parser's error.
 */
import { repairParse } from '../../../src/statements/repair';
import { toks } from '../extract/helpers';


describe('repairParse: speaker at the end of a sentence with no quotation', () => {
  // "The raid would upset allies, foreign envoys in the capital said." with "envoys" a vocative of
  // "upset", "capital" an oblique of it and "said" without a subject
  const spec = 'The/DET/the/2/det raid/NOUN/raid/4/nsubj would/AUX/would/4/aux upset/VERB/upset/0/root allies/NOUN/ally/4/obj ,/PUNCT/,/8/punct foreign/ADJ/foreign/8/amod envoys/NOUN/envoy/4/vocative in/ADP/in/11/case the/DET/the/11/det capital/NOUN/capital/4/obl said/VERB/say/4/conj ./PUNCT/./4/punct';

  it('makes the noun phrase after the last comma the subject of the final verb', () => {
    const s = toks(spec);
    expect(repairParse(s)).toBeGreaterThan(0);
    expect([s[7].head, s[7].deprel]).toEqual([12, 'nsubj']);
    // the prepositional phrase goes with the speaker, not the clause before
    expect([s[10].head, s[10].deprel]).toEqual([8, 'nmod']);
  });

  it('leaves a final verb that has a subject alone', () => {
    const s = toks('The/DET/the/2/det raid/NOUN/raid/4/nsubj would/AUX/would/4/aux upset/VERB/upset/0/root allies/NOUN/ally/4/obj ,/PUNCT/,/8/punct envoys/NOUN/envoy/8/nsubj said/VERB/say/4/parataxis ./PUNCT/./4/punct');
    expect(repairParse(s)).toBe(0);
  });

  it('leaves a clause after the comma alone (a verb in the span)', () => {
    const s = toks('Allies/NOUN/ally/2/nsubj left/VERB/leave/0/root ,/PUNCT/,/6/punct when/SCONJ/when/6/mark troops/NOUN/troop/2/obj arrived/VERB/arrive/2/advcl ./PUNCT/./2/punct');
    expect(repairParse(s)).toBe(0);
  });
});

describe('repairParse: subject after a fronted phrase', () => {
  it('makes the names after the comma the subject of a conjoined verb with no coordinator', () => {
    // "Despite talks, Norway and Chile issued statements." with the names conjoined to "talks"
    const s = toks('Despite/ADP/despite/2/case talks/NOUN/talk/0/root ,/PUNCT/,/4/punct Norway/PROPN/Norway/2/conj and/CCONJ/and/6/cc Chile/PROPN/Chile/2/conj issued/VERB/issue/2/conj statements/NOUN/statement/7/obj ././7/punct'.replace('././7', './PUNCT/./7'));
    expect(repairParse(s)).toBeGreaterThan(0);
    expect([s[3].head, s[3].deprel]).toEqual([7, 'nsubj']);
    expect(s[5].head).toBe(4);
  });

  it('leaves a conjoined verb with its own coordinator alone', () => {
    // "Norway visited Oslo, Bergen and left early": "left" has its "and"; "Bergen" stays a conjunct of "Oslo"
    const s = toks('Norway/PROPN/Norway/2/nsubj visited/VERB/visit/0/root Oslo/PROPN/Oslo/2/obj ,/PUNCT/,/5/punct Bergen/PROPN/Bergen/3/conj and/CCONJ/and/7/cc left/VERB/leave/2/conj early/ADV/early/7/advmod');
    expect(repairParse(s)).toBe(0);
  });
});

