/**
 * Speech regions
 * A reporting verb's subject speaks; its `ccomp`, `parataxis` or quotation is what was said (`statements/speech-…`):
 * "X said." after a quotation, "according to X", a colon after the speaker, a transcript line, a dash after a
 * quotation, a quotation that goes on from the sentence or paragraph before, "called X illegal" (naming verbs).
 * Example: '"The ban is unjust," Novak said.' → Novak speaks the quoted clause.
 */
import type { ActorHit } from '../actors-at';
import type { CueHit } from '../cues';
import { type Ctx, type Performer } from './context';
import { performer } from './performer';

export function addRegion(ctx: Ctx, speaker: ActorHit[], toks: Iterable<number>, cue: CueHit | undefined, at: number, rule: string, how?: string): void {
  const keys = [...new Set(speaker.map((h) => h.key))];
  if (!keys.length) return;
  const set = new Set(toks);
  if (!set.size) return;
  const tok = speaker[0].tok;
  const speakerRules = [...new Set([...(how ? how.split(' ') : []), ...speaker.map((h) => h.rule)])].filter((x) => x !== rule);
  ctx.regions.push({ speaker: keys, speakerTok: tok, cue, at, toks: set, rule, speakerRules, produced: false });
  ctx.d.speaker = keys[0];
}

