/**
 * One invented sentence per statement rule of src/statements (the rule id is asserted where the rule
 * is what the test is about). Names are invented; states are real because the gazetteer is.
 */
import { extract, triples } from './helpers';

const rulesOf = (text: string, triple: string): string[] => {
  const s = extract(text).find((x) => `${x.actor.name}|${x.type}|${x.target.name}` === triple);
  return s?.evidence.rules ?? [];
};

describe('statements from the parse', () => {
  it('statements/subject-passive-agent: the by-agent of a passive performs, the passive subject is the target', () => {
    const text = 'Hungary was condemned by Austria on Tuesday.';
    expect(triples(text)).toEqual(['Austria|CRITICIZE|Hungary']);
    expect(rulesOf(text, 'Austria|CRITICIZE|Hungary')).toEqual(expect.arrayContaining(['statements/subject-passive-agent', 'statements/target-passive-subject']));
  });

  it('statements/actor-appos: an apposition names the actor and makes no second one', () => {
    const t = triples('The foreign minister, Jan Kowalski, criticized Belarus.');
    expect(t).toEqual(['Jan Kowalski|CRITICIZE|Belarus']);
  });

  it('statements/actor-conj: coordinated subjects and targets distribute', () => {
    const t = triples('Norway and Denmark condemned Iran and Syria.');
    expect(t).toEqual(expect.arrayContaining(['Norway|CRITICIZE|Iran', 'Norway|CRITICIZE|Syria', 'Denmark|CRITICIZE|Iran', 'Denmark|CRITICIZE|Syria']));
    expect(t).toHaveLength(4);
  });

  it('statements/subject-conj: a coordinated verb shares its subject', () => {
    const t = triples('Chile welcomed the vote and criticized Peru.');
    expect(t).toContain('Chile|CRITICIZE|Peru');
  });

  it('statements/subject-xcomp: an infinitive takes the subject of the verb it completes', () => {
    const t = triples('Greece decided to condemn Turkey.');
    expect(t).toContain('Greece|CRITICIZE|Turkey');
  });

  it('statements/subject-relcl: a relative clause acts for the noun it modifies', () => {
    const t = triples('Finland, which condemned Russia on Monday, met Sweden on Tuesday.');
    expect(t).toEqual(expect.arrayContaining(['Finland|CRITICIZE|Russia', 'Finland|MEET|Sweden']));
  });

  it('statements/target-in-phrase: targets are the actors inside the object, not the topic', () => {
    const t = triples('Japan criticized the arms deal between Russia and North Korea.');
    expect(t).toEqual(expect.arrayContaining(['Japan|CRITICIZE|Russia', 'Japan|CRITICIZE|North Korea']));
  });

  it('statements/speech-ccomp: reported speech about an actor with no stance is a COMMENT by the speaker', () => {
    const s = extract('Senator Maria Lopez said that Mexico would hold elections in June.');
    expect(s.map((x) => `${x.actor.name}|${x.type}|${x.target.name}`)).toEqual(['Maria Lopez|COMMENT|Mexico']);
    expect(s[0].cue).toBe('said');
  });

  it('statements/speech-quote-then-speaker: an evaluation inside a quotation is the speaker\'s', () => {
    const t = triples('"The Spanish plan is illegal," Portuguese Prime Minister Rui Alves said.');
    expect(t).toEqual(['Rui Alves|CRITICIZE|Spain']);
  });

  it('statements/speech-naming: "called X unjustified" judges X', () => {
    const t = triples('French President Paul Martin called the British rebate unjustified.');
    expect(t).toEqual(['Paul Martin|CRITICIZE|United Kingdom']);
  });

  it('statements/hypothetical: a negative evaluation under "would" is a WARN', () => {
    const t = triples('Polish officials said that an attack by Belarus would be a provocation.');
    expect(t).toEqual(['Poland|WARN|Belarus']);
  });

  it('statements/nominal-possessor: "X\'s criticism of Y"', () => {
    const t = triples("Canada's criticism of China was sharp.");
    expect(t).toEqual(['Canada|CRITICIZE|China']);
  });

  it('statements/light-verb: "expressed concern over" makes the light verb\'s subject the critic', () => {
    const t = triples('Italy expressed deep concern over the Libyan move.');
    expect(t).toEqual(['Italy|CRITICIZE|Libya']);
  });

  it('phrasal verbs: "lashed out at" needs its particle and preposition', () => {
    expect(triples('Argentina lashed out at Britain over the islands.')).toEqual(['Argentina|CRITICIZE|United Kingdom']);
  });

  it('strict frames: "call on" is a DEMAND, a bare "call" is not', () => {
    expect(triples('Kenya called on Uganda to withdraw its troops.')).toEqual(['Kenya|DEMAND|Uganda']);
    expect(triples('Kenya called Uganda on Monday.')).toEqual([]);
  });

  it('"state" and "press" do not fire as nouns', () => {
    expect(triples('The United States held a press conference on Mexico.')).toEqual([]);
  });

  it('statements/negated: a negated cue gives nothing', () => {
    expect(triples('Brazil did not condemn Venezuela.')).toEqual([]);
  });

  it('statements/actor-group: a collective subject becomes a group actor', () => {
    const s = extract('Human rights groups condemned Egypt.');
    expect(s.map((x) => `${x.actor.name}|${x.actor.kind}|${x.type}|${x.target.name}`)).toEqual(['Human rights groups|group|CRITICIZE|Egypt']);
  });
});

