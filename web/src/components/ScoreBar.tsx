import { useI18n } from '../i18n';

/** Fixed-size bar: its box never changes with the score, so results do not shift as they update. */
export function ScoreBar({ score, threshold }: { score: number; threshold?: number }) {
  const { pct, t } = useI18n();
  const over = threshold !== undefined && score >= threshold;
  return (
    <div className="score" title={t('score.title', { score: pct(score) })}>
      <div className="score-track" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(score * 100)} aria-label={t('score.label')}>
        <div className={`score-fill${over ? ' over' : ''}`} style={{ width: `${Math.max(0, Math.min(1, score)) * 100}%` }} />
        {threshold !== undefined && <div className="score-threshold" style={{ left: `${threshold * 100}%` }} aria-hidden="true" />}
      </div>
      <span className="score-value">{pct(score)}</span>
    </div>
  );
}
