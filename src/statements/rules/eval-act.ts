/**
 * Evaluative words that name an act
 * A negative evaluative adjective (`amod`) on the object of a light verb names the act the verb's performer
 * takes, toward the actors of the noun's against/on phrase (`statements/eval-act`): the performer acts, the
 * word does not only judge. An act not yet taken (under "ready to", "will", "would", or an `xcomp`) is WARN.
 * Example: "Dupont was ready to impose retaliatory trade action against Ruritania." → Dupont WARN Ruritania.
 */
import type { CueHit } from '../cues';
import type { StatementType } from '../../types';
import { type Ctx, NEGATIVE } from './context';
import { lightVerb } from './nominal';
import { actorOfCue } from './performer';

/** Reads the cue so; returns whether it did. */
export function evalAct(ctx: Ctx, c: CueHit): boolean {
  const t = ctx.t;
  const e = c.entry;
  const i = c.tok;
  if (!e.type || !NEGATIVE.has(e.type) || t.upos(i) !== 'ADJ' || t.base(i) !== 'amod') return false;
  // ("retaliatory trade action": the word may hang on a compound of the noun)
  let noun = t.head(i);
  while (noun >= 0 && t.base(noun) === 'compound') noun = t.head(noun);
  if (noun < 0 || t.upos(noun) !== 'NOUN' || t.base(noun) !== 'obj') return false;
  const verb = t.head(noun);
  if (verb < 0 || t.upos(verb) !== 'VERB' || !lightVerb(ctx, t.lemma(verb)) || t.negated(verb)) return false;
  const toks = [...t.kids(noun, 'nmod'), ...t.kids(verb, 'obl')].filter((k) => /^(against|on)$/.test(t.caseOf(k) ?? ''));
  const who = actorOfCue(ctx, { ...c, tok: verb });
  if (!who?.hits.length) return false;
  const exclude = new Set(who.hits.map((h) => h.key));
  const hits = toks.flatMap((k) => ctx.af.actorsIn(k, exclude));
  if (!hits.length) return false;
  const intended = t.base(verb) === 'xcomp' || t.irrealis(verb) || t.hypothetical(verb) || t.kids(verb, 'aux').some((k) => t.lemma(k) === 'will');
  const type: StatementType = intended ? 'WARN' : e.type;
  for (const a of who.hits) for (const b of hits) ctx.emit(c, a, b, type, [who.rule, ...who.hits.map((h) => h.rule), 'statements/eval-act', b.rule], 0.7);
  return true;
}
