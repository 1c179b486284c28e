/**
 * Nominal cues
 * A cue noun's performer is its possessor (`nmod:poss`), a by/from phrase or an actor modifier; a light verb
 * (`obj` of "express", "lodge", "issue") lends its subject; a reaction verb ("drew condemnation from Y") makes Y
 * react to the subject (`statements/nominal-…`, `statements/light-verb`, `statements/reaction-from`).
 * Example: "Dupont expressed concern over Ruritania's tests" → Dupont CRITICIZE Ruritania.
 */
import type { ActorHit } from '../actors-at';
import type { CueHit } from '../cues';
import { type Ctx, NEGATIVE, POSITIVE, type Performer } from './context';
import { actorOfCue, performer } from './performer';
import { carryOver } from './targets';

export function nominal(ctx: Ctx, c: CueHit): void {
  const t = ctx.t;
  const e = c.entry;
  const i = c.tok;
  let who: Performer | undefined;
  // "Kim's visit to Russia", "the meeting between X and Y": an event named as a noun is background, not a
  // statement (spec); a meeting or cooperation counts when a verb carries it ("held talks", "pledged cooperation")
  // … but "X's meeting with Y" names the counterpart and so the meeting itself (see the with-frame below)
  // … nor when the noun hangs on another noun ("a downturn in Ruritania's relations with Y"): a state of affairs named
  const eventNoun = (e.type === 'MEET' || e.type === 'COOPERATE') && (!t.kids(i, 'nmod').some((k) => t.caseOf(k) === 'with') || (t.base(i) === 'nmod' && t.head(i) >= 0 && t.upos(t.head(i)) === 'NOUN'));
  for (const k of eventNoun ? [] : t.kids(i, 'nmod:poss')) {
    const hits = ctx.af.actorsOf(k);
    if (hits.length) { who = { hits, rule: 'statements/nominal-possessor' }; break; }
  }
  if (!who && !eventNoun) {
    for (const k of t.kids(i, 'nmod', 'obl')) {
      if (!/^(by|from)$/.test(t.caseOf(k) ?? '')) continue;
      const hits = ctx.af.actorsOf(k);
      if (hits.length) { who = { hits, rule: 'statements/nominal-by' }; break; }
    }
  }
  if (!who && !eventNoun) {
    for (const k of t.kids(i, 'amod', 'compound')) {
      const hits = ctx.af.actorsOf(k);
      if (hits.length) { who = { hits, rule: 'statements/nominal-modifier' }; break; }
    }
  }
  // the verb the noun is the object of, through a partitive ("issued a series of condemnatory statements")
  let obj = i;
  let verb = t.head(i);
  if (verb >= 0 && t.base(i) === 'nmod' && t.caseOf(i) === 'of' && ctx.lex.words.partitive.has(t.lemma(verb)) && t.base(verb) === 'obj') { obj = verb; verb = t.head(verb); }
  const governed = verb >= 0 && (t.base(obj) === 'obj' || t.rel(obj) === 'nsubj:pass') && t.upos(verb) === 'VERB';
  if (governed && t.negated(verb)) { ctx.info(`negated cue "${e.lemma}"`, 'statements/negated', c); return; }
  if (POSITIVE.has(e.type!) && t.hypothetical(governed ? verb : i)) { ctx.info(`"${e.lemma}" is only possible here`, 'statements/hypothetical-positive', c); return; }
  if ((!who || who.rule === 'statements/nominal-by') && governed && ctx.lex.words['reaction-verb'].has(t.lemma(verb))) {
    // "X tested a missile, prompting condemnation from Y", "X's test drew condemnation from Y": Y reacts
    // to X (the from-phrase may hang on the noun or on the verb)
    const from = who?.hits ?? t.kids(verb, 'obl').filter((k) => /^(by|from)$/.test(t.caseOf(k) ?? '')).flatMap((k) => ctx.af.actorsOf(k));
    // (the subject may be the act rather than its actor: "Ruritania's test drew …" reacts to Ruritania)
    const inSubject = t.kids(verb, 'nsubj').flatMap((k) => ctx.af.actorsIn(k, new Set(from.map((h) => h.key))));
    const subject = performer(ctx, verb) ?? (inSubject.length ? { hits: inSubject, rule: 'statements/subject-nsubj' } : undefined);
    if (from.length && subject?.hits.length) {
      for (const a of from) for (const b of subject.hits) ctx.emit(c, a, b, e.type!, ['statements/reaction-from', subject.rule, a.rule], 0.7);
      return;
    }
  }
  if (!who && governed && lightVerb(ctx, t.lemma(verb))) {
    // light verb: "expressed concern", "lodged a protest", "issued a warning", "held talks"
    // (inside what someone said, the speaker's own state is the speaker: "Seoul will strengthen cooperation with
    // Y", said by a ministry's representative, is the ministry's pledge, as for a cue verb)
    const p = actorOfCue(ctx, { ...c, tok: verb });
    if (p?.hits.length) who = { hits: p.hits, rule: `statements/light-verb ${p.rule}` };
    // "Ruritania and Osterlich exchanged accusations": each toward the other
    if (p && p.hits.length > 1 && ctx.lex.words['reciprocal-verb'].has(t.lemma(verb))) {
      for (const a of p.hits) for (const b of p.hits) if (a.key !== b.key) ctx.emit(c, a, b, e.type!, ['statements/light-verb', 'statements/reciprocal', p.rule], 0.7);
      return;
    }
  }
  if (!who?.hits.length) return;
  const exclude = new Set(who.hits.map((h) => h.key));
  let hits: ActorHit[] = [];
  let rule = '';
  for (const slot of e.frames) {
    if (slot === 'joint' || slot === 'clause' || slot === 'none' || slot === 'ccomp') continue;
    const toks = slot === 'obj'
      ? t.kids(i, 'nmod').filter((k) => t.caseOf(k) === 'of')
      : t.kids(i, 'nmod', 'obl', 'acl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot);
    // the light verb may carry the prepositional phrase: "expressed concern to Ruritania over X"
    const h = t.head(i);
    if (h >= 0 && t.base(i) === 'obj') toks.push(...t.kids(h, 'obl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot));
    hits = toks.flatMap((k) => ctx.af.actorsIn(k, exclude));
    if (hits.length) { rule = `statements/target-${slot.replace(/\s+/g, '-')}`; break; }
  }
  if (!hits.length && governed && obj === i && lightVerb(ctx, t.lemma(verb))) {
    // a support verb with a frame of its own points the noun at its target: "aimed his criticism at
    // Ruritania", "directed its anger against Osterlich" (the lexicon's light VERB frames beyond obj)
    for (const slot of lightFrames(ctx, t.lemma(verb))) {
      hits = t.kids(verb, 'obl').filter((k) => (t.caseOf(k) ?? '').split(' ')[0] === slot).flatMap((k) => ctx.af.actorsIn(k, exclude));
      if (hits.length) { rule = `statements/light-verb-target-${slot}`; break; }
    }
  }
  if (!hits.length && who.hits.length > 1 && (e.type === 'MEET' || e.type === 'COOPERATE' || e.frames.includes('joint'))) {
    // "Ruritania and Osterlich held talks": each toward the other
    for (const a of who.hits) for (const b of who.hits) if (a.key !== b.key) ctx.emit(c, a, b, e.type!, [who.rule, 'statements/joint-actors'], 0.7);
    return;
  }
  if (!hits.length && who.rule.startsWith('statements/light-verb') && e.type && NEGATIVE.has(e.type) && !ctx.regionOf(i)) {
    // "Despite the deal between A and B, Ruritania issued condemnatory statements": a reproach with no target
    // of its own, in the author's voice, is about the other actors the sentence names before it, outside the verb's phrase
    // (`statements/targets-in-sentence`; not inside what someone said, where they would be only mentioned)
    hits = ctx.af.actorsInTokens([...Array(t.n).keys()].filter((k) => !t.inQuote[k]), exclude)
      .filter((h) => h.tok[0] < i && !ctx.t.ancestors(h.tok[0]).includes(verb));
    rule = 'statements/targets-in-sentence';
  }
  if (!hits.length && who.rule.startsWith('statements/light-verb')) {
    // "Seoul will issue a strong warning": the warning is about whom the paragraph is about
    const r = ctx.regionOf(i);
    hits = carryOver(ctx, exclude, e, !!r && !who.hits.some((h) => r.speaker.includes(h.key)));
    rule = 'statements/targets-from-context';
  }
  if (!hits.length) return;
  // "may impose sanctions on X": a possible sanction through a support verb is a threat, as with the verb itself
  const threat = e.type === 'SANCTION' && who.rule.startsWith('statements/light-verb') && t.hypothetical(verb);
  const type = threat ? 'WARN' : e.type!;
  for (const a of who.hits) for (const b of hits) if (a.key !== b.key) ctx.emit(c, a, b, type, [who.rule, rule, ...(threat ? ['statements/hypothetical'] : []), b.rule], 0.7);
}

/** A verb that carries a cue noun as its object: the lexicon's light verbs ("express", "lodge", "issue"). */
export function lightVerb(ctx: Ctx, lemma: string): boolean {
  return (ctx.lex.cues.get(lemma) ?? []).some((x) => x.cls === 'light' && x.upos === 'VERB');
}

/** The prepositional frames of a light verb (beyond its object): "aim" at/against. */
function lightFrames(ctx: Ctx, lemma: string): string[] {
  return (ctx.lex.cues.get(lemma) ?? []).filter((x) => x.cls === 'light' && x.upos === 'VERB').flatMap((x) => x.frames).filter((f) => f !== 'obj');
}
