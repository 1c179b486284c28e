import { buildGraph } from '../../../src/graph/build-graph';
import { projectCountries } from '../../../src/graph/project-countries';
import { analyse } from '../../../src/graph/analyse';
import { reportData } from '../../../src/report/data';
import { clauseText, ownDate, sameStatementKey, stanceClause } from '../../../src/report/evidence';
import { renderReportHtml } from '../../../src/report/write-report';
import type { Statement } from '../../../src/types';
import { st } from '../graph/make-statements';

/** A statement whose spans point into `text` placed at offset `base` of its document. */
function spanned(text: string, cue: string, opts: { actor?: string; target?: string; base?: number } = {}): Statement {
  const base = opts.base ?? 100;
  const at = (w: string) => ({ start: base + text.indexOf(w), end: base + text.indexOf(w) + w.length });
  const s = st('FRE', 'CRITICIZE', 'SYL', { text });
  s.evidence = { sentenceSpan: { start: base, end: base + text.length }, cue: at(cue), rules: [], lexicon: [] };
  if (opts.actor) s.evidence.actor = at(opts.actor);
  if (opts.target) s.evidence.target = at(opts.target);
  return s;
}

describe('stanceClause', () => {
  it('keeps the clause from the speaker through the cue and target, not the sentence start', () => {
    const s = spanned('After a long week of talks in the capital, President Firefly condemned the Sylvanian plan, officials said.', 'condemned', { actor: 'President Firefly', target: 'Sylvanian' });
    expect(clauseText(s)).toBe('…President Firefly condemned the Sylvanian plan…');
    const c = stanceClause(s);
    expect(c.text.slice(c.cue!.start, c.cue!.end)).toBe('condemned');
  });

  it('starts at the clause boundary before the cue when the speaker is elsewhere', () => {
    const s = spanned('He spoke for an hour; the ministry rejected the claims of Sylvania outright.', 'rejected', { target: 'Sylvania' });
    expect(clauseText(s)).toBe('…the ministry rejected the claims of Sylvania outright.');
  });

  it('cuts a long clause around the cue', () => {
    const long = `${'word '.repeat(80)}condemned ${'more '.repeat(80)}end.`;
    const c = stanceClause(spanned(long, 'condemned'), 60);
    expect(c.text.length).toBeLessThanOrEqual(60);
    expect(c.text).toContain('condemned');
    expect(c.cutStart && c.cutEnd).toBe(true);
  });
});

describe('ownDate', () => {
  it('is the statement date, and undefined when the sentence gives none', () => {
    expect(ownDate({ date: '2021-02-03', dateSource: 'text' })).toBe('2021-02-03');
    expect(ownDate({ dateSource: 'none' })).toBeUndefined();
    expect(ownDate({ date: '2021-02-03', dateSource: 'none' })).toBeUndefined();
  });
});

describe('reportData', () => {
  it('shows the same statement reported by two documents as one statement with two sources', () => {
    const a = st('FRE', 'CRITICIZE', 'SYL', { doc: 'doc-a', quote: 'a reckless and dangerous step', date: '2021-05-01' });
    const b = st('FRE', 'CRITICIZE', 'SYL', { doc: 'doc-b', quote: 'A reckless and dangerous step!' });
    b.dateSource = 'none';
    const c = st('FRE', 'WARN', 'SYL', { doc: 'doc-b', quote: 'something else entirely here' });
    c.dateSource = 'none';
    expect(sameStatementKey(a)).toBe(sameStatementKey(b));
    const actors = buildGraph([a, b, c]);
    const countries = projectCountries(actors);
    analyse(actors, { iterations: 10 });
    analyse(countries, { iterations: 10 });
    const data = reportData(actors, countries, [a, b, c], []);
    expect(data.statements).toHaveLength(2);
    const merged = data.statements.find((s) => s.type === 'CRITICIZE')!;
    expect(merged.sources.map((x) => data.docs[x.doc]!.id)).toEqual(['doc-a', 'doc-b']);
    expect(merged.date).toBe('2021-05-01');
    expect(data.statements.find((s) => s.type === 'WARN')!.date).toBeNull();
    expect(data.generated).toMatchObject({ statements: 3, undated: 2, merged: 1 });
    const tie = data.actors.edges.find((e) => e.sign < 0)!;
    expect(tie).toMatchObject({ weight: 3, dates: ['2021-05-01'], undated: 2 });
    // The page inlines its data safely: no closing tag from the data ends the script early.
    const html = renderReportHtml({ ...data, docs: [{ id: '</script><b>x' }] }, { viewer: '/* viewer */' });
    expect(html).not.toContain('</script><b>x');
    expect(html).toContain("default-src 'none'");
  });
});
