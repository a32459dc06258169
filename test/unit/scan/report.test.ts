import { describe, expect, it } from 'vitest';
import { buildScanIndex } from '../../../src/scan/scan-index.js';
import { highlight, renderReport } from '../../../src/scan/report.js';
import { resolveOverlaps, scanText } from '../../../src/scan/scan.js';
import type { ScanMention } from '../../../src/scan/types.js';
import { ENTITIES } from './fixtures.js';

const index = buildScanIndex(ENTITIES);

describe('report', () => {
  it('marks mentions with brackets when not on a terminal, and lists entities with explanations', () => {
    const text = 'Kim Sang Man paid via 0x098B716B8Aaf21512996dC57EB0615e2383E2f96.';
    const report = renderReport(text, scanText(index, text), { color: false });
    expect(report).toContain('[[Kim Sang Man]] paid via [[0x098B716B8Aaf21512996dC57EB0615e2383E2f96]].');
    expect(report).toMatch(/^ALERT: 2 mention\(s\) of 2 listed parties/);
    expect(report).toContain('us_ofac_sdn:27307');
    expect(report).toContain('crypto address');
  });

  it('uses ANSI colours on a terminal and says CLEAR when nothing is found', () => {
    const text = 'Kim Sang Man';
    expect(renderReport(text, scanText(index, text), { color: true })).toContain('\u001b[1;41;97mKim Sang Man\u001b[0m');
    expect(renderReport('nothing here', scanText(index, 'nothing here'), { color: false })).toMatch(/^CLEAR/);
  });

  it('shows only the lines with mentions for long texts', () => {
    const text = `${'filler line\n'.repeat(400)}Kim Sang Man\n${'more filler\n'.repeat(10)}`;
    const report = renderReport(text, scanText(index, text), { color: false });
    expect(report).toContain('   401: [[Kim Sang Man]]');
    expect(report).not.toContain('filler');
  });

  it('highlights a stretch shared by several entities once', () => {
    const m = (entityId: string): ScanMention => ({ start: 0, end: 3, text: 'abc', entityId, caption: '', dataset: '', schema: 'Person', score: 1, kind: 'name', matched: '', explanation: '' });
    expect(highlight('abcdef', [m('a'), m('b')], false)).toBe('[[abc]]def');
  });
});

describe('overlaps', () => {
  const m = (start: number, end: number, score: number, entityId: string): ScanMention => ({
    start, end, text: '', entityId, caption: '', dataset: '', schema: 'Organization', score, kind: 'name', matched: '', explanation: '',
  });

  it('keeps the best, then the longest, of overlapping mentions and every entity of an identical stretch', () => {
    // 'clash' wins over both long ones; the short one no longer overlaps anything kept.
    const kept = resolveOverlaps([m(0, 10, 0.9, 'short'), m(0, 20, 0.91, 'long'), m(0, 20, 0.92, 'long-twin'), m(15, 30, 0.99, 'clash'), m(40, 50, 0.85, 'apart')]);
    expect(kept.map((k) => k.entityId).sort()).toEqual(['apart', 'clash', 'short']);
    const kept2 = resolveOverlaps([m(0, 10, 0.9, 'short'), m(0, 20, 0.91, 'long'), m(0, 20, 0.92, 'long-twin'), m(40, 50, 0.85, 'apart')]);
    expect(kept2.map((k) => k.entityId).sort()).toEqual(['apart', 'long', 'long-twin']);
  });
});
