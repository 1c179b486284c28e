import { formatCsv, formatJson, formatTable } from '../../../src/neo4j/format';

describe('output formats', () => {
  const rows = [{ a: 'x', b: ['p', 'q'], c: null }, { a: 'say "hi", then\nleave', b: [], c: 3 }];
  test('csv quotes what needs it and joins lists', () => {
    expect(formatCsv(['a', 'b', 'c'], rows)).toBe('a,b,c\nx,p; q,\n"say ""hi"", then\nleave",,3\n');
  });
  test('table aligns columns and counts rows', () => {
    const t = formatTable(['a', 'c'], [{ a: 'long value', c: 1 }, { a: 'v', c: 22 }]).split('\n');
    expect(t[0]).toBe('a           c');
    expect(t[2]).toBe('long value  1');
    expect(t[4]).toBe('(2 rows)');
    expect(formatTable(['a'], [])).toBe('(no rows)\n');
  });
  test('json', () => {
    expect(JSON.parse(formatJson(rows))).toEqual(rows);
  });
});
