/**
 * Comments
 * Reported speech that yields no typed statement is a COMMENT by its speaker on the actors it mentions, with
 * the reporting verb as cue (`statements/comment`).
 * Example: "Dupont said Ruritania would hold elections in May." → Dupont COMMENT Ruritania.
 */
import type { CueHit } from '../cues';
import type { CueEntry } from '../../lexicon/types';
import { type Ctx } from './context';

export function comments(ctx: Ctx): void {
  for (const r of ctx.regions) {
    // the speaker's own typed statement about this content says more than a COMMENT would; a third
    // party's act reported in it ("X said Y condemned Z") still leaves X commenting on Y and Z
    if (r.produced || ctx.drafts.some((d) => r.toks.has(d.cue[0]) && r.speaker.includes(d.actor))) continue;
    // a quotation carried over from another sentence has no reporting word here to stand as the cue
    if (r.at < 0) continue;
    const targets = ctx.af.actorsInTokens([...r.toks].sort((a, b) => a - b), new Set(r.speaker));
    if (!targets.length) continue;
    const cue: CueHit = r.cue ?? { entry: undefined as unknown as CueEntry, tok: Math.max(r.at, 0), span: [Math.max(r.at, 0), Math.max(r.at, 0) + 1] };
    for (const key of r.speaker) {
      for (const b of targets) {
        ctx.emitRaw({
          actor: key, target: b.key, type: 'COMMENT', cue: cue.span, actorTok: r.speakerTok, targetTok: b.tok,
          confidence: 0.5, rules: [r.rule, ...(r.speakerRules ?? []), 'statements/comment', b.rule], lexicon: r.cue ? [r.cue.entry.lexicon] : [],
          quote: ctx.quoteIn(r),
        });
      }
    }
  }
}
