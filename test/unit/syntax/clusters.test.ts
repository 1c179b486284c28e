/** Word clusters: the table format, the token features they give, and the shipped partitions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseClusters, clusterFn } from '../../../src/syntax/clusters';
import { tokenFeatures, F_CLUS1, F_CLUS2, F_FLAGS, F_LOWER, CLUSTER_NONE, PAD, STRIDE } from '../../../src/syntax/features';
import { loadModelFile } from '../../../src/syntax/index';
import { defaultModelPath } from '../../../src/syntax/model';

const at = (a: Int32Array, i: number, f: number) => a[(i + PAD) * STRIDE + f];

describe('word clusters', () => {
  it('parses word<TAB>coarse<TAB>fine lines, skipping comments and malformed lines', () => {
    const m = parseClusters('# word\tc32\tc256\nthe\t5\t17\nsaid\t2\t40\nbroken line\n\tx\t1\n');
    expect([...m.keys()]).toEqual(['the', 'said']);
    expect(m.get('said')).toEqual([2, 40]);
  });

  it('gives each token its clusters by normalized form, and CLUSTER_NONE to unknown words', () => {
    const fn = clusterFn({}, 'the\t5\t17\n0000\t3\t9\n');
    const a = tokenFeatures(['The', '1984', 'zyzzyva'], null, fn);
    expect([at(a, 0, F_CLUS1), at(a, 0, F_CLUS2)]).toEqual([5, 17]);
    expect([at(a, 1, F_CLUS1), at(a, 1, F_CLUS2)]).toEqual([3, 9]); // digits fold to 0
    expect([at(a, 2, F_CLUS1), at(a, 2, F_CLUS2)]).toEqual([CLUSTER_NONE, CLUSTER_NONE]);
    const none = tokenFeatures(['The'], null, null);
    expect(at(none, 0, F_CLUS2)).toBe(CLUSTER_NONE);
  });

  it('a cased table keeps a name apart from the common word it spells; only the first token falls back to lower case', () => {
    const fn = clusterFn({}, '# cased\n# word\tc32\tc256\nrose\t4\t40\nRuritania\t7\t70\nofficials\t2\t20\n');
    // "Rose" inside a sentence is not "rose"; opening a sentence, unknown in its cased form, it is
    const mid = tokenFeatures(['Then', 'Rose', 'officials', 'Ruritania'], null, fn);
    expect(at(mid, 1, F_CLUS1)).toBe(CLUSTER_NONE);
    expect([at(mid, 2, F_CLUS1), at(mid, 3, F_CLUS2)]).toEqual([2, 70]);
    const first = tokenFeatures(['Rose', 'officials'], null, fn);
    expect([at(first, 0, F_CLUS1), at(first, 0, F_CLUS2)]).toEqual([4, 40]);
    // a cased form known in the table keeps its own classes at the start too
    const name = tokenFeatures(['Ruritania', 'officials'], null, fn);
    expect(at(name, 0, F_CLUS2)).toBe(70);
    // the per-form cache does not carry the fallback to a later, non-initial "Rose"
    const again = tokenFeatures(['officials', 'Rose'], null, fn);
    expect(at(again, 1, F_CLUS1)).toBe(CLUSTER_NONE);
  });

  it('caches per-form features without leaking the sentence-initial flag', () => {
    const a = tokenFeatures(['Officials', 'met', 'Officials'], null, null);
    const b = tokenFeatures(['met', 'Officials'], null, null);
    expect(at(a, 0, F_LOWER)).toBe(at(a, 2, F_LOWER));
    expect(at(a, 0, F_FLAGS) & 2).toBe(2);
    expect(at(a, 2, F_FLAGS) & 2).toBe(0);
    expect(at(b, 0, F_FLAGS) & 2).toBe(2);
    expect(at(b, 1, F_FLAGS)).toBe(at(a, 2, F_FLAGS));
  });

  it('the shipped model is trained without clusters (scripts/train-syntax.ts says why); the table groups words by use', () => {
    const shipped = gunzipSync(readFileSync(join(__dirname, '..', '..', '..', 'src', 'data', 'syntax', 'clusters.tsv.gz'))).toString('utf8');
    const model = loadModelFile(defaultModelPath());
    expect(model.header.clusters).toBeUndefined();
    const m = parseClusters(shipped);
    expect(m.size).toBeGreaterThan(10_000);
    // the table keeps case: a capitalized form is its own entry beside the lower-case one
    expect(shipped.startsWith('# cased\n')).toBe(true);
    expect(m.has('The') && m.has('the')).toBe(true);
    const coarse = (w: string) => m.get(w)![0];
    // determiners share a coarse class; a determiner and a past-tense verb do not
    expect(coarse('a')).toBe(coarse('the'));
    expect(coarse('their')).toBe(coarse('the'));
    expect(coarse('said')).not.toBe(coarse('the'));
    // the fine partition refines nothing by accident: more classes are used than in the coarse one
    expect(new Set([...m.values()].map((c) => c[1])).size).toBeGreaterThan(new Set([...m.values()].map((c) => c[0])).size);
  });
});
