/**
 * Demands to end something
 * Wanting someone's thing ended is a DEMAND toward its owner: a desire verb with an `xcomp`/`ccomp` of an
 * ending verb whose subject or object is the thing (`statements/demand-ending`).
 * Example: "Dupont wants Ruritania's sanctions lifted" → Dupont DEMAND Ruritania.
 */
import type { CueHit } from '../cues';
import { type Ctx } from './context';
import { ownerTargets, possessors } from './owners';
import { actorOfCue } from './performer';

/**
 * "Dupont wants the rebate to come to an end", "Ruritania wants Osterlich's sanctions lifted": wanting
 * someone's thing ended is a DEMAND toward its owner (`statements/demand-ending`): the possessor named
 * with it or the owner remembered for it (`Discourse.owners`). Verbs of wanting and of ending are word
 * classes (src/data/word-classes.tsv).
 */
export function demandEnding(ctx: Ctx): void {
  const t = ctx.t;
  const ends = (k: number) => ctx.lex.words['ending-verb'].has(t.lemma(k))
    || (t.lemma(k) === 'come' && t.kids(k, 'obl').some((x) => t.lemma(x) === 'end' && t.caseOf(x) === 'to'));
  for (let i = 0; i < t.n; i++) {
    if (t.upos(i) !== 'VERB' || !ctx.lex.words['desire-verb'].has(t.lemma(i)) || t.negated(i)) continue;
    // (a neutral attitude: its lexicon line is the evidence, though it is no cue of its own)
    const entry = (ctx.lex.cues.get(t.lemma(i)) ?? []).find((x) => x.upos === 'VERB' && x.cls === 'attitude');
    if (!entry) continue;
    const c: CueHit = { entry, tok: i, span: [i, i + 1] };
    // (the parser may hang "to be lifted" on the object as a participle: "wants Ruritania's sanctions to be lifted")
    for (const k of [...t.kids(i, 'xcomp', 'ccomp'), ...t.kids(i, 'obj').flatMap((o) => t.kids(o, 'acl'))]) {
      if (!ends(k) || t.negated(k)) continue;
      // the thing ended: the object of "want" ("wants the rebate to end"), the clause's subject or object
      const things = [...t.kids(i, 'obj'), ...t.kids(k, 'nsubj', 'nsubj:pass', 'obj')].filter((x) => t.upos(x) === 'NOUN');
      if (!things.length) continue;
      const who = actorOfCue(ctx, c);
      if (!who?.hits.length) continue;
      const exclude = new Set(who.hits.map((h) => h.key));
      const owned = things.flatMap((x) => possessors(ctx, x).flatMap((p) => ctx.af.actorsOf(p))).filter((h) => !exclude.has(h.key));
      const hits = owned.length ? owned : ownerTargets(ctx, things, exclude);
      for (const a of who.hits) for (const b of hits) ctx.emit(c, a, b, 'DEMAND', [who.rule, ...who.hits.map((h) => h.rule), 'statements/demand-ending', b.rule], 0.6);
    }
  }
}
