/**
 * XML helpers
 * ===========
 *
 * Escaping and number formatting shared by the GEXF and GraphML writers.
 */

// Characters XML 1.0 forbids anywhere, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Any character escapeXml removes or replaces.
const NEEDS_ESCAPE = /[\u0000-\u001F&<>"'\uFFFE\uFFFF]/;

/** Escapes text for an attribute value or element content (quotes and newlines included). */
export function escapeXml(value: string): string {
  // most values (ids, numbers, names) need nothing: one test instead of nine replacements
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** A finite number in plain decimal notation with at most `digits` significant digits. */
export function formatNumber(value: number, digits = 6): string {
  if (!Number.isFinite(value)) return '0';
  if (Number.isInteger(value)) return String(value);
  const s = Number(value.toPrecision(digits)).toString();
  return s.includes('e') ? Number(value).toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** `name="value"` pairs, skipping undefined values. */
export function attrs(pairs: Array<[string, string | number | undefined]>): string {
  return pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? formatNumber(v) : escapeXml(v as string)}"`)
    .join('');
}