describe('actors', () => {
  it('reads "Turkey" as the state', () => {
    expect(triples('Greece criticized Turkey.')).toEqual(['Greece|CRITICIZE|Turkey']);
  });

  it('does not read the English word "Island" as Iceland', () => {
    expect(triples('Norway condemned Island Holdings.').join()).not.toMatch(/Iceland/);
  });

  it('reads a one-word state after a first name as a surname ("Lisa Jordan")', () => {
    const t = triples('Deputy Attorney General Lisa Jordan criticized Russia.');
    expect(t).toEqual(['Lisa Jordan|CRITICIZE|Russia']);
  });

  it('keeps a middle initial inside a name and resolves "Mr." + surname to it', () => {
    const t = triples('President Pavel K. Novak met Slovakia. Mr. Novak later criticized Hungary.');
    expect(t).toEqual(expect.arrayContaining(['Pavel K. Novak|MEET|Slovakia', 'Pavel K. Novak|CRITICIZE|Hungary']));
  });
});

describe('dates', () => {
  it('resolves a weekday against the publication date, and marks undated statements', () => {
    const [s] = extract('On Monday, Ghana condemned Togo.', '2024-05-10'); // a Friday
    expect(s.date).toBe('2024-05-06');
    expect(s.dateSource).toBe('text');
    const [u] = extract('Ghana condemned Togo.', '2024-05-10');
    expect(u.date).toBeUndefined();
    expect(u.dateSource).toBe('none');
  });
});

describe('speech', () => {
  it('statements/speech-colon: a quotation after a colon is the subject\'s, and "we" in it is the speaker', () => {
    const t = triples('On May 3, Dutch Foreign Minister Eva Smit spoke after the vote: "We call on Belgium to stop the project."');
    expect(t).toContain('Eva Smit|DEMAND|Belgium');
  });

  it('statements/speech-transcript: "NAME: …" names the speaker of a transcript line', () => {
    const s = extract('Senator Tom Brandt spoke to the host.\nBRANDT: Well, Canada is wrong about this.');
    expect(s.some((x) => x.actor.name === 'Tom Brandt' && x.target.name === 'Canada' && x.evidence.rules.includes('statements/speech-transcript'))).toBe(true);
  });

  it('statements/speech-dash: a dash after a quotation names who said it', () => {
    const s = extract('"Mexico has broken every promise it made." ― Senator Ann Lowe');
    expect(s.some((x) => x.actor.name === 'Ann Lowe' && x.target.name === 'Mexico' && x.evidence.rules.includes('statements/speech-dash'))).toBe(true);
  });

  it('statements/speech-quote-ahead: a quotation whose speaker is named where it closes is that speaker\'s', () => {
    const s = extract('"The claim of Chile is illegal. We will defend our border," Peruvian President Luis Vega said.');
    expect(s.some((x) => x.actor.name === 'Luis Vega' && x.target.name === 'Chile' && x.evidence.rules.includes('statements/speech-quote-ahead'))).toBe(true);
  });

  it('statements/speaker-bare-name: a one-word name as the subject of a reporting verb is a person', () => {
    const s = extract('Brandt said that Canada would hold an election.');
    expect(s.map((x) => `${x.actor.name}|${x.actor.kind}|${x.type}|${x.target.name}`)).toEqual(['Brandt|person|COMMENT|Canada']);
  });

  it('party-state tags of US legislators ("(D-Ore.)") are no actors', () => {
    const s = extract('"Canada is wrong," said Sen. Ann Lowe (D-Ore.).');
    expect(s.map((x) => x.actor.name)).not.toContain('D-Ore');
    expect(s.every((x) => !/D-Ore/.test(x.target.name))).toBe(true);
  });
});

describe('nominal cues and reactions', () => {
  it('statements/reaction-from: "prompting condemnation from X" makes X react to the subject', () => {
    expect(triples('Iran tested a missile, prompting condemnation from Israel and Jordan.')).toEqual(expect.arrayContaining(['Israel|CRITICIZE|Iran', 'Jordan|CRITICIZE|Iran']));
  });

  it('statements/reciprocal: "exchanged accusations" goes both ways', () => {
    expect(triples('Peru and Ecuador exchanged accusations over the border incident.')).toEqual(expect.arrayContaining(['Peru|ACCUSE|Ecuador', 'Ecuador|ACCUSE|Peru']));
  });

  it('a meeting named as a noun is background, not a statement', () => {
    expect(triples("Ghana's visit to Togo ended on Monday.")).toEqual([]);
  });

  it('statements/hypothetical-positive: a possible act of support is no act', () => {
    expect(triples('The deal could allow Ghana to support Togo.')).toEqual([]);
  });
});

describe('headlines', () => {
  it('reads a Title Case headline with its verbs as verbs', () => {
    expect(triples('Minister Jan Novak Warns Belarus Over Border Drills\n\nJan Novak spoke on Monday.')).toContain('Jan Novak|WARN|Belarus');
  });
});

describe('organizations', () => {
  it('reads a company by its corporate suffix, never as a person', () => {
    const [s] = extract('Dupont Holdings criticized Chile.');
    expect(s.actor).toMatchObject({ name: 'Dupont Holdings', kind: 'organization' });
  });

  it('reads a population ("Muslims") as no actor', () => {
    expect(triples('Greece criticized Muslims.')).toEqual([]);
  });
});

describe('collective reference', () => {
  it('statements/actor-the-two: "the two sides" are the two actors just named together', () => {
    const t = triples('Chile and Peru signed a treaty on Monday. The two sides condemned Bolivia.');
    expect(t).toEqual(expect.arrayContaining(['Chile|CRITICIZE|Bolivia', 'Peru|CRITICIZE|Bolivia']));
  });
});
