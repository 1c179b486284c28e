/**
 * stancegraph pipeline
 * ====================
 *
 * Documents in, statements out. The stages, in order:
 *
 * 1. read       files, folders, stdin → Doc (header date, author, title)       ingest/read-documents
 * 2. sentences  Doc → sentences with offsets, tokens                           text/sentences
 * 3. mentions   tokens → actor mentions (gazetteer, titles, names, descriptions) actors/find-mentions
 * 4. resolve    mentions → per-document entities (aliases, variants, surnames)   actors/registry
 * 5. syntax     sentence → UD tokens, tags, dependency tree; mentions attached   syntax, statements/tree
 * 6. cues       tree → cue matches on lemma and part of speech (cues.tsv)        statements/cues
 * 7. statements speech, acts, nominal cues, evaluations, comments → drafts      statements/extract
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
import { sentenceDate, type DateState, type SentenceDate } from './statements/dates';
import { StatementExtractor, type Discourse, type Draft } from './statements/extract';
import { repairLemmas, repairParse } from './statements/repair';
import { Tree, type ParsedToken } from './statements/tree';
import { parse as parseTokens, tokenize as syntaxTokenize } from './syntax';
import { getModel, type SyntaxModel } from './syntax/model';
import { normalize, splitSentences, tokenize, type Token } from './text/sentences';
import { StancegraphError } from './errors';
import type { Mention } from './actors/types';
import { POLARITY, type Doc, type Message, type Sentence, type Statement } from './types';

export interface ExtractOptions {
  /** Fallback publication date (ISO) for documents whose header and file name give none. */
  date?: string;
  /** Receives per-document problems and explanations; the batch always goes on. */
  onMessage?: (m: Message) => void;
  /** Lexicons to use (default: the package's own data, loaded once per call to extractPaths). */
  lexicons?: Lexicons;
  /** Standard input, for the path `-`. */
  stdin?: NodeJS.ReadableStream;
  /** Sees every parsed sentence with its statements (the gap report reads the parse through this). */
  onSentence?: (info: SentenceInfo) => void;
  /**
   * Sees each sentence's parse before the repairs and rules read it, and may change it in place. For
   * tests that check a rule against the parse it was written for (a parser error it recovers from, say),
   * whatever the shipped model happens to produce.
   */
  onParse?: (toks: ParsedToken[], text: string) => void;
  /** Passed on to readDocuments: field names of JSONL/CSV records, the plan of the run (for progress). */
  ingest?: Pick<ReadOptions, 'fields' | 'onPlan' | 'countRecords'>;
}

/** One parsed sentence of a document, as `onSentence` sees it. */
export interface SentenceInfo {
  doc: Doc; sentence: Sentence; tree: Tree; drafts: Draft[]; registry: Registry;
  /** What the pronoun at a token resolves to (entity keys), or undefined. */
  pronounAt: (tok: number) => string[] | undefined;
}

let cached: Lexicons | undefined;
function defaultLexicons(): Lexicons {
  cached ??= loadLexicons();
  return cached;
}

/**
 * Loads the default lexicons now rather than on the first document: an extraction worker calls
 * it as it starts, while the main thread is still decoding the syntax model (src/workers). A
 * failure is left for the first document to report, as without a warm-up.
 */
export function warmUpLexicons(): void {
  try {
    defaultLexicons();
  } catch {
    // reported by extractDocument on the first task
  }
}

/** Longer "sentences" are run-on text (tables, lists, dumps): the parser is not run on them. */
export const MAX_PARSE_TOKENS = 250;

