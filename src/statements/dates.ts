/**
 * Statement dates
 * ===============
 *
 * "On September 20" in an article published 2023-10-11 is 2023-09-20; a month after the
 * publication month is taken from the year before. "On the same day", "Also on September 29"
 * and "the same day" reuse the last date the article gave (`statements/date-same-day`).
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

/** The date a sentence gives, if any, updating `state` so later "same day" sentences can use it. */
export function sentenceDate(text: string, published: string | undefined, state: DateState): { date?: string; rule?: string } {
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
  return {};
}
