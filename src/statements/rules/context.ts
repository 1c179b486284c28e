/**
 * The shared context of the statement rules (src/statements/rules/*): one sentence's tree, cues, speech regions
 * and drafts, the discourse carried from the sentences before, and the few helpers every rule uses (the region
 * a token is in, pronoun resolution, emitting a draft). Each rule is a function over this object.
 */
import type { Mention } from '../../actors/types';
import type { Registry } from '../../actors/registry';
import type { Lexicons } from '../../lexicon/types';
import type { LexiconRef, Message, StatementType } from '../../types';
import { ActorFinder, type ActorHit } from '../actors-at';
import { findCues, type CueHit } from '../cues';
import type { Tree } from '../tree';

/** A statement before it becomes a record: entity keys and token ranges of the sentence. */
export interface Draft {
  sentence: number;
  actor: string;
  target: string;
  type: StatementType;
  cue: [number, number];
  actorTok?: [number, number];
  targetTok?: [number, number];
  quote?: [number, number];
  confidence: number;
  rules: string[];
  lexicon: LexiconRef[];
}

/** What carries from one sentence to the next. */
export interface Discourse {
  /** The last speaker of the paragraph (for a quotation that goes on). */
  speaker?: string;
  /** The last speaker of the paragraph before, until the first sentence of this one is read. */
  previousSpeaker?: string;
  /** The last person who acted or spoke, and the last non-person actor (for "he", "it"). */
  lastPerson?: string;
  lastThing?: string;
  /** The actors of the last statement with two or more performers (for "they"). */
  lastGroup?: string[];
  /** Targets of the last negative statement of the paragraph (for "the move" with no actor). */
  negTargets?: string[];
  /** How often each actor was the target of a negative statement in the document so far. */
  salient?: Map<string, number>;
  /**
   * Whose a thing named by a noun is, from earlier sentences: "the Ruritanian ban" / "Ruritania's ban" → the
   * ban is Ruritania's; `type:SANCTION` → who last imposed a sanction named by a noun ("the embargo").
   */
  owners?: Map<string, string[]>;
}

export interface SentenceInput {
  index: number;
  tree: Tree;
  /** The sentence starts inside a quotation opened before it. */
  startsInQuote: boolean;
  /** The speaker named where the quotation this sentence opens or continues closes, in a later sentence. */
  speakerAhead?: string[];
}

export interface Region {
  speaker: string[];
  speakerTok?: [number, number];
  cue: CueHit | undefined;
  /** The reporting token (for the COMMENT cue), or -1. */
  at: number;
  toks: Set<number>;
  rule: string;
  /** How the speaker was found (the performer rule and the actor rules), for the evidence. */
  speakerRules?: string[];
  produced: boolean;
}

export interface Performer { hits: ActorHit[]; rule: string }

export const NEGATIVE: ReadonlySet<StatementType> = new Set(['CRITICIZE', 'ACCUSE', 'WARN', 'DEMAND', 'REJECT', 'PROTEST', 'SANCTION']);
export const POSITIVE: ReadonlySet<StatementType> = new Set(['SUPPORT', 'COOPERATE', 'MEET']);
export class Ctx {
  readonly drafts: Draft[] = [];
  readonly regions: Region[] = [];
  readonly af: ActorFinder;
  readonly cues: CueHit[];

  constructor(
    readonly lex: Lexicons,
    readonly registry: Registry,
    readonly s: SentenceInput,
    readonly d: Discourse,
    readonly report: (m: Omit<Message, 'source'>) => void,
  ) {
    this.af = new ActorFinder(s.tree, lex, (m, tok) => this.resolvePronoun(m, tok), (name, country) => this.registry.group(name, s.index, country).key, (m) => this.registry.bareName(m)?.key, (w) => lex.people(w), () => this.d.lastGroup);
    this.cues = findCues(lex, s.tree);
  }

  get t(): Tree { return this.s.tree; }

  regionOf(i: number): Region | undefined {
    let best: Region | undefined;
    for (const r of this.regions) if (r.toks.has(i) && (!best || r.toks.size < best.toks.size)) best = r;
    return best;
  }

