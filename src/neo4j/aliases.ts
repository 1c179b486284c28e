/**
 * Alias keys
 * ==========
 *
 * How a name as people write it ("the US", "Park Seong-min", "SEOUL") finds its actor. Every Actor
 * node stores `aliasKeys` and one (:Alias {key})-[:NAMES]->(:Actor) per key (indexed, unique key).
 * The query files compute the same key from their parameter in Cypher:
 *
 *   WITH trim(toLower($actor)) AS q
 *   WITH CASE WHEN q STARTS WITH 'the ' THEN substring(q, 4) ELSE q END AS q
 *   WITH trim(replace(replace(replace(replace(replace(q, '.', ''), '’', "'"), '-', ' '), '  ', ' '), '  ', ' ')) AS key
 *
 * so `aliasKey` below must stay in step with that snippet. Keys are stored with and without
 * diacritics, so "Sao Paulo" and "São Paulo" both find the actor.
 */
import countries from 'world-countries';
import { loadCountryAliases } from '../lexicon/load';

export function aliasKey(name: string): string {
  let q = name.toLowerCase().replace(/\s+/g, ' ').trim();
  if (q.startsWith('the ')) q = q.slice(4);
  return q.replace(/\./g, '').replace(/’/g, "'").replace(/-/g, ' ').replace(/ +/g, ' ').trim();
}

export function stripDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** The keys for a set of surface forms, with and without diacritics, sorted and unique. */
export function aliasKeys(names: Iterable<string | undefined>): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    for (const form of [n, stripDiacritics(n)]) {
      const k = aliasKey(form);
      if (k) keys.add(k);
    }
  }
  return [...keys].sort();
}

interface CountryInfo {
  cca3: string;
  name: string;
  names: string[];
}

let countryIndex: Map<string, CountryInfo> | undefined;

/** world-countries, indexed by the alias key of every name, spelling, code and capital. */
function countryByKey(): Map<string, CountryInfo> {
  if (countryIndex) return countryIndex;
  countryIndex = new Map();
  const political = loadCountryAliases();
  const codesAndNames: Array<[CountryInfo, string[]]> = [];
  for (const c of countries as unknown as Array<{
    name: { common: string; official: string };
    cca2: string;
    cca3: string;
    altSpellings?: string[];
    capital?: string[];
  }>) {
    const info: CountryInfo = {
      cca3: c.cca3,
      name: c.name.common,
      // the political aliases news uses ("ROK", "the Kremlin") come from the extractor's data
      names: [c.name.common, c.name.official, c.cca2, c.cca3, ...(c.altSpellings ?? []), ...(c.capital ?? []), ...(political.get(c.cca3) ?? [])],
    };
    codesAndNames.push([info, info.names]);
  }
  // Common and official names first, so a capital or code never shadows a country's own name.
  for (const pass of [0, 1]) {
    for (const [info, names] of codesAndNames) {
      const list = pass === 0 ? names.slice(0, 2) : names.slice(2);
      for (const n of list) {
        const k = aliasKey(stripDiacritics(n));
        if (k && !countryIndex.has(k)) countryIndex.set(k, info);
      }
    }
  }
  return countryIndex;
}

/** The world-countries entry for a country name, spelling, code or capital, if any. */
export function lookupCountry(name: string): CountryInfo | undefined {
  return countryByKey().get(aliasKey(stripDiacritics(name)));
}

/** Extra surface forms of a country actor: official name, codes, alternative spellings, capitals. */
export function countryAliases(name: string): string[] {
  return lookupCountry(name)?.names ?? [];
}

export function slug(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unknown';
}
