import { words } from '../../labels';
import type { EntityData } from './entity-data';

/** Links to the external ids we know how to name; other keys are shown as text. */
function externalHref(key: string, value: string): string | null {
  if (key === 'wikidata') return `https://www.wikidata.org/wiki/${encodeURIComponent(value)}`;
  if (key === 'arxiv') return `https://arxiv.org/abs/${encodeURIComponent(value)}`;
  if (/^https?:\/\//.test(value)) return value;
  return null;
}

/** The entity's name, type and year, its description, and the names it goes by. */
export function EntityFacts({ e }: { e: EntityData }) {
  const forms = e.surfaceForms.filter((f) => f !== e.name);
  return (
    <>
      <h1>
        {e.name}{' '}
        <span className="muted small">
          {words(e.type)}
          {e.year ? `, ${e.year}` : ''}
        </span>
      </h1>
      {e.description ? <p className="lede">{e.description}</p> : null}
      <dl className="facts">
        <dt>Also called</dt>
        <dd>
          {e.aliases.length > 0 ? e.aliases.join(', ') : <span className="muted">no aliases</span>}
        </dd>
        <dt>Named in the transcripts as</dt>
        <dd>
          {forms.length > 0 ? forms.join(', ') : <span className="muted">its name only</span>}
        </dd>
        <dt>Elsewhere</dt>
        <dd>
          <ExternalIds ids={e.externalIds} />
        </dd>
      </dl>
    </>
  );
}

function ExternalIds({ ids }: { ids: EntityData['externalIds'] }) {
  if (ids.length === 0) return <span className="muted">no external ids</span>;
  return (
    <>
      {ids.map((x, i) => {
        const href = externalHref(x.key, x.value);
        return (
          <span key={x.key}>
            {i > 0 ? ' · ' : ''}
            {href ? (
              <a href={href} rel="noreferrer noopener">
                {x.key}: {x.value}
              </a>
            ) : (
              `${x.key}: ${x.value}`
            )}
          </span>
        );
      })}
    </>
  );
}
