import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, request, type CrossListGroup, type DemoFields, type Entity, type RelatedEntity, type VersionInfo } from '../api';
import { RelationGraph, relationLabel } from '../components/RelationGraph';
import { datasetShort } from '../datasets';
import { useI18n, type I18n } from '../i18n';
import type { Identifier, PartialDate } from '../../../src/model/entity.js';
import { href } from '../router';

interface EntityResponse extends DemoFields {
  entity: Entity;
  version: VersionInfo;
  related: RelatedEntity[];
  /** The same target on other lists; null when no other list carries it. */
  crossList: CrossListGroup | null;
}

const DOCUMENT_TYPES = new Set(['passport', 'national_id', 'tax_id', 'registration', 'other_id']);

function partialDate(i18n: I18n, d: PartialDate): string {
  const text = d.date ? i18n.date(d.date) : d.from || d.to ? `${d.from ? i18n.date(d.from) : '…'} – ${d.to ? i18n.date(d.to) : '…'}` : (d.text ?? '');
  return d.approximate ? i18n.t('entity.circa', { date: text }) : text;
}

function regionName(lang: string, code: string | undefined, fallback: string | undefined): string {
  if (!code) return fallback ?? '';
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? fallback ?? code;
  } catch {
    return fallback ?? code;
  }
}

/** dt/dd pairs wrapped in a div, so that rows lay out as a grid and stay valid HTML. */
function Fact({ label, children, mono = false }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="fact-pair">
      <dt>{label}</dt>
      <dd className={mono ? 'mono' : undefined}>{children}</dd>
    </div>
  );
}

