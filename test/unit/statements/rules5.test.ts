/**
 * Statement rules added or changed for issue 10, round 5 (src/statements/rules/*), each on invented sentences.
 */
import { triples } from '../extract/helpers';

describe('statement rules (round 5)', () => {
  it('takes the target from the at-phrase of a support verb with a frame of its own (light-verb-target)', () => {
    const t = triples('Senator Erik Lund aimed his criticism at Ruritania on Monday.');
    expect(t).toContain('Erik Lund|CRITICIZE|Ruritania');
  });

  it('does not take a place in an at-phrase of a plain support verb for a target', () => {
    const t = triples('Senator Erik Lund voiced criticism at a news conference in Ruritania.');
    expect(t).not.toContain('Erik Lund|CRITICIZE|Ruritania');
  });

  it('reads "expressed hostility towards Y" as criticism of Y', () => {
    const t = triples('Senator Erik Lund has expressed open hostility towards Ruritania.');
    expect(t).toContain('Erik Lund|CRITICIZE|Ruritania');
  });
});

describe('statement rules (round 5): headline verbs', () => {
  it('reads a headline verb the tagger took for a noun between two names (repair headline-verb)', () => {
    const t = triples('Osterlich chides Ruritania and praises Poland at news conference.');
    expect(t).toContain('Osterlich|CRITICIZE|Ruritania');
    expect(t).not.toContain('Ruritania|SUPPORT|Poland');
  });
});

describe('statement rules (round 5): clauses', () => {
  it('gives a finite verb after a modal clause the subject of the clause above (repair modal-conjunct)', () => {
    const t = triples('President Jean Dupont said that the economy would rebound and condemned Ruritania.');
    expect(t).toContain('Jean Dupont|CRITICIZE|Ruritania');
  });
});

describe('statement rules (round 5): subordinators', () => {
  it('reads the clause after "since" with its own subject (repair subordinator-as-preposition)', () => {
    const t = triples('Senator Jan Novak has been attacking Erik Lund since Kaja Berg, at the debate, condemned Lund.');
    expect(t).toContain('Kaja Berg|CRITICIZE|Erik Lund');
  });
});

describe('statement rules (round 5): texts that speak', () => {
  it('gives a text subject the authors its participle names (subject-text-author)', () => {
    const t = triples('A parliamentary motion, signed by Senator Jan Novak, today urged Ruritania to withdraw its troops.');
    expect(t).toContain('Jan Novak|DEMAND|Ruritania');
  });

  it('does not take the agent of any participle for the author', () => {
    const t = triples('A parliamentary motion, rejected by Senator Jan Novak, today urged Ruritania to withdraw its troops.');
    expect(t).not.toContain('Jan Novak|DEMAND|Ruritania');
  });
});

describe('statement rules (round 5): members of a body', () => {
  it('does not judge the body a judged member belongs to (eval-clause)', () => {
    const t = triples('"It is a paradox that a permanent member of the Ruritanian Council is waging war against its neighbours," Senator Jan Novak said.');
    expect(t).not.toContain('Jan Novak|ACCUSE|Ruritanian Council');
  });

  it('still judges a body named as the subject itself', () => {
    const t = triples('"The Ruritanian Council is waging war against its neighbours," Senator Jan Novak said.');
    expect(t.some((x) => x.startsWith('Jan Novak|') && x.endsWith('|Ruritanian Council') && !x.includes('COMMENT'))).toBe(true);
  });
});

describe('statement rules (round 5): attitudes in what someone said', () => {
  it('does not take a third party\'s attitude described by a speaker for that party\'s stance (attitude-reported)', () => {
    const t = triples('Senator Jan Novak thinks that "Ruritania is very concerned about Osterlich and its army."');
    expect(t).not.toContain('Ruritania|CRITICIZE|Osterlich');
  });

  it('still reads an attitude stated in the narration', () => {
    const t = triples('Ruritania is very concerned about Osterlich and its army.');
    expect(t).toContain('Ruritania|CRITICIZE|Osterlich');
  });
});

describe('statement rules (round 5): verb phrases with their object inside', () => {
  it('finds the frame slot on the object of a phrase cue ("take measures against X")', () => {
    const t = triples('Osterlich has stated its readiness to take measures against Ruritania if it provides assistance to Poland.');
    expect(t).toContain('Osterlich|WARN|Ruritania');
    expect(t).not.toContain('Osterlich|WARN|Poland');
  });
});
