import type { MatchExplanation } from '../api';
import { useI18n, type Translate } from '../i18n';
import type { MessageKey } from '../messages/en';

/** Feature names are the algorithm's weight-table keys; known ones get a translated label. */
export function featureLabel(t: Translate, feature: string): string {
  const key = `feature.${feature}` as MessageKey;
  const label = t(key);
  return label === key ? feature.replace(/_/g, ' ') : label;
}

export function Explanation({ explanation }: { explanation: MatchExplanation }) {
  const { t, num } = useI18n();
  const features = [...explanation.features].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return (
    <div className="explanation">
      <p className="name-pair">
        <span className="muted">{t('explain.query')}</span> <q lang="">{explanation.queryName}</q> <span aria-hidden="true">↔</span>
        <span className="visually-hidden">{t('explain.versus')}</span> <span className="muted">{t('explain.listed')}</span> <q lang="">{explanation.matchedName}</q>
      </p>
      <ul className="features" aria-label={t('explain.features')}>
        {features.map((f, i) => {
          const sign = f.contribution > 0 ? 'up' : f.contribution < 0 ? 'down' : 'flat';
          return (
            <li key={`${f.feature}-${i}`} className={`feature ${sign}`}>
              <span className="feature-effect">
                {sign === 'up' ? '▲' : sign === 'down' ? '▼' : '•'}
                <span className="visually-hidden">{t(sign === 'up' ? 'explain.raised' : sign === 'down' ? 'explain.lowered' : 'explain.neutral')}</span>
              </span>
              <span className="feature-name">{featureLabel(t, f.feature)}</span>
              <span className="feature-points">
                {f.contribution > 0 ? '+' : f.contribution < 0 ? '−' : '±'}
                {num(Math.abs(f.contribution) * 100, 0)}
              </span>
              {f.detail && <span className="feature-detail">{f.detail}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
