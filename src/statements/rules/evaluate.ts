/**
 * Evaluations inside what was said
 * An evaluative word in a speech region makes the speaker judge what it is predicated of: its `nsubj`, the
 * agent of a passive, the of-phrase of a judging object noun, the noun it modifies (`amod`), the object of a
 * naming verb, or the actors of its clause (`statements/eval-…`). Negated praise is criticism; irrealis makes
 * criticism WARN; "lack of respect for X" is praise denied (`statements/eval-lack`).
 * Example: '"Ruritania's blockade is illegal," Dupont said.' → Dupont CRITICIZE Ruritania.
 */
import type { ActorHit } from '../actors-at';
import type { CueHit } from '../cues';
import type { StatementType } from '../../types';
import { type Ctx, NEGATIVE } from './context';
import { bodiesOfMembers, judged } from './owners';
import { carryOver } from './targets';

/**
 * "showed a lack of respect for Ruritania": a positive noun under "lack of" / "absence of" is praise denied,
 * judged like a negated evaluative word at "lack" (`statements/eval-lack`). Returns whether it was read so.
 */
export function lacked(ctx: Ctx, c: CueHit): boolean {
  const t = ctx.t;
  const i = c.tok;
  const h = t.head(i);
  if (h < 0 || t.upos(i) !== 'NOUN' || !c.entry.type || NEGATIVE.has(c.entry.type) || t.base(i) !== 'nmod' || t.caseOf(i) !== 'of') return false;
  if (!ctx.lex.words['lack-noun'].has(t.lemma(h))) return false;
  evaluate(ctx, { ...c, tok: h }, true);
  return true;
}

