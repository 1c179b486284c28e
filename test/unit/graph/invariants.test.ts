/**
 * Properties that hold for any statement set (fast-check, small runs).
 */
import fc from 'fast-check';
import { analyse } from '../../../src/graph/analyse';
import { buildGraph } from '../../../src/graph/build-graph';
import { projectCountries } from '../../../src/graph/project-countries';
import { STATEMENT_TYPES } from '../../../src/types';
import { ACTORS, st } from './make-statements';

const keys = Object.keys(ACTORS);
const arbStatements = fc.array(
  fc.record({
    a: fc.constantFrom(...keys),
    t: fc.constantFrom(...keys),
    type: fc.constantFrom(...STATEMENT_TYPES),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
  }),
  { maxLength: 40 },
).map((rows) =>
  rows.map((r, i) =>
    st(r.a, r.type, r.t, { sentence: i, ...(r.day ? { date: `2021-02-${String(r.day).padStart(2, '0')}` } : {}) }),
  ),
);

describe('graph invariants', () => {
  it('tie weights add up to the signed statements between different actors', () => {
    fc.assert(
      fc.property(arbStatements, (statements) => {
        const g = buildGraph(statements);
        let total = 0;
        g.forEachEdge((_e, a) => (total += a.weight));
        const expected = statements.filter((s) => s.polarity !== 0 && s.actor.id !== s.target.id).length;
        const made = g.reduceNodes((sum, _n, a) => sum + a.statementsMade, 0);
        return total === expected && made === statements.length;
      }),
      { numRuns: 60 },
    );
  });

  it('edge dates are dates of both endpoints, and the country network has no self-loop', () => {
    fc.assert(
      fc.property(arbStatements, (statements) => {
        const g = buildGraph(statements);
        const c = projectCountries(g);
        for (const graph of [g, c]) {
          let ok = true;
          graph.forEachEdge((_e, a, s, t) => {
            if (s === t) ok = false;
            for (const d of a.dates) {
              if (!graph.getNodeAttribute(s, 'dates').includes(d) || !graph.getNodeAttribute(t, 'dates').includes(d)) ok = false;
            }
          });
          if (!ok) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('balance counts add up, blocs cover every node, and PageRank sums to 1', () => {
    fc.assert(
      fc.property(arbStatements, (statements) => {
        const g = buildGraph(statements);
        const { balance, blocs } = analyse(g, { layout: false });
        const covered = blocs.members.flat().sort();
        const pr = g.reduceNodes((sum, _n, a) => sum + a.pagerank, 0);
        return (
          balance.balanced + balance.unbalanced === balance.triads &&
          balance.unbalancedTriads.length === balance.unbalanced &&
          JSON.stringify(covered) === JSON.stringify(g.nodes().sort()) &&
          (g.order === 0 || Math.abs(pr - 1) < 1e-6)
        );
      }),
      { numRuns: 60 },
    );
  });
});