const QUOTE_CHARS = /^["\u201C\u201D\u201E\u00AB\u00BB]$|^(``|'')$/;

function statementId(doc: string, d: Draft, actorId: string, targetId: string, cueStart: number): string {
  return createHash('sha1').update(`${doc}\u0000${d.sentence}\u0000${actorId}\u0000${d.type}\u0000${targetId}\u0000${cueStart}`).digest('hex').slice(0, 20);
}

/** Extracts the statements of one document. Never throws on text. */
export function extractDocument(doc: Doc, opts: ExtractOptions = {}): Statement[] {
  const report = (m: Omit<Message, 'source'> & { source?: Message['source'] }) =>
    opts.onMessage?.({ source: 'statements', file: doc.path, ...m });
  try {
    return extractUnsafe(doc, opts.lexicons ?? defaultLexicons(), report, opts.onSentence, opts.onParse);
  } catch (err) {
    if (err instanceof StancegraphError) throw err; // a missing model or lexicon is no per-document problem
    report({ severity: 'error', reason: `${doc.path}: extraction failed: ${(err as Error).message}`, ruleId: 'pipeline/internal-error', source: 'statements' });
    return [];
  }
}

/** Marks each parse token inside double quotes; returns whether the quotation is still open after it. */
function quoteMarks(toks: ParsedToken[], open: boolean): { inQuote: boolean[]; open: boolean } {
  const inQuote: boolean[] = [];
  let q = open;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (QUOTE_CHARS.test(t.form)) {
      inQuote.push(true);
      // a mark shaped as an opening one (space or sentence start before, a word attached after) inside an
      // open quotation re-opens it: a quoted paragraph's next sentence (`… Square. "There are …`) whose
      // closing mark the writer left out, not a closing mark
      const opening = (k === 0 || toks[k - 1].end < t.start) && toks[k + 1] !== undefined && toks[k + 1].start === t.end && /^[\p{L}\p{N}]/u.test(toks[k + 1].form);
      q = q && opening ? true : !q;
      continue;
    }
    inQuote.push(q);
  }
  return { inQuote, open: q };
}

/**
 * Headlines in capitals or Title Case ("UK MAY REVOKE JAPANESE LICENCES", "Dupont Chides Ruritania") are
 * parsed with their words lower-cased, except the words of actor mentions: the tagger learned from
 * running text, where capitals mark names. Offsets and the words written in the record stay as they are.
 */
function parseSentence(text: string, offset: number, mentions: Mention[], lex: Lexicons, model: SyntaxModel): ParsedToken[] | undefined {
  const toks = syntaxTokenize(text, offset);
  if (toks.length > MAX_PARSE_TOKENS) return undefined;
  const words = toks.filter((t) => /^\p{L}/u.test(t.form));
  const capitalized = words.filter((t) => /^\p{Lu}/u.test(t.form)).length;
  const headline = words.length >= 3 && capitalized / words.length > 0.7;
  const inMention = (t: { start: number; end: number }) => mentions.some((m) => m.span.start <= t.start && t.end <= m.span.end && m.kind !== 'pronoun');
  const allCaps = words.every((t) => t.form === t.form.toUpperCase());
  const forms = !headline ? toks : toks.map((t, i) => {
    if (!/^\p{L}/u.test(t.form)) return t;
    // (tokens built with the tokenizer's shape, { form, start, end }, not spread: one object shape for the parser's reads)
    if (inMention(t)) return allCaps && t.form.length > 3 ? { form: t.form[0] + t.form.slice(1).toLowerCase(), start: t.start, end: t.end } : t;
    return { form: i === 0 ? t.form[0] + t.form.slice(1).toLowerCase() : t.form.toLowerCase(), start: t.start, end: t.end };
  });
  const parsed = parseWithNames(forms, mentions, lex, model);
  // the tokens are the parse's own (fresh objects): the written forms go back in place
  for (let i = 0; i < parsed.length; i++) parsed[i].form = toks[i].form;
  return parsed;
}

/** How many tokens before `at` spell a title of src/data/titles.tsv ("Prime Minister", "foreign minister"), or 0. */
function titleBefore(toks: { form: string }[], at: number, lex: Lexicons): number {
  let best = 0;
  for (let len = 1; len <= 4 && at - len >= 0; len++) {
    const words = toks.slice(at - len, at).map((t) => t.form.toLowerCase());
    if ((lex.titles.get(words[0]) ?? []).some((e) => e.words.length === len && e.words.every((w, x) => w === words[x]))) best = len;
  }
  return best;
}