export function evaluate(ctx: Ctx, c: CueHit, lack = false): void {
  const t = ctx.t;
  const e = c.entry;
  const i = c.tok;
  // "allies", "partners", "cooperation" inside what was said describe, they do not act
  if (e.type === 'COOPERATE' || e.type === 'MEET') return;
  const r = ctx.regionOf(i);
  if (!r) return; // the author's own voice is no statement
  const negated = lack || t.negated(i) || (t.base(i) !== 'root' && t.negated(t.head(i)) && t.base(i) === 'xcomp');
  // praise denied is criticism ("it can no longer be justified", "the response was not fair"); a denied
  // reproach is no statement ("not illegal" does not praise)
  if (negated && e.type !== 'SUPPORT') { ctx.info(`negated evaluation "${e.lemma}"`, 'statements/negated', c); return; }
  let type: StatementType = negated ? 'CRITICIZE' : e.type!;
  // "noted that the pact between X and Y could undermine Z's strategy": an evaluative verb under "could", "may"
  // or "might" with a thing as its subject is a possibility the speaker weighs, an assessment (COMMENT) rather than a judgement or a warning
  // ("would undermine", "will undermine" still warn); the dev gold marks analysts' "could …" so. What an actor
  // named as the subject could do is still a warning about that actor ("Novak could drag us into war").
  if (t.upos(i) === 'VERB' && t.kids(i, 'aux').some((k) => /^(could|may|might)$/.test(t.lower(k)))
    && !t.kids(i, 'nsubj').some((k) => ctx.af.actorsOf(k).length)) {
    ctx.info(`"${e.lemma}" is only possible here ("could", "may", "might"): an assessment`, 'statements/possible-eval', c);
    return;
  }
  // a speaker does not judge their own side ("our forces destroyed the platform")
  const exclude = ctx.speakerSide(r);
  let hits: ActorHit[] = [];
  let rule = '';
  // "provoked by X": the agent is judged
  if (e.frames.includes('agent')) {
    const agent = [...t.kids(i, 'obl:agent'), ...t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by')];
    hits = agent.flatMap((k) => ctx.af.actorsIn(k, exclude));
    rule = 'statements/eval-agent';
  }
  if (!hits.length && t.upos(i) === 'NOUN' && t.base(i) === 'obj' && NEGATIVE.has(type)) {
    // "… demonstrates the bankruptcy of Ruritania's policy": a judging noun that is an object judges what its
    // of-phrase names, not the subject of its verb
    hits = t.kids(i, 'nmod').filter((k) => t.caseOf(k) === 'of').flatMap((k) => judged(ctx, k, exclude));
    rule = 'statements/eval-of-object';
  }
  if (!hits.length) {
    // predicated of a subject: "the deal is illegal", "X violated the treaty", and through the verb the
    // word completes: "X is moving in the right direction", "X poses a serious threat"
    let subj = [...t.kids(i, 'nsubj'), ...t.kids(i, 'csubj')];
    if (!subj.length && /^(obl|obj|xcomp|advmod)$/.test(t.base(i)) && t.head(i) >= 0) subj = t.kids(t.head(i), 'nsubj');
    // "it was wrong to put Ruritania under the embargo": an "it" that a clause after the word stands for is no actor
    if (extraposed(ctx, i)) subj = subj.filter((k) => t.lower(k) !== 'it');
    hits = subj.flatMap((k) => judged(ctx, k, exclude));
    rule = 'statements/eval-subject';
  }
  if (!hits.length) {
    // "he is a very bright and talented man": a word that modifies a predicate noun (one with a copula)
    // says it of the noun's subject (`statements/eval-predicate-noun`); "bright and talented" share it
    let a = i;
    while (t.base(a) === 'conj' && t.head(a) >= 0) a = t.head(a);
    const h = t.head(a);
    if (t.base(a) === 'amod' && h >= 0 && t.upos(h) === 'NOUN' && t.kids(h, 'cop').length) {
      hits = t.kids(h, 'nsubj').flatMap((k) => judged(ctx, k, exclude));
      rule = 'statements/eval-predicate-noun';
    }
  }
  // praise is said of someone ("X is a talented man", "called X constructive"); a positive word that only
  // modifies a noun ("a historic election", "fair access") describes a thing
  const positive = !NEGATIVE.has(type);
  if (!hits.length && t.base(i) === 'amod' && !positive) {
    // "an illegal arms deal between X and Y"
    hits = judged(ctx, t.head(i), exclude);
    rule = 'statements/eval-modified-noun';
  }
  if (!hits.length && (t.base(i) === 'xcomp' || t.base(i) === 'obl')) {
    // "called the rebate unjustified"
    const h = t.head(i);
    hits = t.kids(h, 'obj').flatMap((k) => judged(ctx, k, exclude));
    rule = 'statements/eval-named-object';
  }
  if (!hits.length && !positive) {
    for (const slot of e.frames) {
      if (/^(clause|none|ccomp|joint|obj|agent)$/.test(slot)) continue;
      hits = t.kids(i, 'nmod', 'obl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot).flatMap((k) => ctx.af.actorsIn(k, exclude));
      if (hits.length) { rule = `statements/eval-${slot}`; break; }
    }
  }
  // (the object of an evaluative verb is its victim, not who is judged: "X threatens Y" judges X)
  if (!hits.length && NEGATIVE.has(type)) {
    // the actors of the clause the word sits in (negative judgements only: praise words describe more than they judge)
    const clause = clauseOf(ctx, i);
    // … but not its victims: the object and oblique phrases of an evaluative verb ("X and Y destabilizing
    // Ruritania" judges X and Y, not Ruritania; "crossing the line between A and B")
    // (nor a verb coordinated with it, a clause of its own: "actions that exacerbate their isolation and [the
    // parse: that] abide by the Council's resolutions")
    const victims = new Set(t.upos(i) === 'VERB' ? [...t.kids(i, 'obj', 'iobj', 'obl').filter((k) => t.caseOf(k) !== 'by'), ...t.kids(i, 'conj').filter((k) => t.upos(k) === 'VERB')].flatMap((k) => t.subtree(k)) : []);
    // … nor the body a judged member belongs to ("a member of the Council is waging war")
    const bodies = bodiesOfMembers(ctx, t.phrase(clause));
    hits = ctx.af.actorsInTokens(t.phrase(clause).filter((k) => !victims.has(k) && !bodies.has(k) && !(extraposed(ctx, i) && t.lower(k) === 'it' && t.base(k) === 'nsubj')), exclude);
    rule = 'statements/eval-clause';
  }
  if (!hits.length) {
    // a judging word that is a predicate ("it was wrong to …", "is waging war") judges whom the text is about;
    // a modifier or a noun ("a damaging effect", "the failure of coercion") judges the thing it names
    hits = carryOver(ctx, exclude, e, false, !predicate(ctx, i));
    rule = 'statements/targets-from-context';
  }
  if (!hits.length) return;
  const rules = [r.rule, ...(r.speakerRules ?? []), rule];
  if (negated) rules.push(lack ? 'statements/eval-lack' : 'statements/negated-praise');
  // what the judged would do is a warning ("X could drag us into war"); a judgement of a prospect is still a
  // judgement ("the move would be profoundly wrong", "could be a serious challenge"): only verbs turn to WARN
  if (NEGATIVE.has(type) && type !== 'REJECT' && type !== 'DEMAND' && (t.upos(i) === 'VERB' || e.upos === 'PHRASE') && t.irrealis(i)) { type = 'WARN'; rules.push('statements/hypothetical'); }
  const speaker = r.speaker.map((key) => ({ key, tok: r.speakerTok ?? [0, 0] as [number, number], rule: 'statements/speaker' }));
  for (const a of speaker) for (const b of hits) ctx.emit(c, a, b, type, [...rules, b.rule], 0.65, r);
  r.produced = true;
}

/** The word at `i` heads a predicate: a verb, or a word with a subject or copula of its own. */
export function predicate(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  // (a participle before its noun is a modifier, alone or coordinated: "a distorting and damaging effect")
  const modifier = (k: number) => t.base(k) === 'amod' || t.base(k) === 'nmod';
  if (modifier(i) || (t.base(i) === 'conj' && modifier(t.head(i)))) return false;
  return t.upos(i) === 'VERB' || t.kids(i, 'nsubj', 'cop', 'csubj').length > 0;
}

/** The word at `i` has a clause after it that its "it" subject stands for ("it was wrong to …", "it is clear that …"). */
export function extraposed(ctx: Ctx, i: number): boolean {
  return ctx.t.kids(i, 'csubj', 'xcomp', 'ccomp').some((k) => k > i);
}

export function clauseOf(ctx: Ctx, i: number): number {
  const t = ctx.t;
  let k = i;
  for (let g = 0; g < 8; g++) {
    const h = t.head(k);
    if (h < 0 || t.isClausal(k) || t.base(k) === 'root') return k;
    if (t.upos(k) === 'VERB' && t.kids(k, 'nsubj').length) return k;
    k = h;
  }
  return k;
}
