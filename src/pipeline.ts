/**
 * stancegraph pipeline
 * ====================
 *
 * Documents in, statements out. The stages, in order:
 *
 * 1. read       files, folders, stdin → Doc (header date, author, title)       ingest/read-documents
 * 2. sentences  Doc → sentences with offsets, tokens                           text/sentences
 * 3. prefilter  skip sentences with no cue and no quotation (cheap, no tagging)
 * 4. mentions   tokens → actor mentions (gazetteer, titles, names, descriptions) actors/find-mentions
 * 5. resolve    mentions → per-document entities (aliases, variants, surnames)   actors/registry
 * 6. cues       tokens → cue matches from src/data/cues.tsv                      statements/find-cues
 * 7. statements speech frames, acts, evaluations → drafts                        statements/extract-statements
 * 8. records    drafts → Statement records with evidence, date and quote        (here)
 *
 * The extractor never throws on text: a failure inside one document becomes an error message
 * for that document and the batch goes on.
 */
import { createHash } from 'node:crypto';
import { Registry } from './actors/registry';
import { findMentions } from './actors/find-mentions';
import { readDocuments, type ReadOptions } from './ingest/read-documents';
import { loadLexicons } from './lexicon/load';
import type { Lexicons } from './lexicon/types';
import { sentenceDate, type DateState } from './statements/dates';
import { findCues } from './statements/find-cues';
import { SentenceExtractor, type DiscourseState, type Draft } from './statements/extract-statements';
import { normalize, splitSentences, tokenize, type Token } from './text/sentences';
import { POLARITY, type Doc, type Message, type Statement } from './types';

export interface ExtractOptions {
  /** Fallback publication date (ISO) for documents whose header and file name give none. */
  date?: string;
  /** Receives per-document problems and explanations; the batch always goes on. */
  onMessage?: (m: Message) => void;
  /** Lexicons to use (default: the package's own data, loaded once per call to extractPaths). */
  lexicons?: Lexicons;
  /** Standard input, for the path `-`. */
  stdin?: NodeJS.ReadableStream;
  /** Passed on to readDocuments: field names of JSONL/CSV records, the plan of the run (for progress). */
  ingest?: Pick<ReadOptions, 'fields' | 'onPlan' | 'countRecords'>;
}

let cached: Lexicons | undefined;
function defaultLexicons(): Lexicons {
  cached ??= loadLexicons();
  return cached;
}

const QUOTE = '"';

function statementId(doc: string, d: Draft, actorId: string, targetId: string): string {
  return createHash('sha1').update(`${doc}\u0000${d.sentence}\u0000${actorId}\u0000${d.type}\u0000${targetId}\u0000${d.cue.start}`).digest('hex').slice(0, 20);
}

/** Extracts the statements of one document. Never throws on text. */
export function extractDocument(doc: Doc, opts: ExtractOptions = {}): Statement[] {
  const report = (m: Omit<Message, 'source'> & { source?: Message['source'] }) =>
    opts.onMessage?.({ source: 'statements', file: doc.path, ...m });
  try {
    return extractUnsafe(doc, opts.lexicons ?? defaultLexicons(), report);
  } catch (err) {
    report({ severity: 'error', reason: `${doc.path}: extraction failed: ${(err as Error).message}`, ruleId: 'pipeline/internal-error', source: 'statements' });
    return [];
  }
}

function extractUnsafe(doc: Doc, lex: Lexicons, report: (m: Omit<Message, 'source'>) => void): Statement[] {
  const norm = normalize(doc.text);
  const sentences = splitSentences(doc.id, doc.text);
  const registry = new Registry(lex);
  const out: Statement[] = [];
  const dates: DateState = {};
  let state: DiscourseState = {};
  let openQuote = false;
  let prevEnd = 0;
  for (const s of sentences) {
    // a line break before the sentence starts a new paragraph: discourse state and open quotes reset
    if (norm.slice(prevEnd, s.span.start).includes('\n')) {
      state = { lastPerson: state.lastPerson, lastThing: state.lastThing };
      openQuote = false;
    }
    prevEnd = s.span.end;
    const tokens = tokenize(s, norm);
    const inQuote: boolean[] = [];
    const startsInQuote = openQuote;
    let q: boolean = openQuote;
    for (const t of tokens) {
      if (t.text === QUOTE) { inQuote.push(true); q = !q; continue; }
      inQuote.push(q);
    }
    openQuote = q;
    const { date } = sentenceDate(s.text, doc.published, dates);
    // Mentions are found and resolved in every sentence (later sentences refer back to them).
    const mentions = findMentions(lex, tokens, s.index, (a, b) => doc.text.slice(a, b));
    for (const m of mentions) registry.resolve(m);
    const cues = findCues(lex, tokens);
    const hasQuote = startsInQuote || tokens.some((t) => t.text === QUOTE);
    if (!cues.some((c) => c.entry.cls !== 'light') && !hasQuote) continue;
    const drafts = new SentenceExtractor({ lex, registry, report }, { index: s.index, tokens, mentions, cues, inQuote, startsInQuote }, state).run();
    for (const d of drafts) out.push(toRecord(doc, s, tokens, d, registry, date));
  }
  return out;
}

function toRecord(
  doc: Doc, s: { index: number; text: string; span: { start: number; end: number } }, tokens: Token[],
  d: Draft, registry: Registry, date: string | undefined,
): Statement {
  const span = (t?: { start: number; end: number }) => (t ? { start: tokens[t.start].span.start, end: tokens[t.end - 1].span.end } : undefined);
  const actor = registry.ref(d.actor);
  const target = registry.ref(d.target);
  const quoteSpan = span(d.quote);
  let quote = quoteSpan ? doc.text.slice(quoteSpan.start, quoteSpan.end).replace(/^["“”'‘’\s]+|["“”'‘’\s]+$/g, '') : undefined;
  if (quote === '') quote = undefined;
  const cueSpan = span(d.cue)!;
  const rec: Statement = {
    id: statementId(doc.id, d, actor.id, target.id),
    doc: doc.id,
    sentence: s.index,
    text: s.text,
    actor,
    type: d.type,
    polarity: POLARITY[d.type],
    target,
    ...(date ? { date } : {}),
    ...(quote ? { quote } : {}),
    confidence: Math.round(d.confidence * 100) / 100,
    cue: doc.text.slice(cueSpan.start, cueSpan.end),
    source: { path: doc.path, ...(doc.title ? { title: doc.title } : {}), ...(doc.author ? { author: doc.author } : {}), ...(doc.published ? { published: doc.published } : {}) },
    evidence: {
      sentenceSpan: s.span,
      cue: cueSpan,
      ...(d.actorTok ? { actor: span(d.actorTok) } : {}),
      ...(d.targetTok ? { target: span(d.targetTok) } : {}),
      rules: [...new Set(d.rules)],
      lexicon: d.lexicon,
    },
  };
  return rec;
}

/**
 * Reads files, folders (recursively, .txt and .md) or `-` (standard input) and yields the
 * statements of each document as it is done, so memory stays flat. Unreadable inputs are
 * reported through onMessage (severity error) and skipped.
 */
export async function* extractPaths(
  paths: string[],
  opts: ExtractOptions = {},
): AsyncGenerator<{ doc: Doc; statements: Statement[] }> {
  const lexicons = opts.lexicons ?? defaultLexicons();
  for await (const doc of readDocuments(paths, { ...opts.ingest, date: opts.date, onMessage: opts.onMessage, stdin: opts.stdin })) {
    yield { doc, statements: extractDocument(doc, { ...opts, lexicons }) };
  }
}
