/**
 * Actor resolution on invented sentences (session 7, actor side of issue 10): each case names the
 * mechanism it covers and fails when that mechanism stops working.
 */
import { extract, mentions as allMentions } from '../extract/helpers';

/** Every named mention of the text: "text → name (kind, country)". */
const mentionsOf = (text: string): string[] => allMentions(text, true);

/** "actor|TYPE|target" of each statement. */
const triples = (text: string): string[] => extract(text).map((s) => `${s.actor.name}|${s.type}|${s.target.name}`);

describe('a body from coordinated states speaks for each (statements/actor-affiliation)', () => {
  it('distributes "the envoys of X and Y" over both states', () => {
    const t = triples('The envoys of Norway and Sweden have criticized Iran over the tests.');
    expect(t).toContain('Norway|CRITICIZE|Iran');
    expect(t).toContain('Sweden|CRITICIZE|Iran');
  });
});

describe('a named conjunct after a description, set off by a comma, is its apposition (statements/actor-appos)', () => {
  const text = 'Erik Lund told the Borealis News Agency about the visit. The leading leftist newspaper, the Daily Planet, accused the Novak administration of destroying cooperation with Osterlich.';
  it('makes the name the actor and the description no second actor', () => {
    const t = triples(text);
    expect(t).toContain('Daily Planet|ACCUSE|Novak');
    expect(t.filter((x) => x.startsWith('Borealis News Agency|'))).toEqual([]);
  });
  it('still distributes a real coordination', () => {
    expect(triples('The envoys of Norway and Sweden have criticized Iran over the tests.')).toContain('Sweden|CRITICIZE|Iran');
  });
});

describe('a speaker whose last apposition the parser made the predicate (statements/subject-apposition-predicate)', () => {
  it('gives the reporting verb hanging from that apposition the subject as speaker', () => {
    const t = triples('Jean Lund, the foreign minister of France, a permanent member of the Security Council, said North Korea\'s latest "provocation cannot be left without consequences."');
    expect(t.some((x) => x.startsWith('Jean Lund|') && x.endsWith('|North Korea'))).toBe(true);
  });
});

describe('a quotation split by its attribution is said whole (statements/speech-ccomp)', () => {
  it('reads the part before "X said" as well as the part after', () => {
    const t = triples('"One of the reasons I think that China was prepared to go further than before," Mr. Lund said, "is that their overriding concern tends to be stability."');
    expect(t).toContain('Lund|COMMENT|China');
  });
});

describe('a capitalized common word inside a sentence is the surname of someone named before (actors/common-word-surname)', () => {
  it('resolves a surname that is an English word to the person named in full', () => {
    const t = triples('Erik Lund met the television host Mehdi Pence in March. On Monday, Dr. Anna Novak accused Pence of selling false cures.');
    expect(t).toContain('Anna Novak|ACCUSE|Mehdi Pence');
  });
  it('makes no actor of a common word nobody is named by', () => {
    expect(mentionsOf('Erik Lund met Anna Novak. On Monday, Anna Novak said the Pence was falling.').some((m) => m.startsWith('Pence'))).toBe(false);
  });
});
