/**
 * Attitudes
 * An attitude predicate ("is concerned about X", "grateful to X") is held by its `nsubj` (never a by-phrase)
 * and is about its frame slot (`statements/attitude`).
 * Example: "Novak is deeply concerned about Ruritania" → Novak CRITICIZE Ruritania.
 */
import type { CueHit } from '../cues';
import { type Ctx, NEGATIVE, type Performer } from './context';
import { performer } from './performer';
import { frameTargets, slotTokens } from './targets';

export function attitude(ctx: Ctx, c: CueHit): void {
  const t = ctx.t;
  if (t.negated(c.tok)) return;
  // "Ruritania is deeply concerned by …": the one who holds the attitude is the subject, never a by-phrase
  let who: Performer | undefined;
  const subj = t.kids(c.tok, 'nsubj');
  if (subj.length) {
    const hits = subj.flatMap((k) => ctx.af.actorsOf(k));
    if (hits.length) who = { hits, rule: 'statements/subject-nsubj' };
  } else {
    const h = t.head(c.tok);
    const sib = h >= 0 ? t.kids(h, 'ccomp', 'xcomp').filter((k) => k < c.tok).flatMap((k) => t.kids(k, 'nsubj')) : [];
    const hits = sib.flatMap((k) => ctx.af.actorsOf(k));
    if (hits.length) who = { hits, rule: 'statements/subject-sibling-clause' };
    else if (h >= 0 && (t.base(c.tok) === 'xcomp' || t.base(c.tok) === 'conj')) who = performer(ctx, h) ?? undefined;
  }
  const r = ctx.regionOf(c.tok);
  if (who?.hits.length && r && who.hits.every((x) => ctx.speakerSide(r).has(x.key))) {
    who = { hits: r.speaker.map((key) => ({ key, tok: r.speakerTok ?? [0, 0], rule: 'statements/speaker' })), rule: 'statements/speaker-own-side' };
  }
  // "his supporters are angry with X", said by Dupont: an attitude the speaker reports of people who are no
  // actor (a subject that names no state, body or person) is the speaker's own stance
  if (!who?.hits.length && r && c.entry.type && NEGATIVE.has(c.entry.type) && holderIsNoActor(ctx, c.tok)) {
    who = { hits: r.speaker.map((key) => ({ key, tok: r.speakerTok ?? [0, 0], rule: 'statements/speaker' })), rule: 'statements/attitude-speaker' };
  }
  if (!who?.hits.length) return;
  // "Novak thinks that Ruritania is very concerned about Osterlich": a third party's attitude in someone's
  // opinion is that speaker's reading, not a stance Ruritania took ("Novak said Ruritania was angry with
  // Osterlich" reports the stance and keeps it)
  if (r && r.at >= 0 && ctx.lex.words['opinion-verb'].has(t.lemma(r.at)) && who.rule !== 'statements/speaker-own-side' && who.rule !== 'statements/attitude-speaker' && !who.hits.some((x) => r.speaker.includes(x.key))) {
    ctx.info(`"${c.entry.lemma}" is a third party's attitude in what someone said`, 'statements/attitude-reported', c);
    return;
  }
  const exclude = new Set(who.hits.map((h) => h.key));
  const targets = frameTargets(ctx, c.tok, c.entry, exclude);
  if (!r && targets.rule !== 'statements/target-clause-subject') {
    // in the narration an attitude is a stance toward an actor it names ("Ruritania is concerned about Osterlich",
    // "… about Osterlich's tests", "… that Osterlich may lie"); concern about a situation ("Ruritania is concerned about the surge in
    // cooperation between A and B") is the author describing a state of mind, no statement by anyone
    const named = new Set(slotTokens(ctx, c.tok, c.entry).flatMap((k) => [k, ...t.kids(k, 'conj'), ...t.kids(k, 'nmod:poss')]));
    const direct = targets.hits.filter((h) => h.tok[1] <= h.tok[0] || [...named].some((k) => k >= h.tok[0] && k < h.tok[1]));
    if (direct.length < targets.hits.length) ctx.info(`"${c.entry.lemma}" in the narration is about a situation, not an actor`, 'statements/attitude-situation', c);
    targets.hits = direct;
  }
  for (const a of who.hits) for (const b of targets.hits) ctx.emit(c, a, b, c.entry.type!, [who.rule, targets.rule, 'statements/attitude'], 0.7);
}

/** The attitude at `i` has a nominal subject, and no actor is named in it. */
export function holderIsNoActor(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  const subj = t.kids(i, 'nsubj');
  return subj.length > 0 && subj.every((k) => t.upos(k) === 'NOUN' && !ctx.af.actorsIn(k).length);
}
