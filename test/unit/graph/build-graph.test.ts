import { buildGraph, excerpt, tieKey } from '../../../src/graph/build-graph';
import type { Message } from '../../../src/types';
import { st } from './make-statements';

describe('buildGraph', () => {
  it('makes one edge per actor, target and sign, weighted by the number of statements', () => {
    const g = buildGraph([
      st('FRE', 'CRITICIZE', 'SYL'),
      st('FRE', 'WARN', 'SYL'),
      st('FRE', 'MEET', 'SYL'),
      st('SYL', 'ACCUSE', 'FRE'),
    ]);
    expect(g.order).toBe(2);
    expect(g.size).toBe(3);
    const neg = g.getEdgeAttributes(tieKey('country:FRE', 'country:SYL', -1));
    expect(neg.weight).toBe(2);
    expect(neg.sign).toBe(-1);
    expect(neg.types).toEqual({ CRITICIZE: 1, WARN: 1 });
    expect(g.getEdgeAttributes(tieKey('country:FRE', 'country:SYL', 1)).weight).toBe(1);
    expect(g.source(tieKey('country:SYL', 'country:FRE', -1))).toBe('country:SYL');
  });

  it('keeps COMMENT statements out of the ties but counts them on nodes', () => {
    const g = buildGraph([st('FRE', 'COMMENT', 'LAT'), st('FRE', 'SUPPORT', 'LAT')]);
    expect(g.size).toBe(1);
    const fre = g.getNodeAttributes('country:FRE');
    expect(fre.statementsMade).toBe(2);
    expect(fre.commentsMade).toBe(1);
    expect(g.getNodeAttributes('country:LAT')).toMatchObject({ statementsReceived: 2, commentsReceived: 1 });
  });

  it('adds a node for an actor that only appears in a comment', () => {
    const g = buildGraph([st('league', 'COMMENT', 'ZEN')]);
    expect(g.order).toBe(2);
    expect(g.size).toBe(0);
    expect(g.getNodeAttributes('organization:league-of-lands').kind).toBe('organization');
  });

  it('records node kind, country and role from the actor reference', () => {
    const g = buildGraph([st('firefly', 'CRITICIZE', 'trentino')]);
    expect(g.getNodeAttributes('person:rufus-firefly')).toMatchObject({
      label: 'Rufus Firefly', kind: 'person', country: 'Freedonia', role: 'President',
    });
  });

  it('keeps first and last date and the sorted distinct dates; a statement without its own date is undated, not given the article date', () => {
    const g = buildGraph([
      st('FRE', 'CRITICIZE', 'SYL', { date: '2021-03-05' }),
      st('FRE', 'WARN', 'SYL', { date: '2021-01-10' }),
      st('FRE', 'DEMAND', 'SYL', { date: '2021-03-05' }),
      st('FRE', 'REJECT', 'SYL', { published: '2021-04-01' }),
      st('FRE', 'PROTEST', 'SYL'),
    ]);
    const tie = g.getEdgeAttributes(tieKey('country:FRE', 'country:SYL', -1));
    expect(tie.dates).toEqual(['2021-01-10', '2021-03-05']);
    expect(tie.firstDate).toBe('2021-01-10');
    expect(tie.lastDate).toBe('2021-03-05');
    expect(tie.undated).toBe(2);
    expect(g.getNodeAttributes('country:SYL').dates).toEqual(['2021-01-10', '2021-03-05']);
    expect(g.getNodeAttributes('country:SYL').undated).toBe(2);
  });

  it('keeps a few samples, quoted evidence first, with doc and sentence', () => {
    const g = buildGraph(
      [
        st('FRE', 'CRITICIZE', 'SYL', { doc: 'd1', sentence: 4 }),
        st('FRE', 'CRITICIZE', 'SYL', { doc: 'd1', sentence: 9, quote: 'a reckless gamble' }),
        st('FRE', 'CRITICIZE', 'SYL', { doc: 'd2', sentence: 1 }),
      ],
      { maxSamples: 2 },
    );
    const tie = g.getEdgeAttributes(tieKey('country:FRE', 'country:SYL', -1));
    expect(tie.samples).toHaveLength(2);
    expect(tie.samples[0]).toMatchObject({ doc: 'd1', sentence: 9, excerpt: 'a reckless gamble', quoted: true });
    expect(tie.samples[1]).toMatchObject({ doc: 'd1', sentence: 4, quoted: false });
    expect(tie.docs).toEqual(['d1', 'd2']);
  });

  it('reports and skips a signed statement of an actor about itself', () => {
    const messages: Message[] = [];
    const g = buildGraph([st('FRE', 'CRITICIZE', 'FRE')], { onMessage: (m) => messages.push(m) });
    expect(g.size).toBe(0);
    expect(messages.map((m) => m.ruleId)).toEqual(['graph/self-statement']);
  });
});

describe('excerpt', () => {
  it('cuts long text on a word boundary and marks the cut', () => {
    const out = excerpt('one two three four five six seven', 15);
    expect(out).toBe('one two three…');
    expect(excerpt('  short   text ', 15)).toBe('short text');
  });
});

describe('buildGraph samples', () => {
  it('shows the sentence instead of a quote of one or two words', () => {
    const g = buildGraph([st('FRE', 'CRITICIZE', 'SYL', { doc: 'd', sentence: 2, quote: 'nonsense', text: 'Freedonia called the plan of Sylvania "nonsense" on Monday.' })]);
    const [sample] = g.getEdgeAttributes(tieKey('country:FRE', 'country:SYL', -1)).samples;
    expect(sample).toMatchObject({ quoted: false, excerpt: 'Freedonia called the plan of Sylvania "nonsense" on Monday.' });
  });
});
