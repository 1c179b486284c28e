/** The bulk import's CSV: one reading of the input, and country ids that agree with a live load. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBulkCsv } from '../../../src/neo4j/bulk';

const tmp = mkdtempSync(join(tmpdir(), 'bulk-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const country = (id: string, name: string) => ({ id, name, kind: 'country', country: name });
const person = (id: string, name: string, of: string) => ({ id, name, kind: 'person', country: of });
const stmt = (id: string, doc: string, actor: object, target: object, type = 'CRITICIZE', polarity = -1) => ({
  id, doc, sentence: 0, text: `${id} text`, actor, type, polarity, target, date: '2024-03-01', confidence: 0.8, cue: 'criticize', source: { path: `${doc}.txt` },
});

function write(name: string, lines: object[]): string {
  const p = join(tmp, name);
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return p;
}

/** statements.csv as {id: actorCountryId} (columns by the header). */
function actorCountries(dir: string): Record<string, string> {
  const [header, ...rows] = readFileSync(join(dir, 'statements.csv'), 'utf8').trim().split('\n');
  const cols = header.split(',');
  const at = cols.indexOf('actorCountryId');
  return Object.fromEntries(rows.map((r) => {
    const f = r.split(',');
    return [JSON.parse(f[0]), JSON.parse(f[at])];
  }));
}

describe('writeBulkCsv', () => {
  test('reads the input once when every country name is known by the time it is used', async () => {
    const osterlich = country('country:ost', 'Osterlich');
    const file = write('once.jsonl', [
      stmt('d1:0', 'd1', osterlich, country('country:rur', 'Ruritania')),
      stmt('d1:1', 'd1', person('person:novak', 'Erik Novak', 'Osterlich'), country('country:rur', 'Ruritania')),
      '{"id": "broken"',
    ]);
    const problems: string[] = [];
    const out = await writeBulkCsv([file], join(tmp, 'once'), { onProblem: (p) => problems.push(p.reason) });
    expect(out).toMatchObject({ written: 2, passes: 1, problems: 1, documents: 1 });
    expect(problems).toHaveLength(1);
    expect(actorCountries(join(tmp, 'once'))).toEqual({ 'd1:0': 'country:ost', 'd1:1': 'country:ost' });
  });

  test('a country name used before its country actor: written again with the country actor\'s id', async () => {
    // Dupont's country "Osterlich" comes first; the country actor that says Osterlich is `country:ost`
    // comes later. A live load (which plans the whole input first) stores country:ost for both.
    const file = write('late.jsonl', [
      stmt('d1:0', 'd1', person('person:dupont', 'Marie Dupont', 'Osterlich'), country('country:rur', 'Ruritania')),
      stmt('d2:0', 'd2', country('country:ost', 'Osterlich'), country('country:rur', 'Ruritania')),
    ]);
    const out = await writeBulkCsv([file], join(tmp, 'late'));
    expect(out).toMatchObject({ written: 2, passes: 2 });
    expect(actorCountries(join(tmp, 'late'))).toEqual({ 'd1:0': 'country:ost', 'd2:0': 'country:ost' });
    const ofCountry = readFileSync(join(tmp, 'late', 'of-country.csv'), 'utf8');
    expect(ofCountry).toContain('"person:dupont","country:ost"');
  });

  test('no valid line: an error, nothing left behind', async () => {
    const file = write('bad.jsonl', ['{"id": "x"}']);
    await expect(writeBulkCsv([file], join(tmp, 'bad'))).rejects.toThrow('no valid statement');
  });
});