export function speech(ctx: Ctx): void {
  const t = ctx.t;
  const reporting = ctx.cues.filter((c) => c.entry.cls === 'report');
  for (const c of reporting) {
    const i = c.tok;
    if (t.upos(i) !== 'VERB' || t.negated(i)) continue;
    const who = performer(ctx, i) ?? bareNameSubject(ctx, i) ?? adjacentSpeaker(ctx, i);
    if (!who?.hits.length) continue;
    const content = [...t.kids(i, 'ccomp', 'parataxis'), ...t.kids(i, 'xcomp').filter((k) => t.upos(k) !== 'VERB' || t.kids(k, 'nsubj').length > 0),
      // "spoke after the vote: "We call on …"": a quotation the parser coordinated with the verb
      ...t.kids(i, 'conj').filter((k) => t.inQuote[k] && !t.inQuote[i])];
    // a subject the parser hung on the reporting verb ("said an attack by X would be …") belongs to the content
    if (content.length) content.push(...t.kids(i, 'obj').filter((k) => k > i && content.some((c) => c > k)));
    // "cited comments X had made", "echoed X's concerns", "published X's returns": a reporting verb whose frame
    // takes an object reports that object when it is no actor (an actor object is the addressee: "told X",
    // "reminded X"; a pronoun object is no content)
    if (!content.length && c.entry.frames.includes('obj')) {
      content.push(...t.kids(i, 'obj').filter((k) => k > i && t.upos(k) === 'NOUN' && !ctx.af.actorsOf(k).length));
    }
    // "echoed statements | by X that …": an active verb has no agent, so a by-phrase the parser hung on it after
    // an object of the content is that object's ("statements by X")
    const objs = t.kids(i, 'obj').filter((k) => content.includes(k));
    if (objs.length && !t.passive(i)) content.push(...t.kids(i, 'obl').filter((k) => t.caseOf(k) === 'by' && objs.some((o) => o < k)));
    if (content.length) {
      // '"One reason …," Novak said, "is that …"': a quotation split by its attribution is said whole; the first
      // part hangs from the verb by whatever relation the parser gave it
      if (!t.inQuote[i]) content.push(...t.kids(i).filter((k) => k < i && t.inQuote[k] && t.upos(k) !== 'PUNCT' && !content.includes(k) && !/^nsubj/.test(t.rel(k))));
      const toks = content.flatMap((k) => t.subtree(k));
      addRegion(ctx, who.hits, toks, c, i, 'statements/speech-ccomp', who.rule);
      continue;
    }
    // "Novak said Ruritania is the one to blame": a complement clause without "that" the parser did not hang
    // on the verb as a clause (`dep`, `obl` pieces)
    const bare = bareComplement(ctx, i);
    if (bare) {
      addRegion(ctx, who.hits, bare, c, i, 'statements/speech-bare-complement', who.rule);
      continue;
    }
    // "…," he said / she said: "…": the quotation is the verb's head or sister clause
    const h = t.head(i);
    // a reporting verb in a subordinate clause ("X told Y, after he admitted …") or in a clause coordinated
    // with an unquoted one ("the video shows …, but Y said …") reports nothing of its head; an attribution
    // ("…," Novak said; Ruritania will respond, Novak said; as Novak put it, …) does
    const subordinate = t.kids(i, 'mark').some((k) => t.lower(k) !== 'as');
    const coordinated = (t.base(i) === 'conj' || t.base(i) === 'parataxis') && t.kids(i, 'cc').length > 0 && !t.inQuote[h];
    const said = h >= 0 && !subordinate && !coordinated;
    if (said && (t.base(i) === 'parataxis' || t.base(i) === 'ccomp' || t.base(i) === 'advcl' || t.base(i) === 'conj')) {
      const mine = new Set(t.subtree(i));
      const toks = t.subtree(h).filter((k) => !mine.has(k));
      addRegion(ctx, who.hits, toks, c, i, 'statements/speech-quote-then-speaker', who.rule);
      continue;
    }
    if (h < 0) {
      // root reporting verb whose quotation the parser attached elsewhere: quoted tokens of the sentence
      const toks = [...Array(t.n).keys()].filter((k) => t.inQuote[k]);
      if (toks.length) { addRegion(ctx, who.hits, toks, c, i, 'statements/speech-quotation', who.rule); continue; }
    }
  }
  // "called the plan illegal", "described X as a threat": a verb of naming says something of its object
  for (let i = 0; i < t.n; i++) {
    if (t.upos(i) !== 'VERB' || !ctx.lex.words['naming-verb'].has(t.lemma(i)) || t.negated(i)) continue;
    const pred = [...t.kids(i, 'xcomp'), ...t.kids(i, 'obl', 'advcl').filter((k) => t.caseOf(k) === 'as')];
    const obj = t.kids(i, 'obj');
    if (!pred.length) continue;
    const who = performer(ctx, i);
    if (!who?.hits.length) continue;
    const toks = [...obj, ...pred].flatMap((k) => t.subtree(k));
    const cue: CueHit | undefined = ctx.cues.find((c) => c.tok === i);
    addRegion(ctx, who.hits, toks, cue, i, 'statements/speech-naming', who.rule);
  }
  if (!ctx.regions.length) transcript(ctx);
  // "X spoke after the vote: "We call on …"": a quotation after a colon is what the clause's subject said
  if (!ctx.regions.length) {
    for (let i = 0; i < t.n - 1; i++) {
      if (t.toks[i].form !== ':' || !t.inQuote[i + 1] || t.inQuote[i]) continue;
      const verb = t.head(i);
      if (verb < 0 || t.upos(verb) !== 'VERB') continue;
      const who = performer(ctx, verb);
      const toks = [...Array(t.n).keys()].filter((k) => k > i && t.inQuote[k]);
      if (who?.hits.length && toks.length) addRegion(ctx, who.hits, toks, undefined, verb, 'statements/speech-colon', who.rule);
    }
  }
  // "according to X, …"
  for (let i = 0; i < t.n; i++) {
    if (t.lower(i) !== 'according' || t.lower(i + 1) !== 'to') continue;
    const obj = t.head(i);
    if (obj < 0) continue;
    const hits = ctx.af.actorsOf(obj);
    if (!hits.length) continue;
    const clause = t.head(obj);
    const mine = new Set(t.subtree(obj));
    const toks = (clause >= 0 ? t.subtree(clause) : [...Array(t.n).keys()]).filter((k) => !mine.has(k));
    addRegion(ctx, hits, toks, undefined, i, 'statements/speech-according-to');
  }
  // a quotation whose speaker is named where it closes, in a later sentence
  if (!ctx.regions.length && ctx.s.speakerAhead) {
    const toks = [...Array(t.n).keys()].filter((k) => t.inQuote[k]);
    if (toks.length) ctx.regions.push({ speaker: ctx.s.speakerAhead, cue: undefined, at: -1, toks: new Set(toks), rule: 'statements/speech-quote-ahead', produced: false });
  }
  // a quotation that goes on from the sentence before, with no speaker of its own
  if (!ctx.regions.length && ctx.s.startsInQuote && ctx.d.speaker) {
    const toks = [...Array(t.n).keys()].filter((k) => t.inQuote[k]);
    if (toks.length) ctx.regions.push({ speaker: [ctx.d.speaker], cue: undefined, at: -1, toks: new Set(toks), rule: 'statements/speech-continued-quote', produced: false });
  }
  // a paragraph that opens with a quotation naming no speaker goes on with the speaker of the paragraph
  // before ('"…," Dupont said. ¶ "…"'): news style names the speaker again when it changes
  if (!ctx.regions.length && !ctx.s.startsInQuote && ctx.d.previousSpeaker && t.inQuote[0] && /^["“‘']$/.test(t.toks[0].form)) {
    const toks = [...Array(t.n).keys()].filter((k) => t.inQuote[k]);
    ctx.regions.push({ speaker: [ctx.d.previousSpeaker], cue: undefined, at: -1, toks: new Set(toks), rule: 'statements/speech-next-paragraph', produced: false });
    ctx.d.speaker = ctx.d.previousSpeaker;
  }
  ctx.d.previousSpeaker = undefined;
}

/**
 * The attribution line of a quotation ("…," Rep. Jane Doe (D-Ore.) said. / "…," said Doe.) when the
 * parse gives the reporting verb no subject: the actor named right before it (after the quotation) or
 * right after it (`statements/speaker-adjacent`).
 */
export function adjacentSpeaker(ctx: Ctx, i: number): Performer | undefined {
  const t = ctx.t;
  // only an attribution line: the quotation comes before the verb
  if (!t.toks.slice(0, i).some((_, k) => t.inQuote[k])) return undefined;
  const near = (k: number) => k >= 0 && k < t.n && !t.inQuote[k] && t.mentionAt[k] && t.mentionAt[k]!.kind !== 'pronoun' ? ctx.af.actorsOf(k) : [];
  for (let k = i + 1; k < Math.min(t.n, i + 4); k++) {
    if (t.upos(k) === 'PUNCT' || t.upos(k) === 'ADP') break;
    const h = near(k);
    if (h.length) return { hits: h, rule: 'statements/speaker-adjacent' };
  }
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    if (t.inQuote[k]) break;
    // "Prime Minister Jan Novak of Ruritania said": an actor inside the phrase of another one before it is
    // its affiliation, not the speaker
    const owner = t.ancestors(k).find((a) => a < k && a >= Math.max(0, i - 12) && !t.inQuote[a] && near(a).length);
    const h = owner === undefined ? near(k) : [];
    if (h.length) return { hits: h, rule: 'statements/speaker-adjacent' };
  }
  return undefined;
}

