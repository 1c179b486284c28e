/**
 * Extraction lowers V8's inlining budget for the process (src/workers/jit.ts), once, before the
 * extractor is compiled, and leaves alone a flag the user gave.
 */
jest.mock('../../../src/pipeline', () => ({
  // the one-thread path of the pool, without loading the extractor
  extractPaths: async function* () { /* no documents */ },
}));

import { extractPathsParallel } from '../../../src/workers/extract-pool';
import { EXTRACTION_V8_FLAGS, resetJitTuning, tuneJitForExtraction } from '../../../src/workers/jit';
import * as jit from '../../../src/workers/jit';

describe('V8 flags for extraction', () => {
  beforeEach(() => resetJitTuning());

  it('sets the inlining budget once per process', () => {
    const set = jest.fn();
    expect(tuneJitForExtraction(set, { execArgv: [] })).toEqual(['--max-inlined-bytecode-size-cumulative=300']);
    expect(set).toHaveBeenCalledWith('--max-inlined-bytecode-size-cumulative=300');
    expect(tuneJitForExtraction(set, { execArgv: [] })).toEqual([]);
    expect(set).toHaveBeenCalledTimes(EXTRACTION_V8_FLAGS.length);
  });

  it('leaves a flag the user gave on the command line or in NODE_OPTIONS', () => {
    const set = jest.fn();
    expect(tuneJitForExtraction(set, { execArgv: ['--max-inlined-bytecode-size-cumulative=920'] })).toEqual([]);
    resetJitTuning();
    expect(tuneJitForExtraction(set, { execArgv: [], nodeOptions: '--max-old-space-size=4096 --max_inlined_bytecode_size_cumulative=500' })).toEqual([]);
    expect(set).not.toHaveBeenCalled();
  });

  it('extractPathsParallel applies them before extracting', async () => {
    const spy = jest.spyOn(jit, 'tuneJitForExtraction').mockReturnValue([]);
    for await (const _ of extractPathsParallel([], { jobs: 1 })) { /* nothing */ }
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
