/**
 * Statement rules added or changed for issue 10, round 6 (src/statements/rules/*), each on invented sentences.
 */
import { triples } from '../extract/helpers';

// a paragraph that makes Ruritania the document's adversary, for the document-level carry
const ADVERSARY = 'Norway condemned Ruritania. Denmark condemned Ruritania.\n\n';

describe('statement rules (round 6): the document-level target (target-carried-document)', () => {
  it('does not carry the document adversary to a cue whose object names a thing', () => {
    const t = triples(`${ADVERSARY}Senator Erik Lund urged an increase in the farm budget.`);
    expect(t).not.toContain('Erik Lund|DEMAND|Ruritania');
  });

  it('does not carry it to a judging modifier ("a provocative act")', () => {
    const t = triples(`${ADVERSARY}Senator Erik Lund said shelling the depot was a provocative act.`);
    expect(t).not.toContain('Erik Lund|CRITICIZE|Ruritania');
  });

  it('does not carry it to a judging noun inside a noun phrase ("the failure of coercion")', () => {
    const t = triples(`${ADVERSARY}Senator Erik Lund said the embargo showed the failure of coercion.`);
    expect(t).not.toContain('Erik Lund|ACCUSE|Ruritania');
  });

  it('still carries it to a judging predicate with no actor of its own', () => {
    const t = triples(`${ADVERSARY}Senator Erik Lund said that building the wall was wrong.`);
    expect(t).toContain('Erik Lund|CRITICIZE|Ruritania');
  });
});

describe('statement rules (round 6): conditions and frames', () => {
  it('makes no act of the condition of a conditional (statements/condition)', () => {
    const t = triples('"Peace cannot move forward if we cut ourselves off from Ruritania," Senator Erik Lund said.');
    expect(t).not.toContain('Erik Lund|SANCTION|Ruritania');
  });

  it('keeps the act of the main clause of a conditional', () => {
    const t = triples('Osterlich will impose sanctions on Ruritania if the shelling continues.');
    expect(t).toContain('Osterlich|SANCTION|Ruritania');
  });

  it('reads a frame phrase hung on a named object as the cue\'s slot, not the target\'s name (target-obj)', () => {
    const t = triples('President Jean Dupont warned Ruritania of stronger Norwegian countermeasures if the escalation continued.');
    expect(t).toContain('Jean Dupont|WARN|Ruritania');
    expect(t).not.toContain('Jean Dupont|WARN|Norway');
  });
});

describe('statement rules (round 6): possible acts and judged prospects (statements/hypothetical)', () => {
  it('reads a possible sanction as a warning', () => {
    const t = triples('Osterlich may impose sanctions on Ruritania.');
    expect(t).toContain('Osterlich|WARN|Ruritania');
    expect(t).not.toContain('Osterlich|SANCTION|Ruritania');
  });

  it('keeps a sanction that is done a sanction', () => {
    expect(triples('Osterlich imposed sanctions on Ruritania.')).toContain('Osterlich|SANCTION|Ruritania');
  });

  it('keeps the judgement of a prospect a criticism ("would be profoundly wrong")', () => {
    const t = triples('Senator Erik Lund said the treaty with Ruritania would be profoundly wrong.');
    expect(t).toContain('Erik Lund|CRITICIZE|Ruritania');
    expect(t).not.toContain('Erik Lund|WARN|Ruritania');
  });
});
