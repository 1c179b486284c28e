/** Options shared by the Kafka commands (publish, worker, load --from-kafka). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { StancegraphError } from '../errors';

export const KAFKA_ENV_HELP = `Environment: KAFKA_BROKERS (host:port,… ; default: the broker of \`stancegraph kafka start\`,
else 127.0.0.1:9092), KAFKA_PARTITIONS (partitions of topics created, default 4).`;

export function parseOptions(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    throw new StancegraphError('E_USAGE', (err as Error).message);
  }
}

export function wholeNumber(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new StancegraphError('E_USAGE', `${name} needs a whole number ≥ ${min}, got "${value}"`);
  return n;
}

export function seconds(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new StancegraphError('E_USAGE', `${name} needs a number of seconds, got "${value}"`);
  return n;
}

/** An AbortSignal fired by the first SIGINT or SIGTERM (a second one ends the process as usual). */
export function stopSignal(): { signal: AbortSignal; release(): void } {
  const ac = new AbortController();
  const on = () => {
    release();
    ac.abort();
  };
  const release = () => {
    process.off('SIGINT', on);
    process.off('SIGTERM', on);
  };
  process.once('SIGINT', on);
  process.once('SIGTERM', on);
  return { signal: ac.signal, release };
}
