/**
 * Statements
 * ==========
 *
 * Turns the cues of a sentence into actor → type → target triples.
 *
 * 1. Speech frames (`statements/report-verb`, `statements/according-to`, `statements/quote-then-speaker`,
 *    `statements/colon-quote`, `statements/continued-quote`): who speaks, and which tokens are what they said.
 * 2. Act cues ("condemned", "called on", "expressed concern over") outside or inside what was said: the
 *    subject is found by walking left from the verb; the targets by the cue's frame (object, preposition,
 *    "by"-agent, clause). Inside reported speech, "we"/"I" and the speaker's own state are the speaker.
 * 3. Evaluative words inside what was said ("illegal", "would violate", "a provocation") make the speaker
 *    judge the actors the clause is about; "would/could/if" makes a negative judgement a WARN.
 * 4. Reported speech with no cue is a COMMENT on the actors it mentions.
 *
 * Negated cues ("did not criticize"), nouns that only name an event ("the meeting"), gerunds after a
 * preposition ("difficulties in sanctioning") and subjects that are no actor ("experts warned") give
 * no statement; each such drop is reported as an `info` message with its rule id.
 */
import type { CueEntry, Lexicons } from '../lexicon/types';
import type { Token } from '../text/sentences';
import type { Entity, Mention } from '../actors/types';
import type { Registry } from '../actors/registry';
import type { CueMatch } from './find-cues';
import type { LexiconRef, Message, StatementType } from '../types';

export interface SentenceCtx {
  index: number;
  tokens: Token[];
  mentions: Mention[];
  cues: CueMatch[];
  /** Token i lies inside double quotes. */
  inQuote: boolean[];
  /** The sentence starts inside a quotation opened earlier in the paragraph. */
  startsInQuote: boolean;
}

/** A statement before it becomes a record: entity keys and token spans. */
export interface Draft {
  sentence: number;
  actor: string;
  target: string;
  type: StatementType;
  cue: { start: number; end: number };
  actorTok?: { start: number; end: number };
  targetTok?: { start: number; end: number };
  quote?: { start: number; end: number };
  confidence: number;
  rules: string[];
  lexicon: LexiconRef[];
}

/** What carries from one sentence to the next within a paragraph. */
export interface DiscourseState {
  /** The last speaker (entity key) in this paragraph. */
  speaker?: string;
  /** Targets of the last negative statement in this paragraph, and its sentence. */
  negTargets?: { keys: string[]; sentence: number };
  /** The last person actor of a statement (for "he"), and the last non-person actor (for "it"). */
  lastPerson?: string;
  lastThing?: string;
}

const AUX = new Set(['will', 'would', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'also', 'once', 'again',
  'did', 'does', 'do', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'then', 'later', 'further', 'repeatedly', 'even',
  'already', 'still', 'just', 'now', 'reportedly', 'allegedly', 'publicly', 'openly', 'today', 'yesterday', 'recently', 'too']);
const NEGATORS = new Set(['not', 'never', "n't", 'no', 'nor', 'neither']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'such', 'any', 'every', 'each']);
const PREPOSITIONS = new Set(['in', 'of', 'for', 'by', 'from', 'on', 'about', 'without', 'after', 'before', 'against', 'with', 'toward', 'towards', 'into', 'at', 'to']);
const MODAL = new Set(['would', 'could', 'may', 'might', 'if', 'unless', 'should', 'possible', 'possibly', 'potential', 'potentially', 'any', 'case', 'whether', 'likely', 'unlikely', 'will', 'shall']);
const IRREALIS = new Set(['would', 'could', 'may', 'might', 'if', 'unless', 'should', 'unlikely', 'likely', 'possible', 'possibly', 'will', 'shall', 'whether', 'perhaps', 'can']);
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '–', '—', 'but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'which', 'who', 'when', 'where']);
const PREDICATIVE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'become', 'becomes', 'became', 'as', 'calling', 'called', 'call', 'constitutes', 'constitute', 'represents', 'mean', 'means', 'amounts', 'remains']);
const PREP_FOR_NOUN = new Set(['over', 'about', 'at', 'with', 'against', 'on', 'to', 'toward', 'towards', 'concerning', 'regarding', 'of', 'for', 'from', 'in', 'into', 'between', 'by']);

/** "delegations from Ruritania", "officials of Ruritania": the state acts through them. */
const AGENT_NOUNS = new Set(['delegation', 'delegations', 'representatives', 'officials', 'diplomats', 'envoys', 'leaders', 'ministers', 'leadership', 'government', 'governments', 'authorities', 'spokesperson']);
const isAdverb = (lex: Lexicons, t: Token) => !t.cap && (/ly$/.test(t.lower) || lex.tagsOf(t.lower).includes('Adverb'));

type Subject =
  | { kind: 'actors'; mentions: Mention[] }
  | { kind: 'pronoun'; mention: Mention }
  | { kind: 'noun' }
  | { kind: 'none' };

export interface Extraction {
  lex: Lexicons;
  registry: Registry;
  report: (m: Omit<Message, 'source'>) => void;
}

export class SentenceExtractor {
  private drafts: Draft[] = [];
  /** Start tokens of clauses that already carry a statement (one evaluation per clause). */
  private usedClauses = new Set<number>();
  /** Tokens that belong to a content region (what someone said). */
  private contentOf: (Region | undefined)[];
  private lastSpeakerHere?: string;

