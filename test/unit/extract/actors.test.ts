/**
 * The actor side on invented sentences: group actors, leader and role descriptions, gender of pronouns,
 * transcript labels, and text that names no actor (headings in capitals, titles of works, datelines).
 */
import { extractDocument } from '../../../src/pipeline';
import { lexicons, mentions, triples } from './helpers';


describe('group actors (actors/group)', () => {
  it('names a group by its plural head and modifiers, with the state of a demonym', () => {
    expect(triples('Left-wing French lawmakers condemned Italy.')).toContain('Left-wing French lawmakers|CRITICIZE|Italy');
    const ms = mentions('Left-wing French lawmakers condemned Italy.');
    expect(ms).toContain('Left-wing French lawmakers → Left-wing French lawmakers (group)');
  });

  it('ends the modifiers at an auxiliary and leaves its participle out', () => {
    const ms = mentions('Novak expects a deal, a prediction which has alarmed Polish diplomats.');
    expect(ms.some((m) => /^(has|alarmed)\b/.test(m))).toBe(false);
    expect(ms).toContain('Polish diplomats → Poland (country)');
  });

  it('leaves numbers, determiners and quantifiers out of the name', () => {
    expect(triples('Some 40 MPs criticized Germany on Tuesday.')).toContain('MPs|CRITICIZE|Germany');
    expect(triples('Dupont and other right-wing Polish leaders criticized Germany.')).toContain('right-wing Polish leaders|CRITICIZE|Germany');
  });

  it('resolves a later mention with the same head to the group named before', () => {
    const ms = mentions('Forty MPs signed the letter on Monday. The MPs also criticized Japan.');
    expect(ms).toContain('MPs → MPs (group)');
    expect(triples('Forty MPs signed the letter on Monday. The MPs also criticized Japan.')).toContain('MPs|CRITICIZE|Japan');
  });

  it('keeps a state speaking through its officials the state', () => {
    expect(triples('Senior Brazilian officials condemned Chile.')).toContain('Brazil|CRITICIZE|Chile');
    expect(triples('Brazilian government officials condemned Chile.')).toContain('Brazil|CRITICIZE|Chile');
  });

  it('makes officials with other modifiers a group, never the state', () => {
    expect(triples('Eastern diplomats criticized Peru.')).toContain('Eastern diplomats|CRITICIZE|Peru');
  });

  it('needs a modifier for anonymous collectives', () => {
    expect(mentions('Activists criticized Peru on Monday.').some((m) => m.includes('(group)'))).toBe(false);
    expect(mentions('Environmental activists criticized Peru on Monday.')).toContain('Environmental activists → Environmental activists (group)');
  });

  it('reads a capitalized party plural as a group', () => {
    expect(mentions('The plan was attacked on Monday by the Greens.')).toContain('Greens → Greens (group)');
    expect(mentions('Socialists said the plan would fail.')).toContain('Socialists → Socialists (group)');
  });

  it('does not take a people for a group', () => {
    expect(mentions('On Monday the Muslims of the city prayed.').some((m) => m.includes('(group)'))).toBe(false);
    // a nation's people is a population (spec: anonymous non-officials are no actors); "the Brazilians" is the state
    expect(triples('Polls show Brazilians criticized Peru.').some((t) => t.startsWith('Brazilians|'))).toBe(false);
  });
});

describe('descriptions of people', () => {
  it('resolves "the <demonym> leader" to the head of state or government named before', () => {
    const text = 'French President Jean Dupont arrived in Rome on Monday. The French leader criticized Italy.';
    expect(mentions(text)).toContain('The French leader → Jean Dupont (person)');
  });

  it('resolves a description forward to the person the next sentences name with that role', () => {
    const text = 'The Spanish finance minister criticized Portugal on Monday. Trade fell again. The finance minister, Ana Novak, spoke in Madrid.';
    expect(mentions(text)).toContain('The Spanish finance minister → Ana Novak (person)');
  });

  it('gives a person the role the document states elsewhere', () => {
    const text = 'Crowds greeted Karl Brenner in Vienna. Former President Karl Brenner spoke later. The former president criticized Hungary.';
    expect(mentions(text)).toContain('The former president → Karl Brenner (person)');
  });
});

