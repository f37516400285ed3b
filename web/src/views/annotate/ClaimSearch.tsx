import { useState } from 'react';
import { useQuery } from 'urql';

import { graphql } from '../../gql';
import { words } from '../../labels';
import { Combobox } from './Combobox';
import { useDebounced } from './use-debounced';

const SearchEpisodeClaims = graphql(`
  query SearchEpisodeClaims($episode: ID!, $text: String!) {
    claims(filter: { episodeId: $episode, text: $text }, first: 8, includeDrafts: true) {
      edges {
        node {
          id
          key
          kind
          quote
          speaker {
            name
          }
          review {
            state
          }
        }
      }
    }
  }
`);

export interface PickedClaim {
  id: string;
  label: string;
  quote: string;
}

const clip = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** Claims of this episode (drafts too) whose quote or paraphrase holds the words typed. */
export function ClaimSearch({
  id,
  label,
  episodeId,
  onPick,
}: {
  id: string;
  label: string;
  episodeId: string;
  onPick: (claim: PickedClaim) => void;
}) {
  const [text, setText] = useState('');
  const words_ = useDebounced(text.trim());
  const [result] = useQuery({
    query: SearchEpisodeClaims,
    variables: { episode: episodeId, text: words_ },
    pause: words_.length < 2,
  });
  const found = words_.length < 2 ? [] : (result.data?.claims.edges.map((e) => e.node) ?? []);
  return (
    <Combobox
      id={id}
      label={label}
      text={text}
      setText={setText}
      loading={result.fetching || words_ !== text.trim()}
      options={found.map((c) => ({
        id: c.id,
        label: `“${clip(c.quote)}”`,
        detail: `${c.speaker.name}, ${words(c.kind)}${c.review.state === 'ACCEPTED' ? '' : `, ${words(c.review.state)}`}`,
      }))}
      onPick={(option) => {
        const claim = found.find((c) => c.id === option.id);
        if (claim) onPick({ id: claim.id, label: option.label, quote: claim.quote });
        setText('');
      }}
    />
  );
}
