import { analyse } from '../../../src/graph/analyse';
import { buildGraph } from '../../../src/graph/build-graph';
import { projectCountries } from '../../../src/graph/project-countries';
import { renderSummaryMarkdown, StatementTally, stripControl, summarize, summaryHeadline, summaryJson } from '../../../src/export/summary';
import type { Statement } from '../../../src/types';
import { st } from '../graph/make-statements';

function run(statements: Statement[], failedInputs: string[] = []) {
  const actors = buildGraph(statements);
  const countries = projectCountries(actors);
  const actorAnalysis = analyse(actors, { layout: false });
  const countryAnalysis = analyse(countries, { layout: false });
  return summarize({
    docs: [
      { id: 'doc-a', path: 'in/doc-a.txt', title: 'An invented report', author: 'A. Writer', published: '2021-06-01' },
      { id: 'doc-b', path: 'in/doc-b.txt' },
    ],
    statements,
    actors: { graph: actors, analysis: actorAnalysis },
    countries: { graph: countries, analysis: countryAnalysis },
    messages: [{ severity: 'error', reason: 'unreadable', ruleId: 'ingest/unreadable', source: 'ingest', file: 'in/bad.txt' }],
    failedInputs,
  });
}

const statements = () => [
  st('firefly', 'CRITICIZE', 'SYL', { sentence: 1, quote: 'a shameless provocation' }),
  st('FRE', 'WARN', 'SYL', { sentence: 2 }),
  st('FRE', 'ACCUSE', 'SYL', { sentence: 3 }),
  st('trentino', 'REJECT', 'firefly', { sentence: 4, quote: 'pure fiction' }),
  st('FRE', 'SUPPORT', 'RUR', { sentence: 5 }),
  st('elph', 'MEET', 'firefly', { sentence: 6, doc: 'doc-b', quote: 'old and steady friends' }),
  st('RUR', 'CRITICIZE', 'SYL', { sentence: 7, doc: 'doc-b' }),
  st('league', 'COMMENT', 'LAT', { sentence: 8, doc: 'doc-b' }),
];

describe('summarize', () => {
  it('counts documents and statements by sign and type', () => {
    const s = run(statements());
    expect(s.counts).toMatchObject({ documents: 2, statements: 8, negative: 5, positive: 2, comments: 1 });
    expect(s.counts.byType).toEqual({ CRITICIZE: 2, ACCUSE: 1, WARN: 1, REJECT: 1, SUPPORT: 1, MEET: 1, COMMENT: 1 });
    expect(s.documents.map((d) => [d.id, d.statements])).toEqual([['doc-a', 5], ['doc-b', 3]]);
    expect(s.counts.messages.error).toBe(1);
  });

  it('ranks critics and the criticized on the country network, with quoted evidence', () => {
    const s = run(statements());
    expect(s.countries.topCritics[0]).toMatchObject({ name: 'Freedonia', statements: 3, ties: 1 });
    expect(s.countries.topCritics[0]!.strongest.other.name).toBe('Sylvania');
    expect(s.countries.topCritics[0]!.strongest.evidence).toMatchObject({
      doc: 'doc-a', sentence: 1, excerpt: 'a shameless provocation', quoted: true, actor: 'Rufus Firefly',
    });
    expect(s.countries.mostCriticized[0]).toMatchObject({ name: 'Sylvania', statements: 4, ties: 2 });
  });

  it('finds the strongest alliance and the mutual criticisms', () => {
    const s = run(statements());
    expect(s.countries.alliances[0]).toMatchObject({ statements: 2, mutual: true });
    expect([s.countries.alliances[0]!.a.name, s.countries.alliances[0]!.b.name].sort()).toEqual(['Freedonia', 'Ruritania']);
    const mutual = s.countries.mutualCriticisms;
    expect(mutual).toHaveLength(1);
    expect([mutual[0]!.a.name, mutual[0]!.b.name].sort()).toEqual(['Freedonia', 'Sylvania']);
    expect(mutual[0]!.aToB + mutual[0]!.bToA).toBe(4);
    // On the actor network, nobody criticizes the same actor back.
    expect(s.actors.mutualCriticisms).toHaveLength(0);
  });

  it('reports blocs with members and the balance figure', () => {
    const s = run(statements());
    const bloc = s.countries.blocs.find((b) => b.members.some((m) => m.name === 'Freedonia'));
    expect(bloc?.members.map((m) => m.name)).toEqual(['Freedonia', 'Ruritania']);
    // Freedonia + Ruritania, both − Sylvania: one balanced triad.
    expect(s.countries.balance).toMatchObject({ triads: 1, balanced: 1, ratio: 1 });
  });
});

