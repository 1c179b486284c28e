/**
 * Owners and possessors
 * Whose a thing is: the possessor (`nmod:poss`) or an actor modifier (`amod`, `compound`) of a noun, remembered
 * across sentences (`statements/target-owner`, `statements/target-possessor`).
 * Example: "Ruritania's embargo on Osterlich …. Novak called for the embargo to be lifted." → DEMAND Ruritania.
 */
import type { ActorHit } from '../actors-at';
import { type Ctx } from './context';

/** Remembers whose the things named here are (`Discourse.owners`). */
export function learnOwners(ctx: Ctx): void {
  const t = ctx.t;
  const owners = (ctx.d.owners ??= new Map());
  for (let k = 0; k < t.n; k++) {
    if (t.upos(k) !== 'NOUN') continue;
    // "Ruritania's ban", "the Ruritanian ban", "Ruritania ban" (not a pronoun: "its ban" says too little)
    for (const p of [...possessors(ctx, k), ...t.kids(k, 'amod', 'compound')]) {
      if (t.mentionAt[p]?.kind === 'pronoun') continue;
      const hits = ctx.af.actorsOf(p);
      if (hits.length) { owners.set(t.lemma(k), hits.map((h) => h.key)); break; }
    }
  }
  // who imposed a sanction owns it: the nouns of the cue ("imposed sanctions", "the embargo") and the cue verb's object
  for (const dr of ctx.drafts) {
    if (dr.type !== 'SANCTION') continue;
    const keys = [...new Set(ctx.drafts.filter((x) => x.type === 'SANCTION' && x.cue[0] === dr.cue[0]).map((x) => x.actor))];
    owners.set('type:SANCTION', keys);
    const words = [...Array(dr.cue[1] - dr.cue[0]).keys()].map((k) => k + dr.cue[0]);
    for (const k of [...words, ...words.flatMap((w) => (t.upos(w) === 'VERB' ? t.kids(w, 'obj') : []))]) if (t.upos(k) === 'NOUN') owners.set(t.lemma(k), keys);
  }
}

/**
 * The owner of a definite thing named in the phrases `toks` when no actor is named there
 * (`statements/target-owner`): "called for the embargo to be lifted" after "Ruritania's embargo on
 * Osterlich" targets Ruritania; a sanction noun ("the ban", "the sanctions") with no owner named before
 * under its own lemma belongs to whoever last imposed a sanction named by a noun.
 */
export function ownerTargets(ctx: Ctx, toks: number[], exclude: Set<string>): ActorHit[] {
  const t = ctx.t;
  const owners = ctx.d.owners;
  if (!owners?.size) return [];
  // a clause in the slot ("called for the embargo to be lifted", "opposed to ending the ban"): its subject and object
  const heads = toks.flatMap((k) => (t.upos(k) === 'VERB' ? t.kids(k, 'nsubj', 'obj') : [k]));
  for (const k of heads) {
    for (const n of t.nounPhrase(k)) {
      if (t.upos(n) !== 'NOUN' || t.kids(n, 'nmod:poss').length) continue;
      if (!t.kids(n, 'det').some((x) => /^(the|this|that|these|those)$/.test(t.lower(x)))) continue;
      const sanction = (ctx.lex.cues.get(t.lemma(n)) ?? []).some((x) => x.upos === 'NOUN' && x.type === 'SANCTION');
      const keys = owners.get(t.lemma(n)) ?? (sanction ? owners.get('type:SANCTION') : undefined);
      const hits = (keys ?? []).filter((key) => !exclude.has(key)).map((key) => ({ key, tok: [n, n + 1] as [number, number], rule: 'statements/target-owner' }));
      if (hits.length) return hits;
    }
  }
  return [];
}

/** Possessors of the noun at `k`: on it or on a word of its premodifiers ("the UK's pounds 3bn rebate"). */
export function possessors(ctx: Ctx, k: number): number[] {
  const t = ctx.t;
  return t.subtree(k).filter((p) => {
    if (p >= k || t.rel(p) !== 'nmod:poss') return false;
    const up = t.ancestors(p);
    return up.slice(0, up.indexOf(k)).every((a) => a < k);
  });
}

/**
 * The actors a judged phrase stands for: the possessor of a judged thing when it is an actor ("called
 * Ruritania's rebate from the union unjustified" judges Ruritania, not the union: `statements/target-possessor`),
 * else every actor in the phrase.
 */
export function judged(ctx: Ctx, k: number, exclude: Set<string>): ActorHit[] {
  const t = ctx.t;
  if (t.upos(k) === 'NOUN') {
    // a possessor before the noun, on it or on a word of its premodifiers ("the UK's pounds 3bn rebate")
    const poss = possessors(ctx, k).flatMap((p) => ctx.af.actorsOf(p)).filter((h) => !exclude.has(h.key));
    if (poss.length) return poss.map((h) => ({ ...h, rule: 'statements/target-possessor' }));
  }
  // "a permanent member of the Council is waging war": the member is judged, not the body it belongs to
  if (t.upos(k) === 'NOUN' && MEMBERSHIP.has(t.lemma(k)) && t.kids(k, 'nmod').some((x) => t.caseOf(x) === 'of')) {
    return ctx.af.actorsOf(k).filter((h) => !exclude.has(h.key));
  }
  return ctx.af.actorsIn(k, exclude);
}

/** Nouns for one member of a body ("a member of X", "one of the signatories of X" is left to the parse). */
export const MEMBERSHIP = new Set(['member', 'signatory', 'participant']);

/** The tokens of "of"-phrases of membership nouns in `toks` ("a member of the Council": the Council's words). */
export function bodiesOfMembers(ctx: Ctx, toks: number[]): Set<number> {
  const t = ctx.t;
  const out = new Set<number>();
  for (const k of toks) {
    if (t.upos(k) !== 'NOUN' || !MEMBERSHIP.has(t.lemma(k))) continue;
    for (const x of t.kids(k, 'nmod')) if (t.caseOf(x) === 'of') for (const y of t.subtree(x)) out.add(y);
  }
  return out;
}
