#!/usr/bin/env node
// Prints the parse, the mentions and the statements of a text:
//   node scripts/dev/explain.mjs "text" [published]
//   node scripts/dev/explain.mjs --doc FILE --grep "words of the sentence"
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { extractDocument } = require('../../dist/pipeline.js');
let text; let published = '2024-05-10'; let grep; let id = 'x';
const a = process.argv.slice(2);
if (a[0] === '--doc') {
  text = readFileSync(a[1], 'utf8'); grep = a[3]; id = a[1].replace(/.*\//, '').replace(/\.txt$/, '');
  published = (id.match(/^\d{4}-\d{2}-\d{2}/) ?? [published])[0];
} else { text = a[0]; published = a[1] ?? published; }
const msgs = [];
const show = new Set();
const st = extractDocument({ id, path: id, text, published }, {
  onMessage: (m) => msgs.push(m),
  onSentence: ({ tree, sentence, drafts, registry }) => {
    if (grep && !sentence.text.includes(grep)) return;
    show.add(sentence.index);
    console.log(`\n# ${sentence.index}: ${sentence.text}`);
    for (let i = 0; i < tree.n; i++) {
      const t = tree.toks[i]; const m = tree.mentionAt[i];
      console.log(`${t.id}\t${t.form}\t${t.upos}\t${t.lemma}\t${t.head}\t${t.deprel}\t${m ? `${m.kind}:${m.entity ?? '-'}` : ''}${tree.inQuote[i] ? '\tQ' : ''}`);
    }
  },
});
for (const s of st) if (show.has(s.sentence)) console.log(`${s.actor.name} |${s.type}| ${s.target.name}   cue="${s.cue}" ${s.evidence.rules.join(',')}`);
for (const m of msgs) if ((m.severity !== 'info' || process.env.INFO) && (!grep || !m.span || text.slice(m.span.start - 300, m.span.end + 300).includes(grep))) console.log(m.severity, m.reason, m.ruleId);
