/**
 * Acts
 * A cue verb's performer acts on the actors of its frame slots (`statements/target-…`); coordinated subjects of a
 * joint verb act on each other (`statements/joint-actors`); criticism answered is REJECT (`statements/target-critic`).
 * Example: "Dupont condemned Ruritania" (`obj`) → Dupont CRITICIZE Ruritania.
 */
import type { ActorHit } from '../actors-at';
import type { CueHit } from '../cues';
import type { CueEntry } from '../../lexicon/types';
import type { StatementType } from '../../types';
import { type Ctx, NEGATIVE, POSITIVE } from './context';
import { actorOfCue } from './performer';
import { carryOver, frameTargets, slotOf, slotTokens } from './targets';

export function act(ctx: Ctx, c: CueHit): void {
  const t = ctx.t;
  const e = c.entry;
  const i = c.tok;
  if (t.negated(i)) { ctx.info(`negated cue "${e.lemma}"`, 'statements/negated', c); return; }
  if (POSITIVE.has(e.type!) && t.hypothetical(i)) {
    // "it would open the door for X to support Y": a possible act is no act
    ctx.info(`"${e.lemma}" is only possible here ("would", "could", "if")`, 'statements/hypothetical-positive', c);
    return;
  }
  if (t.kids(i, 'mark').some((k) => /^(if|unless)$/.test(t.lower(k)))) {
    // "… cannot move forward if we cut ourselves off from Y": the condition of a conditional is supposed, not
    // done nor threatened (a threat is the main clause: "we will impose sanctions if …")
    ctx.info(`"${e.lemma}" is the condition of a conditional`, 'statements/condition', c);
    return;
  }
  const who = actorOfCue(ctx, c);
  if (!who?.hits.length) { ctx.info(`no actor performs "${e.lemma}"`, 'statements/no-actor', c); return; }
  if (demanded(ctx, i, e.type!, who.rule)) {
    // "called on the government to block X's visit", "urged the government to coordinate action with Y": the act
    // is what the DEMAND asks for, not done; the demander does not perform it, and a good turn asked of someone
    // is not done by them either (the DEMAND cue gives the statement)
    ctx.info(`"${e.lemma}" is the act a demand asks for`, 'statements/demanded-act', c);
    return;
  }
  const exclude = new Set(who.hits.map((h) => h.key));
  const critics = criticsAnswered(ctx, i, e, exclude);
  let targets = critics.length ? { hits: critics, rule: 'statements/target-critic' } : frameTargets(ctx, i, e, exclude);
  const rules = [who.rule, ...who.hits.map((h) => h.rule)];
  // "X said Y condemned Z": Y's act, as X reports it
  const region = ctx.regionOf(i);
  const reported = !!region && !who.hits.some((h) => region.speaker.includes(h.key));
  if (reported) rules.push('statements/reported-act');
  if (reported && POSITIVE.has(e.type!) && region!.at >= 0 && ctx.lex.words['opinion-verb'].has(t.lemma(region!.at))) {
    // "Novak thinks that Ruritania and Osterlich are joining forces": a third party's good turn in someone's
    // opinion is that speaker's reading of events (a COMMENT on them), not an act reported as done
    ctx.info(`"${e.lemma}" is a third party's act in someone's opinion`, 'statements/act-in-opinion', c);
    return;
  }
  let conf = 0.8;
  if (!targets.hits.length && e.frames.includes('joint') && who.hits.length > 1) {
    // "Ruritania and Osterlich met": each toward the other
    for (const a of who.hits) for (const b of who.hits) if (a.key !== b.key) ctx.emit(c, a, b, e.type!, [...rules, 'statements/joint-actors'], conf);
    return;
  }
  if (!targets.hits.length) {
    const carried = carryOver(ctx, exclude, e, reported, e.frames.includes('obj') && !t.passive(i) && slotOf(ctx, i, 'obj').length > 0);
    if (carried.length) { targets = { hits: carried, rule: 'statements/targets-from-context' }; conf = 0.5; }
  }
  if (!targets.hits.length) { ctx.info(`"${e.lemma}" has no actor as target`, 'statements/no-target', c); return; }
  let type = e.type!;
  if (critics.length) type = 'REJECT'; // criticism answered is criticism rejected
  // a possible sanction is a threat ("may revoke the licences of X", "could expel X's envoys"); one announced
  // ("will impose sanctions") is the sanction
  if ((type === 'CRITICIZE' && t.irrealis(i)) || (type === 'SANCTION' && t.hypothetical(i))) { type = 'WARN'; rules.push('statements/hypothetical'); }
  for (const a of who.hits) {
    for (const b of targets.hits) {
      if (a.key === b.key) continue;
      ctx.emit(c, a, b, type, [...rules, targets.rule, b.rule], conf);
    }
  }
}

/** The act at `i` is the infinitive a DEMAND cue asks for ("urged X to …", "called on X to …"), read as done by
 * the demander (through the infinitive) or, for a positive act, by the party urged. */
function demanded(ctx: Ctx, i: number, type: StatementType, rule: string): boolean {
  const t = ctx.t;
  const h = t.head(i);
  if (h < 0 || !/^(advcl|xcomp)$/.test(t.base(i)) || !ctx.cues.some((x) => x.tok === h && x.entry.type === 'DEMAND')) return false;
  if (t.base(i) === 'advcl' && !t.kids(i, 'mark').some((k) => t.lower(k) === 'to')) return false;
  // (not the controller of an infinitive under an object that is no actor: "asked the crowd to welcome X" is
  // the asker's own welcome)
  if (rule === 'statements/subject-participle') return true;
  return POSITIVE.has(type) && rule === 'statements/subject-xcomp-object';
}

/**
 * "hit back at complaints from Ruritania", "rejected Ruritania's accusations": a criticizing or rejecting
 * act whose slot holds a reproach (a noun that is itself a negative cue) answers the reproach's author
 * (possessor or from/by phrase), and the act is a REJECT of them (`statements/target-critic`).
 */
export function criticsAnswered(ctx: Ctx, i: number, e: CueEntry, exclude: Set<string>): ActorHit[] {
  const t = ctx.t;
  if (e.type !== 'CRITICIZE' && e.type !== 'REJECT') return [];
  for (const k of slotTokens(ctx, i, e)) {
    if (t.upos(k) !== 'NOUN' || !(ctx.lex.cues.get(t.lemma(k)) ?? []).some((x) => x.upos === 'NOUN' && x.type && NEGATIVE.has(x.type) && x.type !== 'SANCTION')) continue;
    const authors = [...t.kids(k, 'nmod:poss'), ...t.kids(k, 'nmod').filter((x) => /^(from|by)$/.test(t.caseOf(x) ?? ''))];
    const hits = authors.flatMap((x) => ctx.af.actorsIn(x, exclude));
    if (hits.length) return hits;
  }
  return [];
}
