/**
 * Parser options that are off in the shipped model (train-syntax --late-root / --clause): the
 * transition system and the feature switches, on hand-built states.
 */
import { tokenFeatures } from '../../../src/syntax/features';
import { State, RIGHT, SHIFT, LEFT, finish, parserFeatures, setExtraFeatures, setLateRoot, MAX_PARSER_FEATS, type ParserModel } from '../../../src/syntax/parser';
import { UPOS } from '../../../src/syntax/tagger';

const tag = (t: string) => UPOS.indexOf(t);
// "Novak left ." : PROPN VERB PUNCT
const forms = ['Novak', 'left', '.'];
const tags = Int32Array.from(['PROPN', 'VERB', 'PUNCT'].map(tag));
const zero = { score: (_f: Uint32Array, _n: number, s: Float64Array | Float32Array) => s.fill(0) };
const model: ParserModel = { moves: zero, labels: zero, nLabels: 4 };

afterEach(() => {
  setLateRoot(false);
  setExtraFeatures(true, true, false);
});

describe('late root', () => {
  it('forbids an arc from the root while parsing, which the default system allows', () => {
    const words = tokenFeatures(forms);
    expect(new State(3, words, tags).valid(RIGHT)).toBe(true);
    setLateRoot(true);
    const st = new State(3, words, tags);
    expect(st.valid(RIGHT)).toBe(false);
    expect(st.valid(SHIFT)).toBe(true);
  });

  it('makes the first headless verb the root once the buffer is empty', () => {
    setLateRoot(true);
    const st = new State(3, tokenFeatures(forms), tags);
    st.apply(SHIFT, 0); // Novak
    st.apply(LEFT, 1); // left -> Novak
    st.apply(SHIFT, 0); // left
    st.apply(RIGHT, 2); // left -> .
    expect(st.done).toBe(true);
    expect(st.heads[2]).toBe(-1);
    finish(model, st);
    expect(st.heads[2]).toBe(0);
    expect(st.rootChild).toBe(2);
    expect(Array.from(st.heads.slice(1))).toEqual([2, 0, 2]);
  });
});

describe('clause features', () => {
  it('add templates to the parser features only when switched on', () => {
    const st = new State(3, tokenFeatures(forms), tags);
    st.apply(SHIFT, 0);
    const out = new Uint32Array(MAX_PARSER_FEATS);
    setExtraFeatures(true, true, false);
    const without = parserFeatures(st, out);
    setExtraFeatures(true, true, true);
    const withClause = parserFeatures(st, out);
    expect(withClause).toBe(without + 8);
  });
});
