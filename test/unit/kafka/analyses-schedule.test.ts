import { AnalysesSchedule } from '../../../src/kafka/analyses-schedule';

describe('AnalysesSchedule (Kafka loader: blocs and balance once drained, not per write)', () => {
  test('nothing written: never due', () => {
    const s = new AnalysesSchedule(5000, 60000);
    expect(s.owed).toBe(false);
    expect(s.due(1e9, true, 0)).toBe(false);
  });

  test('many writes in a busy stream: not due until the stream goes quiet', () => {
    const s = new AnalysesSchedule(5000, 60000);
    for (let t = 0; t < 50000; t += 1000) {
      s.wrote(t);
      expect(s.due(t, false, t)).toBe(false); // documents waiting, messages arriving
      expect(s.due(t + 500, true, t)).toBe(false); // drained but not quiet long enough
    }
    expect(s.due(54000, true, 49000)).toBe(true);
  });

  test('a stream that never goes quiet still gets a run after maxWaitMs', () => {
    const s = new AnalysesSchedule(5000, 60000);
    s.wrote(1000);
    s.wrote(30000);
    expect(s.due(60999, false, 60999)).toBe(false);
    expect(s.due(61000, false, 61000)).toBe(true);
  });

  test('a run covers the writes before it; a write during the run stays owed', () => {
    const s = new AnalysesSchedule(5000, 60000);
    s.wrote(1000);
    s.ran(10000, 1000);
    expect(s.owed).toBe(false);
    expect(s.due(99999, true, 0)).toBe(false);
    s.wrote(20000);
    s.ran(15000, 20000); // the run started at 15000, a write committed at 20000
    expect(s.owed).toBe(true);
    expect(s.due(20000 + 60000, false, 80000)).toBe(true);
  });
});
