import { buildGraph } from '../../../../src/graph/build-graph';
import { assignSignedDegrees, signedDegrees } from '../../../../src/graph/analyses/signed-degree';
import { st } from '../make-statements';

describe('signedDegrees', () => {
  it('counts statements and distinct ties of each sign, in and out', () => {
    const g = buildGraph([
      st('FRE', 'CRITICIZE', 'SYL'),
      st('FRE', 'CRITICIZE', 'SYL'),
      st('FRE', 'SUPPORT', 'RUR'),
      st('RUR', 'WARN', 'FRE'),
      st('FRE', 'COMMENT', 'LAT'),
    ]);
    const d = signedDegrees(g);
    expect(d['country:FRE']).toEqual({
      positiveMade: 1, positiveReceived: 0, negativeMade: 2, negativeReceived: 1,
      positiveDegree: 1, negativeDegree: 2,
    });
    expect(d['country:LAT']).toMatchObject({ positiveDegree: 0, negativeDegree: 0 });
    assignSignedDegrees(g);
    expect(g.getNodeAttribute('country:SYL', 'negativeReceived')).toBe(2);
  });
});