function Section({ title, children, show = true }: { title: string; children: ReactNode; show?: boolean }) {
  if (!show) return null;
  return (
    <section className="panel entity-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function IdentifierTable({ items, wallet = false }: { items: Identifier[]; wallet?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{wallet ? t('entity.asset') : t('entity.type')}</th>
            <th scope="col">{wallet ? t('entity.address') : t('entity.number')}</th>
            {!wallet && <th scope="col">{t('entity.country')}</th>}
            {!wallet && <th scope="col">{t('entity.validity')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((d, i) => (
            <tr key={`${d.type}-${d.value}-${d.asset ?? ''}-${i}`}>
              <td>{wallet ? (d.asset ?? '—') : (d.label ?? t(`idtype.${d.type}`))}</td>
              <td className="mono break">{d.value}</td>
              {!wallet && <td>{d.country ? regionName(i18n.lang, d.country, d.country) : '—'}</td>}
              {!wallet && <td>{d.issued || d.expires ? `${d.issued ? i18n.date(d.issued) : '…'} – ${d.expires ? i18n.date(d.expires) : '…'}` : '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The entries of other lists that are this target, and each link between two entries with its reason. */
function CrossListSection({ group, self, person }: { group: CrossListGroup; self: string; person: boolean }) {
  const { t } = useI18n();
  const members = new Map(group.members.map((m) => [m.entityId, m]));
  const side = (entityId: string) => {
    const m = members.get(entityId);
    const text = m ? `${datasetShort(t, m.dataset)} ${m.caption}` : entityId;
    return entityId === self ? <strong>{text}</strong> : <a href={href('entity', entityId)}>{text}</a>;
  };
  return (
    <section className="panel entity-section cross-list" aria-labelledby="xl-h" data-testid="cross-list">
      <h2 id="xl-h">{person ? t('crosslist.titlePerson') : t('crosslist.titleEntity')}</h2>
      <p className="muted">{t('crosslist.intro')}</p>
      <h3>{t('crosslist.members')}</h3>
      <ul className="cross-list-members">
        {group.members.map((m) => (
          <li key={m.entityId} data-member={m.entityId}>
            <span className="tag dataset" title={m.dataset}>
              {datasetShort(t, m.dataset)}
            </span>{' '}
            {m.entityId === self ? (
              <>
                <strong>{m.caption}</strong> <span className="muted">{t('crosslist.thisEntry')}</span>
              </>
            ) : (
              <a href={href('entity', m.entityId)}>{m.caption}</a>
            )}{' '}
            <span className="muted mono">{m.entityId}</span>
          </li>
        ))}
      </ul>
      <h3>{t('crosslist.links')}</h3>
      <ul className="cross-list-links">
        {group.links.map((l) => (
          <li key={`${l.a}~${l.b}`}>
            {side(l.a)} ~ {side(l.b)}: {l.explanation}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EntityPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [data, setData] = useState<EntityResponse | null>(null);
  const [error, setError] = useState<{ status: number; message: string } | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    setData(null);
    setError(null);
    request<EntityResponse>(`/v1/entities/${encodeURIComponent(id)}`, { signal: ctrl.signal })
      .then((d) => {
        setData(d);
        document.title = `${d.entity.caption} · Vigil`;
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setError({ status: e instanceof ApiError ? e.status : 0, message: e instanceof Error ? e.message : String(e) });
      });
    return () => ctrl.abort();
  }, [id]);

  const byScript = useMemo(() => {
    const groups = new Map<string, Entity['names']>();
    for (const n of data?.entity.names ?? []) {
      const s = n.script ?? 'Other';
      groups.set(s, [...(groups.get(s) ?? []), n]);
    }
    return [...groups.entries()];
  }, [data]);

  if (error) {
    return (
      <div className="panel">
        <h1>{t('entity.title')}</h1>
        <p className="error-text" role="alert">
          {error.status === 404 ? t('entity.notFound', { id }) : error.message}
        </p>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="panel entity-loading" aria-busy="true">
        <p role="status">{t('common.loading')}</p>
      </div>
    );
  }

  const e = data.entity;
  const v = data.version;
  const ids = e.identifiers ?? [];
  const documents = ids.filter((d) => DOCUMENT_TYPES.has(d.type));
  const wallets = ids.filter((d) => d.type === 'crypto');
  const others = ids.filter((d) => d.type !== 'crypto' && !DOCUMENT_TYPES.has(d.type));
  const properties = Object.entries(e.properties ?? {});

  return (
    <article className="entity" aria-labelledby="entity-title">
      <header className="panel entity-head">
        <h1 id="entity-title">{e.caption}</h1>
        <p className="tags">
          <span className="tag">{t(`schema.${e.schema}`)}</span>
          <span className="tag dataset">{e.dataset}</span>
          {(e.programs ?? []).map((p) => (
            <span className="tag program" key={p}>
              {p}
            </span>
          ))}
        </p>
        <dl className="facts">
          <Fact label={t('entity.id')} mono>{e.id}</Fact>
          <Fact label={t('entity.listedOn')}>{e.listedOn ? i18n.date(e.listedOn) : '—'}</Fact>
          <Fact label={t('entity.version')}>
            {t('entity.versionText', { dataset: v.dataset, seq: v.seq, published: v.published ? i18n.date(v.published) : '—', imported: i18n.dateTime(v.importedAt) })}
          </Fact>
          <Fact label={t('entity.source')}>
            {e.sourceUrl ? (
              <a href={e.sourceUrl} target="_blank" rel="noreferrer noopener">
                {t('entity.sourceLink')}
              </a>
            ) : (
              '—'
            )}
          </Fact>
        </dl>
      </header>

      <section className="panel entity-section" aria-labelledby="rel-h">
        <h2 id="rel-h">{t('entity.relationships', { n: data.related.length })}</h2>
        {data.related.length === 0 ? (
          <p className="muted">{t('entity.noRelationships')}</p>
        ) : (
          <div className="relations">
            <RelationGraph entity={e} related={data.related} />
            <ul className="relation-list">
              {data.related.map((r, i) => (
                <li key={`${r.id}-${r.type}-${i}`}>
                  <span className="muted">{r.direction === 'outgoing' ? t('entity.thisEntity') : ''}</span> {r.direction === 'incoming' && <a href={href('entity', r.id)}>{r.caption ?? r.id}</a>}{' '}
                  <span className="relation-type">{relationLabel(r.type)}</span> {r.direction === 'outgoing' && <a href={href('entity', r.id)}>{r.caption ?? r.id}</a>}
                  {r.direction === 'incoming' && <span className="muted"> {t('entity.thisEntity')}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {data.crossList && <CrossListSection group={data.crossList} self={e.id} person={e.schema === 'Person'} />}

      <div className="entity-grid">
        <Section title={t('entity.names')}>
          {byScript.map(([script, names]) => (
            <div key={script} className="script-group">
              <h3>{t('entity.script', { script })}</h3>
              <ul className="names">
                {names.map((n, i) => (
                  <li key={`${n.full}-${i}`}>
                    <span lang={n.lang ?? ''}>{n.full}</span> <span className="muted">({t(`namekind.${n.kind}`)})</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>

        <Section title={t('entity.details')}>
          <dl className="facts">
            {e.gender && (
              <Fact label={t('entity.gender')}>{t(`gender.${e.gender}`)}</Fact>
            )}
            {(e.birthDates ?? []).length > 0 && (
              <Fact label={t('entity.birthDates')}>{e.birthDates!.map((d) => partialDate(i18n, d)).join('; ')}</Fact>
            )}
            {(e.birthPlaces ?? []).length > 0 && (
              <Fact label={t('entity.birthPlaces')}>{e.birthPlaces!.join('; ')}</Fact>
            )}
            {(e.deathDates ?? []).length > 0 && (
              <Fact label={t('entity.deathDates')}>{e.deathDates!.map((d) => partialDate(i18n, d)).join('; ')}</Fact>
            )}
            {(e.countries ?? []).map((c, i) => (
              <Fact key={i} label={t(`countryrole.${c.role}`)}>{regionName(i18n.lang, c.code, c.name)}</Fact>
            ))}
            {(e.titles ?? []).length > 0 && (
              <Fact label={t('entity.titles')}>{e.titles!.join('; ')}</Fact>
            )}
            {(e.positions ?? []).length > 0 && (
              <Fact label={t('entity.positions')}>{e.positions!.join('; ')}</Fact>
            )}
          </dl>
        </Section>

        <Section title={t('entity.documents')} show={documents.length > 0}>
          <IdentifierTable items={documents} />
        </Section>
        <Section title={t('entity.wallets')} show={wallets.length > 0}>
          <IdentifierTable items={wallets} wallet />
        </Section>
        <Section title={t('entity.otherIdentifiers')} show={others.length > 0}>
          <IdentifierTable items={others} />
        </Section>
        <Section title={t('entity.addresses')} show={(e.addresses ?? []).length > 0}>
          <ul>
            {(e.addresses ?? []).map((a, i) => (
              <li key={i}>{a.full}</li>
            ))}
          </ul>
        </Section>
        <Section title={t('entity.programs')} show={(e.programs ?? []).length > 0 || properties.length > 0}>
          <dl className="facts">
            {(e.programs ?? []).length > 0 && (
              <Fact label={t('entity.programs')}>{e.programs!.join(', ')}</Fact>
            )}
            {properties.map(([k, vals]) => (
              <Fact key={k} label={k}>{vals.join('; ')}</Fact>
            ))}
          </dl>
        </Section>
        <Section title={t('entity.remarks')} show={(e.remarks ?? []).length > 0}>
          {(e.remarks ?? []).map((r, i) => (
            <p key={i}>{r}</p>
          ))}
        </Section>
      </div>

    </article>
  );
}
