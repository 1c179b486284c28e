/**
 * Actor registry
 * ==============
 *
 * One per document. Resolves each mention, in reading order, to a canonical entity:
 *
 * - states and international bodies by their gazetteer id (`actors/gazetteer`);
 * - people by full name, with spelling variants of one name merged (`actors/name-variant`), later
 *   mentions by a single name word (`actors/surname`), by description ("the Ruritanian diplomat",
 *   `actors/description`) and by pronoun (`actors/pronoun`);
 * - organizations and outlets by name, later mentions by their head noun ("the embassy").
 *
 * A person keeps the first full spelling as canonical name; role and country fill in as they appear.
 */
import type { Lexicons } from '../lexicon/types';
import type { ActorKind, ActorRef } from '../types';
import type { Entity, Mention } from './types';
import { editDistance } from '../text/edit-distance';

/** Lower-case, accents and punctuation folded, leading "the" dropped: the key of a name. */
export function nameKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
}

export function slug(s: string): string {
  return nameKey(s).replace(/ /g, '-');
}

/** Two spellings of one person's name: "Park Sung-min" / "Park Seong-min", "Lee Jae-sun" / "Lea Jae-sun". */
export function sameName(a: string, b: string): boolean {
  const wa = nameKey(a).split(' ');
  const wb = nameKey(b).split(' ');
  if (wa.join('') === wb.join('')) return true;
  // Same number of name parts, every part equal but for one letter or two: transliteration variants.
  if (wa.length < 2 || wa.length !== wb.length || wa.join('').length < 8) return false;
  // vowels differ, consonants agree: a transliteration variant
  if (personKey(a) === personKey(b)) return true;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (editDistance(wa[i], wb[i], 1) > 1 || wa[i].length < 3) return false;
    differing++;
  }
  return differing <= 1 || (differing === 2 && wa[0] === wb[0]);
}


/** Roles of one standing in an election (titles.tsv): a description by one finds a person named with another. */
const CAMPAIGN_ROLES = new Set(['candidate', 'nominee', 'front-runner']);

export class Registry {
  readonly entities = new Map<string, Entity>();
  /**
   * Entities in the order they were last mentioned (for salience). An entity mentioned again is
   * appended and its older slot goes stale (`slot` says which one is live); stale slots are dropped when
   * they outnumber the live ones, so the list stays within twice the number of entities.
   */
  private recent: { key: string; sentence: number }[] = [];
  private readonly slot = new Map<string, number>();
  /**
   * People by the keys `sameName` can match on: the joined name, the consonant skeleton, and each name
   * word (two spellings that differ in one or two parts share another part exactly).
   */
  private readonly personIndex = new Map<string, Set<Entity>>();
  /** Names already matched to a person (`sameName` is costly and the same name recurs). */
  private readonly personByName = new Map<string, Entity>();
  /** Non-person entities by their name key, for one-word look-ups ("the Ministry" → its organization). */
  private readonly byNameKey = new Map<string, Entity>();
  /** Creation order of entities. */
  private readonly order = new Map<string, number>();

  /** Roles (lower-case) of heads of state or government, from titles.tsv (`leader`). */
  private readonly leaderRoles: Set<string>;

  constructor(private readonly lex: Lexicons) {
    this.leaderRoles = new Set();
    for (const list of lex.titles.values()) for (const t of list) if (t.leader && t.role) this.leaderRoles.add(t.role.toLowerCase());
  }

  private touch(e: Entity, sentence: number): Entity {
    e.mentions++;
    e.lastSentence = sentence;
    this.slot.set(e.key, this.recent.length);
    this.recent.push({ key: e.key, sentence });
    if (this.recent.length > 64 && this.recent.length > 2 * this.slot.size) {
      this.recent = this.recent.filter((r, i) => this.slot.get(r.key) === i);
      this.recent.forEach((r, i) => this.slot.set(r.key, i));
    }
    return e;
  }

