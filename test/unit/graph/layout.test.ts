import { buildGraph } from '../../../src/graph/build-graph';
import { assignSignedDegrees } from '../../../src/graph/analyses/signed-degree';
import { assignLayout, assignSizes, layout, layoutCore } from '../../../src/graph/layout';
import { seededRng } from '../../../src/graph/rng';
import { st } from './make-statements';

describe('layout', () => {
  const statements = () => [st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'CRITICIZE', 'RUR'), st('RUR', 'MEET', 'LAT'), st('ZEN', 'COMMENT', 'FRE')];

  it('is reproducible for a seed and differs across seeds', () => {
    const g = buildGraph(statements());
    const a = layout(g, { rng: seededRng(5), iterations: 50 });
    const b = layout(g, { rng: seededRng(5), iterations: 50 });
    const c = layout(g, { rng: seededRng(6), iterations: 50 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    for (const p of Object.values(a)) {
      expect(Number.isFinite(p.x)).toBe(true);
      expect(Number.isFinite(p.y)).toBe(true);
    }
  });

  it('writes x and y on every node', () => {
    const g = buildGraph(statements());
    assignLayout(g, { iterations: 20 });
    g.forEachNode((_n, a) => {
      expect(typeof a.x).toBe('number');
      expect(typeof a.y).toBe('number');
    });
  });
});

describe('layout of a graph larger than its core', () => {
  // Freedonia and Sylvania are the most tied; Zenda only criticizes Freedonia, Latveria only Ruritania.
  const statements = () => [
    st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'CRITICIZE', 'FRE'), st('FRE', 'CRITICIZE', 'RUR'), st('SYL', 'CRITICIZE', 'RUR'),
    st('ZEN', 'CRITICIZE', 'FRE'), st('ZEN', 'CRITICIZE', 'FRE'), st('LAT', 'CRITICIZE', 'RUR'), st('firefly', 'SUPPORT', 'SYL'),
  ];
  const graphOf = () => {
    const g = buildGraph(statements());
    assignSignedDegrees(g);
    return g;
  };

  it('lays out the core by signed degree and places every other node beside its heaviest tie, reproducibly, without overlaps', () => {
    const g = graphOf();
    expect([...layoutCore(g, 3)].sort()).toEqual(['country:FRE', 'country:RUR', 'country:SYL']);
    const a = layout(g, { rng: seededRng(3), iterations: 30, maxNodes: 3 });
    expect(layout(g, { rng: seededRng(3), iterations: 30, maxNodes: 3 })).toEqual(a);
    expect(Object.keys(a).sort()).toEqual(g.nodes().sort());
    const d = (x: string, y: string) => Math.hypot(a[x]!.x - a[y]!.x, a[x]!.y - a[y]!.y);
    // Zenda sits nearer Freedonia (its only tie) than the farthest core node does
    const far = Math.max(d('country:FRE', 'country:SYL'), d('country:FRE', 'country:RUR'));
    expect(d('country:ZEN', 'country:FRE')).toBeLessThan(far);
    const keys = Object.keys(a);
    const size = (k: string) => g.getNodeAttribute(k, 'size') ?? 4;
    assignSizes(g);
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) expect(d(keys[i]!, keys[j]!)).toBeGreaterThanOrEqual(size(keys[i]!) + size(keys[j]!) - 1e-6);
    }
  });
});
