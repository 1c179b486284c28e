/**
 * Every statement rule of src/statements, shown at work on one invented sentence: the test fails when a
 * rule id appears in the code without an example here, or when the example no longer yields the triple
 * that carries the rule in its evidence (or, for rules that explain why nothing was emitted, the message).
 *
 * Some rules recover from a parser error (a reporting verb left without a subject, a name headed by the
 * state of its title). Their examples give the parse the error by hand through `onParse`, so the rule is
 * tested whatever the shipped model does with the sentence; `why` says which error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../../src/pipeline';
import type { Message } from '../../../src/types';
import { lexicons } from './helpers';

interface Example {
  rule: string;
  text: string;
  /** 'actor|TYPE|target' of the statement whose evidence names the rule; absent for message rules. */
  triple?: string;
  /** Parser errors given by hand: token form → [head form (null: root), relation, UPOS]. */
  edits?: Record<string, [string | null, string, string?]>;
  why?: string;
}

const EXAMPLES: Example[] = [
  { rule: 'statements/actor-affiliated-person', text: 'Norwegian Prime Minister Erik Lund condemned Iran.', triple: 'Erik Lund|CRITICIZE|Iran', edits: { 'Norwegian': ['condemned', 'nsubj'], 'Lund': ['Norwegian', 'flat'] }, why: 'the parser made the state the head of the name' },
  { rule: 'statements/actor-affiliation', text: 'The navy of Norway condemned Iran.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/actor-appos', text: 'The foreign minister, Jan Kowalski, criticized Belarus.', triple: 'Jan Kowalski|CRITICIZE|Belarus' },
  { rule: 'statements/actor-bare-name', text: 'Lund condemned Hungary on Monday.', triple: 'Lund|CRITICIZE|Hungary' },
  { rule: 'statements/actor-conj', text: 'Norway and Denmark condemned Iran and Syria.', triple: 'Norway|CRITICIZE|Iran' },
  // a plural head of src/data/group-nouns.tsv is already a mention (actors/group); this rule covers the rest
  { rule: 'statements/actor-group', text: 'Catholic and Protestant groups condemned Egypt on Monday.', triple: 'Catholic and Protestant groups|CRITICIZE|Egypt' },
  { rule: 'statements/actor-in-clause', text: 'Senator Maria Lopez said that Mexico would hold elections in June.', triple: 'Maria Lopez|COMMENT|Mexico' },
  { rule: 'statements/actor-in-phrase', text: 'Japan condemned the arms deal between Russia and North Korea.', triple: 'Japan|CRITICIZE|Russia' },
  { rule: 'statements/actor-mention', text: 'Norway condemned Iran.', triple: 'Norway|CRITICIZE|Iran' },
  // lawmakers are a group of their state, not the state (actors/group; the gold names such groups "British MPs")
  { rule: 'statements/actor-partitive', text: 'A group of French lawmakers criticized Germany.', triple: 'French lawmakers|CRITICIZE|Germany' },
  { rule: 'statements/actor-pronoun', text: 'Polish Foreign Minister Jan Novak arrived in Paris on Sunday. He condemned Hungary on Monday.', triple: 'Jan Novak|CRITICIZE|Hungary' },
  { rule: 'statements/actor-voice-of', text: 'The representative of the French Foreign Ministry criticized Russia.', triple: 'French Foreign Ministry|CRITICIZE|Russia' },
  { rule: 'statements/actor-relative', text: 'Finland, which condemned Russia on Monday, met Sweden on Tuesday.', triple: 'Finland|CRITICIZE|Russia' },
  { rule: 'statements/actor-the-two', text: 'Chile and Peru criticized Bolivia. The two sides also condemned Ecuador.', triple: 'Chile|CRITICIZE|Ecuador' },
  { rule: 'statements/attitude-reported', text: 'Erik Lund thinks that Iran is very concerned about Syria.' },
  { rule: 'statements/subject-text-author', text: 'A parliamentary motion, signed by Erik Lund, today urged Norway to withdraw its troops.', triple: 'Erik Lund|DEMAND|Norway' },
  { rule: 'statements/attitude-speaker', text: 'Erik Lund said the voters were angry with Norway.', triple: 'Erik Lund|CRITICIZE|Norway' },
  { rule: 'statements/attitude', text: 'Norway is deeply concerned about Iran.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/comment', text: 'Senator Maria Lopez said that Mexico would hold elections in June.', triple: 'Maria Lopez|COMMENT|Mexico' },
  { rule: 'statements/date-day-word', text: 'Norway condemned Iran yesterday.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/date-month-day', text: 'Norway condemned Iran on March 3.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/date-same-day', text: 'Norway condemned Iran on March 3. The same day Denmark criticized Syria.', triple: 'Denmark|CRITICIZE|Syria' },
  { rule: 'statements/date-weekday', text: 'Norway condemned Iran on Monday.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/demand-ending', text: "Norway's rebate angered Chile. Erik Lund wants the rebate to come to an end.", triple: 'Erik Lund|DEMAND|Norway' },
  { rule: 'statements/eval-agent', text: '"The crisis was provoked by Serbia," the Croatian president said.', triple: 'Croatia|ACCUSE|Serbia' },
  { rule: 'statements/eval-clause', text: "\"Iran acted with Syria in an illegal way,\" Norway's prime minister said.", triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/eval-lack', text: "Erik Lund said Denmark's remarks showed a lack of respect for his country.", triple: 'Erik Lund|CRITICIZE|Denmark' },
  { rule: 'statements/eval-modified-noun', text: "\"It is an illegal deal with Syria,\" Norway's prime minister said.", triple: 'Norway|CRITICIZE|Syria' },
  { rule: 'statements/eval-named-object', text: 'The French president called the British rebate unjustified.', triple: 'France|CRITICIZE|United Kingdom' },
  { rule: 'statements/eval-of-object', text: "\"The vote shows the bankruptcy of the Danish policy,\" Norway's prime minister said.", triple: 'Norway|CRITICIZE|Denmark' },
  { rule: 'statements/eval-predicate-noun', text: 'Senator Erik Lund met Polish Prime Minister Jan Novak on Monday. "He is a very bright and talented man," Lund said.', triple: 'Erik Lund|SUPPORT|Jan Novak' },
  { rule: 'statements/eval-act', text: 'Officials said President Jan Novak was ready to impose retaliatory trade action against Japan.', triple: 'Jan Novak|WARN|Japan' },
  { rule: 'statements/targets-in-sentence', text: 'Despite the arms deal reached between Iran and Syria, Norway and Denmark issued a series of condemnatory statements.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/eval-subject', text: "\"Iran is reckless,\" Norway's prime minister said.", triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/hypothetical', text: 'Norway said it could condemn Iran.', triple: 'Norway|WARN|Iran' },
  { rule: 'statements/hypothetical-positive', text: 'Norway said it would support Iran if it held elections.' },
  { rule: 'statements/joint-actors', text: 'Norway and Denmark met on Monday.', triple: 'Norway|MEET|Denmark' },
  { rule: 'statements/light-verb', text: 'Norway expressed concern over Iran.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/negated', text: 'Norway did not condemn Iran.' },
  { rule: 'statements/condition', text: 'Talks will fail if Norway cuts itself off from Iran.' },
  { rule: 'statements/negated-praise', text: '"The Spanish plan is no longer justified," the Portuguese prime minister said.', triple: 'Portugal|CRITICIZE|Spain' },
  { rule: 'statements/no-actor', text: 'The plan was condemned.' },
  { rule: 'statements/no-target', text: 'Norway condemned the plan.' },
  { rule: 'statements/nominal-by', text: 'The condemnation of Iran by Norway came on Monday.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/nominal-modifier', text: 'The Norwegian condemnation of Iran came on Monday.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/nominal-possessor', text: "Norway's condemnation of Iran came on Monday.", triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/reaction-from', text: "Iran's nuclear test provoked condemnation from Norway.", triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/reciprocal', text: 'Chile and Peru exchanged accusations on Monday.', triple: 'Chile|ACCUSE|Peru' },
  { rule: 'statements/reported-act', text: 'Norway said Denmark condemned Iran.', triple: 'Denmark|CRITICIZE|Iran' },
  { rule: 'statements/speaker', text: "\"We condemn Iran,\" Norway's prime minister said.", triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/speaker-adjacent', text: '"Iran is reckless," Erik Lund said.', triple: 'Erik Lund|CRITICIZE|Iran', edits: { 'Lund': ['said', 'obl'] }, why: 'the parser gave the reporting verb no subject' },
  { rule: 'statements/speaker-bare-name', text: 'Later, Rice said Iran is reckless.', triple: 'Rice|CRITICIZE|Iran', edits: { 'Rice': ['said', 'nsubj', 'PROPN'] }, why: 'a surname that is also a common word, tagged as a name' },
  { rule: 'statements/speaker-own-side', text: "\"We condemn Iran,\" Norway's prime minister said.", triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/speech-according-to', text: 'According to Norway, Iran is reckless.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/speech-bare-complement', text: 'Erik Lund said Iran is the one trying to pressure the moderators.', triple: 'Erik Lund|COMMENT|Iran', edits: { 'Iran': ['said', 'dep'], 'one': ['said', 'obl'] }, why: 'the parser broke the complement clause into dep and obl' },
  { rule: 'statements/speech-ccomp', text: 'Senator Maria Lopez said that Mexico would hold elections in June.', triple: 'Maria Lopez|COMMENT|Mexico' },
  { rule: 'statements/speech-colon', text: 'Erik Lund spoke after the vote: "Iran is reckless."', triple: 'Erik Lund|CRITICIZE|Iran', edits: { ':': ['spoke', 'punct'], 'reckless': ['spoke', 'parataxis'] }, why: 'the quotation after a colon hangs on the verb before it' },
  { rule: 'statements/speech-continued-quote', text: 'Erik Lund said: "Iran is reckless. Syria is reckless too."', triple: 'Erik Lund|CRITICIZE|Syria' },
  { rule: 'statements/speech-dash', text: '"Iran is reckless." ― Erik Lund', triple: 'Erik Lund|CRITICIZE|Iran' },
  { rule: 'statements/speech-heading', text: 'Erik Lund: Iran Must Pay For The Attack.', triple: 'Erik Lund|COMMENT|Iran' },
  { rule: 'statements/speech-naming', text: 'Norway called Iran reckless.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/speech-next-paragraph', text: '"Iran is reckless," Erik Lund said.\n\n"Syria is reckless too."', triple: 'Erik Lund|CRITICIZE|Syria' },
  { rule: 'statements/speech-quotation', text: 'Erik Lund said "Iran is reckless".', triple: 'Erik Lund|CRITICIZE|Iran', edits: { 'reckless': ['Lund', 'acl'] }, why: 'the parser hung the quotation away from the reporting verb' },
  { rule: 'statements/speech-quote-ahead', text: '"Iran is reckless. Syria is worse," Erik Lund said.', triple: 'Erik Lund|CRITICIZE|Iran' },
  { rule: 'statements/speech-quote-then-speaker', text: '"The Spanish plan is illegal," Portuguese Prime Minister Rui Alves said.', triple: 'Rui Alves|CRITICIZE|Spain' },
  { rule: 'statements/speech-transcript', text: 'LUND: Iran is reckless and Syria is worse.', triple: 'LUND|CRITICIZE|Iran' },
  { rule: 'statements/subject-conj', text: 'Chile welcomed the vote and criticized Peru.', triple: 'Chile|CRITICIZE|Peru' },
  { rule: 'statements/subject-nsubj', text: 'Norway condemned Iran.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/subject-participle', text: 'Norway issued a statement condemning Iran.', triple: 'Norway|CRITICIZE|Iran' },
  { rule: 'statements/subject-passive-agent', text: 'Hungary was condemned by Austria on Tuesday.', triple: 'Austria|CRITICIZE|Hungary' },
  { rule: 'statements/subject-apposition-predicate', text: 'Jean Lund, the foreign minister of France, a permanent member of the Security Council, said Iran\'s latest "provocation cannot be left without consequences."', triple: 'Jean Lund|WARN|Iran', why: 'the parser made the last apposition the predicate and hung the verb on it' },
  { rule: 'statements/subject-relcl', text: 'Finland, which condemned Russia, met Sweden.', triple: 'Finland|CRITICIZE|Russia', edits: { 'which': ['condemned', 'mark'] }, why: 'a relative clause whose pronoun the parser did not make its subject' },
  { rule: 'statements/possible-eval', text: 'Senator Maria Lopez noted that the pact between Russia and Iran could undermine the peace.' },
  { rule: 'statements/attitude-situation', text: 'Norway is concerned about the surge in military cooperation between Russia and Iran.' },
  { rule: 'statements/demanded-act', text: 'Norway urged Denmark to cooperate with Sweden.' },
  { rule: 'statements/act-in-opinion', text: 'Senator Maria Lopez thinks that Norway and Denmark are joining forces.' },
  { rule: 'statements/subject-sibling-clause', text: 'Norway said Iran lied and was concerned about Syria.', triple: 'Iran|CRITICIZE|Syria', edits: { 'concerned': ['said', 'ccomp'], 'was': ['concerned', 'cop'] }, why: 'an attitude clause with no subject beside a clause that has one' },
  { rule: 'statements/subject-xcomp', text: 'Greece decided to condemn Turkey.', triple: 'Greece|CRITICIZE|Turkey' },
  { rule: 'statements/subject-xcomp-object', text: 'Norway urged Denmark to condemn Iran.', triple: 'Denmark|CRITICIZE|Iran' },
  { rule: 'statements/target-critic', text: 'Erik Lund hit back at complaints from Denmark.', triple: 'Erik Lund|REJECT|Denmark' },
  { rule: 'statements/target-carried', text: 'Norway condemned Iran on Monday. Denmark issued a strong warning.', triple: 'Denmark|WARN|Iran' },
  { rule: 'statements/target-carried-document', text: 'Norway condemned Iran. Denmark condemned Iran.\n\nSweden issued a strong warning.', triple: 'Sweden|WARN|Iran' },
  { rule: 'statements/target-clause-subject', text: 'Norway warned that Iran would pay a heavy price.', triple: 'Norway|WARN|Iran' },
  { rule: 'statements/target-object-agent', text: 'Norway condemned the attack by Iran.', triple: 'Norway|CRITICIZE|Iran' },
  // the owner of a definite thing named before: who imposed "the embargo" (a sanction noun), whose "the rebate" is
  { rule: 'statements/target-owner', text: 'Norway imposed an embargo on Iran. Denmark called for the embargo to be lifted.', triple: 'Denmark|DEMAND|Norway' },
  { rule: 'statements/target-possessor', text: "The Swedish president called Norway's rebate from the European Union unjustified.", triple: 'Sweden|CRITICIZE|Norway' },
  { rule: 'statements/target-passive-subject', text: 'Hungary was condemned by Austria on Tuesday.', triple: 'Austria|CRITICIZE|Hungary' },
  { rule: 'statements/targets-from-context', text: 'Norway condemned Iran on Monday. Denmark issued a strong warning.', triple: 'Denmark|WARN|Iran' },
];

function run(ex: Example): { rules: Map<string, string[]>; messages: Message[] } {
  const messages: Message[] = [];
  const onParse = (toks: { form: string; head: number; deprel: string; upos: string }[]) => {
    for (const [form, [head, rel, upos]] of Object.entries(ex.edits ?? {})) {
      const k = toks.findIndex((t) => t.form === form);
      if (k < 0) throw new Error(`no token '${form}' in '${ex.text}'`);
      toks[k].head = head === null ? 0 : toks.findIndex((t) => t.form === head) + 1;
      toks[k].deprel = rel;
      if (upos) toks[k].upos = upos;
    }
  };
  const statements = extractDocument({ id: 'doc', path: 'doc.txt', text: ex.text, published: '2024-05-10' }, { lexicons, onMessage: (m) => messages.push(m), onParse });
  const rules = new Map<string, string[]>();
  for (const s of statements) rules.set(`${s.actor.name}|${s.type}|${s.target.name}`, s.evidence.rules);
  return { rules, messages };
}

describe('each statement rule on an invented sentence', () => {
  it.each(EXAMPLES.map((e) => [e.rule, e] as const))('%s', (_rule, ex) => {
    const { rules, messages } = run(ex);
    if (ex.triple) {
      expect([...rules.keys()]).toContain(ex.triple);
      expect(rules.get(ex.triple)).toContain(ex.rule);
    } else {
      expect(messages.map((m) => m.ruleId)).toContain(ex.rule);
    }
  });

  it('has an example for every rule id written in src/statements', () => {
    const dir = join(__dirname, '../../../src/statements');
    const ids = new Set<string>();
    // (the rules live in src/statements/rules/: read the folder and its subfolders)
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts'))) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'(statements\/[a-z-]+)'/g)) ids.add(m[1]);
    }
    expect(ids.size).toBeGreaterThan(40);
    expect([...ids].filter((id) => !EXAMPLES.some((e) => e.rule === id)).sort()).toEqual([]);
  });
});
