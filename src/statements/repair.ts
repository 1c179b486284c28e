/**
 * Parse repairs
 * =============
 *
 * A greedy transition parser makes a few errors that no later rule can see past, because they put an
 * actor in the wrong clause. Each repair here fixes one such error by a structural test that holds in
 * English generally (never by a word or a position in one text), and rewrites the heads in place before
 * the tree is built.
 *
 * - **complement subject** ("Dupont says Novak is lying"): the parser may hang "Novak" on "says" as a
 *   second subject. A subject that follows its verb, when a clausal complement of that verb follows the
 *   subject and has no subject of its own, is that complement's subject. (Inverted reporting —
 *   "…, says Novak" — has the complement before the subject and is left alone.) When that complement
 *   has a subject of its own, the stray word belongs inside it (a possessive "Novak's" becomes the
 *   possessor of that subject; anything else a `dep` of the complement).
 * - **one subject a verb** ('"…," Novak said on "Morning Report."'): a verb that already has a subject
 *   before it cannot have a second one after it; the later one becomes `dep` (the parser could not place
 *   it), so that no rule reads it as the subject.
 * - **speaker after a quotation** ('"…," Novak, the Ruritanian minister, told reporters'): the parser may
 *   hang the speaker inside the quotation (as a vocative, an apposition, a conjunct). Words outside a
 *   quotation do not depend on a word inside it, except the verb that introduces it; so the first noun
 *   between the closing mark and a following verb that has no subject becomes that verb's subject, and
 *   the nouns after it up to the verb its appositions.
 * - **subject before a relative clause** ("Novak, who visited Osterlich, praised …"): the parser may make
 *   the noun the root and the verb its conjunct. A noun root without a copula, whose conjunct is a verb
 *   with no subject and no coordinating word, is that verb's subject; the verb becomes the root.
 * - **passive subject with no passive auxiliary** ("Ruritania and Osterlich have called for …" parsed
 *   with `nsubj:pass`): an English finite passive needs a form of "be" or "get" ("was condemned", "got
 *   criticized"); a verb whose subject is marked passive but that has no such auxiliary or copula, and no
 *   by-phrase, is active, and its subject becomes `nsubj`. (A reduced passive, "the strikes condemned by
 *   X", has no subject at all and is not touched.)
 * - **speaker at the end** ("… would be too provocative, foreign envoys in the capital said."): with no
 *   quotation marks the parser may hang the speaker inside the clause before it (as a vocative, an object).
 *   A sentence that ends in a comma, a noun phrase and a verb with no subject is an inverted attribution:
 *   the noun phrase is the verb's subject. Only the words of the phrase that hang outside it move: the first
 *   nominal becomes `nsubj`, a prepositional phrase its `nmod`, another nominal its `appos`.
 * - **headline verb read as a noun** ("Dupont chides Ruritania and praises Osterlich"): headline style drops
 *   articles, and the tagger may read the verb in -s between two names as a plural noun compounding them
 *   ("Dupont chides Ruritania" as one name). A plural-looking common noun that joins a proper noun to the
 *   proper noun it modifies cannot be a compound of names: when its lemma is a statement verb of the
 *   lexicon (`isVerbCue`), it is that verb, the first name its subject and the second its object; a verb
 *   the second name was the subject of becomes its conjunct ("… and praises Osterlich").
 * - **finite conjunct under a modal** ("Dupont said that the economy would rebound and praised Novak"): the
 *   parser may coordinate the second verb with the verb of the that-clause. A verb governed by a bare modal
 *   ("would rebound") is in its base form; a conjunct with no subject of its own in a finite past or
 *   third-person form ("praised", "praises") cannot share that modal, so it is a conjunct of the verb above
 *   the clause, whose subject it shares.
 * - **subordinator read as a preposition** ("… came after the government was urged by X", "since Dupont,
 *   at the debate, cited …"): "after", "before", "since", "until" and "once" are prepositions or
 *   subordinating conjunctions; the parser may take the noun after them for their object and hang the verb
 *   that follows as a conjunct with no coordinating word and no subject. A conjunct with neither, whose
 *   auxiliaries and adverbs are all that separate it from that noun's phrase, has the noun as its subject:
 *   the word becomes its `mark` and the verb an adverbial clause of the verb the phrase hung on.
 * - **subject after a fronted phrase** ("Despite the deal reached between A and B, Ruritania and Osterlich
 *   issued statements"): the parser may coordinate the subject with the nouns of the phrase before the comma
 *   and make the verb a conjunct with no coordinating word. A conjoined verb with neither a subject nor a
 *   coordinator of its own, right after a comma and a bare noun phrase, takes that phrase as its subject.
 */
