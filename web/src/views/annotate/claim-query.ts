import { graphql } from '../../gql';
import type { WorkbenchClaimQuery } from '../../gql/graphql';
import { emptyClaim, type ClaimState } from './claim-form-state';

/** One claim with everything the workbench shows and edits, drafts included. */
export const WorkbenchClaim = graphql(`
  query WorkbenchClaim($id: ID!) {
    claim(id: $id, includeDrafts: true) {
      id
      key
      kind
      quote
      paraphrase
      topics
      speaker {
        id
        name
      }
      attributedTo {
        person {
          key
          name
        }
        group
      }
      turn {
        id
        position
      }
      about(first: 20) {
        id
        name
      }
      relations(first: 20) {
        type
        direction
        claim {
          id
          quote
        }
      }
      prediction {
        horizon
        dueDate
        window {
          from
          to
        }
        conditional
        conditions
        resolutionCriteria
        resolutionSource
        confidence {
          hedges
          bucket
          probability
          override
        }
      }
      review {
        state
        by
        at
        note
      }
      retraction {
        by
        at
        reason
      }
      history(first: 50) {
        at
        by
        action
        note
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

export type ClaimData = NonNullable<WorkbenchClaimQuery['claim']>;

/** Whoever wrote or edited it: they may not review it (the server refuses; we do not offer). */
export function authorsOf(claim: ClaimData): Set<string> {
  return new Set(
    claim.history.filter((r) => r.action === 'CREATE' || r.action === 'UPDATE').map((r) => r.by),
  );
}

/** The form's state for editing a claim as it stands. */
export function stateOfClaim(claim: ClaimData): ClaimState {
  const base = emptyClaim(claim.kind, claim.prediction?.horizon ?? '');
  const p = claim.prediction;
  return {
    ...base,
    paraphrase: claim.paraphrase ?? '',
    topics: claim.topics.join(', '),
    about: claim.about.map((e) => ({ id: e.id, label: e.name })),
    relations: claim.relations
      .filter((r) => r.direction === 'OUTGOING')
      .map((r) => ({ type: r.type, target: { id: r.claim.id, label: `“${r.claim.quote}”` } })),
    reports: claim.attributedTo?.person ? 'person' : claim.attributedTo?.group ? 'group' : 'own',
    person: claim.attributedTo?.person
      ? { id: claim.attributedTo.person.key, label: claim.attributedTo.person.name }
      : null,
    group: claim.attributedTo?.group ?? '',
    prediction: p
      ? {
          horizon: p.horizon ?? '',
          conditional: p.conditional,
          conditions: p.conditions.join('\n'),
          criteria: p.resolutionCriteria ?? '',
          source: p.resolutionSource ?? '',
          hedges: p.confidence.hedges.join(', '),
          bucket: p.confidence.override ? p.confidence.bucket : '',
          override: p.confidence.override ?? '',
        }
      : base.prediction,
  };
}
