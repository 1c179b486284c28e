/** The English word list is read once per thread, whichever reader asks first (tagger feature, lexicons). */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../export/xmllint';

describe('englishWords', () => {
  it('the tagger lexicon and the lexicons read words.txt once between them, and agree on a word', () => {
    const script = `const fs = require('node:fs'); const read = fs.readFileSync; let n = 0;
      fs.readFileSync = function (p, ...rest) { if (String(p).endsWith('words.txt')) n++; return read.call(this, p, ...rest); };
      const lex = require('./src/lexicon/load').loadLexicons();
      const tagLex = require('./src/syntax/lexicon').getLexicon();
      console.log(JSON.stringify({ reads: n, lexicons: lex.dictionaryWord('west'), tagger: tagLex('west').endsWith('|W'), none: lex.dictionaryWord('zzqx') }));`;
    const r = spawnSync('node', ['--import', 'tsx', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toEqual({ reads: 1, lexicons: true, tagger: true, none: false });
  });
});
