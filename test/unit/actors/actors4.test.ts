/**
 * Actor resolution on invented sentences (session 5, actor side of issue 10): each case names the
 * mechanism it covers and fails when that mechanism stops resolving the actor.
 */
import { mentions as allMentions, triples } from '../extract/helpers';

/** Every named mention of the text: "text → name (kind, country)". */
const mentions = (text: string): string[] => allMentions(text, true);

describe('partitive nouns split by the tokenizer (statements/actor-partitive)', () => {
  it('reads "a cross-section of MPs" as the MPs', () => {
    expect(triples('A cross-section of French MPs condemned Italy on Monday.')).toContain('French MPs|CRITICIZE|Italy');
  });
});

describe('the state before a title (actors/title-before-name)', () => {
  it('reaches the state across a capitalized party adjective that names no one', () => {
    expect(mentions('French Socialist presidential nominee Erik Novak spoke on Tuesday.')).toContain('Erik Novak → Erik Novak (person, FRA)');
  });
});

describe('datelines with a spaced hyphen (find-mentions dateline)', () => {
  it('drops "CITY, Mon DD - " as a place line', () => {
    const ms = mentions('SPAIN, Oct 19 - Italy condemned France on Monday.');
    expect(ms.some((m) => m.startsWith('SPAIN'))).toBe(false);
    expect(ms).toContain('Italy → Italy (country, ITA)');
  });
  it('keeps a name in capitals before a joined hyphen ("well-known")', () => {
    expect(mentions('SPAIN, a well-known critic, condemned France on Monday.').some((m) => m.startsWith('SPAIN'))).toBe(true);
  });
});

describe('party plurals (actors/party-plural)', () => {
  it('reads a sentence-initial party plural before a cue verb the tagger does not know', () => {
    expect(mentions('Socialists criticized Erik Novak on Monday.')).toContain('Socialists → Socialists (group, -)');
  });
  it('reads a party plural after a sentence-initial function word', () => {
    expect(mentions('If Socialists choose Erik Novak, they will lose.')).toContain('Socialists → Socialists (group, -)');
  });
  it('still leaves a plural inside a longer capitalized name alone', () => {
    expect(mentions('Erik Novak met Old Liberals on Monday.').some((m) => m.startsWith('Liberals'))).toBe(false);
  });
});

describe('given names that are English words (word-classes.tsv given-name)', () => {
  it('reads "Bill Novak" as a person', () => {
    expect(mentions('Bill Novak said Italy was wrong.')).toContain('Bill Novak → Bill Novak (person, -)');
  });
  it('does not make a person of two common words', () => {
    expect(mentions('Frank Talks began in Italy.').some((m) => m.startsWith('Frank Talks → Frank Talks (person'))).toBe(false);
  });
});

describe('subject pronouns take a subject named before them (statements/actor-pronoun)', () => {
  it('resolves "but he said" to the sentence\'s subject, not the last person named', () => {
    const out = triples("Erik Novak told reporters that the video did not show Marc Dupont's hand, but he said Italy was wrong.");
    expect(out).toContain('Erik Novak|CRITICIZE|Italy');
    expect(out.some((x) => x.startsWith('Marc Dupont|'))).toBe(false);
  });
});

describe('a subject "it" under a body\'s clause (statements/actor-pronoun)', () => {
  it('resolves "The government has said it believes" to the body, not the last body named', () => {
    const out = triples('Reuters criticized Portugal on Monday. The Spanish government has said it believes the plan could hurt Italy.');
    expect(out).toContain('Spain|COMMENT|Italy');
    expect(out.some((x) => /^Reuters\|COMMENT\|Italy/.test(x))).toBe(false);
  });
});

describe('two titled people joined by "and" (actors/title-name)', () => {
  it('reads "Mr. Novak and Mr. Lund" as two people', () => {
    const ms = mentions('Senator Erik Novak spoke on Monday. Mr. Novak and Mr. Lund said Italy was wrong.');
    expect(ms).toContain('Novak → Erik Novak (person, -)');
    expect(ms).toContain('Lund → Lund (person, -)');
  });
});

describe('a conjunct with a preposition of its own (statements/actor-conj)', () => {
  it('does not make "like Y" a second subject of "X, like Y, criticized"', () => {
    const out = triples('Erik Novak, like Maria Lopez, has criticized Italy.');
    expect(out).toContain('Erik Novak|CRITICIZE|Italy');
    expect(out.some((x) => x.startsWith('Maria Lopez|'))).toBe(false);
  });
});

describe('"a spokesman for X" speaks for X (statements/actor-affiliation)', () => {
  it('reads the body or person after "for" as the speaker', () => {
    expect(triples('A spokesman for the French Foreign Ministry said Italy was wrong.')).toContain('French Foreign Ministry|CRITICIZE|Italy');
    expect(triples('Erik Novak arrived. A spokeswoman for Maria Lopez said Italy was wrong.')).toContain('Maria Lopez|CRITICIZE|Italy');
  });
});

describe('election roles stand for one another (actors/description)', () => {
  it('resolves "the candidate" to the person named as the nominee', () => {
    expect(triples('Republican presidential nominee Erik Novak spoke on Monday. The candidate criticized Italy.')).toContain('Erik Novak|CRITICIZE|Italy');
  });
});

describe('gaps: a subject whose name inside resolves is no gap (src/commands/gaps.ts)', () => {
  it('does not list "Texas Sen. X" parsed with the state as head', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { gapReport } = await import('../../../src/commands/gaps');
    const dir = mkdtempSync(join(tmpdir(), 'sg-gaps4-'));
    writeFileSync(join(dir, 'a.txt'), 'Texas Sen. Erik Novak criticized Italy. Zorblat condemned Chile.');
    const r = await gapReport([dir], { top: 10 });
    const keys = r.unresolvedNames.map((g) => g.key);
    expect(keys.some((k) => /Novak/.test(k))).toBe(false);
  });
});

describe('a "the" shared by coordinated peoples (gazetteer "the X-s")', () => {
  it('reads "the Americans and Kuwaitis" as two states', () => {
    const ms = mentions('The attack was blamed by both the Americans and Kuwaitis on Iran.');
    expect(ms).toContain('Kuwaitis → Kuwait (country, KWT)');
    expect(ms).toContain('Americans → United States (country, USA)');
  });
  it('leaves a bare people plural a population', () => {
    expect(mentions('Many Kuwaitis travelled to Iran.').some((m) => m.startsWith('Kuwaitis →'))).toBe(false);
  });
});

describe('a sentence-initial acronym the lexicon lists (find-mentions initialNonName)', () => {
  it('reads "CNN said" as a name', () => {
    expect(mentions('CNN said Italy was wrong.').some((m) => m.startsWith('CNN →') && !m.endsWith('-'))).toBe(true);
  });
  it('still drops a sentence-initial function word in capitals', () => {
    expect(mentions('BUT Italy was wrong.').some((m) => m.startsWith('BUT'))).toBe(false);
  });
});
