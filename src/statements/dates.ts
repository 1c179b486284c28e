/**
 * Statement dates
 * ===============
 *
 * "On September 20" in an article published 2023-10-11 is 2023-09-20; a month after the
 * publication month is taken from the year before. "On the same day", "Also on September 29"
 * and "the same day" reuse the last date the article gave (`statements/date-same-day`). Weekdays and
 * relative dates ("on Monday", "yesterday", "last night") resolve against the publication date
 * (`relativeDate`). A statement whose sentence gives no date of its own has no `date`; its record says
 * `dateSource: "none"` (the publication date is in `source.published`, never copied as if it were the
 * statement's own).
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = new RegExp(`\\b(${MONTHS.map((m) => `${m[0].toUpperCase()}${m.slice(1)}`).join('|')}|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan\\.|Feb\\.|Aug\\.)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`);
const DAY_FIRST_RE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.map((m) => `${m[0].toUpperCase()}${m.slice(1)}`).join('|')})(?:\\s+(\\d{4}))?\\b`);
const SAME_DAY_RE = /\b(the same day|that same day|on the same day|the same date)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

function monthIndex(s: string): number {
  const k = s.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(k.slice(0, 3)));
}

export interface DateState { last?: string }

/** A sentence's own date and the rule that read it (`statements/date-…`); both absent for an undated sentence. */
export interface SentenceDate { date?: string; rule?: string }

/** The date a sentence gives, if any, updating `state` so later "same day" sentences can use it. */
export function sentenceDate(text: string, published: string | undefined, state: DateState): SentenceDate {
  const m = MONTH_RE.exec(text);
  const d = m ? { month: monthIndex(m[1]), day: Number(m[2]), year: m[3] } : (() => {
    const x = DAY_FIRST_RE.exec(text);
    return x ? { month: monthIndex(x[2]), day: Number(x[1]), year: x[3] } : undefined;
  })();
  if (d && d.month >= 0 && d.day >= 1 && d.day <= 31) {
    let year = d.year ? Number(d.year) : undefined;
    if (!year && published) {
      const [py, pm] = published.split('-').map(Number);
      year = d.month + 1 > pm ? py - 1 : py;
    }
    if (!year) return {};
    const date = `${year}-${pad(d.month + 1)}-${pad(d.day)}`;
    state.last = date;
    return { date, rule: 'statements/date-month-day' };
  }
  if (SAME_DAY_RE.test(text) && state.last) return { date: state.last, rule: 'statements/date-same-day' };
  if (published) {
    const rel = relativeDate(text, published);
    if (rel) { state.last = rel.date; return rel; }
  }
  return {};
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(?:on |last |this |late |early )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const DAY_WORD_RE = /\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today)\b/i;

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Dates relative to the publication date, the way news writes them: "on Monday" is the latest Monday
 * on or before publication (news reports what happened, so a weekday points back); "yesterday",
 * "today", "last night". "Last week", "this month" give no day and leave the statement undated.
 */
export function relativeDate(text: string, published: string): { date: string; rule: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  const w = WEEKDAY_RE.exec(text);
  if (w) {
    const want = WEEKDAYS.indexOf(w[1].toLowerCase());
    const have = new Date(`${published}T12:00:00Z`).getUTCDay();
    return { date: shift(published, -((have - want + 7) % 7)), rule: 'statements/date-weekday' };
  }
  const d = DAY_WORD_RE.exec(text);
  if (d) {
    const k = d[1].toLowerCase();
    return { date: k === 'yesterday' || k === 'last night' ? shift(published, -1) : published, rule: 'statements/date-day-word' };
  }
  return undefined;
}