describe('renderSummaryMarkdown', () => {
  it('names the documents, the findings and the evidence a reader checks', () => {
    const md = renderSummaryMarkdown(run(statements(), ['in/bad.txt']));
    expect(md).toContain('| `doc-a` | An invented report | A. Writer | 2021-06-01 | 5 |');
    expect(md).toMatch(/### Top critics\n\n1\. \*\*Freedonia\*\*: 3 negative statements about 1 target; most about Sylvania \(3\)/);
    expect(md).toContain('“a shameless provocation” (`doc-a` sentence 1, characters 0–10)');
    // Statements whose sentence gives no date are shown undated, never with the article's date.
    expect(md).toMatch(/CRITICIZE Sylvania, undated: “a shameless provocation”/);
    expect(md).toContain('**Freedonia ↔ Sylvania**');
    expect(md).toContain('100% of 1 signed triads are balanced');
    expect(md).toContain('Inputs not read: `in/bad.txt`');
  });

  it('strips terminal escape sequences and control characters that article text carries', () => {
    const evil = '\u001b[31mred\u001b[0m \u001b]0;title\u0007bell\u0007 \u009b2J \u0008back';
    const s = st('firefly', 'CRITICIZE', 'SYL', { quote: `a ${evil} provocation here`, text: evil });
    s.actor = { ...s.actor, name: `Firefly${evil}` };
    const summary = run([s]);
    summary.documents[0]!.title = `Title ${evil}`;
    summary.documents[0]!.id = `doc\u001b[2J-a`;
    const md = renderSummaryMarkdown(summary);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(md).toContain('Title red bell back');
    expect(md).toContain('`doc-a`');
    expect(summaryHeadline(summary)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stripControl('tab\tand\nline')).toBe('tab\tand\nline');
  });

  it('says so when there is nothing to rank', () => {
    const md = renderSummaryMarkdown(run([st('league', 'COMMENT', 'LAT')]));
    expect(md).toContain('### Top critics\n\nNone.');
    expect(md).toContain('no balance figure');
  });
});

describe('summaryHeadline', () => {
  it('gives counts and the main state-level findings', () => {
    const h = summaryHeadline(run(statements(), ['in/bad.txt']));
    expect(h).toMatch(/^Read 2 documents: 8 statements \(5 negative, 2 positive, 1 comment\) between \d+ actors of 4 states\./);
    expect(h).toContain('most criticized: Sylvania (4)');
    expect(h).toContain('1 input could not be read: in/bad.txt');
  });
});

describe('counts', () => {
  it('says "1 statement", "1 document" and "1 comment" in the singular', () => {
    const one = run([st('league', 'COMMENT', 'LAT')]);
    const h = summaryHeadline({ ...one, counts: { ...one.counts, documents: 1 } });
    expect(h).toMatch(/^Read 1 document: 1 statement \(0 negative, 0 positive, 1 comment\) between 2 actors of 1 state\./);
  });

  it('gives the same summary from a running tally as from the statements', () => {
    const all = statements();
    const a = run(all);
    const t = new StatementTally();
    for (const s of all) t.add(s);
    expect(t.total).toBe(8);
    expect(t.perDoc.get('doc-b')).toBe(3);
    expect(t.byType).toEqual(a.counts.byType);
    expect([t.positive, t.negative, t.comments]).toEqual([a.counts.positive, a.counts.negative, a.counts.comments]);
  });
});

describe('summaryJson', () => {
  it('is plain JSON with the headline and the extra fields', () => {
    const j = summaryJson(run(statements()), { outDir: 'out' });
    const round = JSON.parse(JSON.stringify(j));
    expect(round.outDir).toBe('out');
    expect(typeof round.headline).toBe('string');
    expect(round.countries.topCritics[0].name).toBe('Freedonia');
  });
});