/** Words that may stand inside a multiword name ("Bank of England", "Jan van der Berg", "AT&T"). */
const NAME_PART = /^([\p{L}\p{N}][\p{L}\p{N}.'’-]*|&|-)$/u;

/**
 * Parses with each multiword actor name read as one word ("Prime Minister Jan Novak" → "Novak"), then
 * gives the name back its words as a `flat` chain under its last word. The mention finder has already
 * decided where names begin and end, and a greedy parser is least reliable inside long proper-noun runs
 * (titles, initials, particles), where its errors put the name in the wrong clause. Merging named
 * entities before parsing is the usual remedy (spaCy's `merge_entities`); it never changes the tokens
 * or offsets the rest of the pipeline sees.
 */
function parseWithNames(toks: { form: string; start: number; end: number }[], mentions: Mention[], lex: Lexicons, model: SyntaxModel): ParsedToken[] {
  // groups of token indices, one per multiword name
  const groupOf = new Array<number>(toks.length).fill(-1);
  const groups: number[][] = [];
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.kind === 'description' || m.modifier) continue;
    const start = m.titleOffset !== undefined && m.kind === 'person' ? Math.min(m.span.start, m.titleOffset) : m.span.start;
    const members = toks.map((t, k) => (t.start >= start && t.end <= m.span.end ? k : -1)).filter((k) => k >= 0);
    // a person's title right before the name is part of it ("Prime Minister | Jan Novak")
    if (m.kind === 'person' || m.kind === 'name') {
      for (let title = titleBefore(toks, members[0] ?? -1, lex); title > 0; title = titleBefore(toks, members[0], lex)) members.unshift(...Array.from({ length: title }, (_, x) => members[0] - title + x));
    }
    if (members.length < 2 || members.some((k) => groupOf[k] >= 0 || !NAME_PART.test(toks[k].form))) continue;
    if (members[members.length - 1] - members[0] !== members.length - 1) continue;
    for (const k of members) groupOf[k] = groups.length;
    groups.push(members);
  }
  if (!groups.length) return parseTokens(toks, model);
  // the reduced sentence: a name is its last word
  const reduced: { form: string; start: number; end: number }[] = [];
  const orig: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const g = groupOf[k];
    if (g >= 0 && groups[g][groups[g].length - 1] !== k) continue;
    reduced.push(toks[k]);
    orig.push(k);
  }
  const parsedReduced = parseTokens(reduced, model);
  const out: ParsedToken[] = toks.map((t, k) => ({ id: k + 1, form: t.form, start: t.start, end: t.end, upos: 'PROPN', lemma: t.form, head: 0, deprel: 'flat' }));
  // Every token is built with the parser's own property order (src/syntax/index.ts), never by spreading: the
  // rules read these tokens in their hottest code, and one object shape keeps those reads monomorphic.
  parsedReduced.forEach((p, r) => {
    const k = orig[r];
    out[k] = { id: k + 1, form: p.form, start: toks[k].start, end: toks[k].end, upos: p.upos, lemma: p.lemma, head: p.head === 0 ? 0 : orig[p.head - 1] + 1, deprel: p.deprel };
  });
  for (const members of groups) {
    const last = members[members.length - 1];
    if (out[last].upos !== 'PROPN' && out[last].upos !== 'NOUN') out[last].upos = 'PROPN';
    for (const k of members.slice(0, -1)) {
      const lower = toks[k].form.toLowerCase();
      const upos = /^\p{Lu}/u.test(toks[k].form) ? 'PROPN' : /^(of|de|du|von|van|der|al|bin|for|on)$/.test(lower) ? 'ADP' : lower === 'the' ? 'DET' : 'PROPN';
      const o = out[k];
      out[k] = { id: o.id, form: o.form, start: o.start, end: o.end, upos, lemma: upos === 'PROPN' ? toks[k].form : lower, head: last + 1, deprel: 'flat' };
    }
  }
  return out;
}

/** Attaches each actor mention (found on the extractor's own tokens) to the parse tokens it covers. */
function attachMentions(tree: Tree, mentions: Mention[]): void {
  const rank = (m: Mention) => (m.entity ? 2 : 0) + (m.affiliationOnly ? -1 : 0);
  for (const m of mentions) {
    // a person's title before the name belongs to the person ("Secretary of State X")
    const start = m.titleOffset !== undefined && m.kind === 'person' ? Math.min(m.span.start, m.titleOffset) : m.span.start;
    for (let k = 0; k < tree.n; k++) {
      const t = tree.toks[k];
      if (t.end <= start || t.start >= m.span.end) continue;
      const cur = tree.mentionAt[k];
      // the shorter (more specific) resolved mention wins: "Ruritania's" inside "Ruritania's embassy" stays the embassy's
      if (!cur || rank(m) > rank(cur) || (rank(m) === rank(cur) && m.span.end - m.span.start > cur.span.end - cur.span.start)) tree.mentionAt[k] = m;
    }
  }
}

