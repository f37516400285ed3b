import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import { Editor } from './Editor';
import { InItsTurn } from './InItsTurn';
import { PredictionAbout } from './PredictionAbout';
import type { PredictionData } from './prediction-data';
import { PredictionFacts } from './PredictionFacts';
import { RelatedClaims } from './RelatedClaims';
import { ResolutionHistory } from './ResolutionHistory';
import { WhoseForecast } from './WhoseForecast';

const PredictionDetail = graphql(`
  query PredictionDetail($id: ID!) {
    prediction(id: $id) {
      id
      quote
      paraphrase
      horizon
      dueDate
      window {
        from
        to
      }
      conditional
      conditions
      confidence {
        hedges
        bucket
        probability
      }
      status
      topics
      resolutionCriteria
      resolutionSource
      unresolvableAsStated
      windowReason
      madeBeforeEpisode
      attributedTo {
        person {
          id
          name
        }
        group
      }
      attributionDoubt {
        id
        explanation
      }
      endorsedBy {
        person {
          id
          name
        }
        quote
      }
      speaker {
        id
        name
      }
      episode {
        id
        title
        airDate
        mediaUrl
      }
      turn {
        id
        position
        startTime
        section {
          title
          turns(first: 50) {
            id
            position
            text
            speaker {
              id
              name
            }
          }
        }
      }
      claim {
        quoteStart
        quoteEnd
        relations {
          type
          direction
          claim {
            id
            ...ClaimLine
          }
        }
      }
      about {
        id
        name
        type
      }
      resolutions {
        id
        action
        status
        previousStatus
        evidenceUrl
        note
        resolvedAt
        recordedAt
        recordedBy
      }
    }
  }
`);

export function PredictionPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: PredictionDetail, variables: { id } });
  return (
    <Loadable
      result={result}
      reexecute={reexecute}
      what="the prediction"
      isEmpty={(data) => data.prediction === null}
      empty={
        <p>
          No prediction has the id “{id}”. <Link to="/predictions">See all predictions</Link>.
        </p>
      }
    >
      {(data) => (data.prediction ? <Prediction p={data.prediction} /> : null)}
    </Loadable>
  );
}

function Prediction({ p }: { p: PredictionData }) {
  return (
    <article className="prediction">
      <PredictionFacts p={p} />
      <InItsTurn p={p} />
      <RelatedClaims relations={p.claim.relations} />
      <PredictionAbout about={p.about} topics={p.topics} />
      <ResolutionHistory resolutions={p.resolutions} />
      <WhoseForecast p={p} />
      <Editor
        id={p.id}
        status={p.status}
        criteria={p.resolutionCriteria ?? null}
        source={p.resolutionSource ?? null}
      />
    </article>
  );
}