describe('pronouns agree in gender', () => {
  it('skips a woman for "he" and a man for "she"', () => {
    expect(triples('Jane Dupont met Mr. Novak in Paris on Monday. Later he condemned Austria.')).toContain('Novak|CRITICIZE|Austria');
    expect(triples('Mr. Novak met Jane Dupont in Paris on Monday. Later she condemned Austria.')).toContain('Jane Dupont|CRITICIZE|Austria');
  });

  it('takes gender from an honorific over the given name', () => {
    expect(triples('Mrs. Alex Novak met Paul Dupont. Then she condemned Austria.')).toContain('Alex Novak|CRITICIZE|Austria');
  });

  it('says nothing of family-name-first names', () => {
    // a hyphenated given name after the first word: the first word is a family name, not a given name
    expect(triples('Kim Tae-yong criticized Hungary on Monday. Later he condemned Austria.')).toContain('Kim Tae-yong|CRITICIZE|Austria');
  });
});

describe('salience by syntactic role', () => {
  it('takes the possessor of a subject that names no one for "he", over a person named later', () => {
    expect(triples('Mr Novak criticized Austria. Mr Dupont\'s trip to Vienna is part of regular talks with Austrian ministers. He will meet Erik Lund on Friday.'))
      .toContain('Dupont|MEET|Erik Lund');
  });
});

describe('salience of the main clause', () => {
  it('keeps the subject of the main clause for "he" over the subject of a clause inside it', () => {
    expect(triples('Mr Novak arrived in Vienna on Monday. He rose to the defence of Mr Dupont, saying Mr Dupont should be given a medal. And he condemned Austria in remarks after the meeting.'))
      .toContain('Novak|CRITICIZE|Austria');
  });

  it('never takes the speaker of a quotation for "he" inside it', () => {
    const said: string[] = [];
    extractDocument({ id: 'doc', path: 'doc.txt', text: 'Mr Novak met Mr Dupont on Monday. Mr Dupont criticized Austria. "He did well," Mr Dupont recalled.', published: '2024-05-10' }, {
      lexicons,
      onSentence: ({ sentence, tree, registry, pronounAt }) => {
        if (sentence.index !== 2) return;
        const he = tree.toks.findIndex((x) => x.form === 'He');
        for (const k of pronounAt(he) ?? []) said.push(registry.entities.get(k)!.name);
      },
    });
    expect(said).toEqual(['Novak']);
  });
});

describe('plural pronouns', () => {
  it('resolves "them" to a group named before it in the same sentence', () => {
    const got: string[] = [];
    extractDocument({ id: 'doc', path: 'doc.txt', text: 'Austria criticized Hungary. Erik Lund would not invite human rights groups but would meet them on Friday.', published: '2024-05-10' }, {
      lexicons,
      onSentence: ({ sentence, tree, registry, pronounAt }) => {
        if (sentence.index !== 1) return;
        const them = tree.toks.findIndex((x) => x.form === 'them');
        for (const k of pronounAt(them) ?? []) got.push(registry.entities.get(k)!.name);
      },
    });
    expect(got).toEqual(['human rights groups']);
  });
});

describe('quotations', () => {
  it('keeps a quoted paragraph open when its next sentence opens a quotation mark of its own', () => {
    // `… Austria. "There …` re-opens the quotation whose closing mark the writer left out; the narration
    // after the quotation's real end is the narrator's, not the speaker's
    const text = 'Erik Lund said: "This is a signal to Austria. "There are still many open questions." Jan Novak condemned Hungary.';
    const quoted: boolean[] = [];
    extractDocument({ id: 'doc', path: 'doc.txt', text, published: '2024-05-10' }, {
      lexicons,
      onSentence: ({ tree }) => { quoted.push(tree.inQuote[tree.n - 2]); },
    });
    expect(quoted).toEqual([true, true, false]);
  });
});

