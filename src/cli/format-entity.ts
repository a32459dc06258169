import type { Entity, PartialDate } from '../model/entity.js';
import type { StoredEntity } from '../store/types.js';

export function formatDate(d: PartialDate): string {
  const core = d.date ?? (d.from || d.to ? `${d.from ?? '?'} to ${d.to ?? '?'}` : (d.text ?? '?'));
  return d.approximate ? `circa ${core}` : core;
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push(`${title}:`);
  for (const item of items) lines.push(`  ${item}`);
}

/** A readable, complete rendering of an entity for the terminal. */
export function formatEntity({ entity: e, version, related }: StoredEntity): string {
  const lines = [`${e.caption}  [${e.schema}]  ${e.id}`, `dataset ${e.dataset} v${version.seq} (published ${version.published ?? 'unknown'})`];
  section(
    lines,
    'Names',
    e.names.map((n) => `${n.full}  (${n.kind}${n.script ? `, ${n.script}` : ''}${n.lang ? `, ${n.lang}` : ''})`),
  );
  section(lines, 'Birth dates', (e.birthDates ?? []).map(formatDate));
  section(lines, 'Birth places', e.birthPlaces ?? []);
  if (e.gender) lines.push(`Gender: ${e.gender}`);
  section(lines, 'Countries', (e.countries ?? []).map((c) => `${c.role}: ${c.code ?? ''}${c.name ? ` ${c.name}` : ''}`.trim()));
  section(
    lines,
    'Identifiers',
    (e.identifiers ?? []).map((i) => `${i.type}${i.asset ? ` ${i.asset}` : ''}: ${i.value}${i.country ? ` (${i.country})` : ''}${i.label ? ` — ${i.label}` : ''}`),
  );
  section(lines, 'Addresses', (e.addresses ?? []).map((a) => a.full));
  section(lines, 'Programs', e.programs ?? []);
  if (e.listedOn) lines.push(`Listed on: ${e.listedOn}`);
  section(lines, 'Positions', [...(e.titles ?? []), ...(e.positions ?? [])]);
  section(lines, 'Related', related.map((r) => `${r.direction === 'outgoing' ? '→' : '←'} ${r.type}: ${r.caption ?? '(not loaded)'} ${r.id}`));
  section(
    lines,
    'Properties',
    Object.entries(e.properties ?? {}).map(([k, v]) => `${k}: ${v.join('; ')}`),
  );
  section(lines, 'Remarks', e.remarks ?? []);
  if (e.sourceUrl) lines.push(`Source: ${e.sourceUrl}`);
  return lines.join('\n');
}

export function entitySummary(e: Entity): string {
  return `${e.caption} [${e.schema}] ${e.id}`;
}
