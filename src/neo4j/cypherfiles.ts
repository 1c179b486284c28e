/** Reads the project's `cypher/` folder (next to package.json, so it works from src/ and dist/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './launcher/settings';

export function cypherDir(): string {
  return join(projectRoot(), 'cypher');
}

const cache = new Map<string, string>();

export function readCypher(relative: string): string {
  let text = cache.get(relative);
  if (text === undefined) {
    text = readFileSync(join(cypherDir(), relative), 'utf8');
    cache.set(relative, text);
  }
  return text;
}

/** Splits a script into statements at `;` ending a line, dropping `//` comment lines. */
export function splitStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
