/**
 * Beam-search decoding and max-violation training (src/syntax/beam.ts), on invented sentences.
 */
import { tokenFeatures } from '../../../src/syntax/features';
import { State, SHIFT, RIGHT, parseSentence, type ParserModel } from '../../../src/syntax/parser';
import { UPOS } from '../../../src/syntax/tagger';
import { TrainWeights } from '../../../src/syntax/weights';
import { maxViolation, replayViolation, parseSentenceBeam } from '../../../src/syntax/beam';

const tag = (t: string) => UPOS.indexOf(t);
const zero = { score: (_f: Uint32Array, _n: number, s: Float64Array | Float32Array) => s.fill(0) };

interface Gold { forms: string[]; tags: Int32Array; heads: Int32Array }
function sent(spec: [string, string, number][]): Gold {
  return {
    forms: spec.map((x) => x[0]),
    tags: Int32Array.from(spec.map((x) => tag(x[1]))),
    heads: Int32Array.from([0, ...spec.map((x) => x[2])]),
  };
}
// heads are 1-based; 0 = root
const data: Gold[] = [
  sent([['Novak', 'PROPN', 2], ['criticized', 'VERB', 0], ['Ruritania', 'PROPN', 2], ['.', 'PUNCT', 2]]),
  sent([['Dupont', 'PROPN', 3], ['was', 'AUX', 3], ['condemned', 'VERB', 0], ['by', 'ADP', 6], ['the', 'DET', 6], ['ministers', 'NOUN', 3], ['.', 'PUNCT', 3]]),
  sent([['The', 'DET', 2], ['envoy', 'NOUN', 3], ['said', 'VERB', 0], ['that', 'SCONJ', 6], ['Osterlich', 'PROPN', 6], ['agreed', 'VERB', 3], ['.', 'PUNCT', 3]]),
  sent([['Lund', 'PROPN', 2], ['met', 'VERB', 0], ['Novak', 'PROPN', 2], ['and', 'CCONJ', 5], ['urged', 'VERB', 2], ['talks', 'NOUN', 5], ['.', 'PUNCT', 2]]),
];

describe('State.clone', () => {
  it('copies the configuration: moves on the copy leave the original unchanged', () => {
    const g = data[0];
    const st = new State(g.forms.length, tokenFeatures(g.forms), g.tags);
    st.apply(SHIFT, 0);
    const c = st.clone();
    c.apply(RIGHT, 1);
    expect(st.b).toBe(2);
    expect(st.heads[2]).toBe(-1);
    expect(c.b).toBe(3);
    expect(c.heads[2]).toBe(1);
  });
});

describe('beam search', () => {
  it('with width 1 is the greedy parser', () => {
    const W = new TrainWeights(4);
    // arbitrary but fixed weights: a few updates from a max-violation pass
    const model: ParserModel = { moves: W, labels: zero, nLabels: 4 };
    for (const g of data) {
      const words = tokenFeatures(g.forms);
      const v = maxViolation(model, words, g.tags, g.forms.length, 2, g.heads);
      if (v) replayViolation(v, g.forms.length, words, g.tags, (f, nf, m, sign) => W.add(f, nf, m, sign));
      W.tick();
    }
    for (const g of data) {
      const words = tokenFeatures(g.forms);
      const a = parseSentence(model, words, g.tags, g.forms.length);
      const b = parseSentenceBeam(model, words, g.tags, g.forms.length, 1);
      expect(Array.from(b.heads)).toEqual(Array.from(a.heads));
    }
  });

  it('learns the training trees with max-violation updates from zero weights', () => {
    const W = new TrainWeights(4);
    const model: ParserModel = { moves: W, labels: zero, nLabels: 4 };
    let last = -1;
    for (let ep = 0; ep < 20 && last !== 0; ep++) {
      last = 0;
      for (const g of data) {
        const words = tokenFeatures(g.forms);
        const v = maxViolation(model, words, g.tags, g.forms.length, 4, g.heads);
        if (v) {
          last++;
          replayViolation(v, g.forms.length, words, g.tags, (f, nf, m, sign) => W.add(f, nf, m, sign));
        }
        W.tick();
      }
    }
    expect(last).toBe(0);
    for (const g of data) {
      const st = parseSentenceBeam(model, tokenFeatures(g.forms), g.tags, g.forms.length, 4);
      expect(Array.from(st.heads).slice(1)).toEqual(Array.from(g.heads).slice(1));
    }
  });

  it('returns a complete tree (one root dependent, every token headed) with untrained weights', () => {
    const model: ParserModel = { moves: zero, labels: zero, nLabels: 4 };
    for (const g of data) {
      const st = parseSentenceBeam(model, tokenFeatures(g.forms), g.tags, g.forms.length, 8);
      const heads = Array.from(st.heads).slice(1);
      expect(heads.every((h) => h >= 0)).toBe(true);
      expect(heads.filter((h) => h === 0)).toHaveLength(1);
    }
  });
});

describe('STANCEGRAPH_BEAM', () => {
  const saved = process.env.STANCEGRAPH_BEAM;
  afterEach(() => {
    if (saved === undefined) delete process.env.STANCEGRAPH_BEAM;
    else process.env.STANCEGRAPH_BEAM = saved;
  });
  it('rejects a width that is not an integer from 1 to 64, naming the variable', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parse } = require('../../../src/syntax/index');
    process.env.STANCEGRAPH_BEAM = 'wide';
    expect(() => parse(['Novak', 'left', '.'])).toThrow(/STANCEGRAPH_BEAM/);
    process.env.STANCEGRAPH_BEAM = '4';
    expect(parse(['Novak', 'left', '.']).map((t: { head: number }) => t.head)).toEqual([2, 0, 2]);
  });
});
