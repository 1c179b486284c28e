import { extract, triples } from './helpers';

describe('extractDocument: statement types and frames', () => {
  it('finds a transitive criticism with one triple per listed target', () => {
    const t = triples('French Foreign Minister Jean Dupont criticized Germany, Italy and Spain for their budget plans.');
    expect(t).toEqual(expect.arrayContaining(['Jean Dupont|CRITICIZE|Germany', 'Jean Dupont|CRITICIZE|Italy', 'Jean Dupont|CRITICIZE|Spain']));
  });

  it('gives the person role and country from the title, not a second actor', () => {
    const [s] = extract('French Foreign Minister Jean Dupont criticized Germany.');
    expect(s.actor).toMatchObject({ name: 'Jean Dupont', kind: 'person', role: 'Foreign Minister', country: 'France' });
    expect(s.polarity).toBe(-1);
  });

  it('targets the party urged in a DEMAND, not the topic', () => {
    expect(triples('The Polish government urged Hungary to comply with the court ruling.')).toEqual(['Poland|DEMAND|Hungary']);
  });

  it('drops a negated cue', () => {
    expect(triples('Chancellor Maria Weber did not criticize Austria.')).toEqual([]);
  });

  it('treats "accused X of" as ACCUSE toward X only', () => {
    expect(triples('The Turkish government accused Greece of violating the agreement with Cyprus.')).toEqual(['Turkey|ACCUSE|Greece']);
  });

  it('makes a joint meeting symmetric', () => {
    const t = triples('Japan and India held talks on trade.');
    expect(t).toEqual(expect.arrayContaining(['Japan|MEET|India', 'India|MEET|Japan']));
  });

  it('reads a capital as its state when it acts', () => {
    expect(triples('Ottawa condemned Caracas over the expulsions.')).toEqual(['Canada|CRITICIZE|Venezuela']);
  });

  it('turns a hypothetical violation in reported speech into a WARN', () => {
    const t = triples('Senator Paul Grant said that weapons sales between Iran and Syria would violate the embargo.');
    expect(t).toEqual(expect.arrayContaining(['Paul Grant|WARN|Iran', 'Paul Grant|WARN|Syria']));
  });

  it('resolves "he" to the person just named', () => {
    const t = triples('Canadian Prime Minister Alan Brook visited Mexico. He also condemned Cuba.');
    expect(t).toContain('Alan Brook|CRITICIZE|Cuba');
  });

  it('resolves a surname and a description back to the full name', () => {
    const text = 'Brazilian Ambassador Rui Costa met Peruvian officials. Later Costa denounced Bolivia. The Brazilian diplomat also condemned Chile.';
    const t = triples(text);
    expect(t).toEqual(expect.arrayContaining(['Rui Costa|CRITICIZE|Bolivia', 'Rui Costa|CRITICIZE|Chile']));
  });

  it('attributes "we" inside a quotation to the speaker', () => {
    const t = triples('On May 3, Dutch Foreign Minister Eva Smit spoke after the vote: "We call on Belgium to stop the project."');
    expect(t).toContain('Eva Smit|DEMAND|Belgium');
  });

  it('dates a statement from "On <month> <day>" and the publication year', () => {
    const [s] = extract('On March 3, the Chilean government condemned Argentina.', '2024-05-10');
    expect(s.date).toBe('2024-03-03');
    const [t] = extract('On December 3, the Chilean government condemned Argentina.', '2024-05-10');
    expect(t.date).toBe('2023-12-03');
  });

  it('keeps evidence: sentence text, cue span, rules and lexicon line', () => {
    const text = 'Intro line.\n\nThe Kenyan government welcomed Ethiopia\'s decision.';
    const [s] = extract(text);
    expect(s.type).toBe('SUPPORT');
    expect(text.slice(s.evidence.cue.start, s.evidence.cue.end)).toBe('welcomed');
    expect(s.evidence.rules.length).toBeGreaterThan(0);
    expect(s.evidence.lexicon[0].file).toBe('src/data/cues.tsv');
    expect(s.sentence).toBe(1);
  });

  it('gives the same ids on a second run', () => {
    const a = extract('The Chilean government condemned Argentina.').map((s) => s.id);
    const b = extract('The Chilean government condemned Argentina.').map((s) => s.id);
    expect(a).toEqual(b);
    expect(a.length).toBe(1);
  });
});

describe('extractDocument: passive voice and split quotations', () => {
  it('makes the by-agent of a passive cue the actor and the subject the target', () => {
    expect(triples('Hungary was sharply criticized by Austria and Slovenia over the new law.')).toEqual(
      expect.arrayContaining(['Austria|CRITICIZE|Hungary', 'Slovenia|CRITICIZE|Hungary']));
  });

  it('keeps the speaker for the quotation after "X said,"', () => {
    const t = triples('"We will act," Finnish Prime Minister Liisa Berg said, "and we condemn Belarus for this."');
    expect(t).toContain('Liisa Berg|CRITICIZE|Belarus');
  });
});

describe('extractDocument: common news patterns', () => {
  it('skips a time expression between subject and verb', () => {
    expect(triples('German Chancellor Olaf Brandt on Monday called on Austria to reopen the border.')).toContain('Olaf Brandt|DEMAND|Austria');
  });

  it('finds a state organization written in lower case after a possessive', () => {
    const [s] = extract("Pakistan's foreign ministry summoned the Indian envoy.");
    expect(s).toMatchObject({ type: 'PROTEST', target: { name: 'India' } });
    expect(s.actor).toMatchObject({ kind: 'organization', country: 'Pakistan' });
  });

  it('makes exchanged accusations go both ways', () => {
    expect(triples('Peru and Ecuador exchanged accusations over the border incident.')).toEqual(
      expect.arrayContaining(['Peru|ACCUSE|Ecuador', 'Ecuador|ACCUSE|Peru']));
  });

  it('takes an unknown proper name in object position as an organization', () => {
    const [s] = extract('Colombia accused Calvora of smuggling arms.');
    expect(s).toMatchObject({ type: 'ACCUSE', target: { name: 'Calvora', kind: 'organization' } });
  });

  it('reads concern in the speaker\'s own words as criticism of the party it is about', () => {
    expect(triples('The Swedish government said that it was deeply concerned by Norway\'s decision.')).toContain('Sweden|CRITICIZE|Norway');
  });

  it('keeps what a third party did, reported by the speaker, as that party\'s statement', () => {
    expect(triples('Spokesman Tom Reed said that Denmark firmly opposes the tariffs imposed by Canada.')).toContain('Denmark|CRITICIZE|Canada');
  });
});

describe('extractDocument: reactions, officials, relative clauses', () => {
  it('makes the authors of a reaction ("prompting condemnation from …") act toward the main subject', () => {
    expect(triples('Iran tested a missile, prompting condemnation from Israel and Jordan.')).toEqual(
      expect.arrayContaining(['Israel|CRITICIZE|Iran', 'Jordan|CRITICIZE|Iran']));
  });

  it('reads unnamed officials of a state as the state', () => {
    expect(triples('Bolivian officials dismissed the report as "baseless propaganda" by Chile.')).toContain('Bolivia|REJECT|Chile');
  });

  it('skips a relative clause between subject and verb', () => {
    expect(triples("Brazil's President Rui Lima, who visited Kenya last month, praised Ghana's role.")).toContain('Rui Lima|SUPPORT|Ghana');
  });
});