  constructor(private readonly x: Extraction, private readonly s: SentenceCtx, private readonly state: DiscourseState) {
    this.contentOf = new Array(s.tokens.length).fill(undefined);
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private entity(m: Mention): Entity | undefined {
    return m.entity ? this.x.registry.entities.get(m.entity) : undefined;
  }

  private mentionEndingAt(end: number): Mention | undefined {
    return this.s.mentions.filter((m) => m.tok.end === end && m.entity && !m.affiliationOnly).sort((a, b) => a.tok.start - b.tok.start)[0]
      ?? this.s.mentions.find((m) => m.tok.end === end && m.kind === 'pronoun');
  }

  private appositionEndingAt(comma: number): Mention | undefined {
    return this.s.mentions.find((m) => m.appositionEnd === comma && m.entity);
  }

  /** Walks left from token `i` to the subject of the verb at `i`. */
  private subjectBefore(i: number, floor = 0, allowInfinitive = true): Subject {
    const { tokens } = this.s;
    let k = i - 1;
    let passedTo = false;
    while (k >= floor) {
      const t = tokens[k];
      if (t.text === '"' || t.text === "'") { k--; continue; }
      if (AUX.has(t.lower) || NEGATORS.has(t.lower) || isAdverb(this.x.lex, t)) { k--; continue; }
      // "X on Monday condemned", "X on March 2 said": a time expression between subject and verb
      const time = this.timeBefore(k);
      if (time !== undefined) { k = time; continue; }
      if (t.text === ')') {
        let depth = 0;
        while (k >= floor) { if (tokens[k].text === ')') depth++; if (tokens[k].text === '(') depth--; if (depth === 0) break; k--; }
        k--;
        continue;
      }
      const appNoComma = this.s.mentions.find((x) => x.appositionEnd === k + 1 && x.entity);
      if (appNoComma) return { kind: 'actors', mentions: [appNoComma] };
      const m = this.mentionEndingAt(k + 1);
      if (m) {
        if (m.kind === 'pronoun') return { kind: 'pronoun', mention: m };
        const joint = this.withJoint(m, floor);
        // "supported UN sanctions", "in opposition to X accuse": an object or a prepositional phrase, no subject
        if (this.governedMention(joint[0])) return { kind: 'noun' };
        return { kind: 'actors', mentions: joint };
      }
      // "… and will not hesitate to …": a verb phrase coordinated with one before shares its subject
      if (t.lower === 'and' && k + 1 < i && (AUX.has(tokens[k + 1].lower) || NEGATORS.has(tokens[k + 1].lower))) return { kind: 'none' };
      if (t.text === ',') {
        // "X, who visited Y last month, praised Z": skip the relative clause
        let r = k - 1;
        while (r > floor && tokens[r].text !== ',' && !['who', 'which'].includes(tokens[r].lower)) r--;
        if (r > floor && ['who', 'which'].includes(tokens[r].lower) && tokens[r - 1]?.text === ',') {
          const rel = this.mentionEndingAt(r - 1);
          if (rel && rel.kind !== 'pronoun') return { kind: 'actors', mentions: [rel] };
        }
        const app = this.appositionEndingAt(k);
        if (app) return { kind: 'actors', mentions: this.withJoint(app, floor) };
        const before = this.mentionEndingAt(k);
        if (before && before.kind !== 'pronoun' && this.governedMention(before)) {
          // "X, even at the Y Assembly, slandered": skip the parenthetical phrase
          let c = before.tok.start - 1;
          while (c > floor && tokens[c].text !== ',') c--;
          if (c > floor && tokens[c].text === ',') { k = c - 1; continue; }
          return { kind: 'none' };
        }
        if (before && before.kind !== 'pronoun' && before.kind !== 'country') {
          return { kind: 'actors', mentions: this.withJoint(before, floor) };
        }
        return { kind: 'none' };
      }
      if (t.lower === 'who' && tokens[k - 1]?.text === ',') {
        const app = this.appositionEndingAt(k - 1) ?? this.mentionEndingAt(k - 1);
        if (app && app.kind !== 'pronoun') return { kind: 'actors', mentions: [app] };
        return { kind: 'none' };
      }
      if (t.lower === 'to' && tokens[k - 1]?.text === ',' && allowInfinitive) {
        // "X met Y, to issue a reprimand": a purpose clause shares the main clause's subject
        return this.mainSubject(k - 1, floor);
      }
      if (t.lower === 'to' && allowInfinitive && !passedTo) {
        // "will not hesitate to take action", "its readiness to take measures": look past the controller.
        passedTo = true;
        k--;
        while (k >= floor && (AUX.has(tokens[k].lower) || NEGATORS.has(tokens[k].lower) || isAdverb(this.x.lex, tokens[k]))) k--;
        if (k >= floor && tokens[k].word && !tokens[k].cap) {
          k--;
          while (k >= floor && (DETERMINERS.has(tokens[k].lower) || AUX.has(tokens[k].lower) || NEGATORS.has(tokens[k].lower) || isAdverb(this.x.lex, tokens[k]))) {
            if (['its', 'his', 'her', 'their', 'our', 'my'].includes(tokens[k].lower)) {
              const pm = this.s.mentions.find((x) => x.tok.start === k && x.kind === 'pronoun');
              if (pm) return { kind: 'pronoun', mention: pm };
            }
            k--;
          }
        }
        continue;
      }
      if (t.lower === 'that' || t.lower === 'which') return { kind: 'noun' };
      // "issued a statement criticizing X": a participle shares the main clause's subject
      if (t.word && !t.cap && /ing$/.test(tokens[i].lower) && i === this.cueStartAt(i)) return this.mainSubject(k, floor);
      if (t.word && !t.cap) return { kind: 'noun' };
      return { kind: 'none' };
    }
    return { kind: 'none' };
  }

  private chainStart(m: Mention): Mention {
    let cur = m;
    for (;;) {
      const sep = this.s.tokens[cur.tok.start - 1];
      if (!sep || sep.lower !== 'and') return cur;
      const prev = this.mentionEndingAt(cur.tok.start - 1);
      if (!prev || prev.kind === 'pronoun') return cur;
      cur = prev;
    }
  }

  /** If tokens ending at k are "on Monday", "on March 2", "last week", "in May": the index before them. */
  private timeBefore(k: number): number | undefined {
    const { tokens } = this.s;
    const tagsOf = (x?: Token) => (x ? this.x.lex.tagsOf(x.lower) : []);
    let j = k;
    if (/^\d{1,4}$/.test(tokens[j]?.text ?? '')) j--;
    const isTime = tagsOf(tokens[j]).some((x) => x === 'WeekDay' || x === 'Month') || ['week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'afternoon'].includes(tokens[j]?.lower ?? '');
    if (!isTime) return undefined;
    j--;
    if (['on', 'in', 'last', 'this', 'next', 'earlier', 'late', 'early'].includes(tokens[j]?.lower ?? '')) j--;
    if (tokens[j]?.lower === 'last' || tokens[j]?.lower === 'this') j--;
    return j;
  }

  private cueStartAt(i: number): number {
    return this.s.cues.some((c) => c.start === i) ? i : -1;
  }

  /** The subject of the first verb cue before token `k` (the main clause). */
  private mainSubject(k: number, floor: number): Subject {
    const main = this.s.cues.filter((c) => c.start < k && c.start >= floor && (c.entry.cls !== 'eval') && c.entry.pos === 'v' && !/ing$/.test(this.s.tokens[c.start].lower));
    if (main.length) return this.subjectBefore(main[0].start, floor, false);
    // no cue verb: the first actor of the sentence that no verb or preposition governs
    const first = this.s.mentions.find((m) => m.tok.end <= k && m.tok.start >= floor && m.entity && m.kind !== 'pronoun' && !m.affiliationOnly && !this.governedMention(m));
    return first ? { kind: 'actors', mentions: this.withJointForward(first) } : { kind: 'none' };
  }

  /** Is the mention the object of a verb or preposition (so it cannot be a subject)? */
  private governedMention(m: Mention): boolean {
    const { tokens } = this.s;
    let k = m.tok.start - 1;
    // "at the 78th session of", "in the new": determiners, numbers and adjectives before a preposition
    for (let steps = 0; steps < 3 && k >= 0; steps++) {
      const t = tokens[k];
      if (t.lower === 'the' || /^\d/.test(t.text) || (!t.cap && t.word && this.x.lex.tagsOf(t.lower).some((x) => x === 'Adjective' || x === 'Ordinal') && !PREPOSITIONS.has(t.lower))) k--;
      else break;
    }
    const p = tokens[k];
    if (!p || !p.word || p.cap) return false;
    // "the representative of the Ruritanian ministry": the body speaks through its representative
    if (p.lower === 'of' || p.lower === 'for' || p.lower === 'from') {
      let r = k - 1;
      while (r >= 0 && !this.s.tokens[r].cap && !this.x.lex.titles.has(tokens[r].lower) && this.x.lex.tagsOf(tokens[r].lower).includes('Adjective')) r--;
      if (r >= 0 && (this.x.lex.titles.has(tokens[r].lower) || AGENT_NOUNS.has(tokens[r].lower))) return false;
    }
    if (PREPOSITIONS.has(p.lower) || ['between', 'among', 'than', 'like', 'toward', 'towards', 'via', 'over', 'under', 'regarding'].includes(p.lower)) return true;
    // "said Ruritania opposes …": a reporting verb takes a clause, whose subject this is
    if (this.s.cues.some((c) => c.end === k + 1 && c.entry.cls === 'report')) return false;
    const tags = this.x.lex.tagsOf(p.lower);
    if (tags.some((x) => /PastTense|PresentTense|Infinitive|Gerund/.test(x)) && !AUX.has(p.lower)) return true;
    const cue = this.s.cues.find((c) => c.end === k + 1 && (c.entry.cls === 'act' || c.entry.cls === 'eval' || c.entry.cls === 'light'));
    return Boolean(cue);
  }

  /** "Ruritania and Osterlich", "Ruritania, Osterlich and Bergonia": the joint subjects ending with `m`. */
  private withJoint(m: Mention, floor: number): Mention[] {
    const out = [m];
    let cur = m;
    for (;;) {
      const sep = this.s.tokens[cur.tok.start - 1];
      if (!sep || (sep.lower !== 'and' && sep.text !== ',') || cur.tok.start - 1 <= floor) break;
      const prev = this.mentionEndingAt(cur.tok.start - 1);
      if (!prev || prev.kind === 'pronoun' || prev.affiliationOnly) break;
      // "between A and B, C and D issued": a list does not run back into a prepositional phrase
      if (sep.text === ',' && this.governedMention(this.chainStart(prev))) break;
      out.unshift(prev);
      cur = prev;
    }
    return out;
  }

  /** Actor mentions in [a, b) that can be targets. */
  private targetsIn(a: number, b: number, exclude: Set<string>): Mention[] {
    const { tokens } = this.s;
    const seen = new Set<string>();
    return this.s.mentions.filter((m) => {
      if (m.tok.start < a || m.tok.end > b || !m.entity || m.kind === 'pronoun' || m.affiliationOnly) return false;
      const e = this.entity(m)!;
      if (exclude.has(e.key) || (e.country && exclude.has(`country:${e.country}`) && e.kind === 'country')) return false;
      // An international body naming a thing ("UN Security Council resolutions") is no target.
      const next = tokens[m.tok.end];
      if ((m.body || e.kind === 'organization') && e.kind !== 'country' && next && next.word && !next.cap && !AUX.has(next.lower)) {
        const tags = this.x.lex.tagsOf(next.lower);
        if (!tags.some((x) => /Verb|Tense|Preposition|Conjunction|Copula|Modal/.test(x))) return false;
      }
      // "a permanent member of the UN Security Council", "at the Ruritanian embassy", "in Ruritania": places, not targets
      let pk = m.tok.start - 1;
      if (tokens[pk]?.lower === 'the') pk--;
      const prev = tokens[pk];
      if (prev?.lower === 'of' && ['member', 'members', 'resolution', 'resolutions', 'session', 'meeting'].includes(tokens[pk - 1]?.lower ?? '') && (m.body || e.kind === 'organization')) return false;
      // "the Ruritanian people": the people a state's name qualifies are no target
      if (m.modifier && ['people', 'population', 'citizens', 'nation', 'civilians', 'children', 'soldiers', 'refugees', 'economy', 'studies', 'language', 'military'].includes(next?.lower ?? '')) return false;
      if (prev && ['in', 'at', 'near', 'via', 'member', 'inside', 'within'].includes(prev.lower) && (m.rule === 'actors/gazetteer-capital' || m.body || e.kind === 'organization')) return false;
      if (prev && PREPOSITIONS.has(prev.lower) && m.body && !['against', 'with', 'by'].includes(prev.lower)) return false;
      if (prev && prev.lower === 'in' && e.kind === 'country' && tokens[m.tok.start - 2] && !['interest', 'interests', 'investment', 'interfere', 'interference'].includes(tokens[m.tok.start - 2].lower)) return false;
      if (seen.has(e.key)) return false;
      seen.add(e.key);
      return true;
    });
  }

  /** The clause around token i: [start, end). Commas between listed actors do not break it. */
  private clauseOf(i: number, lo: number, hi: number): [number, number] {
    const { tokens } = this.s;
    const isBreak = (k: number) => {
      const t = tokens[k];
      if (CLAUSE_BREAKS.has(t.lower) || CLAUSE_BREAKS.has(t.text)) return true;
      if (t.text === ',') {
        const l = this.mentionEndingAt(k);
        const r = this.s.mentions.find((m) => m.tok.start === k + 1 || (tokens[k + 1]?.lower === 'the' && m.tok.start === k + 2));
        return !(l && r);
      }
      return false;
    };
    let a = i;
    while (a > lo && !isBreak(a - 1)) a--;
    let b = i;
    while (b < hi && !isBreak(b)) b++;
    return [a, b];
  }

  private negated(start: number): boolean {
    const { tokens } = this.s;
    for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
      const t = tokens[k];
      if (NEGATORS.has(t.lower)) return !(t.lower === 'not' && tokens[k + 1]?.lower === 'only');
      if (!(AUX.has(t.lower) || isAdverb(this.x.lex, t) || t.text === '"')) return false;
    }
    return false;
  }

  private modalIn(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.s.tokens[k].lower;
      if (MODAL.has(t) && !(t === 'will' && NEGATORS.has(this.s.tokens[k + 1]?.lower ?? ''))) return true;
    }
    return false;
  }