const HEADLINE_TAGS = /^(Preposition|Conjunction|Determiner|Modal|Copula|Auxiliary|PresentTense|PastTense|Infinitive)$/;

/**
 * A headline in capitals ("UK MAY REVOKE LICENCES") or Title Case ("Minister Warns Ruritania On Trade"):
 * most words start with a capital and some of them are function words or verbs, which running text
 * never capitalizes mid-sentence ("French Foreign Minister Jean Dupont criticized X" is no headline).
 */
function isHeadline(lex: Lexicons, tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word && /^\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  if (words.filter((t) => t.text.length > 1 && t.text === t.text.toUpperCase()).length / words.length > 0.7) return true;
  if (words.filter((t) => t.cap).length / words.length <= 0.7) return false;
  return words.slice(1).some((t) => t.cap && lex.tagsOf(t.lower).some((x) => HEADLINE_TAGS.test(x)));
}

/**
 * Actor mentions of every sentence. In a headline ("Dupont Warns Ruritania Policy Would Fail") capitals
 * say nothing, so a capitalized English word there counts as a name only when the document's running
 * text uses it as one, or when it is no dictionary word.
 */
function documentMentions(lex: Lexicons, doc: Doc, norm: string, sentences: Sentence[]): Mention[][] {
  const text = (a: number, b: number) => doc.text.slice(a, b);
  const tokens = sentences.map((s) => tokenize(s, norm));
  const headline = tokens.map((t) => isHeadline(lex, t));
  // "(D-Ore.)", ", R-S.C.,": a US legislator's party and state, no actor of its own
  const partyTag = (m: Mention) => /^(?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z.]*$/.test(m.text) && /[(,]\s?$/.test(doc.text.slice(Math.max(0, m.span.start - 2), m.span.start));
  const find = (toks: Token[], s: Sentence) => findMentions(lex, toks, s.index, text).filter((m) => !partyTag(m));
  const out: Mention[][] = sentences.map((s, i) => (headline[i] ? [] : find(tokens[i], s)));
  if (!headline.some(Boolean)) return out;
  const nameWords = new Set<string>();
  for (const ms of out) for (const m of ms) if (m.kind !== 'pronoun' && m.kind !== 'description') for (const w of m.text.toLowerCase().split(/[^\p{L}]+/u)) if (w) nameWords.add(w);
  sentences.forEach((s, i) => {
    if (!headline[i]) return;
    const toks = tokens[i].map((t) => (t.cap && lex.dictionaryWord(t.lower) && !nameWords.has(t.lower) && !lex.gazetteer.has(t.lower) ? { ...t, cap: false } : t));
    out[i] = find(toks, s);
  });
  return out;
}

function extractUnsafe(doc: Doc, lex: Lexicons, report: (m: Omit<Message, 'source'>) => void, onSentence?: (info: SentenceInfo) => void,
  onParse?: ExtractOptions['onParse']): Statement[] {
  const norm = normalize(doc.text);
  const sentences = splitSentences(doc.id, doc.text);
  const registry = new Registry(lex);
  // once per document: getModel() checks the model path on the file system at every call
  const model = getModel();
  const out: Statement[] = [];
  const dates: DateState = {};
  let discourse: Discourse = {};
  let openQuote = false;
  let prevEnd = 0;
  // Mentions of the whole document first: full names given later resolve a surname used earlier.
  const allMentions = documentMentions(lex, doc, norm, sentences);
  for (const ms of allMentions) for (const m of ms) registry.prime(m);
  // Sentences inside a quotation whose speaker is named only where it closes ("… I finished it," X said.)
  // wait for that sentence: then they are re-read as that speaker's words (`statements/speech-quote-ahead`).
  let pending: { s: Sentence; tree: Tree; date?: SentenceDate; startsInQuote: boolean; drafts: Draft[] }[] = [];
  const flush = () => {
    for (const p of pending) for (const d of p.drafts) out.push(toRecord(doc, p.s, p.tree, d, registry, p.date ?? {}));
    pending = [];
  };
  for (const s of sentences) {
    // a line break before the sentence starts a new paragraph: the speaker and open quotes reset
    if (norm.slice(prevEnd, s.span.start).includes('\n')) {
      flush();
      discourse = { lastPerson: discourse.lastPerson, lastThing: discourse.lastThing, salient: discourse.salient, owners: discourse.owners, previousSpeaker: discourse.speaker };
      openQuote = false;
    }
    prevEnd = s.span.end;
    const date = sentenceDate(s.text, doc.published, dates);
    // Mentions are resolved in reading order (later sentences refer back to them).
    for (const m of allMentions[s.index]) registry.resolve(m);
    // a capitalized common word that is no one's surname is no mention (`actors/common-word-name`)
    const mentions = allMentions[s.index].filter((m) => m.rule !== 'actors/common-word-name' || m.entity);
    const parsed = parseSentence(norm.slice(s.span.start, s.span.end), s.span.start, mentions, lex, model);
    if (!parsed) {
      // a table, a list or a dump without punctuation: no sentence to read statements from
      report({ severity: 'info', reason: `sentence ${s.index} has more than ${MAX_PARSE_TOKENS} tokens; it is not parsed`, ruleId: 'pipeline/run-on-sentence', span: s.span });
      continue;
    }
    onParse?.(parsed, s.text);
    const startsInQuote = openQuote;
    const q = quoteMarks(parsed, openQuote);
    repairLemmas(parsed, lex.dictionaryWord, (lemma) => (lex.cues.get(lemma) ?? []).some((e) => e.upos === 'VERB'));
    repairParse(parsed, q.inQuote, (lemma) => (lex.cues.get(lemma) ?? []).some((e) => e.upos === 'VERB' && !!e.type && e.cls === 'act'));
    openQuote = q.open;
    const tree = new Tree(parsed, q.inQuote, lex.words['modal-adjective']);
    attachMentions(tree, mentions);
    const ex = new StatementExtractor(lex, registry, { index: s.index, tree, startsInQuote }, discourse, report);
    const drafts = ex.run();
    onSentence?.({ doc, sentence: s, tree, drafts, registry, pronounAt: (k) => ex.pronounAt(k) });
    const speaker = startsInQuote ? ex.quoteSpeaker() : undefined;
    if (pending.length && speaker) {
      for (const p of pending) {
        p.drafts = new StatementExtractor(lex, registry, { index: p.s.index, tree: p.tree, startsInQuote: p.startsInQuote, speakerAhead: speaker }, discourse, report).run();
      }
    }
    if (q.open && !ex.hasSpeech()) {
      pending.push({ s, tree, date, startsInQuote, drafts });
      continue;
    }
    flush();
    for (const d of drafts) out.push(toRecord(doc, s, tree, d, registry, date));
  }
  flush();
  return out;
}

function toRecord(doc: Doc, s: Sentence, tree: Tree, d: Draft, registry: Registry, when: SentenceDate): Statement {
  const date = when.date;
  const span = (t?: [number, number]) => (t ? { start: tree.toks[t[0]].start, end: tree.toks[t[1] - 1].end } : undefined);
  const actor = registry.ref(d.actor);
  const target = registry.ref(d.target);
  const quoteSpan = span(d.quote);
  let quote = quoteSpan ? doc.text.slice(quoteSpan.start, quoteSpan.end).replace(/^["“”'‘’\s]+|["“”'‘’\s]+$/g, '') : undefined;
  if (quote === '') quote = undefined;
  const cueSpan = span(d.cue)!;
  return {
    id: statementId(doc.id, d, actor.id, target.id, cueSpan.start),
    doc: doc.id,
    sentence: s.index,
    text: s.text,
    actor,
    type: d.type,
    polarity: POLARITY[d.type],
    target,
    ...(date ? { date } : {}),
    dateSource: date ? 'text' : 'none',
    ...(quote ? { quote } : {}),
    confidence: Math.round(d.confidence * 100) / 100,
    cue: doc.text.slice(cueSpan.start, cueSpan.end),
    source: { path: doc.path, ...(doc.title ? { title: doc.title } : {}), ...(doc.author ? { author: doc.author } : {}), ...(doc.published ? { published: doc.published } : {}) },
    evidence: {
      sentenceSpan: s.span,
      cue: cueSpan,
      ...(d.actorTok ? { actor: span(d.actorTok) } : {}),
      ...(d.targetTok ? { target: span(d.targetTok) } : {}),
      rules: [...new Set([...d.rules, ...(date && when.rule ? [when.rule] : [])])],
      lexicon: d.lexicon,
    },
  };
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
