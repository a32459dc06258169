import { parseDate } from './dates.js';

/** First year of each era minus one: Reiwa 1 = 2019. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, R: 2018, H: 1988, S: 1925 };

const pad = (n: string): string => n.padStart(2, '0');

/**
 * Dates as the MOF lists write them: "1965年4月25日", "1965年", "令和5年5月26日" (元年 = 1),
 * "R5.5.26", "1965.4.25", or an ISO date (what the XLSX reader makes of date-formatted cells).
 */
export function parseJapaneseDate(text: string): string | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/頃$|ごろ$/, '');
  let m = t.match(/^(令和|平成|昭和|[RHS])(元|\d{1,2})[年.](\d{1,2})[月.](\d{1,2})日?$/);
  if (m) {
    const year = ERAS[m[1] as string]! + (m[2] === '元' ? 1 : Number(m[2]));
    return parseDate(`${year}-${pad(m[3] as string)}-${pad(m[4] as string)}`);
  }
  if ((m = t.match(/^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/))) {
    if (!m[2]) return m[1];
    return parseDate(m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`);
  }
  if ((m = t.match(/^(\d{4})[./](\d{1,2})[./](\d{1,2})$/))) return parseDate(`${m[1]}-${m[2]}-${m[3]}`);
  return parseDate(t, 'dmy');
}