  private irrealis(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (IRREALIS.has(this.s.tokens[k].lower)) return true;
    return false;
  }

  /** Is the verb cue used as a noun or a gerund after a preposition ("the meeting", "in sanctioning")? */
  private nounUse(c: CueMatch): boolean {
    const { tokens } = this.s;
    let k = c.start - 1;
    while (k >= 0 && (tokens[k].text === '"' || (isAdverb(this.x.lex, tokens[k]) && !AUX.has(tokens[k].lower)))) k--;
    const p = tokens[k];
    if (!p) return false;
    if (DETERMINERS.has(p.lower) || p.text === "'s") return true;
    if (/ing$/.test(tokens[c.start].lower) && PREPOSITIONS.has(p.lower) && p.lower !== 'to') return true;
    const tags = this.x.lex.tagsOf(p.lower);
    const subj = this.mentionEndingAt(k + 1);
    if (!p.cap && tags.includes('Adjective') && !AUX.has(p.lower) && !(subj && !subj.modifier)) return true;
    // "Ruritanian sanctions", "US support": a demonym or state right before a verb form that is a noun here
    const m = this.mentionEndingAt(c.start);
    if (m && m.modifier) return true;
    return false;
  }

  /** A light verb governing a nominal cue: "expressed (deep) concern", "issue a strong warning". */
  private lightVerbBefore(c: CueMatch): number | undefined {
    const { tokens } = this.s;
    let k = c.start - 1;
    let steps = 0;
    while (k >= 0 && steps < 5) {
      const t = tokens[k];
      const light = this.s.cues.find((x) => x.entry.cls === 'light' && x.start === k);
      if (light) return k;
      if (t.lower === 'of' && ['series', 'number', 'set', 'string', 'wave', 'barrage', 'round', 'flurry', 'raft'].includes(tokens[k - 1]?.lower ?? '')) { k -= 2; steps++; continue; }
      if (t.text === '"' || DETERMINERS.has(t.lower) || (!t.cap && t.word && (this.x.lex.tagsOf(t.lower).includes('Adjective') || isAdverb(this.x.lex, t) || /(ful|ous|ive|al|ic|ed|ing|er|est)$/.test(t.lower)))) { k--; steps++; continue; }
      return undefined;
    }
    return undefined;
  }