  resolvePronoun(m: Mention, tok: number): string[] | undefined {
    const p = m.pronoun;
    if (!p) return undefined;
    if (p.person === 1) {
      const r = this.regionOf(tok);
      if (r) return r.speaker;
      if (this.t.inQuote[tok] && this.d.speaker) return [this.d.speaker];
      return undefined; // the author's "we"
    }
    if (p.human) {
      // a subject pronoun of a clause under another clause is bound by that clause's subject ("Novak said that he
      // would go ahead with the Dupont meeting": he is Novak, not Dupont, though Dupont is named nearer)
      const bound = this.boundBySubject(m, tok, p);
      if (bound) return bound;
      // the nearest person named before it in the same sentence ("Dupont … rejecting criticism of his …"),
      // else the person who last acted or spoke
      for (let k = tok - 1; k >= 0; k--) {
        const pm = this.t.mentionAt[k];
        if (pm && pm !== m && pm.entity && pm.kind !== 'pronoun' && this.t.inQuote[k] === this.t.inQuote[tok] && this.registry.agrees(pm.entity, p)) return [pm.entity];
      }
      // gender from titles, honorifics and given names (`Registry.agrees`): "she" skips the last man named;
      // "he" inside a quotation is someone other than its speaker ("He did well," Dupont recalled)
      const self = new Set(this.t.inQuote[tok] ? this.regionOf(tok)?.speaker ?? [] : []);
      const ok = (key: string) => this.registry.agrees(key, p) && !self.has(key);
      // inside a quotation, "he" is whom the speaker talks about: the person named last before the sentence
      // ("… to block Dupont's visit. "He is a danger," Novak said.") rather than the last one who acted
      const talkedOf = this.t.inQuote[tok] && self.size ? this.registry.latest((e) => e.kind === 'person' && ok(e.key), this.s.index - 1)?.key : undefined;
      const last = this.d.lastPerson && ok(this.d.lastPerson) ? this.d.lastPerson : undefined;
      const k = talkedOf ?? last ?? this.registry.latest((e) => e.kind === 'person' && ok(e.key), this.s.index)?.key;
      return k ? [k] : undefined;
    }
    if (p.plural) {
      // a group named before it in the same sentence ("… putting Democrats in his cabinet but would work with them")
      for (let k = tok - 1; k >= 0; k--) {
        const pm = this.t.mentionAt[k];
        if (pm && pm.kind === 'group' && pm.entity && this.t.inQuote[k] === this.t.inQuote[tok]) return [pm.entity];
      }
      if (this.d.lastGroup?.length) return this.d.lastGroup;
      const e = this.registry.latest((x) => x.kind === 'group' || x.kind === 'organization' || x.kind === 'country', this.s.index);
      return e ? [e.key] : undefined;
    }
    // "The government said it was concerned": "it" in what a state or body said is that state or body
    const r = this.regionOf(tok);
    if (r && r.speaker.length === 1 && this.registry.entities.get(r.speaker[0])?.kind !== 'person' && this.t.base(tok) === 'nsubj') return r.speaker;
    // "The ministry has said it believes …": a subject "it" is the state or body that is the subject of the
    // nearest clause above its own (not when that subject is a person: "Novak said it was binding")
    if (this.t.base(tok) === 'nsubj') {
      for (const a of this.t.ancestors(this.t.head(tok))) {
        const subj = this.t.kids(a, 'nsubj').filter((k) => k < tok);
        if (!subj.length) continue;
        const pm = this.t.mentionAt[subj[0]];
        if (pm?.entity && pm.kind !== 'pronoun' && this.t.inQuote[subj[0]] === this.t.inQuote[tok] && this.registry.entities.get(pm.entity)?.kind !== 'person') return [pm.entity];
        break;
      }
    }
    return this.d.lastThing ? [this.d.lastThing] : undefined;
  }

  /** The speaker and the state (and organization) they speak for. */
  /**
   * The subject that binds the subject pronoun at `tok`: walking up the clauses it sits in (`ccomp`, `advcl`,
   * `xcomp`, `conj`), the first clause with a subject of its own gives it, when that subject is a person who
   * agrees with the pronoun (a pronoun subject there is resolved in turn). Undefined otherwise.
   */
  private boundBySubject(m: Mention, tok: number, p: NonNullable<Mention['pronoun']>, depth = 0): string[] | undefined {
    const t = this.t;
    if (depth > 3 || !/^nsubj/.test(t.rel(tok))) return undefined;
    let k = t.head(tok);
    for (let g = 0; g < 6 && k >= 0; g++) {
      if (!/^(ccomp|advcl|xcomp|conj)$/.test(t.base(k))) return undefined;
      const up = t.head(k);
      if (up < 0) return undefined;
      const subj = t.kids(up, 'nsubj').find((x) => x !== tok);
      if (subj !== undefined) {
        if (t.inQuote[subj] !== t.inQuote[tok]) return undefined;
        const sm = t.mentionAt[subj];
        if (!sm) return undefined;
        if (sm.kind === 'pronoun') {
          if (sm.pronoun?.human !== true || sm.pronoun.plural !== p.plural || sm.pronoun.person !== p.person) return undefined;
          return this.boundBySubject(sm, subj, p, depth + 1) ?? this.resolvePronoun(sm, subj);
        }
        return sm.entity && this.registry.entities.get(sm.entity)?.kind === 'person' && this.registry.agrees(sm.entity, p) ? [sm.entity] : undefined;
      }
      k = up;
    }
    return undefined;
  }

  speakerSide(r: Region): Set<string> {
    const side = new Set(r.speaker);
    for (const k of r.speaker) {
      const e = this.registry.entities.get(k);
      if (e?.country && (e.kind === 'person' || e.kind === 'organization') && (e.roleClass === 'official' || e.kind === 'organization' || !e.roleClass)) side.add(`country:${e.country}`);
    }
    return side;
  }

  quoteIn(r: Region | undefined): [number, number] | undefined {
    if (!r) return undefined;
    const q = [...r.toks].filter((k) => this.t.inQuote[k]).sort((a, b) => a - b);
    return q.length ? [q[0], q[q.length - 1] + 1] : undefined;
  }

  emit(c: CueHit, a: ActorHit, b: ActorHit, type: StatementType, rules: string[], confidence: number, region?: Region): void {
    const r = region ?? this.regionOf(c.tok);
    if (r && r.speaker.includes(a.key)) r.produced = true;
    this.emitRaw({
      actor: a.key, target: b.key, type, cue: c.span, actorTok: a.tok[1] > a.tok[0] ? a.tok : undefined, targetTok: b.tok[1] > b.tok[0] ? b.tok : undefined,
      confidence, rules: [...new Set(rules.flatMap((x) => x.split(' ')).filter(Boolean))], lexicon: [c.entry.lexicon], quote: this.quoteIn(r),
    });
  }

  emitRaw(d: Omit<Draft, 'sentence'>): void {
    if (d.actor === d.target) return;
    if (this.drafts.some((x) => x.actor === d.actor && x.target === d.target && x.type === d.type)) return;
    this.drafts.push({ sentence: this.s.index, ...d });
  }

  info(reason: string, ruleId: string, c: CueHit): void {
    this.report({ severity: 'info', reason, ruleId, span: { start: this.t.toks[c.span[0]].start, end: this.t.toks[c.span[1] - 1].end } });
  }
}
