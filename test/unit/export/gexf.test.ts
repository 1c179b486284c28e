import { analyse } from '../../../src/graph/analyse';
import { buildGraph } from '../../../src/graph/build-graph';
import { projectCountries } from '../../../src/graph/project-countries';
import { writeGexf } from '../../../src/export/gexf';
import { st } from '../graph/make-statements';
import { validateGexf } from './xmllint';

function sampleGraph() {
  const g = buildGraph([
    st('FRE', 'CRITICIZE', 'SYL', { sentence: 1, date: '2022-05-01', quote: 'a "reckless" act <by> Sylvania & co' }),
    st('FRE', 'WARN', 'SYL', { sentence: 2, date: '2022-05-03' }),
    st('SYL', 'SUPPORT', 'RUR', { sentence: 3, date: '2022-05-02' }),
    st('RUR', 'MEET', 'SYL', { sentence: 4, date: '2022-05-02' }),
    st('firefly', 'ACCUSE', 'elph', { sentence: 5, date: '2022-05-04', text: "It's\tan\ninvented line with 'quotes'." }),
    st('league', 'COMMENT', 'ZEN', { sentence: 6, date: '2022-05-05' }),
  ]);
  analyse(g, { seed: 3, iterations: 30 });
  return g;
}

describe('writeGexf', () => {
  it('writes a dynamic graph that validates against the GEXF 1.3 schema', async () => {
    const xml = writeGexf(sampleGraph(), { description: 'test <graph>' });
    const v = await validateGexf('dynamic.gexf', xml);
    expect(v.output).not.toMatch(/error|fails/i);
    expect(v.ok).toBe(true);
    expect(xml).toContain('mode="dynamic"');
    expect(xml).toContain('timeformat="date"');
    expect(xml).toContain('start="2022-05-01" end="2022-05-05"');
  });

  it('writes a static graph when no statement has a date, still valid', async () => {
    const g = buildGraph([st('FRE', 'CRITICIZE', 'SYL'), st('SYL', 'SUPPORT', 'RUR')]);
    analyse(g, { iterations: 10 });
    const xml = writeGexf(g);
    expect(xml).toContain('mode="static"');
    expect(xml).not.toContain('<spells>');
    expect((await validateGexf('static.gexf', xml)).ok).toBe(true);
  });

  it('writes an empty graph that validates', async () => {
    const xml = writeGexf(buildGraph([]));
    expect((await validateGexf('empty.gexf', xml)).ok).toBe(true);
  });

  it('writes the country projection valid too', async () => {
    const c = projectCountries(sampleGraph());
    analyse(c, { iterations: 10 });
    const v = await validateGexf('countries.gexf', writeGexf(c));
    expect(v.output).not.toMatch(/error|fails/i);
    expect(v.ok).toBe(true);
  });

  it('catches an invalid document (the validator is live)', async () => {
    const xml = writeGexf(sampleGraph()).replace('<nodes', '<nodez').replace('</nodes>', '</nodez>');
    expect((await validateGexf('broken.gexf', xml)).ok).toBe(false);
  });

  it('declares attributes with types and colours edges by sign with weight = statements', async () => {
    const xml = writeGexf(sampleGraph());
    expect(xml).toMatch(/<attribute id="pagerank" title="criticism pagerank" type="double"\/>/);
    expect(xml).toMatch(/<attribute id="bloc" title="bloc" type="integer"\/>/);
    expect(xml).toMatch(/<attribute id="sign" title="sign" type="integer"\/>/);
    const neg = xml.match(/<edge id="neg\|country:FRE\|country:SYL"[^>]*>[\s\S]*?<\/edge>/)?.[0] ?? '';
    expect(neg).toContain('weight="2"');
    expect(neg).toContain('kind="negative"');
    expect(neg).toContain('<viz:color r="214" g="39" b="40"/>');
    expect(neg).toContain('<spell start="2022-05-01" end="2022-05-01"/>');
    expect(neg).toContain('<spell start="2022-05-03" end="2022-05-03"/>');
    expect(neg).toContain('&quot;reckless&quot; act &lt;by&gt; Sylvania &amp; co');
    const pos = xml.match(/<edge id="pos\|country:SYL\|country:RUR"[^>]*>[\s\S]*?<\/edge>/)?.[0] ?? '';
    expect(pos).toContain('<viz:color r="44" g="160" b="44"/>');
  });

  it('colours nodes by bloc, sizes them by ties and writes their positions', async () => {
    const g = sampleGraph();
    const xml = writeGexf(g);
    const nodeColor = (id: string) =>
      xml.match(new RegExp(`<node id="${id}"[\\s\\S]*?<viz:color ([^/]*)/>`))?.[1];
    expect(g.getNodeAttribute('country:SYL', 'bloc')).toBe(g.getNodeAttribute('country:RUR', 'bloc'));
    expect(nodeColor('country:SYL')).toBe(nodeColor('country:RUR'));
    expect(nodeColor('country:SYL')).not.toBe(nodeColor('organization:league-of-lands'));
    expect(xml.match(/<viz:position /g)).toHaveLength(g.order);
    const size = (id: string) => Number(xml.match(new RegExp(`<node id="${id}"[\\s\\S]*?<viz:size value="([0-9.]+)"`))?.[1]);
    expect(size('country:SYL')).toBeGreaterThan(size('country:ZEN'));
  });

  it('is byte-identical for the same input and seed', async () => {
    expect(writeGexf(sampleGraph())).toBe(writeGexf(sampleGraph()));
  });
});
