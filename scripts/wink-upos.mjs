// UPOS accuracy of wink-nlp (wink-eng-lite-web-model) against a CoNLL-U file's gold tags.
//   node scripts/wink-upos.mjs FILE.conllu [--from N] [--to M]
// Alignment: wink tokenizes the sentence's `# text`; gold tokens and wink tokens are each located
// in that text by a left-to-right search (case-sensitive; whitespace skipped), giving character
// spans. Each gold token takes the tag of the wink token that covers its first character (or, if
// none does, the first wink token that overlaps it). Gold tokens that cannot be located count as
// errors.
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;
const [file, ...rest] = process.argv.slice(2);
const from = Number(rest[rest.indexOf('--from') + 1] ?? 0) || 0;
const toArg = rest.indexOf('--to');
const to = toArg >= 0 ? Number(rest[toArg + 1]) : Infinity;

const sents = [];
let cur = null;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) { if (cur) sents.push(cur); cur = null; continue; }
  cur ??= { text: '', toks: [] };
  if (line.startsWith('# text = ')) cur.text = line.slice(9);
  else if (!line.startsWith('#')) {
    const c = line.split('\t');
    if (/^\d+$/.test(c[0])) cur.toks.push({ form: c[1], upos: c[3] });
  }
}
if (cur) sents.push(cur);

function locate(text, forms) {
  let p = 0;
  return forms.map((f) => {
    const i = text.indexOf(f, p);
    if (i < 0) return null;
    p = i + f.length;
    return [i, i + f.length];
  });
}
let correct = 0, total = 0, unaligned = 0;
const confusion = new Map();
for (const s of sents.slice(from, to)) {
  const doc = nlp.readDoc(s.text);
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const wspans = locate(s.text, values);
  const gspans = locate(s.text, s.toks.map((t) => t.form));
  s.toks.forEach((t, i) => {
    total++;
    const g = gspans[i];
    if (!g) { unaligned++; return; }
    let k = wspans.findIndex((w) => w && w[0] <= g[0] && g[0] < w[1]);
    if (k < 0) k = wspans.findIndex((w) => w && w[0] < g[1] && g[0] < w[1]);
    if (k < 0) { unaligned++; return; }
    if (pos[k] === t.upos) correct++;
    else { const key = `${t.upos}->${pos[k]}`; confusion.set(key, (confusion.get(key) ?? 0) + 1); }
  });
}
console.log(JSON.stringify({ file, sentences: Math.min(to, sents.length) - from, tokens: total, accuracy: +(correct / total).toFixed(4), unaligned }));
console.error([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k}:${v}`).join(' '));