/** "Dupont said …": a one-word name as the subject of a reporting verb is a person (`statements/speaker-bare-name`). */
export function bareNameSubject(ctx: Ctx, i: number): Performer | undefined {
  const t = ctx.t;
  for (const k of t.kids(i, 'nsubj')) {
    let m = t.mentionAt[k];
    // "Rice said": a capitalized word the mention finder took for a common word ("rice")
    if (!m && t.upos(k) === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.toks[k].form) && k > 0 && t.upos(k - 1) !== 'PROPN' && t.upos(k + 1) !== 'PROPN') {
      m = { sentence: ctx.s.index, tok: { start: k, end: k + 1 }, span: { start: t.toks[k].start, end: t.toks[k].end }, text: t.toks[k].form, kind: 'name', rule: 'statements/speaker-bare-name' };
      t.mentionAt[k] = m;
    }
    if (!m || m.entity || m.kind !== 'name' || t.upos(k) !== 'PROPN') continue;
    const e = ctx.registry.bareName(m);
    if (e) return { hits: [{ key: e.key, tok: ctx.af.tokRange(m), rule: 'statements/speaker-bare-name' }], rule: 'statements/speaker-bare-name' };
  }
  return undefined;
}

/**
 * "PENCE: Well, look, …": a transcript line names its speaker in capitals before a colon
 * (`statements/speech-transcript`), and so does a heading that is one name before a colon ("Jane Dupont: Ruritania
 * Must Pay", `statements/speech-heading`); "…," ― Jane Doe: a dash after a quotation names who said it
 * (`statements/speech-dash`).
 */
