import { Link } from 'react-router-dom';

import { graphql, useFragment, type FragmentType } from '../gql';
import { claimHref, KindBadge, PersonLink } from './Bits';

/** What a claim shows in any list of claims. */
export const ClaimLineFragment = graphql(`
  fragment ClaimLine on Claim {
    id
    kind
    quote
    speaker {
      id
      name
    }
    episode {
      id
    }
    prediction {
      id
    }
  }
`);

/** A page of claims, as a view's query spreads it into a ClaimConnection. */
export const ClaimListFragment = graphql(`
  fragment ClaimList on ClaimConnection {
    edges {
      node {
        id
        ...ClaimLine
      }
    }
  }
`);

/**
 * One claim: its kind, its speaker (left out where the page is the speaker's own) and its quote,
 * linking to where it is read. `tagged` puts the claim's id on the link (data-claim).
 */
export function ClaimLine({
  claim,
  withSpeaker = true,
  tagged = false,
}: {
  claim: FragmentType<typeof ClaimLineFragment>;
  withSpeaker?: boolean;
  tagged?: boolean;
}) {
  const c = useFragment(ClaimLineFragment, claim);
  return (
    <>
      <KindBadge kind={c.kind} />{' '}
      {withSpeaker ? (
        <>
          <PersonLink person={c.speaker} />:{' '}
        </>
      ) : null}
      <Link to={claimHref(c)} data-claim={tagged ? c.id : undefined}>
        “{c.quote}”
      </Link>
    </>
  );
}

export function ClaimList({
  claims,
  withSpeaker = true,
  testId,
}: {
  claims: FragmentType<typeof ClaimListFragment>;
  withSpeaker?: boolean;
  testId?: string;
}) {
  const { edges } = useFragment(ClaimListFragment, claims);
  return (
    <ul className="list" data-testid={testId}>
      {edges.map(({ node }) => (
        <li key={node.id}>
          <ClaimLine claim={node} withSpeaker={withSpeaker} />
        </li>
      ))}
    </ul>
  );
}
