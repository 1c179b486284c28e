import { editDistance, nameParams, similarity, suggest } from '../../../src/neo4j/suggest';

const actors = [
  { name: 'Freedonia', kind: 'country', aliases: ['Fredonia City', 'the Freedonian government'] },
  { name: 'Sylvania', kind: 'country', aliases: ['Sylvanian Republic'] },
  { name: 'Rufus T. Firefly', kind: 'person', aliases: ['President Firefly'] },
  { name: 'South Korea', kind: 'country', aliases: ['Seoul', 'ROK'] },
  { name: 'North Korea', kind: 'country', aliases: ['Pyongyang', 'DPRK'] },
];

describe('suggestions for unknown names', () => {
  test('edit distance', () => {
    expect(editDistance('freedoina', 'freedonia')).toBe(2);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3); // stops early
  });

  test('typos, prefixes and shared words find the actor; unrelated names find nothing', () => {
    expect(suggest('Freedoina', actors).map((a) => a.name)[0]).toBe('Freedonia');
    expect(suggest('firefly', actors).map((a) => a.name)).toContain('Rufus T. Firefly');
    expect(suggest('Korea', actors).map((a) => a.name).sort()).toEqual(['North Korea', 'South Korea']);
    expect(suggest('Seul', actors).map((a) => a.name)[0]).toBe('South Korea');
    expect(suggest('zzzzzzzz', actors)).toEqual([]);
    expect(similarity('freedonia', 'freedonia')).toBe(1);
  });

  test('name parameters are the ones the query lowers into alias keys', () => {
    expect(nameParams('WITH trim(toLower($a)) AS q … trim(toLower( $b )) … LIMIT $limit')).toEqual(['a', 'b']);
  });
});
