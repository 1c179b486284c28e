import { buildGraph } from '../../../../src/graph/build-graph';
import { assignCriticismPagerank, criticismPagerank } from '../../../../src/graph/analyses/centrality';
import { st } from '../make-statements';

describe('criticismPagerank', () => {
  it('ranks the most criticized actor first and ignores positive ties', () => {
    const g = buildGraph([
      st('FRE', 'CRITICIZE', 'SYL'),
      st('RUR', 'CRITICIZE', 'SYL'),
      st('LAT', 'CRITICIZE', 'SYL'),
      // Many positive ties towards Latveria: they must not raise its score.
      st('FRE', 'SUPPORT', 'LAT'), st('RUR', 'SUPPORT', 'LAT'), st('ZEN', 'SUPPORT', 'LAT'),
    ]);
    const pr = criticismPagerank(g);
    const order = Object.keys(pr).sort((a, b) => pr[b]! - pr[a]!);
    expect(order[0]).toBe('country:SYL');
    expect(pr['country:LAT']).toBeCloseTo(pr['country:FRE']!, 10);
    expect(pr['country:ZEN']).toBeCloseTo(pr['country:FRE']!, 10);
    const total = Object.values(pr).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('scores criticism from the much criticized above criticism from the uncriticized', () => {
    const g = buildGraph([
      st('FRE', 'CRITICIZE', 'SYL'), st('RUR', 'CRITICIZE', 'SYL'),
      st('SYL', 'CRITICIZE', 'ZEN'),
      st('LAT', 'CRITICIZE', 'elph'),
    ]);
    const pr = criticismPagerank(g);
    expect(pr['country:ZEN']!).toBeGreaterThan(pr['person:rudolf-elph']!);
  });

  it('weights ties by their number of statements unless told not to', () => {
    const g = buildGraph([
      st('FRE', 'CRITICIZE', 'SYL'), st('FRE', 'CRITICIZE', 'SYL'), st('FRE', 'CRITICIZE', 'SYL'),
      st('FRE', 'CRITICIZE', 'RUR'),
    ]);
    const weighted = criticismPagerank(g);
    expect(weighted['country:SYL']!).toBeGreaterThan(weighted['country:RUR']!);
    const plain = criticismPagerank(g, { weighted: false });
    expect(plain['country:SYL']).toBeCloseTo(plain['country:RUR']!, 10);
  });

  it('gives equal scores on a criticism cycle', () => {
    const g = buildGraph([st('FRE', 'WARN', 'SYL'), st('SYL', 'WARN', 'RUR'), st('RUR', 'WARN', 'FRE')]);
    assignCriticismPagerank(g);
    expect(g.getNodeAttribute('country:FRE', 'pagerank')).toBeCloseTo(1 / 3, 6);
    expect(g.getNodeAttribute('country:RUR', 'pagerank')).toBeCloseTo(1 / 3, 6);
  });
});
