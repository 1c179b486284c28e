import { buildGraph, tieKey } from '../../../src/graph/build-graph';
import { projectCountries } from '../../../src/graph/project-countries';
import { st } from './make-statements';

describe('projectCountries', () => {
  it('counts people for their state and adds up ties of the same sign', () => {
    const actors = buildGraph([
      st('firefly', 'CRITICIZE', 'trentino', { date: '2020-02-01' }),
      st('FRE', 'WARN', 'SYL', { date: '2020-01-01' }),
      st('gazette', 'ACCUSE', 'SYL'),
      st('firefly', 'MEET', 'elph'),
    ]);
    const c = projectCountries(actors);
    expect(c.getAttribute('network')).toBe('countries');
    // Ruritania appears only through its minister: its key is made from the name.
    expect(c.nodes().sort()).toEqual(['country:FRE', 'country:SYL', 'country:ruritania']);
    const neg = c.getEdgeAttributes(tieKey('country:FRE', 'country:SYL', -1));
    expect(neg.weight).toBe(3);
    expect(neg.types).toEqual({ CRITICIZE: 1, WARN: 1, ACCUSE: 1 });
    expect(neg.dates).toEqual(['2020-01-01', '2020-02-01']);
    expect(neg.firstDate).toBe('2020-01-01');
    expect(c.getEdgeAttributes(tieKey('country:FRE', 'country:ruritania', 1)).weight).toBe(1);
    expect(c.getNodeAttributes('country:FRE').members).toEqual(['Freedonia', 'Freedonia Gazette', 'Rufus Firefly']);
    expect(c.getNodeAttributes('country:FRE').statementsMade).toBe(4);
  });

  it('leaves out actors without a country and drops ties within one state', () => {
    const actors = buildGraph([
      st('league', 'CRITICIZE', 'FRE'),
      st('firefly', 'CRITICIZE', 'FRE'),
      st('gazette', 'SUPPORT', 'firefly'),
    ]);
    const c = projectCountries(actors);
    expect(c.nodes()).toEqual(['country:FRE']);
    expect(c.size).toBe(0);
  });

  it('makes a key from the name when no country actor exists for a state', () => {
    const c = projectCountries(buildGraph([st('elph', 'SUPPORT', 'trentino')]));
    expect(c.nodes().sort()).toEqual(['country:ruritania', 'country:sylvania']);
    expect(c.getNodeAttributes('country:ruritania').label).toBe('Ruritania');
  });
});
