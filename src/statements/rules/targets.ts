/**
 * Targets
 * The targets of a cue from its lexicon frame: the object (`obj`, or the passive `nsubj`), prepositional phrases
 * (`obl`/`nmod` with their `case`), the subject of a complement clause, a by-phrase of the object, the owner of a
 * thing named, or the paragraph's last targets (`statements/targets-from-context`).
 * Example: "Novak lashed out at Ruritania" (`obl` with "at" under the particle) → target Ruritania.
 */
import type { ActorHit } from '../actors-at';
import type { CueEntry } from '../../lexicon/types';
import { type Ctx, NEGATIVE } from './context';
import { ownerTargets } from './owners';

/** Targets of a cue at `i` by its frame slots, in the lexicon's order. */
export function frameTargets(ctx: Ctx, i: number, e: CueEntry, exclude: Set<string>): { hits: ActorHit[]; rule: string } {
  const t = ctx.t;
  for (const slot of e.frames) {
    let rule = `statements/target-${slot.replace(/\s+/g, '-')}`;
    if (slot === 'obj' && t.passive(i)) rule = 'statements/target-passive-subject';
    if (slot === 'clause' || slot === 'none' || slot === 'ccomp' || slot === 'joint') continue;
    const toks = slotOf(ctx, i, slot);
    // a verb phrase with its object inside ("take measures against X"): the object's phrase holds the slot
    if (!toks.length && e.upos === 'PHRASE' && slot !== 'obj' && slot !== 'agent') {
      for (const o of t.kids(i, 'obj')) toks.push(...t.kids(o, 'nmod').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot));
    }
    // "criticized the arms deal | between X and Y": a phrase of the object the parser hung on the verb
    // (not when the object is itself an actor: "warned Ruritania of stronger Norwegian measures" warns Ruritania,
    // and the of-phrase is the warning's content, whoever it names)
    if (slot === 'obj' && toks.length && !t.passive(i) && !toks.some((k) => ctx.af.actorsIn(k, exclude).length)) {
      const last = Math.max(...toks.flatMap((k) => t.subtree(k)));
      toks.push(...t.kids(i, 'obl').filter((k) => /^(between|of|from|against|on)$/.test(t.caseOf(k) ?? '') && t.subtree(k)[0] === last + 1));
    }
    // "warned Ruritania of stronger Norwegian measures" with the of-phrase hung on the named object: a phrase
    // of the cue's own frame under an object that is an actor is the cue's slot (the warning's content), not
    // part of the target's name
    const own = (k: number) => (slot === 'obj' && ctx.af.actorsOf(k).length
      ? t.kids(k, 'nmod').filter((x) => e.frames.includes((t.caseOf(x) ?? '').split(' ')[0])).flatMap((x) => t.subtree(x)) : []);
    const hits = toks.flatMap((k) => { const skip = new Set(own(k)); return ownerFirst(ctx, k, ctx.af.actorsIn(k, exclude).filter((h) => !skip.has(h.tok[0]))); });
    if (hits.length) return { hits, rule };
  }
  // "urged that the Community take action", "warned that Ruritania would pay": the subject of the clause
  // "called on Ruritania to stop" parsed with Ruritania as the subject of "stop": the same party urged
  // (not for a denial: "denied that its troops were there" rejects the accuser, not the clause's subject)
  for (const k of e.type === 'REJECT' ? [] : t.kids(i, 'ccomp', 'xcomp')) {
    const hits = t.kids(k, 'nsubj').flatMap((x) => ctx.af.actorsOf(x)).filter((h) => !exclude.has(h.key));
    if (hits.length) return { hits, rule: 'statements/target-clause-subject' };
  }
  // "praised efforts by X", "condemned the attack by X" with the by-phrase hung on the verb
  if (e.frames.includes('obj') && !t.passive(i)) {
    const hits = t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by').flatMap((k) => ctx.af.actorsIn(k, exclude));
    if (hits.length) return { hits, rule: 'statements/target-object-agent' };
  }
  if (e.type && NEGATIVE.has(e.type)) {
    const owned = ownerTargets(ctx, slotTokens(ctx, i, e), exclude);
    if (owned.length) return { hits: owned, rule: 'statements/target-owner' };
  }
  return { hits: [], rule: '' };
}

/**
 * The actors of a phrase `k` that names a thing with an owner: "warned of Novak's policy on Ruritania" is about
 * Novak (the owner), not the topic of the policy (`on`/`about`/`over`/`toward` phrases of the noun); and a sanction
 * of an international body ("supported UN sanctions") is not a statement about the body, whose members decided it.
 * Phrases that name an actor as their head, or things with no actor owner, keep all their actors.
 */