  private ensure(key: string, init: () => Omit<Entity, 'key' | 'mentions' | 'lastSentence' | 'aliases' | 'heads'> & { heads?: string[] }): Entity {
    let e = this.entities.get(key);
    if (!e) {
      const v = init();
      e = { key, mentions: 0, lastSentence: -1, aliases: new Set(), ...v, heads: new Set(v.heads ?? []) };
      this.entities.set(key, e);
      this.order.set(key, this.order.size);
      if (e.kind === 'person') this.indexPerson(e, e.name);
      else if (!this.byNameKey.has(nameKey(e.name))) this.byNameKey.set(nameKey(e.name), e);
    }
    return e;
  }

  country(id: string): Entity {
    const c = this.lex.countries.get(id);
    return this.ensure(`country:${id}`, () => ({ name: c?.name ?? id, kind: 'country', country: id, nameWords: [] }));
  }

  /**
   * Full names of the whole document, registered before reading (in `prime`): a headline or lead
   * that names a person by surname only ("Dupont chides Ruritania") resolves to the full name given
   * later (`actors/surname-cataphora`).
   */
  private readonly later = new Map<string, { name: string; words: string[] }[]>();

  /**
   * People the document names with a role anywhere ("Ruritanian Finance Minister Jan Novak"): a person
   * first named without it gets it (`fill`), and a description before the name ("The Ruritanian finance
   * minister said …; the minister, Jan Novak, …") resolves forward to them (`actors/description-cataphora`).
   */
  private readonly roles: { name: string; words: string[]; role: string; roleClass?: Mention['roleClass']; country?: string; sentence: number }[] = [];

