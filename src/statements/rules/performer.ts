/**
 * Performers
 * Who performs a verb: its `nsubj`, the `obl:agent` of a passive, the controller of an `xcomp`, the first of
 * coordinated verbs (`conj`), the noun an `acl:relcl` modifies, the subject of the clause a participle
 * (`advcl`, `acl`) hangs from (`statements/subject-…`).
 * Example: "Dupont left, accusing Ruritania of lying" → Dupont performs "accusing".
 */
import type { ActorHit } from '../actors-at';
import type { CueHit } from '../cues';
import { type Ctx, type Performer } from './context';

/** Who performs the verb (or predicate) at `i`. */
export function performer(ctx: Ctx, i: number, depth = 0): Performer | undefined {
  const t = ctx.t;
  if (depth > 6 || i < 0) return undefined;
  // passive: "was condemned by X"
  if (t.passive(i)) {
    const agent = [...t.kids(i, 'obl:agent'), ...t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by')];
    for (const a of agent) {
      const hits = ctx.af.actorsOf(a);
      if (hits.length) return { hits, rule: 'statements/subject-passive-agent' };
    }
  } else {
    // two subjects are a parse of "U.S. presidential nominee Jane Doe said": the one nearest the verb is it
    const subjects = t.kids(i, 'nsubj').sort((a, b) => Math.abs(i - a) - Math.abs(i - b));
    for (const sub of subjects) {
      const hits = ctx.af.actorsOf(sub);
      if (hits.length) return { hits, rule: 'statements/subject-nsubj' };
    }
    // "a motion, signed by 98 MPs, urged …": a text that speaks has the authors its participle names
    for (const sub of subjects) {
      const hits = authorsOf(ctx, sub);
      if (hits.length) return { hits, rule: 'statements/subject-text-author' };
    }
    if (subjects.length) return undefined; // a subject that is no actor ("experts warned")
  }
  const h = t.head(i);
  if (h < 0) return undefined;
  const rel = t.rel(i);
  const base = t.base(i);
  if (base === 'xcomp') {
    // object control: "urged X to condemn" → X; subject control: "vowed to avenge" → the subject
    for (const o of t.kids(h, 'obj', 'iobj')) {
      const hits = ctx.af.actorsOf(o);
      if (hits.length) return { hits, rule: 'statements/subject-xcomp-object' };
    }
    const p = performer(ctx, h, depth + 1);
    return p && { ...p, rule: 'statements/subject-xcomp' };
  }
  if (base === 'conj') {
    // "forecast that X would rebound and praised Y": a verb the parser coordinated inside a clause
    // may belong to the clause's governor
    const p = performer(ctx, h, depth + 1) ?? (t.isClausal(h) ? performer(ctx, t.head(h), depth + 2) : undefined);
    return p && { ...p, rule: 'statements/subject-conj' };
  }
  if (rel === 'acl:relcl') {
    const hits = ctx.af.actorsOf(h);
    return hits.length ? { hits, rule: 'statements/subject-relcl' } : undefined;
  }
  if (base === 'acl' && i > h && t.upos(h) === 'NOUN' && !t.kids(h, 'cop').length) {
    // "X, the minister of Y, a member of Z, said …" parsed with the last apposition as X's predicate (no copula)
    // and the verb hanging from it: the predicate's subject speaks
    for (const sub of t.kids(h, 'nsubj').filter((k) => k < h)) {
      const hits = ctx.af.actorsOf(sub);
      if (hits.length) return { hits, rule: 'statements/subject-apposition-predicate' };
    }
  }
  if (base === 'advcl' || base === 'acl') {
    // "…, accusing X of…", "issued a statement criticizing X", "met Y to discuss"
    const verb = base === 'acl' ? clauseHead(ctx, h) : h;
    if (verb === undefined) return undefined;
    const p = performer(ctx, verb, depth + 1);
    return p && { ...p, rule: 'statements/subject-participle' };
  }
  return undefined;
}

/** The performer of a cue, with "we"/"I"/no subject inside reported speech taken as the speaker. */
export function actorOfCue(ctx: Ctx, c: CueHit): Performer | undefined {
  const p = performer(ctx, c.tok);
  const r = ctx.regionOf(c.tok);
  if (p?.hits.length && r && p.hits.every((h) => ctx.speakerSide(r).has(h.key))) {
    // "Ruritania will not stand by", said by Ruritania's minister: the speaker speaks for their state
    return { hits: r.speaker.map((key) => ({ key, tok: r.speakerTok ?? [0, 0], rule: 'statements/speaker' })), rule: 'statements/speaker-own-side' };
  }
  return p?.hits.length ? p : undefined;
}

/** The verb a nominal hangs from (for "issued a statement condemning X"). */
export function clauseHead(ctx: Ctx, i: number): number | undefined {
  const t = ctx.t;
  let k = i;
  for (let g = 0; g < 4 && k >= 0; g++) {
    if (t.upos(k) === 'VERB' || t.upos(k) === 'AUX') return k;
    k = t.head(k);
  }
  return undefined;
}

/**
 * The authors of the text at `i`, named by an authorship participle's by-phrase ("a motion signed by X"): any
 * other participle with a by-phrase names someone who acted on the text, not its author.
 */
function authorsOf(ctx: Ctx, i: number): ActorHit[] {
  const t = ctx.t;
  if (t.upos(i) !== 'NOUN') return [];
  for (const a of t.kids(i, 'acl')) {
    if (t.upos(a) !== 'VERB' || !ctx.lex.words['authorship-verb'].has(t.lemma(a))) continue;
    const hits = t.kids(a, 'obl:agent', 'obl').filter((k) => t.caseOf(k) === 'by').flatMap((k) => ctx.af.actorsOf(k));
    if (hits.length) return hits;
  }
  return [];
}
