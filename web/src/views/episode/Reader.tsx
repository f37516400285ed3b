import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { PersonLink } from '../../components/Bits';
import { EpisodeAudio } from '../../components/Media';
import { ClaimKind } from '../../gql/graphql';
import { words } from '../../labels';
import { ClaimPanel } from './ClaimPanel';
import type { Discrepancy, Episode } from './episode-data';
import { EpisodeNotes } from './EpisodeNotes';
import { Turn } from './Turn';
import { useEpisodeClaims } from './use-episode-claims';

/** Groups items by the id of their turn. */
function byTurnId<T>(
  items: readonly T[],
  turnOf: (item: T) => string | undefined,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const turn = turnOf(item);
    if (turn !== undefined) map.set(turn, [...(map.get(turn) ?? []), item]);
  }
  return map;
}

/** The transcript with its claims highlighted; ?claim= names the claim shown beside it. */
export function Reader({ episode }: { episode: Episode }) {
  const [params, setParams] = useSearchParams();
  const { claims, total, error, done } = useEpisodeClaims(episode.id);
  const selected = params.get('claim');
  const byTurn = useMemo(() => byTurnId(claims, (claim) => claim.turn.id), [claims]);
  const claimById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const [shown, setShown] = useState<string[]>([]);
  useEffect(() => {
    if (selected) setShown([selected]);
  }, [selected]);
  useEffect(() => {
    if (!selected || !done) return;
    document
      .querySelector(`mark[data-claims~="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [selected, done]);

  const show = (ids: string[]) => {
    setShown(ids);
    const next = new URLSearchParams(params);
    if (ids[0]) next.set('claim', ids[0]);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const inTurn = byTurnId<Discrepancy>(episode.discrepancies, (d) => d.turn?.id);
  const startOf = useMemo(
    () => new Map(episode.sections.flatMap((s) => s.turns.map((t) => [t.id, t.startTime]))),
    [episode],
  );

  return (
    <article className="reader">
      <ReaderHeader episode={episode} />
      <p role="status" className="muted" data-testid="claims-status">
        {error
          ? `Could not load the claims: ${error}`
          : done
            ? `${claims.length} of ${total} claims highlighted; click a highlight to read the claim.`
            : `Loading claims… ${claims.length}${total ? ` of ${total}` : ''}`}
      </p>
      <div className="reader-body">
        <div className="transcript">
          <nav aria-label="Sections" className="toc">
            <ol>
              {episode.sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${encodeURIComponent(s.id)}`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          {episode.sections.map((section) => (
            <section key={section.id} aria-labelledby={section.id} className="episode-section">
              <h2 id={section.id}>
                {section.position}. {section.title}
              </h2>
              {section.turns.map((turn) => (
                <Turn
                  key={turn.id}
                  turn={turn}
                  claims={byTurn.get(turn.id) ?? []}
                  discrepancies={inTurn.get(turn.id) ?? []}
                  active={shown[0] ?? null}
                  onClaim={show}
                  mediaUrl={episode.mediaUrl ?? null}
                />
              ))}
            </section>
          ))}
          <EpisodeNotes episode={episode} />
        </div>
        <ClaimPanel
          shown={shown}
          claimById={claimById}
          mediaUrl={episode.mediaUrl ?? null}
          startOf={startOf}
        />
      </div>
    </article>
  );
}

/** The title, who spoke, and the colours of the claim kinds. */
function ReaderHeader({ episode }: { episode: Episode }) {
  return (
    <>
      <h1>{episode.title}</h1>
      <p className="lede">
        Aired <time dateTime={episode.airDate}>{episode.airDate}</time> with{' '}
        {episode.speakers.map((s, i) => (
          <span key={s.person.id}>
            {i > 0 ? ', ' : ''}
            <PersonLink person={s.person} /> ({words(s.role)}
            {s.affiliation ? `, ${s.affiliation}` : ''})
          </span>
        ))}
        .
      </p>
      <EpisodeAudio mediaUrl={episode.mediaUrl} />
      <p className="legend" aria-label="Claim kinds">
        {Object.values(ClaimKind).map((k) => (
          <mark key={k} className={`kind-${k.toLowerCase()}`}>
            {words(k)}
          </mark>
        ))}
      </p>
    </>
  );
}
