/**
 * Actor and speaker resolution on invented sentences (session 6, actor side of issue 10): each case names
 * the mechanism it covers and fails when that mechanism stops working.
 */
import { splitSentences } from '../../../src/text/sentences';
import { extract, mentions as allMentions } from '../extract/helpers';

/** Every named mention of the text: "text → name (kind, country)". */
const mentions = (text: string): string[] => allMentions(text, true);

/** "actor (kind)|TYPE|target" of each statement, with the role where it has one. */
function actors(text: string): string[] {
  return extract(text).map((s) => `${s.actor.name} (${s.actor.kind}${s.actor.role ? `, ${s.actor.role}` : ''})|${s.type}|${s.target.name}`);
}

describe('plural abbreviated titles ("Sens.", "Reps.")', () => {
  it('does not end a sentence after a plural title before names', () => {
    const s = splitSentences('d', 'The bank drew fire. Sens. Erik Lund and Anna Novak criticized it. Reps. Lund and Novak agreed.').map((x) => x.text);
    expect(s).toEqual(['The bank drew fire.', 'Sens. Erik Lund and Anna Novak criticized it.', 'Reps. Lund and Novak agreed.']);
  });
  it('gives each of the names after it the singular role', () => {
    const a = actors('The bank drew fire on Tuesday. Sens. Erik Lund and Anna Novak criticized Ruritania.');
    expect(a).toContain('Erik Lund (person, Senator)|CRITICIZE|Ruritania');
    expect(a).toContain('Anna Novak (person, Senator)|CRITICIZE|Ruritania');
  });
});

describe('collective actors named by a profession (src/data/group-nouns.tsv)', () => {
  it('makes modified "analysts" and "experts" a group, bare ones nobody', () => {
    expect(mentions('Foreign policy analysts said Ruritania had courted Osterlich.')).toContain('Foreign policy analysts → Foreign policy analysts (group, -)');
    expect(mentions('Analysts said Ruritania had courted Osterlich.').some((m) => m.startsWith('Analysts'))).toBe(false);
    expect(mentions('Legal experts criticized Ruritania on Monday.')).toContain('Legal experts → Legal experts (group, -)');
  });
});

/** "actor|TYPE|target" of each statement. */
const triples = (text: string): string[] => extract(text).map((s) => `${s.actor.name}|${s.type}|${s.target.name}`);

describe('speech regions (statements/speech-quote-then-speaker, statements/speech-bare-complement)', () => {
  it('gives a reporting verb in a subordinate clause nothing of its head to report', () => {
    expect(triples('Lund has been courting Osterlich, after Anna Novak admitted her error.')).not.toContain('Anna Novak|COMMENT|Osterlich');
    expect(triples('Erik Lund met Osterlich while Anna Novak acknowledged the delay.')).not.toContain('Anna Novak|COMMENT|Osterlich');
    expect(triples('Erik Lund met Osterlich while Anna Novak acknowledged the delay.')).toContain('Erik Lund|MEET|Osterlich');
  });
  it('gives a reporting verb coordinated with an unquoted clause nothing of that clause', () => {
    expect(triples('The video shows Lund leaving Osterlich, but Anna Novak said nothing.')).not.toContain('Anna Novak|COMMENT|Osterlich');
  });
  it('keeps the attribution line after a quotation', () => {
    expect(triples('"Osterlich has to pay," Anna Novak said.')).toContain('Anna Novak|COMMENT|Osterlich');
  });
  it('reads a complement clause the parse broke up as what the subject said', () => {
    expect(triples('Erik Lund said Ruritania is the one trying to pressure the moderators.')).toContain('Erik Lund|COMMENT|Ruritania');
    // no clause after the verb: a place where it was said is no content
    expect(triples('Erik Lund said on Monday in Ruritania that he was tired.')).toEqual([]);
  });
});

describe('a heading that is a name before a colon (statements/speech-heading)', () => {
  it('makes the person or body named before the colon the speaker of what follows', () => {
    expect(triples('Erik Lund: Ruritania Must Pay For The Attack.')).toContain('Erik Lund|COMMENT|Ruritania');
  });
  it('leaves a state or place before the colon a topic', () => {
    expect(triples('Norway: Iran Must Pay For The Attack.')).toEqual([]);
  });
});

describe('titles of local office and of organizations (src/data/titles.tsv)', () => {
  it('makes the name after "City Attorney", "Sheriff", "Executive Director" a person with that role', () => {
    expect(actors('City Attorney Erik Lund criticized Osterlich on Monday.')).toContain('Erik Lund (person, City Attorney)|CRITICIZE|Osterlich');
    expect(actors('Sheriff Anna Novak criticized Osterlich on Monday.')).toContain('Anna Novak (person, Sheriff)|CRITICIZE|Osterlich');
  });
});
