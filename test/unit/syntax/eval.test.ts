/**
 * A small evaluation in CI: the first 300 sentences of UD English EWT test (bundled in
 * test/fixtures/ud with its licence), parsed with their own tokens. The floors are far below the
 * model's measured scores and far above what a broken or untrained model reaches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../../../src/syntax/conllu';
import { parse } from '../../../src/syntax/index';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'ud', 'en_ewt-ud-test.first300.conllu');

describe('evaluation on 300 EWT test sentences', () => {
  it('scores UPOS, UAS and LAS above their floors', () => {
    const sents = readConllu(readFileSync(FIXTURE, 'utf8'));
    expect(sents).toHaveLength(300);
    let n = 0, upos = 0, uas = 0, las = 0;
    for (const s of sents) {
      const pred = parse(s.words.map((w) => w.form));
      s.words.forEach((g, i) => {
        n++;
        if (pred[i].upos === g.upos) upos++;
        if (pred[i].head === g.head) {
          uas++;
          if (pred[i].deprel.split(':')[0] === g.deprel.split(':')[0]) las++;
        }
      });
    }
    expect(upos / n).toBeGreaterThan(0.88);
    expect(uas / n).toBeGreaterThan(0.75);
    expect(las / n).toBeGreaterThan(0.7);
  });
});
