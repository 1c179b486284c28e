/**
 * `stancegraph gaps <paths…> [--top N] [--json]`
 *
 * A gap report: where the extractor's lexicons and rules fall short on a corpus, counted and sorted
 * with one example sentence each, so that lexicons grow without reading every article:
 *
 * - verbs that link two actors (an actor subject and an actor object or prepositional phrase) but are
 *   no cue: candidates for `src/data/cues.tsv`;
 * - capitalized names that are the subject of a verb but resolve to no actor: candidates for titles,
 *   organization heads or the gazetteer;
 * - pronouns in subject position that resolve to nobody.
 */
import { parseArgs } from 'node:util';
import { StancegraphError } from '../errors';
import { extractPaths, type SentenceInfo } from '../pipeline';
import type { Lexicons } from '../lexicon/types';
import { loadLexicons } from '../lexicon/load';
import type { Message } from '../types';
import type { Command } from './types';

const USAGE = `Usage: stancegraph gaps <paths…> [options]

Reads articles like \`extract\` and reports what the extractor missed, counted and sorted, with one
example sentence each: verbs linking two actors that are no cue, capitalized subjects that resolve
to no actor, and subject pronouns that resolve to nobody.

Options:
      --top N     show the N most frequent of each kind (default 25)
      --json      print the report as JSON
  -h, --help      show this help`;

interface Gap { key: string; count: number; example: string; doc: string }

class Tally {
  private readonly map = new Map<string, Gap>();
  add(key: string, info: SentenceInfo): void {
    const g = this.map.get(key);
    if (g) g.count++;
    else this.map.set(key, { key, count: 1, example: info.sentence.text.replace(/\s+/g, ' ').slice(0, 300), doc: info.doc.id });
  }
  top(n: number): Gap[] {
    return [...this.map.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, n);
  }
}

export interface GapReport { uncoveredVerbs: Gap[]; unresolvedNames: Gap[]; unresolvedPronouns: Gap[]; documents: number; sentences: number }

/** Collects the gaps of one corpus. */
export async function gapReport(paths: string[], opts: { top?: number; lexicons?: Lexicons; onMessage?: (m: Message) => void; stdin?: NodeJS.ReadableStream } = {}): Promise<GapReport> {
  const lex = opts.lexicons ?? loadLexicons();
  const verbs = new Tally();
  const names = new Tally();
  const pronouns = new Tally();
  let sentences = 0;
  let documents = 0;
  const onSentence = (info: SentenceInfo) => {
    sentences++;
    const t = info.tree;
    const cueToks = new Set(info.drafts.map((d) => d.cue[0]));
    const actorAt = (k: number): boolean => {
      const m = t.mentionAt[k];
      return Boolean(m && (m.entity || (m.kind === 'pronoun' && m.pronoun?.person === 3)));
    };
    const hasActor = (k: number): boolean => t.phrase(k).some(actorAt);
    for (let i = 0; i < t.n; i++) {
      if (t.upos(i) === 'VERB' && !cueToks.has(i)) {
        const subj = t.kids(i, 'nsubj').filter(hasActor);
        const objs = t.kids(i, 'obj', 'iobj', 'obl', 'nsubj:pass').filter(hasActor);
        const lemma = t.lemma(i);
        if (subj.length && objs.length && !lex.cues.has(lemma)) {
          const preps = objs.map((o) => (t.base(o) === 'obl' ? t.caseOf(o) : undefined)).filter(Boolean);
          verbs.add(preps.length ? `${lemma} ${preps[0]}` : lemma, info);
        }
      }
      if (t.base(i) === 'nsubj') {
        const m = t.mentionAt[i];
        const form = t.toks[i].form;
        // ("Texas Sen. Novak" parsed with the state as head: the name inside resolves, so no gap)
        if (!m && t.upos(i) === 'PROPN' && /^\p{Lu}/u.test(form) && !t.kids(i, 'flat', 'compound').some(actorAt)) {
          const words = t.subtree(i).filter((k) => t.upos(k) === 'PROPN').map((k) => t.toks[k].form);
          names.add(words.join(' '), info);
        } else if (m && m.kind !== 'pronoun' && !m.entity) {
          names.add(m.text, info);
        } else if (m?.kind === 'pronoun' && m.pronoun?.person === 3 && !info.pronounAt(i)?.length) {
          pronouns.add(t.lower(i), info);
        }
      }
    }
  };
  for await (const _ of extractPaths(paths, { lexicons: lex, onSentence, onMessage: opts.onMessage, stdin: opts.stdin })) documents++;
  const n = opts.top ?? 25;
  return { uncoveredVerbs: verbs.top(n), unresolvedNames: names.top(n), unresolvedPronouns: pronouns.top(n), documents, sentences };
}

export const gapsCommand: Command = {
  name: 'gaps',
  summary: 'what the lexicons miss on a corpus: uncovered verbs, unresolved names and pronouns',
  usage: USAGE,
  async run(argv, io) {
    let args;
    try {
      args = parseArgs({ args: argv, allowPositionals: true, options: { top: { type: 'string' }, json: { type: 'boolean' } } });
    } catch (err) {
      throw new StancegraphError('E_USAGE', (err as Error).message);
    }
    const { values, positionals } = args;
    if (!positionals.length) throw new StancegraphError('E_USAGE', 'no input: give files, folders or - for standard input');
    const top = values.top === undefined ? 25 : Number(values.top);
    if (!Number.isInteger(top) || top < 1) throw new StancegraphError('E_USAGE', `--top must be a positive whole number, got "${values.top}"`);
    let errors = 0;
    const onMessage = (m: Message) => {
      if (m.severity === 'error') { errors++; io.stderr.write(`${m.file ?? ''}  ${m.reason}\n`); }
    };
    const report = await gapReport(positionals, { top, onMessage, stdin: io.stdin });
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
      return errors ? 1 : 0;
    }
    const section = (title: string, gaps: Gap[]) => {
      io.stdout.write(`\n## ${title}\n\n`);
      if (!gaps.length) { io.stdout.write('(none)\n'); return; }
      const w = Math.max(...gaps.map((g) => g.key.length));
      for (const g of gaps) io.stdout.write(`${String(g.count).padStart(5)}  ${g.key.padEnd(w)}  ${g.doc}: ${g.example}\n`);
    };
    io.stdout.write(`# Gaps in ${report.documents} document${report.documents === 1 ? '' : 's'}, ${report.sentences} sentence${report.sentences === 1 ? '' : 's'}\n`);
    section('Verbs linking two actors that are no cue (candidates for src/data/cues.tsv)', report.uncoveredVerbs);
    section('Capitalized subjects that resolve to no actor', report.unresolvedNames);
    section('Subject pronouns that resolve to nobody', report.unresolvedPronouns);
    return errors ? 1 : 0;
  },
};
