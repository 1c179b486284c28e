/**
 * Statement rules added or changed for issue 10 (src/statements/rules/*), each on invented sentences.
 */
import { triples } from '../extract/helpers';

describe('statement rules: evaluations and pronouns', () => {
  it('reads praise of a predicate noun as praise of its subject (eval-predicate-noun)', () => {
    const t = triples('Senator Erik Lund met Polish Prime Minister Jan Novak on Monday. "He is a very bright and talented man," Lund said.');
    expect(t).toContain('Erik Lund|SUPPORT|Jan Novak');
  });

  it('does not take "not only" for a negation', () => {
    const t = triples('Lawmakers urged the government to cancel the visit of Polish Prime Minister Jan Novak. "He is not only a racist, but a danger," said Senator Erik Lund.');
    expect(t).toContain('Erik Lund|CRITICIZE|Jan Novak');
  });

  it('still drops an evaluation that is plainly negated', () => {
    const t = triples('Senator Erik Lund met Polish Prime Minister Jan Novak on Monday. "He is not a racist," Lund said.');
    expect(t).not.toContain('Erik Lund|CRITICIZE|Jan Novak');
  });

  it('does not judge the object of an evaluative verb, its victim (eval-clause)', () => {
    const t = triples('"Such weapons are destabilizing Poland," Senator Erik Lund said.');
    expect(t).not.toContain('Erik Lund|CRITICIZE|Poland');
    expect(t).toContain('Erik Lund|COMMENT|Poland');
  });

  it('binds a subject pronoun to the subject of the clause above it, not a nearer name', () => {
    const t = triples('Senator Jan Novak said on Monday that he would go ahead with the Lund meeting, although he wrote that he "rejects Erik Lund\'s latest comments."');
    expect(t).toContain('Jan Novak|REJECT|Erik Lund');
    expect(t).not.toContain('Erik Lund|REJECT|Erik Lund');
  });

  it('reads a negative word on the object of a light verb as the performer\'s act (eval-act)', () => {
    const t = triples('Officials said President Jan Novak was ready to impose retaliatory trade action against Japan.');
    expect(t).toContain('Jan Novak|WARN|Japan');
  });

  it('finds the on-phrase of a passive "blamed" that the parser hung on the agent', () => {
    expect(triples('Norway retaliated for the tanker attack, blamed by the Danes on Iran.')).toContain('Denmark|ACCUSE|Iran');
  });

  it('gives a verb after a fronted phrase its subject and a target-less reproach the actors named before (targets-in-sentence)', () => {
    const t = triples('Despite the arms deal reached between Iran and Syria, Norway and Denmark issued a series of condemnatory statements.');
    expect(t).toEqual(expect.arrayContaining(['Norway|CRITICIZE|Iran', 'Denmark|CRITICIZE|Syria']));
  });

  it('does not guess the document\'s adversary as the target of a third party\'s act inside what someone said', () => {
    const t = triples('Norway condemned Iran on Monday. Chile criticized Iran on Tuesday.\n\nSenator Erik Lund said that Denmark will impose tougher sanctions.');
    expect(t).not.toContain('Denmark|SANCTION|Iran');
    expect(t).toContain('Erik Lund|COMMENT|Denmark');
  });

  it('still carries the document\'s adversary to an act in the author\'s voice', () => {
    const t = triples('Norway condemned Iran on Monday. Chile criticized Iran on Tuesday.\n\nDenmark will impose tougher sanctions.');
    expect(t).toContain('Denmark|SANCTION|Iran');
  });
});
