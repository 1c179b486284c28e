/**
 * Statement rules added or changed for issue 10, session 7 (cue, type and target side), each on invented sentences.
 */
import { expectTriples } from '../../helpers/statements';

describe('session 7: a possible judgement is an assessment (statements/possible-eval)', () => {
  it('reads "could undermine" in what someone noted as a COMMENT, not a WARN', () => {
    expectTriples('The Osterlich Gazette noted that the pact between Ruritania and Norway could undermine the strategy of Senator Jan Novak.', {
      has: ['Osterlich Gazette|COMMENT|Ruritania'], noEdges: ['Osterlich Gazette|-|Ruritania', 'Osterlich Gazette|-|Norway'],
    });
  });

  it('still warns with "would undermine"', () => {
    expectTriples('The Osterlich Gazette noted that the pact between Ruritania and Norway would undermine the strategy of Senator Jan Novak.', {
      edges: ['Osterlich Gazette|-|Ruritania'],
    });
  });
});

describe('session 7: an attitude in the narration (statements/attitude-situation)', () => {
  it('is no stance when it is about a situation between actors', () => {
    expectTriples('Ruritania is concerned about the surge in military cooperation between Norway and Osterlich.', {
      noEdges: ['Ruritania|-|Norway', 'Ruritania|-|Osterlich'],
    });
  });

  it('is a stance toward an actor it names, or whose act it names', () => {
    expectTriples('Ruritania is concerned about Osterlich.', { has: ['Ruritania|CRITICIZE|Osterlich'] });
    expectTriples('Norway is concerned about Denmark\'s missile tests.', { has: ['Norway|CRITICIZE|Denmark'] });
  });
});

describe('session 7: the act a demand asks for (statements/demanded-act)', () => {
  it('is not done by the demander', () => {
    expectTriples('Norwegian lawmakers called on the government on Monday to block Sweden\'s proposal.', { noEdges: ['Norwegian lawmakers|-|Sweden'] });
  });

  it('a good turn asked of someone is not done by them', () => {
    expectTriples('Norway urged Denmark to cooperate with Sweden.', { has: ['Norway|DEMAND|Denmark'], noEdges: ['Denmark|+|Sweden', 'Norway|+|Sweden'] });
  });

  it('still reads the act of a plain infinitive ("decided to condemn")', () => {
    expectTriples('Greece decided to condemn Turkey.', { has: ['Greece|CRITICIZE|Turkey'] });
  });
});

describe('session 7: the owner of a thing named as object (targets.ts ownerFirst)', () => {
  it('targets the owner of a policy, not the topic of its on-phrase', () => {
    // (a headline: the parser hangs "On Sweden" on the object noun)
    expectTriples('Norway Warns Denmark Policy On Sweden Would Lead To War.', { has: ['Norway|WARN|Denmark'], lacks: ['Norway|WARN|Sweden'] });
  });

  it('reads sanctions of an international body as no statement about the body', () => {
    expectTriples('Norway supported UN sanctions on arms shipments.', { noEdges: ['Norway|+|UN'] });
  });

  it('keeps every actor of a thing with no owner ("the deal between X and Y")', () => {
    expectTriples('Norway criticized the arms deal between Russia and Iran.', { has: ['Norway|CRITICIZE|Russia', 'Norway|CRITICIZE|Iran'] });
  });
});

describe('session 7: a third party\'s good turn in someone\'s opinion (statements/act-in-opinion)', () => {
  it('is the speaker\'s reading, not an act reported as done', () => {
    expectTriples('Senator Jan Novak thinks that Norway and Denmark are joining forces.', { noEdges: ['Norway|+|Denmark', 'Denmark|+|Norway'] });
  });

  it('still reports a good turn someone said was done', () => {
    expectTriples('Senator Jan Novak said that Norway and Denmark are joining forces.', { edges: ['Norway|+|Denmark'] });
  });
});

describe('session 7: lexicon (scripts/lexicon/hand.tsv)', () => {
  it('"the plight of X" names X as who suffers, not as who is judged', () => {
    expectTriples('"Osterlich will worsen the plight of the Norwegian people," Senator Jan Novak said.', { noEdges: ['Jan Novak|-|Norway'] });
  });
});

describe('session 7: judging words and their phrases (evaluate.ts)', () => {
  it('a verb coordinated with the judging verb is a clause of its own, not judged with it', () => {
    expectTriples('"We call on Norway to stop actions that exacerbate the crisis and to abide by UN resolutions," Senator Jan Novak said.', {
      has: ['Jan Novak|DEMAND|Norway'], noEdges: ['Jan Novak|-|UN'],
    });
  });

  it('"could drag X into a war" warns about the actor who could (lexicon: drag … into)', () => {
    expectTriples('Senator Jan Novak said Anna Dupont could drag Norway into a war.', { has: ['Jan Novak|WARN|Anna Dupont'], noEdges: ['Jan Novak|-|Norway'] });
  });
});

describe('session 7: frames of denials and relations', () => {
  it('a denial does not reject the subject of the denied clause', () => {
    expectTriples('Senator Jan Novak denied that Norway had sent troops.', { noEdges: ['Jan Novak|-|Norway'] });
  });

  it('relations named under another noun ("a downturn in X\'s relations with Y") are a state of affairs, no act', () => {
    expectTriples('Senator Jan Novak blamed Anna Dupont for a downturn in Norwegian relations with Denmark.', {
      has: ['Jan Novak|ACCUSE|Anna Dupont'], noEdges: ['Norway|+|Denmark'],
    });
  });
});
