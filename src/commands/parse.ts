/**
 * `stancegraph parse <paths… | -> [-o FILE]` and `stancegraph parse --conllu FILE [-o FILE]`
 *
 * Raw text (files, folders searched for .txt/.md, or - for standard input) → CoNLL-U: one
 * sentence block per sentence with `# sent_id` (document id and number) and `# text`, columns
 * ID FORM LEMMA UPOS _ _ HEAD DEPREL _ MISC, MISC holding `TokenRange=start:end` (UTF-16 offsets
 * into the document) and `SpaceAfter=No` where applicable.
 *
 * With --conllu, the file's sentences and tokens are kept exactly and only UPOS, HEAD and DEPREL
 * are replaced by predictions; every other column, comment, multiword-token line (`1-2`) and
 * empty node (`1.1`) passes through untouched.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { StancegraphError } from '../errors';
import { readDocuments } from '../ingest/read-documents';
import { LineWriter, openOutputFile } from '../export/stream';
import { readConllu, writeConllu } from '../syntax/conllu';
import { parse, parseText, type SyntaxToken } from '../syntax/index';
import { getModel } from '../syntax/model';
import type { Message } from '../types';
import type { Command } from './types';

const USAGE = `Usage: stancegraph parse <paths…> [options]
       stancegraph parse --conllu FILE [options]

Tokenizes, tags (UPOS), lemmatizes and parses English text into Universal Dependencies,
written as CoNLL-U. Inputs are files, folders (searched recursively for .txt and .md) or -
for standard input.

Options:
      --conllu FILE     parse the sentences of a CoNLL-U file (- for standard input) with its own
                        tokens; writes the same file with UPOS, HEAD and DEPREL predicted
  -o, --output FILE     write to FILE instead of standard output
  -h, --help            show this help`;

function tokenLine(t: SyntaxToken, spaceAfter: boolean): string {
  const misc = `TokenRange=${t.start}:${t.end}${spaceAfter ? '' : '|SpaceAfter=No'}`;
  return [t.id, t.form, t.lemma, t.upos, '_', '_', t.head, t.deprel, '_', misc].join('\t');
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const parseCommand: Command = {
  name: 'parse',
  summary: 'text or CoNLL-U → Universal Dependencies (CoNLL-U)',
  usage: USAGE,
  async run(argv, io) {
    let args;
    try {
      args = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { conllu: { type: 'string' }, output: { type: 'string', short: 'o' } },
      });
    } catch (err) {
      throw new StancegraphError('E_USAGE', (err as Error).message);
    }
    const { values, positionals } = args;
    if (values.conllu !== undefined && positionals.length) throw new StancegraphError('E_USAGE', 'give either --conllu FILE or text inputs, not both');
    if (values.conllu === undefined && !positionals.length) throw new StancegraphError('E_USAGE', 'no input: give files, folders, - for standard input, or --conllu FILE');
    const model = getModel(); // fail early with a clear message if the model is missing
    // the project's output writer: a closed pipe ends quietly, a failed write is one line naming the output
    const out = new LineWriter(values.output ? openOutputFile(values.output) : io.stdout, values.output ?? 'standard output');
    let failed = 0;

    if (values.conllu !== undefined) {
      let text: string;
      try {
        text = values.conllu === '-' ? await readAll(io.stdin) : readFileSync(values.conllu, 'utf8');
      } catch (err) {
        throw new StancegraphError('E_READ', `${values.conllu}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      }
      const sentences = readConllu(text);
      for (const s of sentences) {
        const parsed = parse(s.words.map((w) => w.form), model);
        s.words.forEach((w, i) => {
          w.upos = parsed[i].upos;
          w.head = parsed[i].head;
          w.deprel = parsed[i].deprel;
        });
        if (!(await out.write(writeConllu([s])))) break;
      }
    } else {
      const onMessage = (m: Message) => {
        if (m.severity === 'error') failed++;
        if (m.severity !== 'info') io.stderr.write(`${m.file ?? ''}  ${m.severity}  ${m.reason}\n`);
      };
      for await (const doc of readDocuments(positionals, { stdin: io.stdin, onMessage })) {
        const sents = parseText(doc.text);
        let block = '';
        sents.forEach((s, k) => {
          block += `# sent_id = ${doc.id}-${k + 1}\n# text = ${s.text.replace(/\s+/g, ' ')}\n`;
          s.tokens.forEach((t, i) => {
            const next = s.tokens[i + 1];
            const spaceAfter = next ? next.start > t.end : true;
            block += tokenLine(t, spaceAfter) + '\n';
          });
          block += '\n';
        });
        if (!(await out.write(block))) break;
      }
    }
    await out.end(Boolean(values.output));
    return failed ? 1 : 0;
  },
};
