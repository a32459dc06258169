import { useId } from 'react';
import type { AlsoListed as AlsoListedEntry } from '../api';
import { datasetName, datasetShort } from '../datasets';
import { useI18n } from '../i18n';
import { href } from '../router';

/**
 * "Also listed by: OFAC, UN, UK" under a hit: the same target's entries on other lists. The reason
 * is the chip's tooltip and, for screen readers, its accessible description; the chip links to
 * that entry when the role may open entity pages, and shows that entry's own score when it
 * matched the query too.
 */
export function AlsoListed({ entries, linkable }: { entries: AlsoListedEntry[]; linkable: boolean }) {
  const { t, pct } = useI18n();
  const id = useId();
  if (entries.length === 0) return null;
  return (
    <div className="also-listed" data-testid="also-listed">
      <span id={`${id}-label`} className="also-listed-label">
        {t('crosslist.alsoListedBy')}
      </span>
      <ul aria-labelledby={`${id}-label`}>
        {entries.map((a, i) => {
          const descId = `${id}-d${i}`;
          const label = datasetShort(t, a.dataset);
          const description = t('crosslist.chipDescription', { caption: a.caption, list: datasetName(t, a.dataset), reason: a.reason });
          return (
            <li key={a.entityId} className="chip" data-also-listed={a.entityId} data-dataset={a.dataset}>
              {linkable ? (
                <a href={href('entity', a.entityId)} title={a.reason} aria-describedby={descId}>
                  {label}
                </a>
              ) : (
                // Focusable, so that keyboard users reach the description as well.
                <span tabIndex={0} title={a.reason} aria-describedby={descId}>
                  {label}
                </span>
              )}
              {a.match && (
                <span className="chip-score" title={t('crosslist.ownScore', { score: pct(a.match.score) })}>
                  {pct(a.match.score)}
                </span>
              )}
              <span id={descId} className="visually-hidden">
                {description}
                {a.match ? `; ${t('crosslist.ownScore', { score: pct(a.match.score) })}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
