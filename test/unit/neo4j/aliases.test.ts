import { aliasKey, aliasKeys, countryAliases, lookupCountry, slug } from '../../../src/neo4j/aliases';

describe('alias keys', () => {
  test('case, a leading "the", dots, hyphens and curly apostrophes do not matter', () => {
    expect(aliasKey('The  U.S.')).toBe('us');
    expect(aliasKey('the US')).toBe('us');
    expect(aliasKey('Yoon Seok-yeol')).toBe('yoon seok yeol');
    expect(aliasKey('Workers’ Party')).toBe("workers' party");
    expect(aliasKey('Theodore')).toBe('theodore');
  });
  test('keys are stored with and without diacritics, sorted and unique', () => {
    expect(aliasKeys(['São Paulo', 'Sao Paulo', undefined, ''])).toEqual(['sao paulo', 'são paulo']);
  });
  test('countries are found by name, code, spelling or capital', () => {
    expect(lookupCountry('Seoul')?.cca3).toBe('KOR');
    expect(lookupCountry('the US')?.cca3).toBe('USA');
    expect(lookupCountry('Pyongyang')?.cca3).toBe('PRK');
    expect(lookupCountry('Korea, Republic of')?.cca3).toBe('KOR');
    expect(lookupCountry('Freedonia')).toBeUndefined();
    expect(countryAliases('Japan')).toEqual(expect.arrayContaining(['Tokyo', 'JP', 'JPN']));
  });
  test('slugs', () => {
    expect(slug('Côte d’Ivoire!')).toBe('cote-d-ivoire');
    expect(slug('***')).toBe('unknown');
  });
});
