/** Query results as an aligned table, JSON or CSV. Graph objects become plain values. */
import neo4j from 'neo4j-driver';

export type Row = Record<string, unknown>;

export function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (neo4j.isNode(v as never)) {
    const n = v as unknown as { labels: string[]; properties: Record<string, unknown> };
    return { labels: n.labels, ...(plain(n.properties) as object) };
  }
  if (neo4j.isRelationship(v as never)) {
    const r = v as unknown as { type: string; properties: Record<string, unknown> };
    return { type: r.type, ...(plain(r.properties) as object) };
  }
  if (neo4j.isPath(v as never)) {
    const p = v as unknown as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return p.segments.map((s) => [plain(s.start), plain(s.relationship), plain(s.end)]);
  }
  if (typeof v === 'object') {
    if (typeof (v as { toString?: unknown }).toString === 'function' && (v as object).constructor !== Object) {
      const s = String(v);
      if (s !== '[object Object]') return s;
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = plain(x);
    return out;
  }
  return v;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cell).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function formatTable(columns: string[], rows: Row[], maxWidth = 60): string {
  if (!rows.length) return `(no rows)\n`;
  const clip = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s).replace(/\s+/g, ' ');
  const cells = rows.map((r) => columns.map((c) => clip(cell(r[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n') + '\n';
}

export function formatCsv(columns: string[], rows: Row[]): string {
  const esc = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [columns.map(esc).join(','), ...rows.map((r) => columns.map((c) => esc(cell(r[c]))).join(','))].join('\n') + '\n';
}

export function formatJson(rows: Row[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}
