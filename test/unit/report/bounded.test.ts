import { analyse } from '../../../src/graph/analyse';
import { buildGraph } from '../../../src/graph/build-graph';
import { projectCountries } from '../../../src/graph/project-countries';
import { reportData } from '../../../src/report/data';
import type { Statement } from '../../../src/types';
import { st } from '../graph/make-statements';

/**
 * A corpus where Freedonia has ties to every other state, Sylvania to three, Ruritania to two,
 * Latveria and Zenda to the fewest: the report keeps the nodes with the most signed ties.
 */
function corpus(): Statement[] {
  const out: Statement[] = [];
  const pairs: Array<[string, string]> = [['FRE', 'SYL'], ['FRE', 'RUR'], ['FRE', 'LAT'], ['FRE', 'ZEN'], ['SYL', 'RUR'], ['SYL', 'LAT'], ['RUR', 'firefly']];
  let n = 0;
  for (const [a, b] of pairs) {
    // 12 distinct statements per pair (distinct quotes: none merges with another)
    for (let i = 0; i < 12; i++) out.push(st(a, 'CRITICIZE', b, { doc: `doc-${n % 5}`, quote: `words number ${n++} said here`, date: `2021-0${1 + (i % 9)}-01` }));
  }
  return out;
}

describe('reportData on a network larger than it draws', () => {
  const statements = corpus();
  const actors = buildGraph(statements);
  const countries = projectCountries(actors);
  analyse(actors, { iterations: 5 });
  analyse(countries, { iterations: 5 });

  it('draws the nodes with the most signed ties and the ties among them, and says what the whole network is', () => {
    const data = reportData(actors, countries, statements, [], { maxNodes: 3 });
    expect(data.actors.nodes.map((n) => n.key).sort()).toEqual(['country:FRE', 'country:RUR', 'country:SYL']);
    expect(data.actors.total).toEqual({ nodes: actors.order, edges: actors.size });
    expect(actors.order).toBe(6);
    const drawn = new Set(data.actors.nodes.map((n) => n.key));
    for (const e of data.actors.edges) expect(drawn.has(e.source) && drawn.has(e.target)).toBe(true);
    expect(data.actors.edges).toHaveLength(3); // FRE→SYL, FRE→RUR, SYL→RUR
    // weights and dates are the whole tie's, not the listed statements'
    const tie = data.actors.edges.find((e) => e.source === 'country:FRE' && e.target === 'country:SYL')!;
    expect(tie.weight).toBe(12);
    expect(tie.dates).toHaveLength(9);
    // every statement is counted, whatever is drawn
    expect(data.generated.statements).toBe(statements.length);
  });

  it('keeps the heaviest ties when there are more than maxEdges, and a budget of listed statements', () => {
    const data = reportData(actors, countries, statements, [], { maxEdges: 2, maxStatements: 10 });
    expect(data.actors.edges).toHaveLength(2);
    expect(data.countries.edges.length).toBeLessThanOrEqual(2);
    const drawn = data.actors.edges.length + data.countries.edges.length;
    expect(data.generated.perTie).toBe(Math.floor(10 / drawn));
    for (const e of [...data.actors.edges, ...data.countries.edges]) expect(e.statements.length).toBe(data.generated.perTie);
    // only statements listed by a drawn tie are kept
    const listed = new Set([...data.actors.edges, ...data.countries.edges].flatMap((e) => e.statements));
    expect(data.statements).toHaveLength(listed.size);
  });

  it('lists at most maxSources sources of a statement reported many times, and counts all the repeats', () => {
    const same = Array.from({ length: 8 }, (_, i) => st('FRE', 'CRITICIZE', 'SYL', { doc: `doc-${i}`, quote: 'the very same words again' }));
    const g = buildGraph(same);
    const c = projectCountries(g);
    analyse(g, { iterations: 5 });
    analyse(c, { iterations: 5 });
    const data = reportData(g, c, same, [], { maxSources: 3 });
    expect(data.statements).toHaveLength(1);
    expect(data.statements[0]!.sources).toHaveLength(3);
    expect(data.generated.merged).toBe(7);
  });
});
