import { repairParse } from '../../../src/statements/repair';
import { toks, triples } from './helpers';


describe('repairParse: a passive subject with no passive auxiliary', () => {
  it('makes the subject of an active verb with "have" nsubj', () => {
    const s = toks('Chile/PROPN/Chile/3/nsubj:pass have/AUX/have/3/aux called/VERB/call/0/root for/ADP/for/5/case talks/NOUN/talk/3/obl');
    expect(repairParse(s)).toBe(1);
    expect(s[0].deprel).toBe('nsubj');
  });

  it('leaves a real passive ("was condemned") alone', () => {
    const s = toks('Chile/PROPN/Chile/3/nsubj:pass was/AUX/be/3/aux:pass condemned/VERB/condemn/0/root');
    expect(repairParse(s)).toBe(0);
    expect(s[0].deprel).toBe('nsubj:pass');
  });

  it('leaves a passive with a by-phrase alone even when the auxiliary is missing', () => {
    const s = toks('Chile/PROPN/Chile/2/nsubj:pass condemned/VERB/condemn/0/root by/ADP/by/4/case Peru/PROPN/Peru/2/obl');
    expect(repairParse(s)).toBe(0);
  });
});

describe('repairParse: speaker after a quotation', () => {
  it('never hangs a name on a verb that depends on it (no cycle)', () => {
    const s = toks('"/PUNCT/"/2/punct Go/VERB/go/0/root "/PUNCT/"/2/punct Lund/PROPN/Lund/2/obj said/VERB/say/4/acl');
    repairParse(s, [true, true, true, false, false]);
    for (let i = 0; i < s.length; i++) {
      let k = i;
      let n = 0;
      while (s[k].head > 0 && n++ <= s.length) k = s[k].head - 1;
      expect(n).toBeLessThanOrEqual(s.length);
    }
  });
});

describe('targets through what a thing belongs to', () => {
  it('finds who imposed "the sanctions" named before as the target of a demand to lift them', () => {
    expect(triples('Norway imposed sanctions on Iran. Chile called for the sanctions to be lifted.')).toContain('Chile|DEMAND|Norway');
  });

  it('finds the possessor named before of a definite noun ("Norway\'s ban" … "the ban")', () => {
    expect(triples("Norway's ban on fishing angered Iceland. Chile condemned the ban on Monday.")).toContain('Chile|CRITICIZE|Norway');
  });

  it('does not take the owner of a thing when an actor is named in the slot', () => {
    expect(triples("Norway's ban on fishing angered Iceland. Chile condemned the ban by Denmark.")).not.toContain('Chile|CRITICIZE|Norway');
  });

  it('judges the possessor of a judged thing, not an actor in its modifiers', () => {
    const t = triples("The Swedish president called Norway's rebate from the European Union unjustified.");
    expect(t).toContain('Sweden|CRITICIZE|Norway');
    expect(t).not.toContain('Sweden|CRITICIZE|European Union');
  });
});

describe('an attitude reported of people who are no actor', () => {
  it('is the speaker\'s stance', () => {
    expect(triples('Erik Lund said the voters were angry with Norway.')).toContain('Erik Lund|CRITICIZE|Norway');
  });

  it('stays the attitude of an actor who holds it', () => {
    const t = triples('Erik Lund said Denmark was angry with Norway.');
    expect(t).toContain('Denmark|CRITICIZE|Norway');
    expect(t).not.toContain('Erik Lund|CRITICIZE|Norway');
  });

  it('is no statement outside reported speech', () => {
    expect(triples('The voters were angry with Norway.')).toEqual([]);
  });
});

describe('the possessor of a judged thing among its premodifiers', () => {
  it('judges the possessor of a premodifier ("Norway\'s pounds 3bn rebate")', () => {
    const t = triples("The Swedish president called Norway's pounds 3bn rebate from the European Union unjustified.");
    expect(t).toContain('Sweden|CRITICIZE|Norway');
  });
});

describe('wanting an actor\'s thing ended', () => {
  it('is a demand toward the possessor named with it', () => {
    expect(triples("Erik Lund wants Norway's sanctions to be lifted.")).toContain('Erik Lund|DEMAND|Norway');
  });

  it('is no demand when the wanting is negated', () => {
    expect(triples("Norway's rebate angered Chile. Erik Lund does not want the rebate to end.")).not.toContain('Erik Lund|DEMAND|Norway');
  });

  it('is no demand for a thing that is not ended', () => {
    expect(triples("Norway's rebate angered Chile. Erik Lund wants the rebate to grow.")).not.toContain('Erik Lund|DEMAND|Norway');
  });
});

describe('a judging noun that is an object', () => {
  it('judges its of-phrase, not the subject of its verb', () => {
    const t = triples("\"Sweden's refusal shows the bankruptcy of the Danish policy,\" Norway's prime minister said.");
    expect(t).toContain('Norway|CRITICIZE|Denmark');
    expect(t).not.toContain('Norway|CRITICIZE|Sweden');
  });
});

describe('a positive noun under "lack of"', () => {
  it('is praise denied: criticism of whom the lack is said of', () => {
    const t = triples("Erik Lund said Denmark's remarks showed a lack of respect for his country.");
    expect(t).toContain('Erik Lund|CRITICIZE|Denmark');
    expect(t).not.toContain('Erik Lund|SUPPORT|Denmark');
  });
});

describe('"wrong" and an extraposed "it"', () => {
  it('judges the possessor of what is called wrong', () => {
    expect(triples("Erik Lund said Denmark's decision was wrong.")).toContain('Erik Lund|CRITICIZE|Denmark');
  });

  it('does not read the "it" of "it was wrong to …" as an actor', () => {
    const t = triples('Norway met Chile on Monday. Erik Lund said it was wrong to invite Denmark.');
    expect(t).not.toContain('Erik Lund|CRITICIZE|Chile');
    expect(t).not.toContain('Erik Lund|CRITICIZE|Norway');
  });
});

describe('criticism answered', () => {
  it('is a REJECT of the critic, not a criticism of them', () => {
    const t = triples('Erik Lund hit back at complaints from Denmark.');
    expect(t).toContain('Erik Lund|REJECT|Denmark');
    expect(t).not.toContain('Erik Lund|CRITICIZE|Denmark');
  });

  it('leaves a criticism of a thing that is no reproach as it is', () => {
    expect(triples('Erik Lund hit back at the plan from Denmark.')).not.toContain('Erik Lund|REJECT|Denmark');
  });
});
