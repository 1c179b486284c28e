/**
 * The model the extraction pool shares: decoded straight into shared memory, and a thread that
 * takes it from a task parses exactly as a thread that decoded the file itself.
 */
import { parse, tokenize } from '../../../src/syntax/index';
import { defaultModelPath, loadModelFile, resetModelCache } from '../../../src/syntax/model';
import { shareModel, useSharedModel } from '../../../src/workers/shared-model';

const SENTENCE = 'Foreign Minister Talven Orsk was criticized by Senator Ivo Brandl, who said Ruritania had broken its word.';

afterEach(() => resetModelCache());

test('shareModel builds every table in a SharedArrayBuffer and the header survives the trip', () => {
  resetModelCache();
  const shared = shareModel();
  expect(shared.header).toBeInstanceOf(SharedArrayBuffer);
  for (const name of ['tagger', 'moves', 'labels'] as const) {
    expect(shared.tables[name]?.buffer).toBeInstanceOf(SharedArrayBuffer);
  }
  const own = loadModelFile(defaultModelPath());
  expect(shared.tables.moves?.nRows).toBe(own.moves.nRows);
  useSharedModel(shared);
  expect(parse(tokenize(SENTENCE))).toEqual(parse(tokenize(SENTENCE), own));
});
