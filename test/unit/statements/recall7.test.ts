/**
 * Statement recall on reported speech (issue 10, session 6 round 2), each on invented sentences.
 */
import { toks, triples } from '../extract/helpers';
import { repairLemmas, repairParse } from '../../../src/statements/repair';
import type { SyntaxToken } from '../../../src/syntax';

describe('regular verb lemmas the learned lemmatizer misreads (repairLemmas)', () => {
  it('reads "blasted" as blast and "lauded" as laud', () => {
    expect(triples('Senator Jean Dupont blasted Osterlich for the delays.')).toContain('Jean Dupont|CRITICIZE|Osterlich');
    expect(triples('Senator Jean Dupont lauded Osterlich for its help.')).toContain('Jean Dupont|SUPPORT|Osterlich');
  });

  it('keeps a lemma that is a word, and changes only verbs', () => {
    const tok = (form: string, lemma: string, upos: string): SyntaxToken => ({ id: 1, form, lemma, upos, head: 0, deprel: 'root', start: 0, end: form.length });
    const toks = [tok('supplying', 'supplying', 'VERB'), tok('blasted', 'blaste', 'ADJ'), tok('echoed', 'echoe', 'VERB')];
    const words = new Set(['supply', 'supplying', 'echo', 'blast']);
    expect(repairLemmas(toks, (w) => words.has(w), () => false)).toBe(1);
    expect(toks.map((t) => t.lemma)).toEqual(['supplying', 'blaste', 'echo']);
  });
});

describe('naming verbs with "as" (word class naming-verb)', () => {
  it('reads "painted X as" and "sees X as" as saying something of X', () => {
    expect(triples('Senator Jean Dupont painted Anna Novak as an out-of-touch rich man.')).toContain('Jean Dupont|COMMENT|Anna Novak');
    expect(triples('Senator Jean Dupont sees Ruritania as a threat.').some((x) => x.startsWith('Jean Dupont|') && x.endsWith('|Ruritania'))).toBe(true);
  });

  it('needs the "as" phrase or a predicate', () => {
    expect(triples('Senator Jean Dupont saw Ruritania\'s army in the square.')).toEqual([]);
  });
});

describe('a reporting verb\'s object as what it reports (speech.ts)', () => {
  it('reads the cited or echoed object as the content', () => {
    expect(triples('Senator Jean Dupont cited comments Anna Novak had made about the rally.')).toContain('Jean Dupont|COMMENT|Anna Novak');
    expect(triples('Senator Jean Dupont echoed the concerns of Ruritania.')).toContain('Jean Dupont|COMMENT|Ruritania');
  });

  it('does not read an addressee as content', () => {
    expect(triples('Senator Jean Dupont told reporters that the talks had failed.')).toEqual([]);
  });
});

describe('reporting cues added to the lexicon (scripts/lexicon/hand.tsv)', () => {
  it('"has learned that" reports what a newsroom found out', () => {
    expect(triples('The Gazette has learned that Senator Jean Dupont ditched his escort from Ruritania.')).toContain('Gazette|COMMENT|Ruritania');
    expect(triples('Senator Jean Dupont learned to swim in Ruritania.')).toEqual([]);
  });

  it('"said of X" comments on X', () => {
    expect(triples('"It has the virtue of being responsible," Senator Jean Dupont said of Ruritania.')).toContain('Jean Dupont|COMMENT|Ruritania');
  });

  it('"likened X to Y" comments on X', () => {
    expect(triples('Senator Jean Dupont likened Ruritania to Osterlich.')).toContain('Jean Dupont|COMMENT|Ruritania');
  });
});

describe('stance cues added to the lexicon (scripts/lexicon/hand.tsv)', () => {
  it('"raising questions about X" casts doubt on X', () => {
    expect(triples('Senator Jean Dupont is raising questions about Anna Novak\'s health.')).toContain('Jean Dupont|CRITICIZE|Anna Novak');
  });

  it('"balked at X\'s demands" rejects X', () => {
    expect(triples('Senator Jean Dupont balked at Anna Novak\'s demands.')).toContain('Jean Dupont|REJECT|Anna Novak');
  });

  it('"made the case for X" supports X', () => {
    expect(triples('Senator Jean Dupont made the case for Anna Novak at the rally.')).toContain('Jean Dupont|SUPPORT|Anna Novak');
  });
});

describe('a by-phrase after a reported object (speech.ts)', () => {
  it('reads "echoed statements by X that …" as about X', () => {
    expect(triples('Senator Jean Dupont echoed statements by Anna Novak last week that the treaty was dead.')).toContain('Jean Dupont|COMMENT|Anna Novak');
  });
});

describe('subordinator read as a preposition under a measure phrase (repairParse)', () => {
  it('reads "three days after X condemned Y" with X as the subject', () => {
    // the parse the tagger gave a sentence of this shape: "Osterlich" an nmod of "days", "condemned" a conjunct of "came"
    const s = toks('The/DET/the/2/det decision/NOUN/decision/3/nsubj came/VERB/come/0/root three/NUM/three/5/nummod days/NOUN/day/3/obl:unmarked after/ADP/after/7/case Osterlich/PROPN/Osterlich/5/nmod condemned/VERB/condemn/3/conj Ruritania/PROPN/Ruritania/8/obj');
    expect(repairParse(s)).toBe(1);
    expect([s[6].head, s[6].deprel, s[7].deprel, s[5].deprel]).toEqual([8, 'nsubj', 'advcl', 'mark']);
  });
});

describe('forecasts and pledges with a that-clause (report entries of estimate, pledge)', () => {
  it('"estimates that X\'s plan would …" comments on X', () => {
    expect(triples('Senator Jean Dupont estimates that Anna Novak\'s tax plan would raise revenue.')).toContain('Jean Dupont|COMMENT|Anna Novak');
  });

  it('"pledged that it would …" reports the pledged clause', () => {
    expect(triples('Osterlich pledged that it would lift the restrictions on Anna Novak\'s company.')).toContain('Osterlich|COMMENT|Anna Novak');
  });
});

describe('a study speaks for who made it (authorship-verb conduct, commission)', () => {
  it('"a poll commissioned by X found that …" is X commenting', () => {
    expect(triples('A poll commissioned by the Osterlich Institute for Policy found that Anna Novak leads.')).toContain('Osterlich Institute for Policy|COMMENT|Anna Novak');
  });
});
