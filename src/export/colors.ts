/**
 * Colours
 * =======
 *
 * Bloc palette (Tableau 10 without its red and green, which mean criticism and alliance on
 * edges), a grey for actors standing alone, and the edge colours by sign.
 */

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
