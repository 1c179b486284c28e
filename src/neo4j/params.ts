/**
 * Query parameters: the `// :param name => value` lines of a library file (Neo4j Browser syntax,
 * value a Cypher literal) and `--param name=value` on the command line. Integers become Neo4j
 * integers so `LIMIT $limit` works.
 */
import neo4j from 'neo4j-driver';

export type ParamValue = unknown;

class LiteralParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): ParamValue {
    const v = this.value();
    this.ws();
    if (this.i !== this.s.length) throw new Error(`unexpected "${this.s.slice(this.i)}"`);
    return v;
  }

  private ws() {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  private value(): ParamValue {
    this.ws();
    const c = this.s[this.i];
    if (c === "'" || c === '"') return this.string(c);
    if (c === '[') {
      this.i++;
      const out: ParamValue[] = [];
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      for (;;) {
        out.push(this.value());
        this.ws();
        const d = this.s[this.i++];
        if (d === ']') return out;
        if (d !== ',') throw new Error('expected , or ] in list');
      }
    }
    const m = /^(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/i.exec(this.s.slice(this.i));
    if (!m) throw new Error(`not a Cypher literal: ${this.s.slice(this.i)}`);
    this.i += m[0].length;
    const t = m[0].toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
    if (t === 'null') return null;
    return /^-?\d+$/.test(t) ? neo4j.int(t) : Number(t);
  }

  private string(quote: string): string {
    this.i++;
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === quote) return out;
      if (c === '\\') {
        const e = this.s[this.i++];
        out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
      } else out += c;
    }
    throw new Error('unterminated string');
  }
}

/** Parses a Cypher literal: 'text', "text", 12, 1.5, true, false, null, [..]. */
export function parseLiteral(text: string): ParamValue {
  return new LiteralParser(text.trim()).parse();
}

/** `--param` values: a Cypher literal when it is one, else the raw text as a string. */
export function parseCliValue(text: string): ParamValue {
  try {
    return parseLiteral(text);
  } catch {
    return text;
  }
}

/** The `// :param name => value` lines of a query file, in order. */
export function fileParams(text: string): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*\/\/\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?:=>|:)\s*(.*?)\s*;?\s*$/.exec(line);
    if (m) out[m[1]] = parseLiteral(m[2]);
  }
  return out;
}

/** The description: leading `//` comment lines, without the `:param` lines. */
export function fileDescription(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!m) break;
    if (/^\s*:param\b/.test(m[1])) continue;
    out.push(m[1]);
  }
  return out;
}
