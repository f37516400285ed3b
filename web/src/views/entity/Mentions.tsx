import { Link } from 'react-router-dom';

import { PersonLink } from '../../components/Bits';
import { MarkedText } from '../../components/Marked';
import { Pages, type PageTo } from '../../components/Pages';
import type { EntityData } from './entity-data';

/** Characters of the turn shown on each side of a mention. */
const CONTEXT = 160;

/** Every place the entity is named, with the words around it, a page at a time. */
export function Mentions({
  mentions,
  atFirst,
  page,
}: {
  mentions: EntityData['mentions'];
  atFirst: boolean;
  page: PageTo;
}) {
  return (
    <section aria-labelledby="h-mentions">
      <h2 id="h-mentions">Mentions in context ({mentions.totalCount})</h2>
      {mentions.totalCount === 0 ? <p className="state empty">Never named in a turn.</p> : null}
      <ul className="list mentions">
        {mentions.edges.map(({ node }) => (
          <Mention key={`${node.turn.id}-${node.start}`} mention={node} />
        ))}
      </ul>
      <Pages
        label="Pages of mentions"
        atFirst={atFirst}
        hasNext={mentions.pageInfo.hasNextPage}
        onFirst={() => page('mentions', null)}
        onNext={() => page('mentions', mentions.pageInfo.endCursor ?? null)}
      />
    </section>
  );
}

function Mention({ mention: m }: { mention: EntityData['mentions']['edges'][number]['node'] }) {
  const from = Math.max(0, m.start - CONTEXT);
  const to = Math.min(m.turn.text.length, m.end + CONTEXT);
  return (
    <li>
      <p className="speaker">
        <PersonLink person={m.turn.speaker} />,{' '}
        <Link
          to={`/episodes/${encodeURIComponent(m.turn.episode.id)}#${encodeURIComponent(m.turn.id)}`}
        >
          turn {m.turn.position}
        </Link>
      </p>
      <p>
        {from > 0 ? '…' : ''}
        <MarkedText
          text={m.turn.text.slice(from, to)}
          claims={[
            {
              id: `${m.turn.id}-${m.start}`,
              kind: 'mention',
              start: m.start - from,
              end: m.end - from,
            },
          ]}
        />
        {to < m.turn.text.length ? '…' : ''}
      </p>
    </li>
  );
}
