import { buildGraph } from '../../../../src/graph/build-graph';
import { assignBalance, balance, signedProjection } from '../../../../src/graph/analyses/balance';
import { st } from '../make-statements';

describe('balance', () => {
  it('counts + + + and + − − as balanced', () => {
    const allFriends = buildGraph([st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'MEET', 'RUR'), st('RUR', 'COOPERATE', 'FRE')]);
    expect(balance(allFriends)).toMatchObject({ triads: 1, balanced: 1, unbalanced: 0, ratio: 1 });
    const commonEnemy = buildGraph([st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'CRITICIZE', 'RUR'), st('FRE', 'WARN', 'RUR')]);
    expect(balance(commonEnemy).ratio).toBe(1);
  });

  it('counts + + − and − − − as unbalanced and lists them', () => {
    const g = buildGraph([
      // Triad FRE, SYL, RUR: + + −
      st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'SUPPORT', 'RUR'), st('RUR', 'ACCUSE', 'FRE'),
      // Triad LAT, ZEN, RUR: − − −
      st('LAT', 'CRITICIZE', 'ZEN'), st('ZEN', 'CRITICIZE', 'RUR'), st('RUR', 'CRITICIZE', 'LAT'),
    ]);
    const r = balance(g);
    expect(r).toMatchObject({ triads: 2, balanced: 0, unbalanced: 2, ratio: 0 });
    expect(r.unbalancedTriads.map((t) => t.nodes)).toEqual([
      ['country:FRE', 'country:RUR', 'country:SYL'],
      ['country:LAT', 'country:RUR', 'country:ZEN'],
    ]);
    expect(r.unbalancedTriads[0]!.signs).toEqual([-1, 1, 1]);
  });

  it('gives a ratio of 3/4 on four triads with one unbalanced', () => {
    // K4 on FRE, SYL, RUR, LAT: LAT is everybody's enemy except … SYL, who supports LAT.
    const g = buildGraph([
      st('FRE', 'SUPPORT', 'SYL'), st('FRE', 'SUPPORT', 'RUR'), st('SYL', 'SUPPORT', 'RUR'),
      st('FRE', 'CRITICIZE', 'LAT'), st('RUR', 'CRITICIZE', 'LAT'), st('SYL', 'CRITICIZE', 'LAT'),
      st('ZEN', 'SUPPORT', 'LAT'),
    ]);
    expect(balance(g)).toMatchObject({ triads: 4, balanced: 4, ratio: 1 });
    const flipped = buildGraph([
      st('FRE', 'SUPPORT', 'SYL'), st('FRE', 'SUPPORT', 'RUR'), st('SYL', 'SUPPORT', 'RUR'),
      st('FRE', 'CRITICIZE', 'LAT'), st('RUR', 'CRITICIZE', 'LAT'), st('SYL', 'SUPPORT', 'LAT'),
    ]);
    // Triads: FRE-SYL-RUR (+++), FRE-SYL-LAT (+,+,−), FRE-RUR-LAT (+,−,−), SYL-RUR-LAT (+,−,+)
    const r = balance(flipped);
    expect(r.triads).toBe(4);
    expect(r.balanced).toBe(2);
    expect(r.ratio).toBe(2 / 4);
  });

  it('signs a pair with both signs by the majority, and leaves out exact ties', () => {
    const g = buildGraph([
      st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'CRITICIZE', 'FRE'), st('SYL', 'WARN', 'FRE'),
      st('FRE', 'MEET', 'RUR'), st('RUR', 'ACCUSE', 'FRE'),
    ]);
    const { adjacency, ambivalentPairs } = signedProjection(g);
    expect(adjacency.get('country:FRE')!.get('country:SYL')).toBe(-1);
    expect(adjacency.get('country:FRE')!.has('country:RUR')).toBe(false);
    expect(ambivalentPairs).toBe(1);
    const neg = signedProjection(g, { mixed: 'negative' });
    expect(neg.adjacency.get('country:FRE')!.get('country:RUR')).toBe(-1);
    const excl = signedProjection(g, { mixed: 'exclude' });
    expect(excl.ambivalentPairs).toBe(2);
  });

  it('returns a null ratio when there is no triad', () => {
    const g = buildGraph([st('FRE', 'SUPPORT', 'SYL')]);
    const r = assignBalance(g);
    expect(r.ratio).toBeNull();
    expect(g.getAttribute('balance')).toBeNull();
  });
});
