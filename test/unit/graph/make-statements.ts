/**
 * Invented statements for graph, export and summary tests. Fictional states and people only.
 */
import { POLARITY, type ActorRef, type Statement, type StatementType } from '../../../src/types';

export const ACTORS: Record<string, ActorRef> = {
  FRE: { id: 'country:FRE', name: 'Freedonia', kind: 'country', country: 'Freedonia' },
  SYL: { id: 'country:SYL', name: 'Sylvania', kind: 'country', country: 'Sylvania' },
  RUR: { id: 'country:RUR', name: 'Ruritania', kind: 'country', country: 'Ruritania' },
  LAT: { id: 'country:LAT', name: 'Latveria', kind: 'country', country: 'Latveria' },
  ZEN: { id: 'country:ZEN', name: 'Zenda', kind: 'country', country: 'Zenda' },
  firefly: { id: 'person:rufus-firefly', name: 'Rufus Firefly', kind: 'person', country: 'Freedonia', role: 'President' },
  trentino: { id: 'person:ambassador-trentino', name: 'Ambassador Trentino', kind: 'person', country: 'Sylvania', role: 'Ambassador' },
  elph: { id: 'person:rudolf-elph', name: 'Rudolf Elph', kind: 'person', country: 'Ruritania', role: 'Foreign Minister' },
  league: { id: 'organization:league-of-lands', name: 'League of Lands', kind: 'organization' },
  gazette: { id: 'media:freedonia-gazette', name: 'Freedonia Gazette', kind: 'media', country: 'Freedonia' },
};

let counter = 0;

export interface StatementExtra {
  doc?: string;
  sentence?: number;
  date?: string;
  quote?: string;
  text?: string;
  confidence?: number;
  published?: string;
}

/** `st('FRE', 'CRITICIZE', 'SYL', {date: '2020-01-02'})`: one invented statement. */
export function st(actor: string, type: StatementType, target: string, extra: StatementExtra = {}): Statement {
  const a = ACTORS[actor];
  const t = ACTORS[target];
  if (!a || !t) throw new Error(`unknown test actor ${actor} or ${target}`);
  const n = counter++;
  const doc = extra.doc ?? 'doc-a';
  const sentence = extra.sentence ?? n;
  const s: Statement = {
    id: `${doc}:${sentence}:${n}`,
    doc,
    sentence,
    text: extra.text ?? `${a.name} did something of type ${type.toLowerCase()} about ${t.name} in invented sentence ${sentence}.`,
    actor: a,
    type,
    polarity: POLARITY[type],
    target: t,
    confidence: extra.confidence ?? 0.8,
    cue: type.toLowerCase(),
    source: { path: `${doc}.txt`, title: `Invented article ${doc}`, author: 'A. Writer', ...(extra.published ? { published: extra.published } : {}) },
    evidence: { sentenceSpan: { start: 0, end: 10 }, cue: { start: 0, end: 1 }, rules: ['test/invented'], lexicon: [] },
  };
  if (extra.date) s.date = extra.date;
  if (extra.quote) s.quote = extra.quote;
  return s;
}
