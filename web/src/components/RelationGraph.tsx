import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { Entity, RelatedEntity } from '../api';
import { useI18n } from '../i18n';
import { href, navigate } from '../router';

/** Relationship types read better as words; the server gives snake_case. */
export const relationLabel = (type: string): string => type.replace(/_/g, ' ');

const COLOURS: Record<string, string> = { Person: '#2563eb', Organization: '#7c3aed', Company: '#7c3aed', LegalEntity: '#7c3aed', Vessel: '#0891b2', Aircraft: '#0891b2', CryptoWallet: '#ca8a04' };

/**
 * The entity and its direct relationships in both directions as a cytoscape graph. Cytoscape is
 * imported on demand so that the Screen page does not pay for it. Clicking (or tapping) a node opens
 * that entity; the list next to the graph offers the same links to keyboard and screen-reader users.
 */
export function RelationGraph({ entity, related }: { entity: Entity; related: RelatedEntity[] }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let cy: Core | undefined;
    let cancelled = false;
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (cancelled || !box.current) return;
        const nodes = new Map<string, { id: string; label: string; schema: string; root: boolean }>();
        nodes.set(entity.id, { id: entity.id, label: entity.caption, schema: entity.schema, root: true });
        for (const r of related) if (!nodes.has(r.id)) nodes.set(r.id, { id: r.id, label: r.caption ?? r.id, schema: r.schema ?? '', root: false });
        const edges = related.map((r, i) => ({
          id: `e${i}`,
          source: r.direction === 'outgoing' ? entity.id : r.id,
          target: r.direction === 'outgoing' ? r.id : entity.id,
          label: relationLabel(r.type),
        }));
        cy = cytoscape({
          container: box.current,
          elements: [...[...nodes.values()].map((n) => ({ data: { ...n, colour: COLOURS[n.schema] ?? '#64748b' } })), ...edges.map((e) => ({ data: e }))],
          layout: related.length > 0 ? { name: 'concentric', concentric: (n) => (n.data('root') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 110, animate: false } : { name: 'grid' },
          style: [
            {
              selector: 'node',
              style: {
                'background-color': 'data(colour)',
                label: 'data(label)',
                'font-size': 11,
                'text-wrap': 'wrap',
                'text-max-width': '130px',
                'text-valign': 'bottom',
                'text-margin-y': 4,
                width: 22,
                height: 22,
              },
            },
            { selector: 'node[?root]', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111827', 'font-weight': 'bold' } },
            {
              selector: 'edge',
              style: {
                width: 1.5,
                'line-color': '#94a3b8',
                'target-arrow-color': '#94a3b8',
                'target-arrow-shape': 'triangle',
                'curve-style': 'bezier',
                label: 'data(label)',
                'font-size': 9,
                color: '#475569',
                'text-rotation': 'autorotate',
                'text-background-color': '#ffffff',
                'text-background-opacity': 0.8,
              },
            },
          ],
          maxZoom: 3,
          minZoom: 0.2,
        });
        cy.on('tap', 'node', (ev) => {
          const id = ev.target.id() as string;
          if (id !== entity.id) navigate(href('entity', id));
        });
        cy.on('mouseover', 'node', (ev) => {
          if (box.current && ev.target.id() !== entity.id) box.current.style.cursor = 'pointer';
        });
        cy.on('mouseout', 'node', () => {
          if (box.current) box.current.style.cursor = '';
        });
        box.current.dataset.nodes = String(nodes.size);
      })
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [entity, related]);

  return (
    <div className="graph-wrap">
      {failed ? (
        <p className="error-text">{failed}</p>
      ) : (
        <div ref={box} className="graph" data-testid="relation-graph" role="img" aria-label={t('entity.graphLabel', { n: related.length })} />
      )}
      <p className="hint">{t('entity.graphHint')}</p>
    </div>
  );
}
