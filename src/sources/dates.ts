import type { PartialDate } from '../model/entity.js';

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', sept: '09', oct: '10', nov: '11', dec: '12',
};

const pad = (n: string): string => n.padStart(2, '0');

function validDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/**
 * Parses one date as the lists write it into a partial ISO date ("1965", "1965-04", "1965-04-25").
 * `order` says how to read all-numeric dates: OFAC classic XML writes MM/DD/YYYY, UK and AU write DD/MM/YYYY.
 */
export function parseDate(text: string, order: 'dmy' | 'mdy' = 'dmy'): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/))) {
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  if ((m = t.match(/^(\d{4})-(\d{1,2})$/))) return `${m[1]}-${pad(m[2] as string)}`;
  if ((m = t.match(/^(\d{4})$/))) return m[1];
  if ((m = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/))) {
    const [a, b, y] = [m[1] as string, m[2] as string, m[3] as string];
    const [d, mo] = order === 'mdy' ? [b, a] : [a, b];
    if (d === '00' && mo === '00') return y;
    if (d === '00') return `${y}-${pad(mo)}`;
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  if ((m = t.match(/^(\d{1,2})[/.-](\d{4})$/))) return `${m[2]}-${pad(m[1] as string)}`;
  if ((m = t.match(/^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/))) {
    const mo = MONTHS[(m[2] as string).slice(0, 3).toLowerCase()];
    if (mo && validDay(m[3] as string, mo, m[1] as string)) return `${m[3]}-${mo}-${pad(m[1] as string)}`;
    return undefined;
  }
  if ((m = t.match(/^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/))) {
    const mo = MONTHS[(m[1] as string).slice(0, 3).toLowerCase()];
    if (mo && validDay(m[3] as string, mo, m[2] as string)) return `${m[3]}-${mo}-${pad(m[2] as string)}`;
    return undefined;
  }
  if ((m = t.match(/^([A-Za-z]{3,9})\.? (\d{4})$/))) {
    const mo = MONTHS[(m[1] as string).slice(0, 3).toLowerCase()];
    return mo ? `${m[2]}-${mo}` : undefined;
  }
  return undefined;
}

/**
 * Parses a birth-date expression into a PartialDate: a single date, "circa 1960" / "approximately 1960",
 * "1960 to 1962" / "between 1960 and 1962" / "1960-1962". Unparseable text is kept in `text` so nothing is lost.
 */
export function parsePartialDate(text: string, order: 'dmy' | 'mdy' = 'dmy'): PartialDate | undefined {
  const raw = text.trim();
  if (raw === '' || raw === '-0-') return undefined;
  let t = raw;
  let approximate = false;
  const approx = t.match(/^(?:circa|ca\.?|c\.|approx(?:imately)?\.?|about)\s+(.*)$/i);
  if (approx) {
    approximate = true;
    t = approx[1] as string;
  }
  const single = parseDate(t, order);
  if (single) return approximate ? { date: single, approximate } : { date: single };
  const range = t.match(/^(?:between\s+)?(.+?)\s*(?:\bto\b|\band\b|–|—|-)\s*(.+)$/i);
  if (range) {
    const from = parseDate(range[1] as string, order);
    const to = parseDate(range[2] as string, order);
    if (from && to) return approximate ? { from, to, approximate } : { from, to };
  }
  return { text: raw };
}
