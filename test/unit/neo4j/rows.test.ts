import type { Statement } from '../../../src/types';
import { CountryIds, actorRows, dedupeById, pairsOf, statementRow, tieDeltas } from '../../../src/neo4j/rows';
import { splitStatements } from '../../../src/neo4j/cypherfiles';

const base = {
  doc: 'd', sentence: 0, text: 't', confidence: 0.9, cue: 'slammed',
  source: { path: 'd.txt', published: '2024-03-01' },
  evidence: { sentenceSpan: { start: 0, end: 1 }, cue: { start: 0, end: 1 }, rules: ['r/x'], lexicon: [] },
};
const st = (id: string, actor: Statement['actor'], target: Statement['target'], extra: Partial<Statement> = {}): Statement =>
  ({ ...base, id, actor, target, type: 'CRITICIZE', polarity: -1, ...extra }) as Statement;

const kor = { id: 'country:KOR', name: 'South Korea', kind: 'country' as const, country: 'South Korea' };
const minister = { id: 'person:a-minister', name: 'A Minister', kind: 'person' as const, country: 'Japan', role: 'Minister', aliases: ['the minister'] };
const freed = { id: 'country:freedonia', name: 'Freedonia', kind: 'country' as const, country: 'Freedonia', aliases: ['Fredonia City'] };
const citizen = { id: 'person:x', name: 'X', kind: 'person' as const, country: 'Fredonia City' };

describe('rows', () => {
  test('country ids: from the statements first, then world-countries, then a slug', () => {
    const ids = new CountryIds([st('1', freed, kor)]);
    expect(ids.idFor('Fredonia City')).toBe('country:freedonia');
    expect(ids.idFor('the Republic of Korea')).toBe('country:KOR');
    expect(ids.idFor('Japan')).toBe('country:JPN');
    expect(ids.idFor('Atlantis')).toBe('country:atlantis');
    expect(new CountryIds([], new Map([['japan', 'country:nippon']])).idFor('Japan')).toBe('country:nippon');
  });

  test('actors carry alias keys, country links, and countries get their world-countries aliases', () => {
    const statements = [st('1', minister, kor), st('2', citizen, freed)];
    const rows = actorRows(statements, new CountryIds(statements));
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['person:a-minister']).toMatchObject({ countryId: 'country:JPN', aliases: ['the minister'], aliasKeys: ['a minister', 'minister'] });
    // Japan never speaks but its minister does: it gets a Country row.
    expect(byId['country:JPN']).toMatchObject({ kind: 'country', name: 'Japan', countryId: null });
    expect(byId['country:KOR'].aliasKeys).toEqual(expect.arrayContaining(['south korea', 'seoul', 'kor', 'republic of korea']));
    expect(byId['person:x'].countryId).toBe('country:freedonia');
  });

  test('an actor spelled two ways gets the same name and aliases in either order of statements', () => {
    const a = { ...minister, name: 'Jan Novak-Kowal', aliases: [] };
    const b = { ...minister, name: 'Jan Nowak-Kowal', aliases: ['the minister'] };
    const row = (xs: Statement[]) => actorRows(xs, new CountryIds(xs)).find((r) => r.id === minister.id);
    const one = row([st('1', a, kor), st('2', b, kor)]);
    const two = row([st('2', b, kor), st('1', a, kor)]);
    expect(one).toEqual(two);
    expect(one).toMatchObject({ name: 'Jan Novak-Kowal', aliases: ['Jan Nowak-Kowal', 'the minister'] });
  });

  test('statement rows keep text as data and fall back to the publication date', () => {
    const s = st('1', minister, kor, { text: '"}) DETACH DELETE n //', quote: "'; MATCH (n) //" });
    const row = statementRow(s, new CountryIds([s]));
    expect(row.props).toMatchObject({
      text: '"}) DETACH DELETE n //', quote: "'; MATCH (n) //", date: '2024-03-01', dateFrom: 'document',
      actorCountryId: 'country:JPN', targetCountryId: 'country:KOR', rules: ['r/x'],
    });
    expect(statementRow({ ...s, date: '2024-02-02' }, new CountryIds([s])).props).toMatchObject({ date: '2024-02-02', dateFrom: 'statement' });
  });

  test('pairs and de-duplication', () => {
    expect(pairsOf([{ actorId: 'b', targetId: 'a' }, { actorId: 'a', targetId: 'b' }, { actorId: 'b', targetId: 'a' }])).toEqual([['a', 'b'], ['b', 'a']]);
    const a = st('1', minister, kor);
    const b = st('1', minister, kor, { type: 'WARN' });
    expect(dedupeById([a, b])).toEqual([b]);
  });

  test('schema script splitting drops comments', () => {
    expect(splitStatements('// c\nCREATE A;\n// d\nCREATE B;\n')).toEqual(['CREATE A', 'CREATE B']);
  });
});

describe('tieDeltas', () => {
  const row = (actorId: string, targetId: string, type: string, polarity: number, date: string | null) =>
    ({ id: `${actorId}-${targetId}-${type}-${date}`, actorId, targetId, doc: 'd', props: { type, polarity, date } });

  test('aggregates per pair and sign: count, sorted distinct types, first and last date; COMMENT feeds neither', () => {
    const t = tieDeltas([
      row('person:novak', 'country:RUR', 'WARN', -1, '2024-03-01'),
      row('person:novak', 'country:RUR', 'ACCUSE', -1, null),
      row('person:novak', 'country:RUR', 'WARN', -1, '2024-01-05'),
      row('person:novak', 'country:RUR', 'SUPPORT', 1, '2024-02-01'),
      row('person:novak', 'country:RUR', 'COMMENT', 0, '2023-01-01'),
      row('country:FRE', 'person:novak', 'MEET', 1, null),
    ]);
    expect(t.neg).toEqual([
      { a: 'person:novak', b: 'country:RUR', count: expect.anything(), types: ['ACCUSE', 'WARN'], firstDate: '2024-01-05', lastDate: '2024-03-01' },
    ]);
    expect(Number(t.neg[0]!.count)).toBe(3);
    // sorted by pair (actor, then target)
    expect(t.pos.map((p) => [p.a, p.b, Number(p.count), p.firstDate])).toEqual([
      ['country:FRE', 'person:novak', 1, null],
      ['person:novak', 'country:RUR', 1, '2024-02-01'],
    ]);
  });
});
