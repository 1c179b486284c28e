/**
 * Statements from the parse
 * =========================
 *
 * Turns the cues of a parsed sentence into actor → type → target drafts. Every draft lists the rules
 * that fired (`statements/…`) and the lexicon lines that decided.
 *
 * 1. Speech (`speech/…`): a reporting verb's subject speaks; its `ccomp`, `parataxis` or quotation is
 *    what was said. "X said." after a quotation, "according to X", a colon after the speaker and a
 *    paragraph that goes on inside a quotation all open such a region.
 * 2. Acts (`act/…`): a cue verb's performer is its subject (`nsubj`), the agent of a passive (`obl:agent`),
 *    the controller of an infinitive (`xcomp`), the first of coordinated verbs (`conj`) or the noun a
 *    relative clause modifies (`acl:relcl`); its targets come from the cue's frame (object, the passive
 *    subject, a preposition). "We"/"I" inside what was said are the speaker.
 * 3. Nominal cues (`nominal/…`): "X's criticism of Y", "condemnation from X", "expressed concern over Y"
 *    (the light verb's subject performs).
 * 4. Evaluations (`eval/…`): an evaluative word inside what was said ("illegal", "a provocation") makes the
 *    speaker judge the actors it is predicated of; "called X unjustified" does the same outside quotes.
 *    Irrealis ("would", "if") turns a negative judgement into WARN.
 * 5. Reported speech that yields no typed statement is a COMMENT on the actors it mentions, with the
 *    reporting verb as its cue.
 *
 * Negated cues, subjects that are no actor and cues with no actor as target give no statement; each
 * such drop is an `info` message with its rule id.
 *
 * Each rule family lives in a file of its own under src/statements/rules/ (a function over the shared
 * context, `rules/context.ts`); this class runs them in order for one sentence.
 */
import type { Registry } from '../actors/registry';
import type { Lexicons } from '../lexicon/types';
import type { Message } from '../types';
import { Ctx, type Discourse, type Draft, type SentenceInput } from './rules/context';
import { speech } from './rules/speech';
import { lacked, evaluate } from './rules/evaluate';
import { evalAct } from './rules/eval-act';
import { nominal } from './rules/nominal';
import { attitude } from './rules/attitude';
import { act } from './rules/act';
import { demandEnding } from './rules/demand-ending';
import { comments } from './rules/comments';
import { remember } from './rules/discourse';

export type { Discourse, Draft, SentenceInput } from './rules/context';

export class StatementExtractor {
  private readonly ctx: Ctx;

  constructor(lex: Lexicons, registry: Registry, s: SentenceInput, d: Discourse, report: (m: Omit<Message, 'source'>) => void) {
    this.ctx = new Ctx(lex, registry, s, d, report);
  }

  /** What the pronoun at token `i` resolves to (for the gap report), or undefined. */
  pronounAt(i: number): string[] | undefined {
    const m = this.ctx.t.mentionAt[i];
    return m?.kind === 'pronoun' ? this.ctx.resolvePronoun(m, i) : undefined;
  }

  /** The sentence has a speech region of its own (a speaker for what it quotes). */
  hasSpeech(): boolean { return this.ctx.regions.length > 0; }

  /** Who speaks the quotation this sentence starts in ("… over," X said.), if a region covers it. */
  quoteSpeaker(): string[] | undefined {
    const first = this.ctx.t.inQuote.indexOf(true);
    if (first < 0) return undefined;
    return this.ctx.regions.find((r) => r.toks.has(first) && r.rule !== 'statements/speech-continued-quote')?.speaker;
  }

  run(): Draft[] {
    const ctx = this.ctx;
    speech(ctx);
    for (const c of ctx.cues) {
      if (c.entry.cls === 'report') continue;
      const upos = ctx.t.upos(c.tok);
      if (lacked(ctx, c)) continue;
      if (c.entry.cls === 'eval') { if (!evalAct(ctx, c)) evaluate(ctx, c); }
      else if (c.entry.upos === 'NOUN' || (c.entry.upos === 'PHRASE' && (upos === 'NOUN' || upos === 'PROPN'))) nominal(ctx, c);
      else if (c.entry.cls === 'attitude') attitude(ctx, c);
      else if (c.entry.cls === 'light') nominal(ctx, c);
      else act(ctx, c);
    }
    demandEnding(ctx);
    comments(ctx);
    // a COMMENT on a pair that also has a typed statement here says nothing more
    const drafts = ctx.drafts;
    const typed = new Set(drafts.filter((d) => d.type !== 'COMMENT').map((d) => `${d.actor}\u0000${d.target}`));
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k];
      if (d.type === 'COMMENT' && typed.has(`${d.actor}\u0000${d.target}`)) drafts.splice(k, 1);
    }
    remember(ctx);
    return drafts;
  }
}
