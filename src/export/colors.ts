/**
 * Colours
 * =======
 *
 * Bloc palette (Tableau 10 without its red and green, which mean criticism and alliance on
 * edges), a grey for actors standing alone, and the edge colours by sign.
 */

import type { ActorAttrs, StanceGraph } from '../graph/types';

export interface Rgb { r: number; g: number; b: number }

const hex = (h: string): Rgb => ({
  r: parseInt(h.slice(1, 3), 16),
  g: parseInt(h.slice(3, 5), 16),
  b: parseInt(h.slice(5, 7), 16),
});

export const BLOC_PALETTE: Rgb[] = [
  '#1f77b4', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#637939',
].map(hex);
export const LONE_COLOR: Rgb = hex('#c7c7c7');
export const NEGATIVE_COLOR: Rgb = hex('#d62728');
export const POSITIVE_COLOR: Rgb = hex('#2ca02c');

/** Colour of a bloc: palette by id for blocs of two or more, grey for a bloc of one. */
export function blocColor(bloc: number, blocSize: number): Rgb {
  if (bloc < 0 || blocSize < 2) return LONE_COLOR;
  return BLOC_PALETTE[bloc % BLOC_PALETTE.length]!;
}

export function signColor(sign: number): Rgb {
  return sign < 0 ? NEGATIVE_COLOR : POSITIVE_COLOR;
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Bloc colours that agree across files: the state network is the reference.
 *
 *   - a state's bloc in countries.gexf (two or more members) gets the palette colour of its id;
 *   - in actors.gexf, a country node takes the colour of its state in the state network, so one
 *     state has one colour in both files;
 *   - every other actor bloc takes the colour of the state bloc most of its members belong to
 *     (members' states, by their state-network bloc), unless a larger actor bloc took it already;
 *     then the next palette colour no state bloc uses; actors alone are grey.
 *
 * Writes `color` (#rrggbb) on every node of both graphs. Deterministic for the same blocs.
 */
export function assignBlocColors(actors: StanceGraph, countries: StanceGraph): void {
  const stateColor = new Map<string, string>();
  countries.forEachNode((node, a) => {
    const c = toHex(blocColor(a.bloc, a.blocSize));
    countries.setNodeAttribute(node, 'color', c);
    stateColor.set(node, c);
    if (a.label) stateColor.set(`name:${a.label}`, c);
  });
  const colourOfState = (node: string, a: ActorAttrs): string | undefined => {
    if (a.kind === 'country') return stateColor.get(node) ?? (a.label ? stateColor.get(`name:${a.label}`) : undefined);
    return a.country ? stateColor.get(`name:${a.country}`) : undefined;
  };
  const lone = toHex(LONE_COLOR);
  // Votes of each actor bloc for the state colours of its members.
  const votes = new Map<number, Map<string, number>>();
  const sizes = new Map<number, number>();
  actors.forEachNode((node, a) => {
    if (a.blocSize < 2 || a.bloc < 0) return;
    sizes.set(a.bloc, a.blocSize);
    const c = colourOfState(node, a);
    const v = votes.get(a.bloc) ?? votes.set(a.bloc, new Map()).get(a.bloc)!;
    if (c && c !== lone) v.set(c, (v.get(c) ?? 0) + 1);
  });
  const used = new Set<string>();
  const blocColour = new Map<number, string>();
  const spare = BLOC_PALETTE.map(toHex).filter((c) => ![...stateColor.values()].includes(c));
  let nextSpare = 0;
  for (const bloc of [...sizes.keys()].sort((x, y) => sizes.get(y)! - sizes.get(x)! || x - y)) {
    const ranked = [...(votes.get(bloc) ?? new Map()).entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const pick = ranked.find(([c]) => !used.has(c))?.[0];
    const c = pick ?? spare[nextSpare++ % Math.max(1, spare.length)] ?? toHex(BLOC_PALETTE[bloc % BLOC_PALETTE.length]!);
    used.add(c);
    blocColour.set(bloc, c);
  }
  actors.forEachNode((node, a) => {
    const own = a.kind === 'country' ? colourOfState(node, a) : undefined;
    actors.setNodeAttribute(node, 'color', own ?? (a.blocSize >= 2 ? blocColour.get(a.bloc) ?? lone : lone));
  });
}