export function transcript(ctx: Ctx): void {
  const t = ctx.t;
  const colon = t.toks.findIndex((x, k) => x.form === ':' && k > 0 && k <= 4);
  const label = colon > 0 && t.toks.slice(0, colon).every((x) => x.form === x.form.toUpperCase() && /\p{Lu}/u.test(x.form) || /^\W+$/.test(x.form));
  // a heading "Jane Dupont: Ruritania Must Pay": a person's or body's name and nothing else before the colon
  // names who says what follows (places and states do not: "Ruritania: …" is a topic)
  const first = t.mentionAt[0];
  const headingSpeaker = colon > 0 && !label && first?.entity && first.kind !== 'pronoun' && !t.inQuote[colon]
    && t.toks.slice(0, colon).every((_, k) => t.mentionAt[k] === first)
    && ['person', 'organization', 'media'].includes(ctx.registry.entities.get(first.entity)?.kind ?? '');
  if (colon > 0 && (label || headingSpeaker)) {
    const m = t.mentionAt[colon - 1];
    const e = m?.entity ? ctx.registry.entities.get(m.entity) : m ? ctx.registry.bareName(m) : undefined;
    const toks = [...Array(t.n).keys()].filter((k) => k > colon);
    const rule = label ? 'statements/speech-transcript' : 'statements/speech-heading';
    if (e && toks.length) addRegion(ctx, [{ key: e.key, tok: [0, colon], rule }], toks, undefined, colon, rule);
  }
  const dash = t.toks.findIndex((x, k) => /^[―—–-]{1,2}$/.test(x.form) && k > 0 && t.inQuote[k - 1]);
  if (dash > 0 && dash >= t.n - 6) {
    for (let k = dash + 1; k < t.n; k++) {
      const m = t.mentionAt[k];
      if (!m || m.kind === 'pronoun') continue;
      const e = m.entity ? ctx.registry.entities.get(m.entity) : ctx.registry.bareName(m);
      const toks = [...Array(dash).keys()];
      if (e) addRegion(ctx, [{ key: e.key, tok: [k, k + 1], rule: 'statements/speech-dash' }], toks, undefined, dash, 'statements/speech-dash');
      break;
    }
  }
}

/**
 * The complement of a reporting verb that the parse broke into pieces ("Novak said Ruritania is the one
 * …": the subject of the complement hung on the verb as `dep`, the predicate as `obl`): the words after the
 * verb, when they begin with a noun phrase (not a preposition, adverb or punctuation: "said on Monday",
 * "said, …") and hold a verb or copula of their own. The verb's subject must come before it (an inverted
 * "said Novak" is an attribution line) and the verb must have no object (the addressee of "told").
 */
export function bareComplement(ctx: Ctx, i: number): number[] | undefined {
  const t = ctx.t;
  if (t.inQuote[i] || t.kids(i, 'obj', 'iobj').length) return undefined;
  if (t.kids(i, 'nsubj').some((k) => k > i)) return undefined;
  let k = i + 1;
  if (t.lower(k) === 'that') k++;
  if (k >= t.n || t.inQuote[k] || !['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM'].includes(t.upos(k))) return undefined;
  const mine = t.subtree(i).filter((x) => x >= k && !t.inQuote[x]);
  // the words after the verb that it heads, up to the end of its clause
  const toks = mine.filter((x) => x >= k && t.upos(x) !== 'PUNCT');
  const clauseVerb = toks.some((x) => (t.upos(x) === 'VERB' || t.upos(x) === 'AUX') && !/^(to|that)$/.test(t.lower(x)));
  if (!clauseVerb || !toks.includes(k)) return undefined;
  return toks;
}