  private predicative(c: CueMatch): boolean {
    const { tokens } = this.s;
    for (let k = c.start - 1; k >= Math.max(0, c.start - 6); k--) {
      const t = tokens[k];
      if (PREDICATIVE.has(t.lower)) return true;
      if (t.text === '"' || DETERMINERS.has(t.lower) || (!t.cap && t.word && !this.x.lex.cues.has(t.lower))) continue;
      return false;
    }
    return false;
  }

  private emit(d: Omit<Draft, 'sentence'>): void {
    if (d.actor === d.target) return;
    const a = this.x.registry.entities.get(d.actor);
    const t = this.x.registry.entities.get(d.target);
    // An affiliation is a property of the actor, never the target of its own statement.
    if (a && t && t.kind === 'country' && a.country === t.country) return;
    if (this.drafts.some((x) => x.actor === d.actor && x.target === d.target && x.type === d.type)) return;
    this.drafts.push({ sentence: this.s.index, ...d });
  }

  private info(reason: string, ruleId: string, tok: { start: number; end: number }): void {
    const { tokens } = this.s;
    this.x.report({ severity: 'info', reason, ruleId, span: { start: tokens[tok.start].span.start, end: tokens[tok.end - 1].span.end } });
  }

  // ---------------------------------------------------------------------------------------------
  // speech frames

  private regions: Region[] = [];

  private addRegion(speaker: string, start: number, end: number, rule: string, speakerTok?: { start: number; end: number }) {
    if (end - start < 2) return;
    const r: Region = { speaker, start, end, rule, speakerTok };
    this.regions.push(r);
    for (let k = start; k < end; k++) if (!this.contentOf[k]) this.contentOf[k] = r;
    this.lastSpeakerHere = speaker;
    this.state.speaker = speaker;
  }

  private resolvePronounSubject(m: Mention, inQuote: boolean): string | undefined {
    const p = m.pronoun!;
    if (p.person === 1) {
      if (!inQuote) return undefined; // the author's "we"
      return this.lastSpeakerHere ?? this.state.speaker;
    }
    if (p.human) return this.x.registry.latest((e) => e.kind === 'person', this.s.index)?.key ?? this.state.lastPerson;
    if (!p.plural) return this.state.lastThing;
    return undefined;
  }

  private subjectEntities(sub: Subject, at: number): { keys: string[]; tok?: { start: number; end: number } } {
    if (sub.kind === 'actors') {
      const keys = sub.mentions.map((m) => m.entity!).filter(Boolean);
      return { keys: [...new Set(keys)], tok: { start: sub.mentions[0].tok.start, end: sub.mentions[sub.mentions.length - 1].tok.end } };
    }
    if (sub.kind === 'pronoun') {
      const k = this.resolvePronounSubject(sub.mention, this.s.inQuote[at]);
      if (k) { sub.mention.entity = k; sub.mention.resolution = 'actors/pronoun'; }
      return k ? { keys: [k], tok: sub.mention.tok } : { keys: [] };
    }
    return { keys: [] };
  }

