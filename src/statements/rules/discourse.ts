/**
 * Discourse memory
 * What a sentence leaves for the next: the last person and thing that acted or spoke (for "he", "it"),
 * the last group of joint performers (for "they"), the targets of the last negative statement, and whose the
 * things named are.
 * Example: "Dupont met Novak. He praised …" → "he" is Dupont, the subject (`nsubj`) of the sentence before.
 */
import { type Ctx, NEGATIVE } from './context';
import { learnOwners } from './owners';

export function remember(ctx: Ctx): void {
  for (const dr of ctx.drafts) {
    const e = ctx.registry.entities.get(dr.actor);
    if (e?.kind === 'person') ctx.d.lastPerson = dr.actor;
    else if (e) ctx.d.lastThing = dr.actor;
  }
  const neg = ctx.drafts.filter((x) => NEGATIVE.has(x.type));
  if (neg.length) ctx.d.negTargets = [...new Set(neg.map((x) => x.target))];
  ctx.d.salient ??= new Map();
  for (const x of neg) if (!x.rules.includes('statements/target-carried')) ctx.d.salient.set(x.target, (ctx.d.salient.get(x.target) ?? 0) + 1);
  const byCue = new Map<number, Set<string>>();
  for (const dr of ctx.drafts) {
    const set = byCue.get(dr.cue[0]) ?? new Set();
    set.add(dr.actor);
    byCue.set(dr.cue[0], set);
  }
  for (const set of byCue.values()) if (set.size > 1) ctx.d.lastGroup = [...set];
  // two actors named together ("Ruritania and Osterlich", "between X and Y") are who "the two sides" are
  for (let k = 0; k < ctx.t.n; k++) {
    if (ctx.t.base(k) !== 'conj') continue;
    const a = ctx.t.mentionAt[ctx.t.head(k)];
    const b = ctx.t.mentionAt[k];
    if (a?.entity && b?.entity && a.entity !== b.entity && a.kind !== 'pronoun' && b.kind !== 'pronoun' && !a.affiliationOnly && !b.affiliationOnly) ctx.d.lastGroup = [a.entity, b.entity];
  }
  learnOwners(ctx);
  // a sentence's subject is salient for "he" even when it made no statement; so is the possessor of a
  // subject that names no one ("Dupont's trip is …" → "He will …"): subjects and their possessors outrank
  // objects and later mentions, and the subject of the main clause outranks those of clauses inside it
  // ("he rose to Novak's defense, saying Novak should …" → "he" stays the one who rose)
  let best: { key: string; depth: number } | undefined;
  for (let i = 0; i < ctx.t.n; i++) {
    if (ctx.t.base(i) !== 'nsubj') continue;
    let key: string | undefined;
    const m = ctx.t.mentionAt[i];
    if (m?.kind === 'pronoun') {
      if (m.pronoun?.person === 3 && m.pronoun.human && !m.pronoun.plural) { const r = ctx.resolvePronoun(m, i); if (r?.length === 1) key = r[0]; }
    } else if (m?.entity) key = m.entity;
    else {
      const poss = ctx.t.kids(i, 'nmod:poss').map((k) => ctx.t.mentionAt[k]).find((x) => x?.entity && x.kind !== 'pronoun');
      key = poss?.entity;
    }
    if (!key || ctx.registry.entities.get(key)?.kind !== 'person') continue;
    const depth = ctx.t.ancestors(i).length;
    if (!best || depth < best.depth) best = { key, depth };
  }
  if (best) ctx.d.lastPerson = best.key;
}
