/**
 * Progress on stderr
 * ==================
 *
 * A one-line bar ([cli-progress](https://www.npmjs.com/package/cli-progress)) redrawn in place when
 * the stream is a terminal: the stage (reading, extracting, graph, layout, writing, loading), items
 * done of the total, the rate and the time left. Silent when the stream is not a terminal (pipes,
 * CI, tests) or when turned off (`-q`), so logs never fill with carriage returns.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  /** Advance by `n` (default 1) items; `label` replaces the current label (e.g. the document id). */
  tick(n?: number, label?: string): void;
  /** Set or change the total (once it is known). */
  setTotal(total: number): void;
  /** Name the stage the run is in ("reading", "extracting", "graph", …). */
  stage(name: string): void;
  /** Write a line of text (a warning) above the bar, which is drawn again below it. */
  log(line: string): void;
  /** Erase the bar. Call once at the end. */
  done(): void;
}

export interface ProgressOptions {
  /** Known total, or undefined for a running count. */
  total?: number;
  /** What is counted ("documents", "statements"). */
  unit: string;
  /** First stage shown. */
  stage?: string;
  /** Force on or off; default: on when the stream is a TTY. */
  enabled?: boolean;
}

function noop(stream: NodeJS.WritableStream): Progress {
  return { tick() {}, setTotal() {}, stage() {}, log(line) { stream.write(line); }, done() {} };
}

/** Seconds as "1h02m", "3m05s", "12s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

export function createProgress(stream: NodeJS.WritableStream, opts: ProgressOptions): Progress {
  const enabled = opts.enabled ?? Boolean((stream as NodeJS.WriteStream).isTTY);
  if (!enabled) return noop(stream);
  const started = Date.now();
  let total = opts.total ?? 0;
  let value = 0;
  let stage = opts.stage ?? '';
  let label = '';
  const payload = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? value / secs : 0;
    const left = total && rate > 0 ? formatDuration((total - value) / rate) : '?';
    return {
      stage: stage.padEnd(10),
      unit: opts.unit,
      rate: rate >= 10 ? rate.toFixed(0) : rate.toFixed(1),
      left,
      label: label.length > 40 ? `…${label.slice(-39)}` : label,
    };
  };
  const bar = new SingleBar({
    stream: stream as NodeJS.WriteStream,
    format: (_options, params, p) => {
      const head = `${p.stage} `;
      const counts = params.total > 0
        ? `${'█'.repeat(Math.round(Math.min(1, params.value / params.total) * 20)).padEnd(20, '░')} ${params.value}/${params.total} ${p.unit}`
        : `${params.value} ${p.unit}`;
      const tail = ` | ${p.rate}/s | ${params.total > 0 ? `${p.left} left` : ''}${p.label ? ` | ${p.label}` : ''}`;
      const line = head + counts + tail;
      return line.length >= params.maxWidth ? line.slice(0, Math.max(0, params.maxWidth - 1)) : line;
    },
    fps: 8,
    hideCursor: false,
    clearOnComplete: true,
    stopOnComplete: false,
    linewrap: false,
    noTTYOutput: true, // the caller decided: draw even if the stream does not say it is a TTY
    notTTYSchedule: 250,
  });
  let stopped = false;
  bar.start(total, 0, payload());
  return {
    tick(n = 1, l) {
      value += n;
      if (l !== undefined) label = l;
      bar.update(value, payload());
    },
    setTotal(t) {
      total = t;
      bar.setTotal(t);
      bar.update(value, payload());
    },
    stage(name) {
      stage = name;
      label = '';
      bar.update(value, payload());
      bar.render();
    },
    log(line) {
      if (stopped) { stream.write(line); return; }
      stream.write(`\r\u001b[K${line}`);
      (bar as unknown as { render(force?: boolean): void }).render(true); // cli-progress: force a redraw
    },
    done() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
