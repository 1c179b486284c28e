import { buildGraph } from '../../../src/graph/build-graph';
import { assignLayout, layout } from '../../../src/graph/layout';
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
