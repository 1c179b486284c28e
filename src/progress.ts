/**
 * Progress on stderr
 * ==================
 *
 * A one-line progress bar redrawn in place when the stream is a terminal; silent otherwise
 * (pipes, CI, tests), so logs never fill with carriage returns.
 */

export interface Progress {
  /** Advance by `n` (default 1) items; `label` replaces the current label. */
  tick(n?: number, label?: string): void;
  /** Erase the bar. Call once at the end. */
  done(): void;
}

export interface ProgressOptions {
  /** Known total, or undefined for a running count. */
  total?: number;
  /** What is counted ("documents", "statements"). */
  unit: string;
  /** Force on or off; default: on when the stream is a TTY. */
  enabled?: boolean;
}

const WIDTH = 24;
const MIN_REDRAW_MS = 80;

export function createProgress(stream: NodeJS.WritableStream, opts: ProgressOptions): Progress {
  const tty = Boolean((stream as NodeJS.WriteStream).isTTY);
  const enabled = opts.enabled ?? tty;
  let count = 0;
  let label = '';
  let last = 0;
  let drawn = false;
  const draw = () => {
    const now = Date.now();
    if (now - last < MIN_REDRAW_MS && count !== opts.total) return;
    last = now;
    let line: string;
    if (opts.total) {
      const frac = Math.min(1, count / opts.total);
      const full = Math.round(frac * WIDTH);
      line = `[${'#'.repeat(full)}${'-'.repeat(WIDTH - full)}] ${count}/${opts.total} ${opts.unit}`;
    } else {
      line = `${count} ${opts.unit}`;
    }
    if (label) line += `  ${label}`;
    const cols = (stream as NodeJS.WriteStream).columns ?? 100;
    stream.write(`\r${line.slice(0, cols - 1)}\x1b[K`);
    drawn = true;
  };
  return {
    tick(n = 1, l) {
      count += n;
      if (l !== undefined) label = l;
      if (enabled) draw();
    },
    done() {
      if (enabled && drawn) stream.write('\r\x1b[K');
    },
  };
}
