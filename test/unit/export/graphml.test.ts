import { analyse } from '../../../src/graph/analyse';
import { buildGraph } from '../../../src/graph/build-graph';
import { writeGraphml } from '../../../src/export/graphml';
import { st } from '../graph/make-statements';
import { wellFormed } from './xmllint';

describe('writeGraphml', () => {
  const graph = () => {
    const g = buildGraph([
      st('FRE', 'CRITICIZE', 'SYL', { date: '2022-01-01', quote: 'tabs\tand <angle> & "quotes"' }),
      st('SYL', 'SUPPORT', 'RUR'),
      st('firefly', 'COMMENT', 'elph'),
    ]);
    analyse(g, { iterations: 10 });
    return g;
  };

  it('writes well-formed XML', async () => {
    const r = await wellFormed('g.graphml', writeGraphml(graph()));
    expect(r.output).toBe('');
    expect(r.ok).toBe(true);
  });

  it('declares a key for every data element it writes', () => {
    const xml = writeGraphml(graph());
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(5);
    for (const k of used) expect(declared.has(k)).toBe(true);
    expect(xml).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(xml).toMatch(/<edge id="neg\|country:FRE\|country:SYL" source="country:FRE" target="country:SYL">/);
  });
});
