/**
 * Readable evidence
 * =================
 *
 * What a person needs to check a statement, derived from the statement record alone (its
 * sentence `text` and the parse-based evidence spans: `sentenceSpan`, `cue`, `actor`, `target`,
 * all offsets into the document):
 *
 *   - `stanceClause`: the clause that carries the stance: from the speaker (when named in the
 *     sentence) or the cue, through the cue and the target, to the end of that phrase (the next
 *     comma, semicolon, colon, dash or bracket after the last of them). Cut around the cue when
 *     still long; "…" marks a cut.
 *   - `ownDate`: the statement's own date, or undefined when the sentence gives none
 *     (`dateSource: "none"`): such a statement is *undated*, never given its article's date.
 *   - `sameStatementKey`: one key for the same statement reported by several documents (same
 *     speaker, type, target and the same quoted words, or the same clause when nothing is quoted).
 */
import type { Span, Statement } from '../types';

export const CLAUSE_DEFAULTS = { maxLength: 220 } as const;

/** A clause of the sentence, with the cue's place inside it (offsets into `text`). */
export interface Clause {
  text: string;
  /** The cue inside `text` (half-open), when it is there. */
  cue?: Span;
  /** True when the clause starts / ends inside the sentence (shown with "…"). */
  cutStart: boolean;
  cutEnd: boolean;
}

const BOUNDARY = /[;:()\u2014\u2013]|,\s|\s-\s/g;

function inside(span: Span | undefined, base: number, length: number): Span | undefined {
  if (!span) return undefined;
  const s = span.start - base;
  const e = span.end - base;
  return s >= 0 && e <= length && e > s ? { start: s, end: e } : undefined;
}

/** The clause of `s.text` that carries the stance (see the file header). */
export function stanceClause(s: Pick<Statement, 'text' | 'evidence'>, maxLength: number = CLAUSE_DEFAULTS.maxLength): Clause {
  const text = s.text ?? '';
  const base = s.evidence?.sentenceSpan?.start ?? 0;
  const cue = inside(s.evidence?.cue, base, text.length);
  if (!cue) {
    const cut = text.length > maxLength;
    return { text: cut ? text.slice(0, text.lastIndexOf(' ', maxLength) > maxLength / 2 ? text.lastIndexOf(' ', maxLength) : maxLength) : text, cutStart: false, cutEnd: cut };
  }
  const actor = inside(s.evidence?.actor, base, text.length);
  const target = inside(s.evidence?.target, base, text.length);
  // Left end: the speaker when named before the cue in this sentence, else the clause boundary before the cue.
  let start: number;
  if (actor && actor.start < cue.start) {
    start = actor.start;
  } else {
    start = 0;
    const before = text.slice(0, Math.min(cue.start, target?.start ?? cue.start));
    for (const m of before.matchAll(BOUNDARY)) start = m.index! + m[0].length;
  }
  // Right end: the boundary after the last of cue and target (speaker after the cue: include it).
  const last = Math.max(cue.end, target?.end ?? 0, actor && actor.start > cue.end ? actor.end : 0);
  BOUNDARY.lastIndex = 0;
  const after = text.slice(last);
  const m = /[;:()\u2014\u2013]|,\s|\s-\s|[.!?](\s|$)/.exec(after);
  let end = m ? last + m.index : text.length;
  // The sentence's own end: keep its final punctuation (and closing quotes).
  if (m && /^[.!?]/.test(m[0]) && /^[.!?]?[\s"”’')\]]*$/.test(text.slice(end + 1))) end = text.length;
  // Too long: keep a window around the cue.
  if (end - start > maxLength) {
    const half = Math.floor(maxLength / 2);
    const from = Math.max(start, Math.min(cue.start - half, end - maxLength));
    start = from === start ? start : text.indexOf(' ', from) + 1 || from;
    end = Math.min(end, start + maxLength);
    if (end < text.length && text[end] !== ' ') end = Math.max(cue.end, text.lastIndexOf(' ', end));
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  end = Math.max(end, start);
  const clause = text.slice(start, end);
  const out: Clause = { text: clause, cutStart: start > 0, cutEnd: !/^[\s.!?"”’']*$/.test(text.slice(end)) };
  if (cue.start >= start && cue.end <= end) out.cue = { start: cue.start - start, end: cue.end - start };
  return out;
}

/** The clause as plain text, "…" at the cuts. */
export function clauseText(s: Pick<Statement, 'text' | 'evidence'>, maxLength?: number): string {
  const c = stanceClause(s, maxLength);
  return `${c.cutStart ? '…' : ''}${c.text}${c.cutEnd ? '…' : ''}`;
}

/** The statement's own date, or undefined when undated (never its article's publication date). */
export function ownDate(s: Pick<Statement, 'date' | 'dateSource'>): string | undefined {
  return s.dateSource === 'none' ? undefined : s.date;
}

const norm = (t: string) => t.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Key shared by the same statement reported in several documents. */
export function sameStatementKey(s: Pick<Statement, 'actor' | 'type' | 'target' | 'quote' | 'text' | 'evidence'>): string {
  const words = s.quote && s.quote.trim().split(/\s+/).length >= 3 ? s.quote : stanceClause(s).text;
  return `${s.actor.id}|${s.type}|${s.target.id}|${norm(words)}`;
}
