import { buildGraph, tieKey } from '../../../src/graph/build-graph';
import { assignSignedDegrees } from '../../../src/graph/analyses/signed-degree';
import { assignLayout, assignSizes, layout, layoutArrays, layoutCore, satellitePosition } from '../../../src/graph/layout';
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

describe('periphery of a hub', () => {
  it('puts the nodes hung on one anchor on a spiral, none on another, each step further out', () => {
    const gap = 2; // GAP × MIN_SIZE
    const placed = Array.from({ length: 500 }, (_, j) => satellitePosition(100, -50, 20, 4, j, 0.3));
    let prev = 0;
    for (let j = 0; j < placed.length; j++) {
      const d = Math.hypot(placed[j]!.x - 100, placed[j]!.y + 50);
      expect(d).toBeGreaterThanOrEqual(20 + 4 + gap - 1e-9); // outside the anchor's disc
      expect(d).toBeGreaterThan(prev);
      prev = d;
    }
    // 500 nodes of radius 4 within ~40 diameters of the anchor, and few pairs overlap before Noverlap
    expect(prev).toBeLessThan(20 + 4 + gap + ((8 + gap) / Math.sqrt(Math.PI)) * Math.sqrt(500));
    let overlapping = 0;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        if (Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y) < 8) overlapping++;
      }
    }
    expect(overlapping).toBeLessThan(placed.length / 10);
  });

  it('lays out a star of 400 leaves around a small core without overlaps, the leaves near the hub', () => {
    const g = buildGraph([st('FRE', 'SUPPORT', 'SYL'), st('SYL', 'CRITICIZE', 'RUR'), st('RUR', 'SUPPORT', 'FRE')]);
    for (let i = 0; i < 400; i++) {
      g.addNode(`person:leaf${i}`, { label: `Erik Lund ${i}`, kind: 'person', statementsMade: 1, statementsReceived: 0 } as never);
      g.addDirectedEdgeWithKey(tieKey(`person:leaf${i}`, 'country:FRE', -1), `person:leaf${i}`, 'country:FRE', { sign: -1, weight: 1, types: {}, dates: [], undated: 1, samples: [], docs: [] } as never);
    }
    assignSignedDegrees(g);
    assignSizes(g);
    const { keys, x, y, order } = layoutArrays(g, { rng: seededRng(4), iterations: 20, maxNodes: 3 });
    expect(order.length).toBe(g.order);
    const r = (i: number) => g.getNodeAttribute(keys[i]!, 'size') as number;
    const hub = keys.indexOf('country:FRE');
    let far = 0;
    for (const i of order) {
      for (const j of order) {
        if (j <= i) continue;
        expect(Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!)).toBeGreaterThanOrEqual(r(i) + r(j) - 1e-6);
      }
      far = Math.max(far, Math.hypot(x[i]! - x[hub]!, y[i]! - y[hub]!));
    }
    // 400 leaves of radius ~4 need ~40,000 units² around the hub: they stay within a few hundred units
    expect(far).toBeLessThan(600);
  });
});