  private findFrames(): void {
    const { tokens, cues, inQuote } = this.s;
    const n = tokens.length;
    // "According to X, …" / "In X's view" / "From his point of view"
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
        const m = this.s.mentions.find((x) => x.tok.start === i + 2 || (tokens[i + 2]?.lower === 'the' && x.tok.start === i + 3));
        if (m && m.entity) {
          let end = m.tok.end;
          const app = m.appositionEnd;
          if (app) end = app;
          let c = end;
          while (c < n && tokens[c].text !== ',') c++;
          const startContent = c < n ? c + 1 : end;
          // "…, according to X." at the end: the content is what came before.
          if (i > 2 && startContent >= n - 1) this.addRegion(m.entity, 0, i, 'statements/according-to', m.tok);
          else this.addRegion(m.entity, startContent, n, 'statements/according-to', m.tok);
        }
      }
      if ((t.lower === 'from' || t.lower === 'in') && i <= 1) {
        // "From his point of view," / "In X's view,"
        const win = tokens.slice(i + 1, i + 7).map((x) => x.lower).join(' ');
        if (/\b(point of view|view|opinion)\b/.test(win)) {
          const m = this.s.mentions.find((x) => x.tok.start >= i + 1 && x.tok.start <= i + 3);
          const comma = tokens.findIndex((x, k) => k > i && x.text === ',');
          if (m && comma > 0) {
            const key = m.kind === 'pronoun' ? this.resolvePronounSubject(m, false) : m.entity;
            if (key) this.addRegion(key, comma + 1, n, 'statements/point-of-view', m.tok);
          }
        }
      }
    }
    // "As reported by X, “…”" / "…, as reported by X"
    for (let i = 0; i + 3 < n; i++) {
      if (tokens[i].lower === 'reported' && tokens[i + 1].lower === 'by' && (tokens[i - 1]?.lower === 'as' || tokens[i - 1]?.lower === 'was')) {
        const m = this.s.mentions.find((x) => (x.tok.start === i + 2 || (tokens[i + 2]?.lower === 'the' && x.tok.start === i + 3)) && x.entity);
        if (!m) continue;
        let c = m.tok.end;
        while (c < n && tokens[c].text !== ',') c++;
        if (i <= 2 && c < n) this.addRegion(m.entity!, c + 1, n, 'statements/as-reported-by', m.tok);
      }
    }
    // "To X, “…”" at the start of a sentence
    if (tokens[0]?.lower === 'to') {
      const m = this.s.mentions.find((x) => x.tok.start === 1 && x.entity);
      const q = tokens.findIndex((x) => x.text === '"');
      if (m && q > 0) this.addRegion(m.entity!, q, n, 'statements/to-x-quote', m.tok);
    }
    // Reporting verbs
    const reports = cues.filter((c) => c.entry.cls === 'report');
    for (const c of reports) {
      if (this.contentOf[c.start] && this.contentOf[c.start]!.rule !== 'statements/continued-quote') {
        // a reporting verb inside someone's words reports a third party: nested, skipped
        continue;
      }
      if (this.negated(c.start)) continue;
      if (this.nounUse(c) && !/ing$/.test(tokens[c.start].lower)) continue;
      // "…," X said / "…," said X
      let subj: Subject;
      let contentStart = c.end;
      let contentEnd = n;
      let quoteFirst = false;
      const after = this.s.mentions.find((m) => m.tok.start === c.end && m.entity);
      if (tokens[c.start - 1]?.text === ',' && tokens[c.start - 2]?.text === '"' && after) {
        subj = { kind: 'actors', mentions: [after] };
        quoteFirst = true;
      } else if (/ing$/.test(tokens[c.start].lower) && tokens[c.start - 1]?.text === ',' && this.lastSpeakerHere) {
        // "…, adding that …": the same speaker goes on
        const key = this.lastSpeakerHere;
        this.addRegionFromVerb(key, c, 'statements/report-participle');
        continue;
      } else {
        subj = this.subjectBefore(c.start);
        if (subj.kind === 'actors' && inQuote[c.start] !== inQuote[subj.mentions[0].tok.start]) continue;
      }
      const who = this.subjectEntities(subj, c.start);
      if (!who.keys.length) continue;
      const speaker = who.keys[who.keys.length - 1];
      if (quoteFirst || this.quoteEndsBefore(who.tok!.start)) {
        // the words are the quotation before the speaker
        const qEnd = (who.tok!.start) - 1;
        let qs = qEnd - 1;
        while (qs > 0 && !(tokens[qs].text === '"' && !inQuote[qs - 1])) qs--;
        this.addRegion(speaker, Math.max(0, qs), qEnd, 'statements/quote-then-speaker', who.tok);
        // "“…,” X said, “…”": the quotation that follows is the same speaker's
        let after = c.end;
        if (quoteFirst) after = Math.max(after, who.tok!.end);
        if (tokens[after]?.text === ',' && tokens[after + 1]?.text === '"') this.addRegion(speaker, after + 1, n, 'statements/quote-then-speaker', who.tok);
        // and anything that follows ("…, adding that …") is handled by the participle rule
        continue;
      }
      // "As X said, …": the content is what follows the comma
      if (tokens[0]?.lower === 'as' && who.tok && who.tok.start <= 3) {
        let k = c.end;
        while (k < n && tokens[k].text !== ',') k++;
        contentStart = k + 1;
      }
      // skip "that", an addressee ("told the agency that"), a colon
      let k = contentStart;
      const addressee = this.s.mentions.find((m) => m.tok.start === k || (tokens[k]?.lower === 'the' && m.tok.start === k + 1));
      if (addressee && /^(told|tell|tells|telling|assured|assure)$/.test(tokens[c.start].lower)) k = addressee.tok.end;
      while (k < n && /^(that|:|,)$/.test(tokens[k].lower)) k++;
      contentStart = k;
      // the next reporting verb with its own subject ends this content
      const nextReport = reports.find((r) => r.start > c.end && !inQuote[r.start] && tokens[r.start - 1]?.text === ',' && /ing$/.test(tokens[r.start].lower));
      if (nextReport) contentEnd = nextReport.start - 1;
      this.addRegion(speaker, contentStart, contentEnd, 'statements/report-verb', who.tok);
      if (subj.kind === 'actors' || subj.kind === 'pronoun') this.noteActor(speaker);
    }
    // "X: “…”" — a colon before a quotation
    for (let i = 1; i < n - 1; i++) {
      if (tokens[i].text === ':' && tokens[i + 1].text === '"' && !this.contentOf[i + 1]) {
        const m = this.subjectOfSentenceBefore(i) ?? this.mentionEndingAt(i);
        if (m && m.entity) this.addRegion(m.entity, i + 1, n, 'statements/colon-quote', m.tok);
      }
    }
    // A quotation with no speaker of its own continues the paragraph's speaker.
    if (!this.regions.length && this.state.speaker && (this.s.startsInQuote || inQuote.some(Boolean))) {
      this.addRegion(this.state.speaker, 0, n, 'statements/continued-quote');
    }
  }

  private quoteEndsBefore(k: number): boolean {
    const { tokens } = this.s;
    const a = tokens[k - 1]?.text;
    const b = tokens[k - 2]?.text;
    return (a === ',' && b === '"') || (a === '"' && (b === ',' || b === '.'));
  }

  private addRegionFromVerb(speaker: string, c: CueMatch, rule: string) {
    const { tokens } = this.s;
    let k = c.end;
    while (k < tokens.length && /^(that|:|,)$/.test(tokens[k].lower)) k++;
    this.addRegion(speaker, k, tokens.length, rule);
  }

  /** The actor mention that is the subject of the sentence part before token i (for "X: …"). */
  private subjectOfSentenceBefore(i: number): Mention | undefined {
    const ms = this.s.mentions.filter((m) => m.tok.end <= i && m.entity && !m.affiliationOnly && m.kind !== 'pronoun');
    const person = ms.find((m) => this.entity(m)?.kind === 'person');
    return person ?? ms.find((m) => this.entity(m)?.kind !== 'country');
  }

  private noteActor(key: string): void {
    const e = this.x.registry.entities.get(key);
    if (!e) return;
    if (e.kind === 'person') this.state.lastPerson = key;
    else this.state.lastThing = key;
  }

  // ---------------------------------------------------------------------------------------------
  // cues → drafts

  run(): Draft[] {
    this.findFrames();
    const { cues } = this.s;
    for (const c of cues) {
      if (c.entry.cls === 'act') this.act(c);
      // "X said it was deeply concerned by Y's decision": in the speaker's own words, concern is criticism
      if (c.entry.cls === 'attitude' && c.entry.pos === 'a' && this.contentOf[c.start]) this.act({ ...c, entry: { ...c.entry, type: 'CRITICIZE', cls: 'act', frame: 'prep' } }, true);
    }
    for (const c of cues) {
      if (c.entry.cls === 'eval') this.evaluate(c);
    }
    // reported speech without any cue: a COMMENT on the actors it names
    for (const r of this.regions) {
      if (this.drafts.some((d) => d.actor === r.speaker && d.cue.start >= r.start && d.cue.end <= r.end)) continue;
      for (const m of this.targetsIn(r.start, r.end, this.speakerSide(r.speaker))) {
        this.emit({
          actor: r.speaker, target: m.entity!, type: 'COMMENT', cue: { start: r.start, end: Math.min(r.end, r.start + 1) },
          actorTok: r.speakerTok, targetTok: m.tok, quote: this.quoteIn(r.start, r.end), confidence: 0.5,
          rules: [r.rule, 'statements/comment'], lexicon: [],
        });
      }
    }
    for (const d of this.drafts) {
      this.noteActor(d.actor);
      if (d.type !== 'COMMENT' && d.type !== 'SUPPORT' && d.type !== 'COOPERATE' && d.type !== 'MEET') {
        const same = this.drafts.filter((x) => x.type !== 'COMMENT' && x.actor === d.actor && !['SUPPORT', 'COOPERATE', 'MEET'].includes(x.type)).map((x) => x.target);
        this.state.negTargets = { keys: [...new Set(same)], sentence: this.s.index };
      }
    }
    return this.drafts;
  }

  /** The speaker, its state and its organization's state: never targets of the speaker's own words. */
  private speakerSide(key: string): Set<string> {
    const e = this.x.registry.entities.get(key);
    const s = new Set([key]);
    if (e?.country) s.add(`country:${e.country}`);
    return s;
  }

  private quoteIn(a: number, b: number): { start: number; end: number } | undefined {
    const { inQuote } = this.s;
    let qs = -1;
    for (let k = a; k < b; k++) {
      if (inQuote[k] && qs < 0) qs = k;
      if (!inQuote[k] && qs >= 0) return { start: qs, end: k };
    }
    return qs >= 0 ? { start: qs, end: b } : undefined;
  }

  /** Who performs an act cue: its subject, or the speaker when the cue is in their own words. */
  private performer(c: CueMatch, anchor: number): { keys: string[]; tok?: { start: number; end: number }; rule: string; reported?: boolean } | undefined {
    const region = this.contentOf[c.start];
    const floor = region ? region.start : 0;
    const sub = this.subjectBefore(anchor, floor);
    if (region) {
      const side = this.speakerSide(region.speaker);
      if (sub.kind === 'pronoun') {
        const p = sub.mention.pronoun!;
        if (p.person === 1) return { keys: [region.speaker], tok: region.speakerTok, rule: 'statements/first-person-in-quote' };
        const key = this.resolvePronounSubject(sub.mention, true);
        if (key && side.has(key)) return { keys: [region.speaker], tok: region.speakerTok, rule: 'statements/speaker-self' };
        return undefined;
      }
      if (sub.kind === 'actors') {
        const keys = sub.mentions.map((m) => m.entity!);
        if (keys.every((k) => side.has(k))) return { keys: [region.speaker], tok: region.speakerTok, rule: 'statements/speaker-own-state' };
        // another actor's act, reported by the speaker: counted only when it happened
        const [a, b] = this.clauseOf(c.start, region.start, region.end);
        if (this.irrealis(a, c.start)) return undefined;
        return { keys, tok: { start: sub.mentions[0].tok.start, end: sub.mentions[sub.mentions.length - 1].tok.end }, rule: 'statements/reported-act', reported: true };
      }
      if (sub.kind === 'none') {
        // "…, strengthen cooperation with Y": a coordinated verb of the speaker's own sentence
        return { keys: [region.speaker], tok: region.speakerTok, rule: 'statements/speaker-default' };
      }
      return undefined;
    }
    if (sub.kind === 'noun' || sub.kind === 'none') return undefined;
    const who = this.subjectEntities(sub, anchor);
    if (!who.keys.length) return undefined;
    return { keys: who.keys, tok: who.tok, rule: sub.kind === 'pronoun' ? 'statements/pronoun-subject' : 'statements/subject' };
  }

  private act(c: CueMatch, speakerOnly = false): void {
    const e = c.entry;
    const { tokens } = this.s;
    const word = tokens[c.start];
    const nominal = e.pos === 'n' || (e.pos === 'p' && !this.verbal(e)) || (e.pos === 'a');
    let anchor = c.start;
    if (e.pos === 'v' && this.nounUse(c)) {
      this.info(`"${word.text}" names an event here, not a statement`, 'statements/noun-use', c);
      return;
    }
    if (nominal) {
      if (e.pos === 'a') {
        const p = this.predicativeVerb(c);
        if (p === undefined) return;
        anchor = p;
      } else {
        const lv = this.lightVerbBefore(c);
        if (lv === undefined) {
          this.reaction(c);
          return;
        }
        anchor = lv;
      }
    }
    if (this.negated(anchor) || (anchor !== c.start && this.negated(c.start))) {
      if (!e.words.includes('not') && !e.words.includes('never')) {
        this.info(`negated cue "${e.lemma}"`, 'statements/negated', c);
        return;
      }
    }
    // "Ruritania was condemned by Osterlich": the agent acts, the subject is the target
    const passive = e.pos === 'v' && !nominal ? this.passiveAgent(c) : undefined;
    if (passive) {
      const sub = this.subjectBefore(this.beFormBefore(c)!, this.contentOf[c.start]?.start ?? 0);
      if (sub.kind === 'actors') {
        for (const a of passive) for (const t of sub.mentions) {
          if (t.entity) this.emit({ actor: a.entity!, target: t.entity, type: e.type!, cue: c, actorTok: a.tok, targetTok: t.tok, confidence: 0.75, rules: ['statements/passive-by-agent', `statements/frame-${e.frame || 'obj'}`], lexicon: [e.lexicon] });
        }
        return;
      }
    }
    const who = this.performer(c, anchor);
    if (!who) {
      this.info(`no actor performs "${e.lemma}"`, 'statements/no-actor', c);
      return;
    }
    const region = this.contentOf[c.start];
    if (speakerOnly && (who.reported || !region || !who.keys.includes(region.speaker))) return;
    const exclude = new Set<string>(who.keys);
    for (const k of who.keys) for (const x of this.speakerSide(k)) exclude.add(x);
    if (region && who.rule !== 'statements/reported-act' && e.frame === 'clause') {
      // the clause's own subject ("the ROK … will not stand by") is the speaker's side, not a target
      const [ca] = this.clauseOf(c.start, region.start, region.end);
      for (const m of this.s.mentions) if (m.entity && m.tok.start >= ca && m.tok.end <= anchor) exclude.add(m.entity);
    }
    const targets = this.frameTargets(c, exclude, region);
    const rules = [...(region ? [region.rule] : []), who.rule, `statements/frame-${e.frame || 'obj'}`];
    let conf = who.reported ? 0.55 : region ? 0.75 : 0.85;
    let list = targets;
    const positive = e.type === 'SUPPORT' || e.type === 'COOPERATE' || e.type === 'MEET';
    const reciprocal = nominal && anchor !== c.start && /^(exchang|trad)/.test(tokens[anchor].lower);
    if ((!list.length || reciprocal) && who.keys.length > 1 && (e.type === 'MEET' || e.type === 'COOPERATE' || reciprocal)) {
      // "X and Y discussed / held talks": each toward the other
      for (const a of who.keys) for (const b of who.keys) if (a !== b) this.emit({ actor: a, target: b, type: e.type!, cue: c, actorTok: who.tok, confidence: conf, rules: [...rules, 'statements/joint-actors'], lexicon: [e.lexicon] });
      return;
    }
    if (!list.length && !positive) {
      list = this.fallbackTargets(c, exclude, region);
      if (list.length) { rules.push('statements/targets-from-context'); conf -= 0.15; }
    }
    if (!list.length) {
      this.info(`"${e.lemma}" has no actor as target`, 'statements/no-target', c);
      return;
    }
    const [a, b] = this.clauseOf(c.start, region?.start ?? 0, region?.end ?? tokens.length);
    this.usedClauses.add(a);
    let type = e.type!;
    if (!positive && type !== 'WARN' && region && this.modalIn(a, c.start) && e.frame === 'clause') type = 'WARN';
    for (const actor of who.keys) {
      for (const t of list) {
        this.emit({
          actor, target: t.key, type, cue: c, actorTok: who.tok, targetTok: t.tok, quote: region ? this.quoteIn(region.start, region.end) : this.quoteNear(c),
          confidence: conf, rules, lexicon: [e.lexicon],
        });
      }
    }
  }

  /**
   * "X fired missiles, prompting condemnation from Y and Z": the reaction's authors (after "from")
   * act toward the main clause's subject.
   */
  private reaction(c: CueMatch): void {
    const { tokens } = this.s;
    const before = tokens[c.start - 1]?.lower ?? '';
    // only the participle after a comma ("…, prompting condemnation from Y"), in the author's narration
    if (!/^(prompt|draw|spark|trigger|provok|attract|earn|invit)\w*ing$/.test(before) || tokens[c.start - 2]?.text !== ',' || this.contentOf[c.start]) return;
    if (tokens[c.end]?.lower !== 'from') return;
    const first = this.s.mentions.find((m) => (m.tok.start === c.end + 1 || (tokens[c.end + 1]?.lower === 'the' && m.tok.start === c.end + 2)) && m.entity && m.kind !== 'pronoun');
    if (!first) return;
    const authors = this.withJointForward(first);
    const sub = this.mainSubject(c.start - 1, 0);
    const targets = sub.kind === 'actors' ? sub.mentions : [];
    for (const a of authors) for (const t of targets) {
      this.emit({ actor: a.entity!, target: t.entity!, type: c.entry.type!, cue: c, actorTok: a.tok, targetTok: t.tok, confidence: 0.7, rules: ['statements/reaction-from'], lexicon: [c.entry.lexicon] });
    }
  }

  /** The be-form before a participle ("was condemned", "has been criticized"), if any. */
  private beFormBefore(c: CueMatch): number | undefined {
    const { tokens } = this.s;
    let k = c.start - 1;
    while (k >= 0 && isAdverb(this.x.lex, tokens[k])) k--;
    return k >= 0 && ['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get'].includes(tokens[k].lower) ? k : undefined;
  }

  /** Agents of a passive cue: the actors after "by" in the same clause. */
  private passiveAgent(c: CueMatch): Mention[] | undefined {
    const { tokens } = this.s;
    if (this.beFormBefore(c) === undefined || !/(ed|en|wn|ne)$/.test(tokens[c.end - 1].lower)) return undefined;
    let k = c.end;
    while (k < tokens.length && k < c.end + 4 && tokens[k].lower !== 'by' && (tokens[k].word || tokens[k].text === '"')) k++;
    if (tokens[k]?.lower !== 'by') return undefined;
    const agent = this.s.mentions.find((m) => (m.tok.start === k + 1 || (tokens[k + 1]?.lower === 'the' && m.tok.start === k + 2)) && m.entity && m.kind !== 'pronoun');
    if (!agent) return undefined;
    return this.withJointForward(agent);
  }

  /** "by Ruritania and Osterlich": the joint agents starting with `m`. */
  private withJointForward(m: Mention): Mention[] {
    const out = [m];
    let cur = m;
    for (;;) {
      const sep = this.s.tokens[cur.tok.end];
      if (!sep || (sep.lower !== 'and' && sep.text !== ',')) break;
      const next = this.s.mentions.find((x) => (x.tok.start === cur.tok.end + 1 || (this.s.tokens[cur.tok.end + 1]?.lower === 'the' && x.tok.start === cur.tok.end + 2)) && x.entity && x.kind !== 'pronoun');
      if (!next) break;
      out.push(next);
      cur = next;
    }
    return out;
  }

  private verbal(e: CueEntry): boolean {
    const first = e.words[0];
    if (first === 'not' || first === 'never') return true;
    return this.x.lex.tagsOf(first).some((t) => /Infinitive|Verb|PastTense|PresentTense|Gerund/.test(t)) && !['sanctions', 'measures', 'talks', 'restrictions', 'retaliatory', 'serious', 'negative'].includes(first);
  }

  /** "I am very grateful for": the copula before an adjective cue. */
  private predicativeVerb(c: CueMatch): number | undefined {
    const { tokens } = this.s;
    for (let k = c.start - 1; k >= Math.max(0, c.start - 4); k--) {
      if (PREDICATIVE.has(tokens[k].lower) || ['am', "'m"].includes(tokens[k].lower)) return k;
      if (!(isAdverb(this.x.lex, tokens[k]) || AUX.has(tokens[k].lower) || tokens[k].text === '"')) return undefined;
    }
    return undefined;
  }

  private quoteNear(c: CueMatch): { start: number; end: number } | undefined {
    const { inQuote, tokens } = this.s;
    // the quoted words right after the cue ("expressed “deep concern”")
    for (let k = c.start; k < Math.min(tokens.length, c.end + 3); k++) {
      if (inQuote[k]) {
        let e = k;
        while (e < tokens.length && inQuote[e]) e++;
        return { start: k, end: e };
      }
    }
    return undefined;
  }

  /** Targets by the cue's frame. */
  private frameTargets(c: CueMatch, exclude: Set<string>, region: Region | undefined): { key: string; tok?: { start: number; end: number } }[] {
    const { tokens } = this.s;
    const n = region ? region.end : tokens.length;
    const frame = c.entry.frame || 'obj';
    const stops = new Set([';', ':', '.', '(', ')', 'that', 'which', 'who', 'because', 'when', 'if', 'while', 'but', 'whereas', 'although', 'after', 'before', 'since', 'as', 'in', 'so', 'where', 'during', 'following']);
    // "summoned X to the ministry", "criticized X over Y", "met X in Z": the object ends at the preposition
    if (frame === 'obj' && c.entry.pos !== 'p') for (const p of ['to', 'for', 'over', 'at', 'on', 'about', 'regarding', 'concerning', 'into', 'after', 'amid', 'despite']) stops.add(p);
    if (frame === 'obj-of') stops.add('of');
    if (frame === 'obj-to') stops.add('to');
    if (frame === 'obj-for') stops.add('for');
    if (frame === 'obj-that') stops.add('that');
    let a = c.end;
    if (frame === 'prep' || frame === 'by') {
      while (a < n && (tokens[a].text === '"' || tokens[a].text === ',')) a++;
      if (frame === 'by') {
        while (a < n && tokens[a].lower !== 'by' && !stops.has(tokens[a].lower)) a++;
        if (tokens[a]?.lower !== 'by') return [];
        a++;
      } else {
        if (!PREP_FOR_NOUN.has(tokens[a]?.lower ?? '')) return [];
        if (tokens[a].lower === 'in' && tokens[a + 1]?.lower === 'respect') a += 2;
        a++;
        stops.delete('in');
      }
    }
    if (frame === 'clause' || frame === 'joint') {
      const [ca, cb] = this.clauseOf(c.start, region?.start ?? 0, n);
      return this.targetsIn(ca, cb, exclude).map((m) => ({ key: m.entity!, tok: m.tok }));
    }
    let b = a;
    while (b < n) {
      const t = tokens[b];
      if (stops.has(t.lower) || stops.has(t.text)) break;
      if (t.text === ',' && !(this.mentionEndingAt(b) && this.s.mentions.some((m) => m.tok.start === b + 1 || (tokens[b + 1]?.lower === 'the' && m.tok.start === b + 2)))) break;
      b++;
    }
    return this.targetsIn(a, b, exclude).map((m) => ({ key: m.entity!, tok: m.tok }));
  }

  /** No target in the cue's own phrase: the sentence's other actors, else the paragraph's last targets. */
  private fallbackTargets(c: CueMatch, exclude: Set<string>, region: Region | undefined): { key: string; tok?: { start: number; end: number } }[] {
    const positives = new Set(this.drafts.filter((d) => ['SUPPORT', 'COOPERATE', 'MEET'].includes(d.type)).map((d) => d.target));
    const lo = region ? region.start : 0;
    const hi = region ? region.end : this.s.tokens.length;
    const here = this.targetsIn(lo, hi, exclude).filter((m) => !positives.has(m.entity!) && !(m.tok.start >= c.start && m.tok.end <= c.end) && (c.entry.type === 'REJECT' || !this.subjectPosition(m)) && !(region && m.tok.start <= region.start + 1));
    // mentions that come after a positive cue in the same sentence ("cooperation with Y") are not the warned party
    const posCue = this.s.cues.find((x) => x.entry.cls === 'act' && ['SUPPORT', 'COOPERATE', 'MEET'].includes(x.entry.type ?? ''));
    const filtered = here.filter((m) => !(posCue && m.tok.start > posCue.start && m.tok.start < posCue.end + 6));
    if (filtered.length) return filtered.map((m) => ({ key: m.entity!, tok: m.tok }));
    return this.carryOver(exclude);
  }

  /** "the US would …": a mention in subject position of some verb. */
  private subjectPosition(m: Mention): boolean {
    const next = this.s.tokens[m.tok.end];
    return Boolean(next && (AUX.has(next.lower) || ['said', 'says', 'has', 'have'].includes(next.lower)));
  }

  private carryOver(exclude: Set<string>): { key: string }[] {
    const nt = this.state.negTargets;
    if (!nt || this.s.index - nt.sentence > 3) return [];
    return nt.keys.filter((k) => !exclude.has(k)).map((key) => ({ key }));
  }

  /** Actors in an "of"/"by" phrase right after an evaluative word and its noun ("… actions of Y"). */
  private ofTargets(c: CueMatch, region: Region): { key: string; tok?: { start: number; end: number } }[] {
    const { tokens } = this.s;
    let k = c.end;
    let steps = 0;
    while (k < region.end && steps < 6 && tokens[k].word && !tokens[k].cap && !['of', 'by', 'from'].includes(tokens[k].lower) && !AUX.has(tokens[k].lower) && !PREDICATIVE.has(tokens[k].lower) && !['that', 'which', 'who', 'to'].includes(tokens[k].lower)) { k++; steps++; }
    while (k < region.end && (tokens[k].text === '"' || tokens[k].text === ',')) k++;
    if (!['of', 'by', 'from'].includes(tokens[k]?.lower ?? '')) return [];
    if (tokens[k].lower === 'from' && !['comes', 'come', 'came', 'coming'].some((w) => tokens.slice(c.start - 6, c.start).some((t) => t.lower === w)) && steps === 0) return [];
    let b = k + 1;
    while (b < region.end && !CLAUSE_BREAKS.has(tokens[b].lower) && tokens[b].text !== '.' && !['which', 'that', 'aimed', 'who'].includes(tokens[b].lower)) {
      if (tokens[b].text === ',' && !(this.mentionEndingAt(b) && this.s.mentions.some((m) => m.tok.start === b + 1 || (tokens[b + 1]?.lower === 'the' && m.tok.start === b + 2)))) break;
      b++;
    }
    return this.targetsIn(k + 1, b, new Set([region.speaker])).map((m) => ({ key: m.entity!, tok: m.tok }));
  }

  private evaluate(c: CueMatch): void {
    const region = this.contentOf[c.start];
    if (!region) return; // the author's own judgement: not an actor's statement
    const e = c.entry;
    const { tokens } = this.s;
    // the actors a judged noun phrase belongs to: "the aggressive actions of Y", "rumors spread by Y"
    const ofTargets = this.ofTargets(c, region);
    if ((e.pos === 'n' || e.pos === 'a') && !this.predicative(c) && e.frame !== 'by' && !this.s.inQuote[c.start] && !ofTargets.length) return;
    if (e.pos === 'v' && this.nounUse(c) && !/ed$/.test(tokens[c.start].lower)) return;
    const [a, b] = this.clauseOf(c.start, region.start, region.end);
    if (this.usedClauses.has(a)) return;
    if (this.negated(c.start)) {
      this.info(`negated evaluation "${e.lemma}"`, 'statements/negated', c);
      return;
    }
    // "Y is concerned about Z" in X's words: Y's attitude, reported
    const attitude = this.s.cues.find((x) => x.entry.cls === 'attitude' && x.start >= a && x.start < c.start);
    if (attitude) {
      const sub = this.subjectBefore(attitude.start, region.start);
      if (sub.kind === 'actors' && !sub.mentions.every((m) => this.speakerSide(region.speaker).has(m.entity!))) return;
    }
    const speaker = region.speaker;
    const exclude = this.speakerSide(speaker);
    let targets: { key: string; tok?: { start: number; end: number } }[] = [];
    const rules = [region.rule, `statements/eval-${e.frame || 'clause'}`];
    if (e.frame === 'by') {
      targets = this.frameTargets(c, exclude, region);
      if (!targets.length) return;
    } else {
      // "the bankruptcy of Y's policy", "rumors spread by Y": the actors the evaluated phrase is about
      targets = ofTargets;
      // the clause's own subject may be the speaker's state ("our country is ill-prepared")
      if (!targets.length) targets = this.targetsIn(a, c.start, new Set([speaker])).map((m) => ({ key: m.entity!, tok: m.tok }));
      if (!targets.length && (e.type ?? '') !== 'SUPPORT') {
        targets = this.targetsIn(region.start, c.start, exclude).filter((m) => !this.drafts.some((d) => d.target === m.entity && ['SUPPORT', 'COOPERATE', 'MEET'].includes(d.type))).map((m) => ({ key: m.entity!, tok: m.tok }));
        if (targets.length) rules.push('statements/targets-in-quote');
      }
      if (!targets.length && (e.type ?? '') !== 'SUPPORT') {
        targets = this.carryOver(exclude);
        if (targets.length) rules.push('statements/targets-from-context');
      }
    }
    if (!targets.length) return;
    this.usedClauses.add(a);
    let type: StatementType = e.type!;
    const negative = type !== 'SUPPORT' && type !== 'COOPERATE' && type !== 'MEET';
    if (negative && type !== 'REJECT' && this.modalIn(region.start, c.start)) { type = 'WARN'; rules.push('statements/hypothetical'); }
    for (const t of targets) {
      this.emit({
        actor: speaker, target: t.key, type, cue: c, actorTok: region.speakerTok, targetTok: t.tok,
        quote: this.quoteIn(region.start, region.end), confidence: rules.includes('statements/targets-from-context') ? 0.5 : 0.65,
        rules, lexicon: [e.lexicon],
      });
    }
  }
}

interface Region {
  speaker: string;
  start: number;
  end: number;
  rule: string;
  speakerTok?: { start: number; end: number };
}
