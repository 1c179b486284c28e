import { buildGraph } from '../../../../src/graph/build-graph';
import { affinityGraph, assignBlocs, blocs, blocsDetailed } from '../../../../src/graph/analyses/communities';
import { seededRng } from '../../../../src/graph/rng';
import type { Statement } from '../../../../src/types';
import { st } from '../make-statements';

/** Two camps: FRE+SYL+firefly support each other, RUR+LAT+ZEN support each other, the camps fight. */
function twoCamps(): Statement[] {
  return [
    st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'COOPERATE', 'FRE'), st('firefly', 'MEET', 'SYL'), st('FRE', 'SUPPORT', 'firefly'),
    st('RUR', 'SUPPORT', 'LAT'), st('LAT', 'MEET', 'ZEN'), st('ZEN', 'COOPERATE', 'RUR'), st('RUR', 'MEET', 'ZEN'),
    st('FRE', 'CRITICIZE', 'RUR'), st('LAT', 'WARN', 'SYL'), st('ZEN', 'ACCUSE', 'firefly'),
  ];
}

describe('affinityGraph', () => {
  it('links supporters, links co-critics at half weight, and cancels affinity with criticism', () => {
    const g = buildGraph([
      st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'SUPPORT', 'FRE'),
      st('RUR', 'CRITICIZE', 'ZEN'), st('LAT', 'CRITICIZE', 'ZEN'), st('LAT', 'CRITICIZE', 'ZEN'),
      st('FRE', 'MEET', 'LAT'), st('LAT', 'CRITICIZE', 'FRE'),
    ]);
    const a = affinityGraph(g);
    expect(a.getEdgeAttribute('country:FRE', 'country:SYL', 'weight')).toBe(2);
    expect(a.getEdgeAttribute('country:LAT', 'country:RUR', 'weight')).toBe(0.5);
    expect(a.hasEdge('country:FRE', 'country:LAT')).toBe(false);
    expect(a.hasEdge('country:ZEN', 'country:RUR')).toBe(false);
    expect(affinityGraph(g, { coCriticism: 0 }).hasEdge('country:LAT', 'country:RUR')).toBe(false);
  });
});

describe('blocs', () => {
  it('finds two camps that support each other inside and fight across', () => {
    const g = buildGraph(twoCamps());
    const b = blocs(g, { rng: seededRng(7) });
    expect(b['country:FRE']).toBe(b['country:SYL']);
    expect(b['country:FRE']).toBe(b['person:rufus-firefly']);
    expect(b['country:RUR']).toBe(b['country:LAT']);
    expect(b['country:RUR']).toBe(b['country:ZEN']);
    expect(b['country:FRE']).not.toBe(b['country:RUR']);
  });

  it('groups actors that only criticize the same target', () => {
    const g = buildGraph([
      st('FRE', 'CRITICIZE', 'ZEN'), st('SYL', 'CRITICIZE', 'ZEN'), st('FRE', 'WARN', 'ZEN'), st('SYL', 'WARN', 'ZEN'),
      st('RUR', 'SUPPORT', 'LAT'), st('LAT', 'SUPPORT', 'RUR'),
    ]);
    const b = blocs(g);
    expect(b['country:FRE']).toBe(b['country:SYL']);
    expect(b['country:FRE']).not.toBe(b['country:ZEN']);
    expect(b['country:RUR']).toBe(b['country:LAT']);
  });

  it('gives the same ids for the same seed, largest bloc first', () => {
    const g = buildGraph([...twoCamps(), st('elph', 'SUPPORT', 'LAT')]);
    const a = blocsDetailed(g, { rng: seededRng(3) });
    const b = blocsDetailed(g, { rng: seededRng(3) });
    expect(a.communities).toEqual(b.communities);
    expect(a.members[0]!.length).toBeGreaterThanOrEqual(a.members[1]!.length);
    expect(a.communities['person:rudolf-elph']).toBe(0);
    expect(a.modularity).toBeGreaterThan(0);
  });

  it('makes every node a bloc of one when there is no affinity', () => {
    const g = buildGraph([st('FRE', 'CRITICIZE', 'SYL'), st('RUR', 'COMMENT', 'LAT')]);
    const d = assignBlocs(g);
    expect(d.members.map((m) => m.length)).toEqual([1, 1, 1, 1]);
    expect(g.getAttribute('blocs')).toBe(0);
    expect(g.getNodeAttribute('country:FRE', 'blocSize')).toBe(1);
  });
});