export function ownerFirst(ctx: Ctx, k: number, hits: ActorHit[]): ActorHit[] {
  const t = ctx.t;
  if (!hits.length || t.upos(k) !== 'NOUN' || t.mentionAt[k]) return hits;
  const ownerToks = new Set([...t.kids(k, 'nmod:poss', 'compound', 'amod')].flatMap((x) => t.subtree(x)));
  const within = (h: ActorHit, toks: Set<number>) => [...toks].some((x) => x >= h.tok[0] && x < Math.max(h.tok[1], h.tok[0] + 1));
  const owners = hits.filter((h) => within(h, ownerToks));
  if (!owners.length) return hits;
  const topic = new Set(t.kids(k, 'nmod').filter((x) => /^(on|about|over|toward|towards|regarding)$/.test(t.caseOf(x) ?? '')).flatMap((x) => t.subtree(x)));
  let out = hits.filter((h) => !within(h, topic));
  if ((ctx.lex.cues.get(t.lemma(k)) ?? []).some((x) => x.upos === 'NOUN' && x.type === 'SANCTION')) {
    out = out.filter((h) => !(within(h, ownerToks) && t.mentionAt[h.tok[0]]?.body));
  }
  return out;
}

/** The phrases that fill frame slot `slot` of the cue at `i`. */
export function slotOf(ctx: Ctx, i: number, slot: string): number[] {
  const t = ctx.t;
  if (slot === 'obj') return !t.passive(i) ? t.kids(i, 'obj', 'iobj') : t.rel(i) === 'acl' ? [t.head(i)] : t.kids(i, 'nsubj');
  if (slot === 'agent') return [...t.kids(i, 'obl:agent'), ...t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by')];
  if (slot === 'clause' || slot === 'none' || slot === 'ccomp' || slot === 'joint') return [];
  const toks = t.kids(i, 'obl', 'nmod', 'obj', 'advcl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot);
  // "lashed out at", "pushed back against": the phrase may hang from the particle
  for (const p of t.kids(i, 'compound:prt', 'advmod')) toks.push(...t.kids(p, 'obl', 'nmod').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot));
  // "blamed by X and Y on Z": the parser may hang the verb's phrase on the agent before it; an agent takes no
  // such phrase of the verb's frame
  if (!toks.length && slot !== 'of' && t.passive(i)) {
    const agents = [...t.kids(i, 'obl:agent'), ...t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by')];
    toks.push(...agents.flatMap((a) => t.kids(a, 'nmod')).filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot));
  }
  return toks;
}

/** Every frame slot's phrases of the cue at `i`, in the lexicon's order. */
export function slotTokens(ctx: Ctx, i: number, e: CueEntry): number[] {
  return e.frames.flatMap((slot) => slotOf(ctx, i, slot));
}

export function carryOver(ctx: Ctx, exclude: Set<string>, e: CueEntry, reported = false, ownSlotFilled = false): ActorHit[] {
  if (!e.type || !NEGATIVE.has(e.type)) return [];
  const carried = (keys: string[], rule: string) => keys.filter((k) => !exclude.has(k)).map((key) => ({ key, tok: [0, 0] as [number, number], rule }));
  const para = carried(ctx.d.negTargets ?? [], 'statements/target-carried');
  if (para.length) return para;
  // the document's most frequent target of criticism so far (the article's adversary); not for a third
  // party's act inside what someone said ("Novak believes Ruritania will impose tougher sanctions"): there the
  // speaker forecasts or describes, and the act's target is too far from the text to guess
  if (reported) return [];
  // nor for a cue whose own slot names a thing ("urged an increase", "disputes this", "rejecting criticism of
  // the crackdown", "a damaging effect"): the cue is about that thing, and guessing an actor behind it was
  // wrong more often than right on the dev gold
  if (ownSlotFilled) return [];
  const ranked = [...(ctx.d.salient ?? new Map<string, number>())].filter(([k]) => !exclude.has(k)).sort((a, b) => b[1] - a[1]);
  // (two adversaries criticized equally often, as in a story about two allied states, are both carried)
  if (!ranked.length || ranked[0][1] < 2) return [];
  const top = ranked.filter(([, n]) => n === ranked[0][1]);
  return top.length <= 2 ? carried(top.map(([k]) => k), 'statements/target-carried-document') : [];
}