describe('organizations by head noun', () => {
  it('reads "… Coalition", "… Watch", "… International" as organizations, not people after a title word', () => {
    expect(mentions('Erik Lund spoke at the Republican Freedom Coalition on Monday.')).toContain('Republican Freedom Coalition → Republican Freedom Coalition (organization)');
    expect(mentions('Press Freedom Watch criticized Austria.')).toContain('Press Freedom Watch → Press Freedom Watch (organization)');
    expect(mentions('Lawyers International criticized Austria.')).toContain('Lawyers International → Lawyers International (organization)');
  });
});

describe('the leader of a government', () => {
  it('reads "the <name> administration" as that person, an English word before it as no one', () => {
    expect(triples('Erik Lund criticized the Novak administration on Monday.')).toContain('Erik Lund|CRITICIZE|Novak');
    expect(mentions('Erik Lund criticized the Labour government on Monday.').some((m) => m.startsWith('Labour → ') && m.endsWith('(person)'))).toBe(false);
  });

  it('takes the plural of a two-word demonym for a people, not a person', () => {
    expect(triples('South Koreans think that China is keeping aloof.').some((x) => x.startsWith('Koreans|'))).toBe(false);
  });

  it('reads "the <demonym in -i>s" as the state\'s voice, like "the Americans"', () => {
    expect(triples('The Iraqis criticized Austria on Monday.')).toContain('Iraq|CRITICIZE|Austria');
  });

  it('takes the adjective of a faith for no organization', () => {
    expect(mentions('Erik Lund spoke to local Jewish communities.').some((m) => m.startsWith('Jewish → ') && !m.endsWith('→ -'))).toBe(false);
  });
});

describe('"the government"', () => {
  it('is the state the document names most often, and no one when it names none', () => {
    expect(triples('Austria and Hungary met on Sunday. Austria criticized Slovakia on Monday. Vienna also warned Hungary. Human rights groups criticized the government.'))
      .toContain('Human rights groups|CRITICIZE|Austria');
    expect(triples('Human rights groups criticized the government.')).toEqual([]);
  });
});

describe('places', () => {
  it('takes a name ending in a place\'s head word for no person', () => {
    expect(mentions('Crowds gathered in Tolvan Square and on Brenner Island on Monday.').filter((m) => m.endsWith('(person)'))).toEqual([]);
  });
});

describe('person names', () => {
  it('takes a hyphenated given name in lower case after the hyphen for a name, whatever its syllables spell', () => {
    expect(triples('Ri Tae-yong criticized Hungary on Monday.')).toContain('Ri Tae-yong|CRITICIZE|Hungary');
  });
});

describe('what names no actor', () => {
  it('reads a transcript label as the person named before', () => {
    expect(mentions('Paul Novak spoke on Sunday.\n\nNOVAK: We will not accept it.')).toContain('NOVAK → Paul Novak (person)');
  });

  it('takes a heading word in capitals for no name', () => {
    expect(mentions('CLARIFICATION: The first sentence was changed.').some((m) => /Clarification/i.test(m) && !m.endsWith('-'))).toBe(false);
  });

  it('takes a quoted title of a work for no actor', () => {
    expect(mentions('Dupont said on the programme "Face the Nation Tonight."').some((m) => m.startsWith('Face'))).toBe(false);
  });

  it('takes a capital naming a place of events for no actor, a capital acting for its state', () => {
    expect(mentions('Ministers met at the Vienna conference on Monday.').some((m) => m.startsWith('Vienna'))).toBe(false);
    expect(triples('Vienna criticized Budapest on Monday.')).toContain('Austria|CRITICIZE|Hungary');
  });

  it('takes a wire dateline for no actor', () => {
    const ms = mentions('PARIS (Wirenews) — Jean Dupont criticized Italy on Monday.');
    expect(ms.some((m) => m.startsWith('Wirenews') || m.startsWith('PARIS'))).toBe(false);
    expect(ms).toContain('Italy → Italy (country)');
  });

  it('a weekday never begins a name: "On Monday Novak …" is Novak, named before', () => {
    const text = 'Polish Foreign Minister Jan Novak arrived in Paris on Sunday. On Monday Novak condemned Hungary.';
    expect(mentions(text)).not.toContain('Monday Novak → -');
    expect(triples(text)).toContain('Jan Novak|CRITICIZE|Hungary');
  });
});
