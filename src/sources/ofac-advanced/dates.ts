import type { PartialDate } from '../../model/entity.js';
import { child, childText, type XmlNode } from '../xml.js';

const pad = (n: number): string => String(n).padStart(2, '0');

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function ymd(node: XmlNode | undefined): Ymd | undefined {
  if (!node) return undefined;
  const y = Number(childText(node, 'Year'));
  if (!Number.isInteger(y) || y <= 0) return undefined;
  const m = Number(childText(node, 'Month') ?? 1);
  const d = Number(childText(node, 'Day') ?? 1);
  return { y, m: Number.isInteger(m) && m >= 1 && m <= 12 ? m : 1, d: Number.isInteger(d) && d >= 1 && d <= 31 ? d : 1 };
}

const iso = (v: Ymd): string => `${v.y}-${pad(v.m)}-${pad(v.d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A `<Date>` (or `<From>`/`<To>`) element as yyyy-mm-dd. */
export function isoDate(node: XmlNode | undefined): string | undefined {
  const v = ymd(node);
  return v ? iso(v) : undefined;
}

/**
 * OFAC writes every date as a period: "1965" is Start 1965-01-01 .. End 1965-12-31, a month likewise,
 * a range "1960 to 1962" as 1960-01-01 .. 1962-12-31. Whole years and months are folded back to partial
 * dates so "1965" stays a year rather than becoming a false day.
 */
export function periodToPartialDate(period: XmlNode): PartialDate | undefined {
  const start = child(period, 'Start');
  const end = child(period, 'End');
  const from = ymd(child(start ?? period, 'From')) ?? ymd(start);
  const to = ymd(child(end ?? period, 'To')) ?? ymd(child(end ?? period, 'From')) ?? from;
  if (!from || !to) return undefined;
  const approximate = start?.attrs.Approximate === 'true' || end?.attrs.Approximate === 'true';
  const wholeYears = from.m === 1 && from.d === 1 && to.m === 12 && to.d === 31;
  const wholeMonths = from.d === 1 && to.d === lastDay(to.y, to.m);
  let date: PartialDate;
  if (from.y === to.y && from.m === to.m && from.d === to.d) date = { date: iso(from) };
  else if (wholeYears && from.y === to.y) date = { date: String(from.y) };
  else if (wholeMonths && from.y === to.y && from.m === to.m) date = { date: `${from.y}-${pad(from.m)}` };
  else if (wholeYears) date = { from: String(from.y), to: String(to.y) };
  else if (wholeMonths) date = { from: `${from.y}-${pad(from.m)}`, to: `${to.y}-${pad(to.m)}` };
  else date = { from: iso(from), to: iso(to) };
  if (approximate) date.approximate = true;
  return date;
}

/** The ISO date (or year/month) a PartialDate stands for, for fields that hold a single string. */
export function partialDateText(d: PartialDate): string {
  if (d.date) return d.approximate ? `circa ${d.date}` : d.date;
  if (d.from && d.to) return `${d.approximate ? 'circa ' : ''}${d.from} to ${d.to}`;
  return d.text ?? '';
}