  /** Notes a person's full name (two or more words) found anywhere in the document. */
  prime(m: Mention): void {
    if (m.kind !== 'person' && m.kind !== 'name') return;
    const name = m.text.replace(/\s+/g, ' ').replace(/['’]s$/, '');
    const words = nameKey(name).split(' ').filter(Boolean);
    if (m.kind === 'person' && m.role && words.length >= 2) this.roles.push({ name, words, role: m.role, roleClass: m.roleClass, country: m.country, sentence: m.sentence });
    if (words.length < 2 || (m.kind === 'name' && !this.plausiblePerson(words, name))) return;
    const last = words[words.length - 1];
    const list = this.later.get(last) ?? [];
    if (!list.some((x) => sameName(x.name, name))) list.push({ name, words });
    this.later.set(last, list);
  }

  /**
   * A person named by one word the registry could not place ("Dupont said"): the statement stage
   * calls this when the word is the subject of a reporting verb, which only people and bodies do.
   */
  bareName(m: Mention): Entity | undefined {
    const name = m.text.replace(/\s+/g, ' ').replace(/['’]s$/, '');
    const words = nameKey(name).split(' ').filter(Boolean);
    if (words.length !== 1 || !/^\p{Lu}/u.test(name) || this.lex.gazetteer.has(words[0]) || this.lex.people(words[0])) return undefined;
    if (m.rule === 'actors/common-word-name') return undefined;
    // "CLARIFICATION:", "PENCE:" with nobody of that name before: a heading or an unknown label
    if (m.rule === 'actors/speaker-label' && this.lex.dictionaryWord(words[0])) return undefined;
    // "said Tuesday", "in March": days and months are no people
    if (this.lex.tagsOf(words[0]).some((x) => x === 'WeekDay' || x === 'Month' || x === 'Date' || x === 'Holiday')) return undefined;
    const e = this.ensure(`person:${slug(name)}`, () => ({ name, kind: 'person', nameWords: words }));
    m.entity = e.key;
    m.resolution = 'actors/bare-name-speaker';
    return this.touch(e, m.sentence);
  }

  /** A group actor named by a collective noun phrase ("human rights groups", "Eastern envoys"). */
  group(name: string, sentence: number, country?: string): Entity {
    const words = nameKey(name).split(' ').filter(Boolean);
    const e = this.ensure(`group:${slug(name)}`, () => ({ name, kind: 'group', country, nameWords: words, heads: words.slice(-1) }));
    return this.touch(e, sentence);
  }

  /** The most recently mentioned entity that passes `ok`. */
  latest(ok: (e: Entity) => boolean, beforeSentence = Infinity): Entity | undefined {
    // Each entity is looked at once, at its last mention: linear in the number of entities, not mentions.
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i];
      if (this.slot.get(r.key) !== i || r.sentence > beforeSentence) continue;
      const e = this.entities.get(r.key)!;
      if (ok(e)) return e;
    }
    return undefined;
  }

  private static nameKeys(name: string): string[] {
    const words = nameKey(name).split(' ').filter(Boolean);
    return [`j:${words.join('')}`, `p:${personKey(name)}`, ...words.map((w) => `w:${w}`)];
  }

  private indexPerson(e: Entity, name: string): void {
    for (const k of Registry.nameKeys(name)) {
      const set = this.personIndex.get(k) ?? new Set<Entity>();
      set.add(e);
      this.personIndex.set(k, set);
    }
  }

  private findPerson(name: string): Entity | undefined {
    const k = nameKey(name);
    const known = this.personByName.get(k);
    if (known) return known;
    // candidates in creation order, as a scan over all people would meet them
    const candidates = new Set<Entity>();
    for (const key of Registry.nameKeys(name)) for (const e of this.personIndex.get(key) ?? []) candidates.add(e);
    const ordered = [...candidates].sort((a, b) => this.order.get(a.key)! - this.order.get(b.key)!);
    for (const e of ordered) {
      if (sameName(e.name, name) || [...e.aliases].some((a) => sameName(a, name))) {
        this.personByName.set(k, e);
        return e;
      }
    }
    return undefined;
  }

  /** A plausible person's name when nothing else (title, apposition) says so. */
  private plausiblePerson(words: string[], name = ''): boolean {
    if (words.length < 2 || words.length > 4) return false;
    // "Ruritania Square", "Novak Island": a place's head word ends the name (word-classes.tsv, place-head)
    if (this.lex.words['place-head'].has(words[words.length - 1])) return false;
    // a given name in two hyphenated syllables, the second in lower case ("Kim Tae-yong", "Ri Song-chol"):
    // its syllables are name parts, whatever English words they spell
    const syllables = new Set(name.split(/\s+/).filter((p) => /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(p)).flatMap((p) => nameKey(p).split(' ')));
    // an English word that is no known name ("national", "straw") is common
    const isCommon = (w: string) => !syllables.has(w) && (this.lex.commonWord(w) || this.lex.dictionaryWord(w)) && !this.lex.nameWord(w);
    // "Bill Novak", "Jean Dupont": a given name that is also an English word (word-classes.tsv, given-name), before a
    // surname that is none
    if (words.length === 2 && this.lex.words['given-name'].has(words[0]) && !isCommon(words[1])) return true;
    // middle initials ("Jean K. Dupont") say nothing either way
    const common = words.filter((w) => w.length > 1 && isCommon(w)).length;
    // "Jan Flint", "Orla Reed" pass (a given name and one common word); "Dupont National Links" (a place) does not
    const full = words.filter((w) => w.length > 1);
    return common === 0 || (full.length === 2 && common === 1 && !isCommon(full[0]));
  }

  /** Resolves one mention (in reading order); sets `entity` and `resolution`, or leaves it unresolved. */
  resolve(m: Mention): Entity | undefined {
    const e = this.resolveInner(m);
    if (e) {
      m.entity = e.key;
      this.touch(e, m.sentence);
    }
    return e;
  }

  private resolveInner(m: Mention): Entity | undefined {
    const lex = this.lex;
    switch (m.kind) {
      case 'country':
        m.resolution = m.rule;
        return m.country ? this.country(m.country) : undefined;
      case 'organization':
      case 'media': {
        if (m.body) {
          const b = lex.bodies.get(m.body)!;
          m.resolution = 'actors/international-body';
          // named as the text first names it ("the IMF" or "the International Monetary Fund"), as people are
          const shown = m.text.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/\s+/g, ' ');
          return this.ensure(`organization:${slug(b.id)}`, () => ({ name: shown || b.name, kind: b.kind, country: b.country, nameWords: [] }));
        }
        let name = m.text.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/\s+/g, ' ');
        // "Ruritania's Foreign Ministry": the state is part of the organization's name
        if (m.country && m.statePrefix) name = `${m.statePrefix}'s ${name}`;
        const key = `${m.kind}:${slug(m.country && !m.statePrefix && !nameKey(name).includes(nameKey(this.country(m.country).name)) ? `${m.country} ${name}` : name)}`;
        m.resolution = m.rule;
        const e = this.ensure(key, () => ({ name, kind: m.kind as ActorKind, country: m.country, nameWords: [], heads: m.head ? [m.head] : [] }));
        if (m.head) e.heads.add(m.head);
        return e;
      }
      case 'group':
        return this.resolveGroup(m);
      case 'person':
      case 'name': {
        const name = m.text.replace(/\s+/g, ' ').replace(/['’]s$/, '');
        const words = nameKey(name).split(' ').filter(Boolean);
        if (words.length >= 2) {
          const known = this.findPerson(name);
          if (known) {
            m.resolution = nameKey(known.name) === nameKey(name) ? 'actors/same-name' : 'actors/name-variant';
            if (m.resolution === 'actors/name-variant') { known.aliases.add(name); this.indexPerson(known, name); }
            this.fill(known, m);
            return known;
          }
          if (m.kind === 'person' || this.plausiblePerson(words, name)) {
            m.resolution = m.rule;
            const e = this.ensure(`person:${slug(name)}`, () => ({ name, kind: 'person', nameWords: words }));
            this.fill(e, m);
            return e;
          }
          return undefined;
        }
        // One word: a person already named by surname ("Dupont"), else an acronym organization.
        const w = words[0];
        if (!w) return undefined;
        // a capitalized common word is only ever the last name word of a person named before ("Jan Reed … Reed said")
        if (m.rule === 'actors/common-word-name') {
          const named = this.latest((e) => e.kind === 'person' && e.nameWords.length >= 2 && e.nameWords[e.nameWords.length - 1] === w);
          if (named) { m.resolution = 'actors/common-word-surname'; this.fill(named, m); }
          return named;
        }
        const person = this.latest((e) => e.kind === 'person' && e.nameWords.includes(w));
        if (person) {
          m.resolution = 'actors/surname';
          this.fill(person, m);
          return person;
        }
        const ahead = this.later.get(w);
        if (ahead?.length === 1 && !this.lex.gazetteer.has(w)) {
          const full = ahead[0];
          m.resolution = 'actors/surname-cataphora';
          const known = this.findPerson(full.name);
          const e = known ?? this.ensure(`person:${slug(full.name)}`, () => ({ name: full.name, kind: 'person', nameWords: full.words }));
          this.fill(e, m);
          return e;
        }
        const candidate = this.byNameKey.get(w);
        const org = candidate && candidate.kind !== 'country' ? candidate : undefined;
        if (org) {
          m.resolution = 'actors/same-name';
          if (m.country && !org.country) org.country = m.country;
          return org;
        }
        if (m.rule === 'actors/acronym') {
          m.resolution = 'actors/acronym';
          const e = this.ensure(`organization:${slug(w)}`, () => ({ name: m.text, kind: 'organization', nameWords: [] }));
          if (m.country && !e.country) e.country = m.country;
          return e;
        }
        if (m.kind === 'person') {
          m.resolution = m.rule;
          const e = this.ensure(`person:${slug(name)}`, () => ({ name, kind: 'person', nameWords: words }));
          this.fill(e, m);
          return e;
        }
        if (m.tok.start > 0 && !this.lex.tagsOf(w).length && !this.lex.dictionaryWord(w) && !this.lex.people(w) && !m.possessive && /^\p{Lu}\p{Ll}+$/u.test(name)) {
          // "Israel accused Hamas of …": a proper name we know nothing else about is taken as an organization
          m.resolution = 'actors/unknown-proper-name';
          return this.ensure(`organization:${slug(w)}`, () => ({ name, kind: 'organization', nameWords: [] }));
        }
        return undefined;
      }
      case 'description': {
        const head = m.head ?? '';
        if (m.rule === 'actors/the-government') {
          // the state named most often so far (the latest on a tie): a report on one state's politics calls
          // its government "the government"
          let best: Entity | undefined;
          for (const e of this.entities.values()) if (e.kind === 'country' && (!best || e.mentions > best.mentions || (e.mentions === best.mentions && e.lastSentence > best.lastSentence))) best = e;
          if (best && best.mentions >= 2) { m.resolution = 'actors/the-government'; return best; }
          return undefined;
        }
        if (m.role || ['diplomat', 'official', 'representative', 'leader', 'expert', 'head'].includes(head)) {
          const roleKey = (m.role ?? head).toLowerCase();
          const generic = ['diplomat', 'official', 'representative'].includes(head);
          // "the Ruritanian leader": a head of state or government of that state
          const leader = roleKey === 'leader';
          // "the candidate", "the nominee", "the front-runner": one standing in an election, whichever word named them
          const campaign = CAMPAIGN_ROLES.has(roleKey);
          const fits = (role: string | undefined, cls: Mention['roleClass']) => (generic ? cls === 'official'
            : leader ? this.leaderRoles.has((role ?? '').toLowerCase()) || (role ?? '').toLowerCase() === 'leader'
              : campaign ? CAMPAIGN_ROLES.has((role ?? '').toLowerCase()) : (role ?? '').toLowerCase().includes(roleKey));
          // the state's own first; a person whose state the text has not given yet after that
          const byRole = this.latest((e) => e.kind === 'person' && (!m.country || e.country === m.country) && fits(e.role, e.roleClass))
            ?? (m.country && !generic ? this.latest((e) => e.kind === 'person' && !e.country && fits(e.role, e.roleClass)) : undefined);
          if (byRole) {
            m.resolution = 'actors/description';
            if (m.country && !byRole.country) byRole.country = m.country;
            return byRole;
          }
          // named with that role only later, in the next few sentences: the lead's description, then the name
          if (!generic) {
            const ahead = this.roles.find((r) => r.sentence > m.sentence && r.sentence <= m.sentence + 8 && fits(r.role, r.roleClass) && (!m.country || !r.country || r.country === m.country));
            if (ahead) {
              m.resolution = 'actors/description-cataphora';
              const e = this.findPerson(ahead.name) ?? this.ensure(`person:${slug(ahead.name)}`, () => ({ name: ahead.name, kind: 'person', nameWords: ahead.words }));
              if (!e.role) { e.role = ahead.role; e.roleClass = ahead.roleClass; }
              if (!e.country && ahead.country) e.country = ahead.country;
              return e;
            }
          }
          if (m.country && generic) {
            const sameState = this.latest((e) => e.kind === 'person' && e.country === m.country);
            if (sameState) { m.resolution = 'actors/description-state'; return sameState; }
          }
          if (m.country) {
            // "the Ruritanian envoy" never named: the state is the actor the text gives
            m.resolution = 'actors/description-state-fallback';
            return this.country(m.country);
          }
          return undefined;
        }
        // "the embassy", "the publication", "the newspaper"
        const media = ['newspaper', 'paper', 'publication', 'outlet', 'daily', 'magazine', 'broadcaster', 'network'].includes(head);
        const org = this.latest((e) => (media ? e.kind === 'media' : (e.kind === 'organization' || e.kind === 'media') && e.heads.has(head))
          && (!m.country || e.country === m.country));
        if (org) { m.resolution = 'actors/description'; return org; }
        if (m.country && !media) {
          // "the Ruritanian embassy": first mention of a state's organization
          const name = m.text.replace(/^(the|this)\s+/i, '').replace(/\s+/g, ' ');
          m.resolution = 'actors/description-new-organization';
          const e = this.ensure(`organization:${slug(`${m.country} ${name}`)}`, () => ({ name, kind: 'organization', country: m.country, nameWords: [], heads: [head] }));
          e.heads.add(head);
          return e;
        }
        return undefined;
      }
      case 'pronoun':
        return undefined; // pronouns are resolved by the statement stage, which knows who spoke
    }
    return undefined;
  }

  /**
   * A collective actor ("40 MPs", "right-wing Ruritanian leaders", "the Liberals"). A later mention
   * with fewer or the same modifiers ("the deputies", "the lawmakers", "Ruritanian lawmakers" after "Northern
   * Ruritanian lawmakers") is the group last named with that head noun (`actors/group-anaphor`).
   */
  private resolveGroup(m: Mention): Entity {
    const name = (m.name ?? m.text).replace(/\s+/g, ' ').replace(/^the\s+/i, '');
    const words = nameKey(name).split(' ').filter(Boolean);
    const head = m.head ?? words[words.length - 1] ?? '';
    const same = this.entities.get(`group:${slug(name)}`);
    const earlier = same ?? this.latest((e) => e.kind === 'group' && e.heads.has(head) && words.every((w) => e.nameWords.includes(w)) && (!m.country || !e.country || e.country === m.country));
    if (earlier) {
      m.resolution = same ? m.rule : 'actors/group-anaphor';
      if (m.country && !earlier.country) earlier.country = m.country;
      if (nameKey(earlier.name) !== nameKey(name)) earlier.aliases.add(name);
      return earlier;
    }
    m.resolution = m.rule;
    return this.ensure(`group:${slug(name)}`, () => ({ name, kind: 'group', country: m.country, nameWords: words, heads: [head] }));
  }

  private fill(e: Entity, m: Mention): void {
    if (m.role && !e.role) { e.role = m.role; e.roleClass = m.roleClass; }
    if (m.gender) e.gender = m.gender;
    else if (!e.gender) e.gender = this.givenNameGender(e.name);
    if (m.country && !e.country) e.country = m.country;
    if (!e.role && e.nameWords.length >= 2) {
      // the role the document gives this person elsewhere ("… shunned Jan Novak …; former President Jan Novak")
      const r = this.roles.find((x) => sameName(x.name, e.name));
      if (r) { e.role = r.role; e.roleClass = r.roleClass; if (!e.country && r.country) e.country = r.country; }
    }
  }

  /**
   * A given name the lexicon knows as male or female ("Jane Dupont"). Names whose later parts are
   * hyphenated ("Ri Tae-yong", "Lee Jae-sun") put the family name first: the first word says nothing.
   */
  private givenNameGender(name: string): 'm' | 'f' | undefined {
    const parts = name.split(/\s+/);
    if (parts.length < 2 || parts.slice(1).some((p) => p.includes('-'))) return undefined;
    const tags = this.lex.tagsOf(parts[0].toLowerCase());
    const male = tags.includes('MaleName');
    const female = tags.includes('FemaleName');
    return male === female ? undefined : male ? 'm' : 'f';
  }

  /**
   * Can a third-person pronoun stand for this entity? "he"/"she" need a person whose gender is unknown or
   * the same; "they" (plural) a group, body or state; "it" no person.
   */
  agrees(key: string, pronoun: NonNullable<Mention['pronoun']>): boolean {
    const e = this.entities.get(key);
    if (!e) return false;
    if (pronoun.human && !pronoun.plural) return e.kind === 'person' && (!pronoun.gender || !e.gender || e.gender === pronoun.gender);
    return true;
  }

  /** The record form of an entity, as statements carry it. */
  ref(key: string): ActorRef {
    const e = this.entities.get(key)!;
    const countryName = e.country ? this.lex.countries.get(e.country)?.name : undefined;
    const ref: ActorRef = { id: refId(e), name: e.name, kind: e.kind };
    if (countryName) ref.country = countryName;
    if (e.role) ref.role = e.role;
    const aliases = [...e.aliases].filter((a) => a !== e.name);
    if (aliases.length) ref.aliases = aliases;
    return ref;
  }
}

/**
 * A person's id keeps the first letter of each name part and its consonants, so spellings of one
 * name in different articles ("Park Seong-min", "Park Sung-min", "Park Seong Min") load as one node.
 */
export function personKey(name: string): string {
  return nameKey(name).split(' ').map((t) => t[0] + t.slice(1).replace(/[aeiouy]/g, '')).join('-');
}

function refId(e: Entity): string {
  if (e.kind === 'country') return `country:${e.country}`;
  if (e.kind === 'person') return `person:${personKey(e.name)}`;
  return e.key.startsWith(`${e.kind}:`) ? e.key : `${e.kind}:${slug(e.name)}`;
}