import type { SyntaxToken } from '../syntax';

const SUBJECT = /^(nsubj|csubj|expl)/;

const NOMINAL = /^(NOUN|PROPN|PRON)$/;

/**
 * Applies the repairs to `toks` (1-based heads, as parsed) in place; `inQuote` marks the tokens inside
 * quotation marks (the marks included). Returns the number of heads changed.
 */
export function repairParse(toks: SyntaxToken[], inQuote: boolean[] = [], isVerbCue: (lemma: string) => boolean = () => false): number {
  let changed = headlineVerb(toks, isVerbCue) + modalConjunct(toks) + subordinatorAsPreposition(toks) + speakerAfterQuotation(toks, inQuote) + speakerAtTheEnd(toks, inQuote) + subjectAfterComma(toks) + nominalRoot(toks) + passiveWithoutBe(toks);
  const kids = (h: number) => toks.map((t, i) => (t.head === h + 1 ? i : -1)).filter((i) => i >= 0);
  for (let s = 0; s < toks.length; s++) {
    const t = toks[s];
    if (!t.deprel.startsWith('nsubj') || t.head <= 0) continue;
    const v = t.head - 1;
    if (s < v) continue;
    const comps = kids(v).filter((c) => c > s && /^(ccomp|parataxis)$/.test(toks[c].deprel));
    const comp = comps.find((c) => !kids(c).some((k) => SUBJECT.test(toks[k].deprel)) && (toks[c].upos === 'VERB' || kids(c).some((k) => toks[k].deprel === 'cop')));
    if (comp !== undefined) {
      toks[s].head = comp + 1;
      changed++;
    } else if (comps.some((c) => toks[c].deprel === 'ccomp')) {
      // the complement has its subject: the stray word is part of it ("says Novak's plan is …": the
      // possessor of that subject)
      const c = comps.find((x) => toks[x].deprel === 'ccomp')!;
      const subj = kids(c).find((k) => SUBJECT.test(toks[k].deprel) && k > s);
      const poss = kids(s).some((k) => toks[k].deprel === 'case' && /^['’]s?$/.test(toks[k].form));
      toks[s].head = (poss && subj !== undefined ? subj : c) + 1;
      toks[s].deprel = poss && subj !== undefined ? 'nmod:poss' : 'dep';
      changed++;
    } else if (kids(v).some((k) => k < v && toks[k].deprel.startsWith('nsubj'))) {
      toks[s].deprel = 'dep';
      changed++;
    }
  }
  return changed;
}

function speakerAfterQuotation(toks: SyntaxToken[], inQuote: boolean[]): number {
  let changed = 0;
  for (let close = 0; close < toks.length - 2; close++) {
    // the closing mark of a quotation: inside, followed by a word outside
    if (!inQuote[close] || inQuote[close + 1] !== false || !/^["”’']$/.test(toks[close].form)) continue;
    const verb = toks.findIndex((t, k) => k > close && !inQuote[k] && t.upos === 'VERB');
    if (verb < 0 || toks.some((t, k) => k > close && k < verb && inQuote[k])) continue;
    if (toks.some((t) => t.head === verb + 1 && /^(nsubj|expl)/.test(t.deprel))) continue;
    const intoQuote = (k: number) => toks[k].head > 0 && inQuote[toks[k].head - 1];
    const first = toks.findIndex((t, k) => k > close && k < verb && NOMINAL.test(t.upos) && intoQuote(k));
    if (first < 0 || dominates(toks, first, verb)) continue; // (hanging it on a verb below it would make a cycle)
    toks[first].head = verb + 1;
    toks[first].deprel = 'nsubj';
    changed++;
    for (let k = first + 1; k < verb; k++) {
      if (!intoQuote(k) || dominates(toks, k, verb)) continue;
      toks[k].head = NOMINAL.test(toks[k].upos) ? first + 1 : verb + 1;
      toks[k].deprel = NOMINAL.test(toks[k].upos) ? 'appos' : toks[k].upos === 'PUNCT' ? 'punct' : 'dep';
      changed++;
    }
  }
  return changed;
}

/** The speaker-at-the-end repair of the file header. */
function speakerAtTheEnd(toks: SyntaxToken[], inQuote: boolean[]): number {
  let end = toks.length - 1;
  while (end >= 0 && toks[end].upos === 'PUNCT') end--;
  const verb = end;
  if (verb < 2 || toks[verb].upos !== 'VERB' || inQuote[verb]) return 0;
  if (toks.some((t) => t.head === verb + 1 && /^(nsubj|csubj|expl)/.test(t.deprel))) return 0;
  let comma = verb - 1;
  while (comma >= 0 && toks[comma].form !== ',') comma--;
  if (comma < 1 || verb - comma > 8 || inQuote[comma]) return 0;
  const span = [...Array(verb - comma - 1).keys()].map((k) => k + comma + 1);
  // a noun phrase only: no verb, auxiliary, subordinator or quotation inside it
  if (!span.length || span.some((k) => /^(VERB|AUX|SCONJ|PUNCT)$/.test(toks[k].upos) || inQuote[k])) return 0;
  if (!span.some((k) => NOMINAL.test(toks[k].upos))) return 0;
  const outside = span.filter((k) => toks[k].head - 1 <= comma || toks[k].head - 1 >= verb);
  const subject = outside.find((k) => NOMINAL.test(toks[k].upos));
  if (subject === undefined || dominates(toks, subject, verb)) return 0;
  let changed = 0;
  for (const k of outside) {
    if (dominates(toks, k, verb)) continue;
    const caseKid = toks.some((t, x) => x > comma && x < k && t.head === k + 1 && t.deprel === 'case');
    const [head, rel] = k === subject ? [verb, 'nsubj'] : caseKid ? [subject, 'nmod'] : NOMINAL.test(toks[k].upos) ? [subject, 'appos'] : [subject, 'dep'];
    if (toks[k].head === head + 1 && toks[k].deprel === rel) continue;
    toks[k].head = head + 1;
    toks[k].deprel = rel;
    changed++;
  }
  return changed;
}

/** The subject-after-a-fronted-phrase repair of the file header. */
function subjectAfterComma(toks: SyntaxToken[]): number {
  let changed = 0;
  const kidsOf = (h: number) => toks.map((t, i) => (t.head === h + 1 ? i : -1)).filter((i) => i >= 0);
  for (let v = 2; v < toks.length; v++) {
    if (toks[v].upos !== 'VERB' || toks[v].deprel !== 'conj') continue;
    if (kidsOf(v).some((k) => /^(nsubj|csubj|expl|cc|mark)/.test(toks[k].deprel))) continue;
    let comma = v - 1;
    while (comma >= 0 && toks[comma].form !== ',' && v - comma <= 8) comma--;
    if (comma < 1 || toks[comma].form !== ',') continue;
    const span = [...Array(v - comma - 1).keys()].map((k) => k + comma + 1);
    // a bare noun phrase (names, nouns and the words that join them), nothing else
    if (!span.length || span.some((k) => !/^(NOUN|PROPN|DET|ADJ|CCONJ|PUNCT)$/.test(toks[k].upos))) continue;
    const first = span.find((k) => /^(NOUN|PROPN)$/.test(toks[k].upos) && (toks[k].head - 1 <= comma || toks[k].head - 1 >= v));
    if (first === undefined || dominates(toks, first, v)) continue;
    // the rest of the phrase hangs inside it, or is a conjunct the parser hung on the noun before the comma
    const out = span.filter((k) => k !== first && (toks[k].head - 1 <= comma || toks[k].head - 1 >= v) && toks[k].upos !== 'PUNCT');
    if (out.some((k) => toks[k].deprel !== 'conj' || !/^(NOUN|PROPN)$/.test(toks[k].upos))) continue;
    toks[first].head = v + 1;
    toks[first].deprel = 'nsubj';
    for (const k of out) toks[k].head = first + 1;
    changed += 1 + out.length;
  }
  return changed;
}

function nominalRoot(toks: SyntaxToken[]): number {
  const root = toks.findIndex((t) => t.head === 0);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(toks[root].upos)) return 0;
  const kidsOf = (h: number) => toks.map((t, i) => (t.head === h + 1 ? i : -1)).filter((i) => i >= 0);
  const kids = kidsOf(root);
  if (kids.some((k) => toks[k].deprel === 'cop')) return 0;
  const verb = kids.find((k) => k > root && toks[k].deprel === 'conj' && toks[k].upos === 'VERB'
    && !kidsOf(k).some((x) => /^(nsubj|csubj|expl|cc)/.test(toks[x].deprel)));
  if (verb === undefined) return 0;
  toks[verb].head = 0;
  toks[verb].deprel = 'root';
  toks[root].head = verb + 1;
  toks[root].deprel = 'nsubj';
  // what closes the sentence belongs to the verb now
  for (const k of kids) if (k > verb && toks[k].deprel === 'punct') toks[k].head = verb + 1;
  return 1;
}

const PASSIVE_AUX = /^(be|get)$/;

/** The passive-subject repair of the file header. */
function passiveWithoutBe(toks: SyntaxToken[]): number {
  let changed = 0;
  for (const t of toks) {
    if (t.deprel !== 'nsubj:pass' || t.head <= 0) continue;
    const kids = toks.map((k, i) => (k.head === t.head ? i : -1)).filter((i) => i >= 0);
    const passiveAux = kids.some((i) => /^(aux|cop)/.test(toks[i].deprel) && PASSIVE_AUX.test(toks[i].lemma.toLowerCase()));
    const byPhrase = kids.some((i) => toks[i].deprel === 'obl:agent'
      || (toks[i].deprel === 'obl' && toks.some((c) => c.head === i + 1 && c.deprel === 'case' && c.form.toLowerCase() === 'by')));
    if (passiveAux || byPhrase) continue;
    t.deprel = 'nsubj';
    changed++;
  }
  return changed;
}

/** Token `a` is `b` or an ancestor of it (0-based indices). */
function dominates(toks: SyntaxToken[], a: number, b: number): boolean {
  for (let k = b, n = 0; k >= 0 && n <= toks.length; k = toks[k].head - 1, n++) if (k === a) return true;
  return false;
}

/** The headline verb in -s read as a noun between two names (see the header). */
function headlineVerb(toks: SyntaxToken[], isVerbCue: (lemma: string) => boolean): number {
  let changed = 0;
  for (let w = 1; w + 1 < toks.length; w++) {
    const a = w - 1;
    const b = w + 1;
    const t = toks[w];
    if (t.upos !== 'NOUN' || !/^[a-z]+[^s']s$/.test(t.form) || !isVerbCue(t.lemma)) continue;
    if (toks[a].upos !== 'PROPN' || toks[b].upos !== 'PROPN') continue;
    if (t.head !== b + 1 || !/^(compound|flat)/.test(t.deprel) || ![w + 1, b + 1].includes(toks[a].head)) continue;
    // the second name's own phrase ends at its head (a name of several words: the last one)
    const v = toks[b].head - 1;
    const rel = toks[b].deprel;
    t.upos = 'VERB';
    t.head = toks[b].head;
    t.deprel = rel;
    toks[a].head = w + 1; toks[a].deprel = 'nsubj';
    toks[b].head = w + 1; toks[b].deprel = 'obj';
    if (/^nsubj/.test(rel) && v >= 0 && toks[v].upos === 'VERB' && toks.some((k) => k.head === v + 1 && k.deprel === 'cc')) {
      // "… and praises Osterlich": the verb Ruritania was the subject of is the headline verb's conjunct
      t.head = toks[v].head; t.deprel = toks[v].deprel;
      toks[v].head = w + 1; toks[v].deprel = 'conj';
      for (let k = v + 1; k < toks.length; k++) if (toks[k].head === v + 1 && toks[k].upos === 'PUNCT' && k === toks.length - 1) toks[k].head = w + 1;
    } else if (rel === 'root') {
      for (let k = 0; k < toks.length; k++) if (k !== w && toks[k].head === b + 1 && !/^(compound|flat|det|amod|case)$/.test(toks[k].deprel)) toks[k].head = w + 1;
    }
    changed++;
  }
  return changed;
}

const MODAL = /^(would|will|could|can|may|might|should|shall|must|'d|'ll)$/i;

/** A finite conjunct of a verb under a bare modal belongs to the clause above (see the header). */
function modalConjunct(toks: SyntaxToken[]): number {
  let changed = 0;
  const kids = (h: number) => toks.map((t, i) => (t.head === h + 1 ? i : -1)).filter((i) => i >= 0);
  for (let v2 = 0; v2 < toks.length; v2++) {
    const t = toks[v2];
    if (t.upos !== 'VERB' || t.deprel !== 'conj' || !/[a-z](ed|es|s)$/.test(t.form) || t.form.toLowerCase() === t.lemma) continue;
    const v1 = t.head - 1;
    if (v1 < 0 || v1 > v2 || toks[v1].upos !== 'VERB' || !/^(ccomp|xcomp|advcl)$/.test(toks[v1].deprel)) continue;
    const aux1 = kids(v1).filter((k) => /^aux/.test(toks[k].deprel));
    // a bare modal and the verb in its base form ("would rebound"; not "would have rebounded")
    if (aux1.length !== 1 || !MODAL.test(toks[aux1[0]].form) || /(ed|ing)$/i.test(toks[v1].form)) continue;
    if (!kids(v1).some((k) => toks[k].deprel === 'mark')) continue;
    const own = kids(v2);
    if (own.some((k) => /^(nsubj|csubj|expl|aux)/.test(toks[k].deprel))) continue;
    const above = toks[v1].head - 1;
    if (above < 0 || toks[above].upos !== 'VERB') continue;
    t.head = above + 1;
    changed++;
  }
  return changed;
}

const SUBORDINATOR = /^(after|before|since|until|till|once)$/i;

/** A noun after "after"/"since" is the subject of the subjectless conjunct that follows it (see the header). */
function subordinatorAsPreposition(toks: SyntaxToken[]): number {
  let changed = 0;
  const kids = (h: number) => toks.map((t, i) => (t.head === h + 1 ? i : -1)).filter((i) => i >= 0);
  const subtreeEnd = (i: number): number => { let end = i; for (const k of kids(i)) end = Math.max(end, subtreeEnd(k)); return end; };
  for (let n = 1; n < toks.length; n++) {
    const noun = toks[n];
    if (!NOMINAL.test(noun.upos) || !/^(obl|nmod)$/.test(noun.deprel)) continue;
    const prep = kids(n).find((k) => toks[k].deprel === 'case' && SUBORDINATOR.test(toks[k].form));
    if (prep === undefined) continue;
    // "came after X condemned …" (X an obl of "came"), or "came three days after X condemned …" (X an nmod of
    // "days", itself an obl of "came"): the stray verb is a conjunct of the clause's verb
    let head = noun.head - 1;
    if (noun.deprel === 'nmod') head = head >= 0 && toks[head].deprel.startsWith('obl') ? toks[head].head - 1 : -1;
    if (head < 0) continue;
    const v = toks.findIndex((t, k) => k > n && t.upos === 'VERB' && t.deprel === 'conj' && t.head === head + 1);
    if (v < 0) continue;
    const own = kids(v);
    if (own.some((k) => /^(nsubj|csubj|expl|cc)/.test(toks[k].deprel))) continue;
    // only the verb's auxiliaries, adverbs and commas between the noun's phrase and the verb
    const end = subtreeEnd(n);
    let ok = end < v;
    for (let k = end + 1; ok && k < v; k++) ok = toks[k].head === v + 1 && /^(aux|advmod|punct)/.test(toks[k].deprel) || toks[k].upos === 'PUNCT';
    if (!ok) continue;
    const pass = own.some((k) => toks[k].deprel === 'aux:pass');
    toks[v].deprel = 'advcl';
    noun.head = v + 1; noun.deprel = pass ? 'nsubj:pass' : 'nsubj';
    toks[prep].head = v + 1; toks[prep].deprel = 'mark'; toks[prep].upos = 'SCONJ';
    changed++;
  }
  return changed;
}

/** Regular stems of an inflected verb form, likeliest first ("blasted" → blast, blaste, …). */
function regularStems(w: string): string[] {
  const out: string[] = [];
  const undouble = (s: string) => (/([b-df-hj-np-tv-z])\1$/.test(s) ? [s.slice(0, -1)] : []);
  if (/ied$/.test(w)) out.push(`${w.slice(0, -3)}y`);
  else if (/ed$/.test(w)) out.push(w.slice(0, -2), w.slice(0, -1), ...undouble(w.slice(0, -2)));
  else if (/ing$/.test(w)) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, ...undouble(w.slice(0, -3)));
  else if (/ies$/.test(w)) out.push(`${w.slice(0, -3)}y`);
  else if (/[^s]s$/.test(w)) out.push(w.slice(0, -1));
  else if (/(ch|sh|ss|x|z|o)es$/.test(w)) out.push(w.slice(0, -2));
  return out.filter((s) => s.length >= 2);
}

/**
 * **Regular verb lemma** ("Dupont blasted Novak", "lauded", "echoed"): the lemmatizer's suffix rules are
 * learned from the treebank and misread regular inflections of verbs it never saw ("-asted" is cut as in
 * "tasted": blasted → "blaste"; lauded → "laude"; comparing → "compar"). A verb whose lemma is no English
 * word takes the first regular stem of its form that is one, a statement or reporting verb of the lexicon
 * first. (A lemma that is a word is kept, even the inflected form itself: "supplying" left as is by the
 * tagger is not read as "supply", a narrower fix than the lemmatizer's own.) Returns the number of lemmas changed.
 */
export function repairLemmas(toks: SyntaxToken[], isWord: (w: string) => boolean, isCueVerb: (lemma: string) => boolean): number {
  let changed = 0;
  for (const t of toks) {
    if (t.upos !== 'VERB') continue;
    const lower = t.form.toLowerCase();
    if (!/^[a-z]+$/.test(lower) || isCueVerb(t.lemma)) continue;
    if (isWord(t.lemma)) continue;
    const stems = regularStems(lower).filter(isWord);
    const pick = stems.find(isCueVerb) ?? stems[0];
    if (pick === undefined || pick === t.lemma) continue;
    t.lemma = pick;
    changed++;
  }
  return changed;
}
