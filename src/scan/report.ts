import type { ScanMention, ScanResult } from './types.js';

/** The readable scan report: the text with mentions marked, then the listed parties and why. */

export interface ReportOptions {
  /** ANSI colours (a terminal) or [[brackets]] (files, pipes, tests). */
  color: boolean;
  /** Texts longer than this show only the lines that carry a mention. */
  fullTextLimit?: number;
}

const ANSI = { name: '\u001b[1;41;97m', identifier: '\u001b[1;45;97m', reset: '\u001b[0m', dim: '\u001b[2m', bold: '\u001b[1m' };

/** Marks each mentioned stretch once, even when several entities share it. */
export function highlight(text: string, mentions: readonly ScanMention[], color: boolean): string {
  const spans = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    out += text.slice(at, m.start);
    const piece = text.slice(m.start, m.end);
    out += color ? `${ANSI[m.kind]}${piece}${ANSI.reset}` : `[[${piece}]]`;
    at = m.end;
  }
  return out + text.slice(at);
}

function excerptLines(text: string, mentions: readonly ScanMention[], color: boolean): string[] {
  const lines: string[] = [];
  let offset = 0;
  const byLine = text.split('\n');
  byLine.forEach((line, n) => {
    const from = offset;
    const to = offset + line.length;
    offset = to + 1;
    const inLine = mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
    if (inLine.length > 0) lines.push(`${String(n + 1).padStart(6)}: ${highlight(line, inLine, color)}`);
  });
  return lines;
}

export function renderReport(text: string, result: ScanResult, options: ReportOptions): string {
  const { color } = options;
  const limit = options.fullTextLimit ?? 3000;
  const bold = (s: string): string => (color ? `${ANSI.bold}${s}${ANSI.reset}` : s);
  const dim = (s: string): string => (color ? `${ANSI.dim}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  const n = result.entities.length;
  lines.push(
    bold(
      n === 0
        ? `CLEAR: no listed party or identifier found in ${result.stats.chars} characters.`
        : `ALERT: ${result.mentions.length} mention(s) of ${n} listed part${n === 1 ? 'y' : 'ies'} in ${result.stats.chars} characters.`,
    ),
  );
  if (n === 0) return lines.join('\n');
  lines.push('');
  if (text.length <= limit) lines.push(highlight(text, result.mentions, color));
  else lines.push(...excerptLines(text, result.mentions, color));
  lines.push('', bold('Listed parties:'));
  result.entities.forEach((e, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${e.score.toFixed(3)}  ${e.caption}  [${e.schema}]  ${e.entityId}  — ${e.mentions} mention(s)`);
    for (const m of result.mentions) {
      if (m.entityId !== e.entityId) continue;
      lines.push(`       ${dim(`${m.start}–${m.end}`)} ${m.kind} "${m.text}" ${m.score.toFixed(3)}: ${m.explanation}`);
    }
  });
  return lines.join('\n');
}
