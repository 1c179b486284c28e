import neo4j from 'neo4j-driver';
import { fileDescription, fileParams, parseCliValue, parseLiteral } from '../../../src/neo4j/params';

describe('query parameters', () => {
  test('Cypher literals', () => {
    expect(parseLiteral("'Seoul'")).toBe('Seoul');
    expect(parseLiteral('"it\'s"')).toBe("it's");
    expect(parseLiteral("'a\\'b'")).toBe("a'b");
    expect(parseLiteral('25')).toEqual(neo4j.int(25));
    expect(parseLiteral('0.5')).toBe(0.5);
    expect(parseLiteral('true')).toBe(true);
    expect(parseLiteral('null')).toBeNull();
    expect(parseLiteral("[1, 'x', []]")).toEqual([neo4j.int(1), 'x', []]);
    expect(() => parseLiteral('Seoul')).toThrow();
    expect(() => parseLiteral("'open")).toThrow();
  });
  test('--param values: literals when they are, text otherwise', () => {
    expect(parseCliValue('the US')).toBe('the US');
    expect(parseCliValue('10')).toEqual(neo4j.int(10));
    expect(parseCliValue("'10'")).toBe('10');
    expect(parseCliValue('"}) DETACH DELETE n //')).toBe('"}) DETACH DELETE n //');
  });
  test(':param lines and the description of a file', () => {
    const text = "// Who criticizes whom.\n// Parameters: actor.\n// :param actor => 'Seoul'\n// :param limit => 5\nMATCH (n) RETURN n LIMIT $limit\n// trailing\n";
    expect(fileParams(text)).toEqual({ actor: 'Seoul', limit: neo4j.int(5) });
    expect(fileDescription(text)).toEqual(['Who criticizes whom.', 'Parameters: actor.']);
  });
});
