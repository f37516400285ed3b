import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import type { OverviewQuery } from '../../gql/graphql';
import { KindsPanel, SpeakersPanel, TopicsPanel } from './ClaimPanels';
import { EpisodesPanel, MostCitedPanel } from './CorpusPanels';
import { StatusPanel, TimelinePanel } from './PredictionPanels';

const OverviewDoc = graphql(`
  query Overview {
    dashboard {
      asOf
      totals {
        episodes
        turns
        claims
        predictions
        entities
        mentions
      }
      predictionsByStatus {
        label
        count
      }
      claimsBySpeaker(first: 20) {
        person {
          id
          name
        }
        count
      }
      claimsByKind {
        label
        count
      }
      claimsByTopic(first: 15) {
        label
        count
      }
      mostCited(first: 10) {
        entity {
          id
          name
        }
        count
      }
    }
    episodes(first: 20) {
      id
      title
      airDate
    }
    predictions(filter: { dated: true }, orderBy: DEADLINE_ASC, first: 100) {
      totalCount
      edges {
        node {
          id
          quote
          dueDate
          window {
            from
            to
          }
          status
          speaker {
            name
          }
        }
      }
    }
  }
`);

export function Overview() {
  const [result, reexecute] = useQuery({ query: OverviewDoc });
  return (
    <>
      <h1>Overview</h1>
      <Loadable result={result} reexecute={reexecute} what="the overview">
        {(data) => <Figures data={data} />}
      </Loadable>
    </>
  );
}

function Figures({ data }: { data: OverviewQuery }) {
  const d = data.dashboard;
  const dated = useMemo(() => data.predictions.edges.map((e) => e.node), [data.predictions]);
  return (
    <>
      <Totals data={data} />
      <div className="grid">
        <StatusPanel byStatus={d.predictionsByStatus} />
        <TimelinePanel dated={dated} asOf={d.asOf} totalDated={data.predictions.totalCount} />
        <SpeakersPanel bySpeaker={d.claimsBySpeaker} />
        <KindsPanel byKind={d.claimsByKind} />
        <TopicsPanel byTopic={d.claimsByTopic} />
        <MostCitedPanel mostCited={d.mostCited} />
        <EpisodesPanel episodes={data.episodes} />
      </div>
    </>
  );
}

/** The corpus in six numbers, each linking to where its items are listed (where a list exists). */
function Totals({ data }: { data: OverviewQuery }) {
  const { totals } = data.dashboard;
  const first = data.episodes[0];
  const rows: [string, number, string | null][] = [
    ['Episodes', totals.episodes, first ? `/episodes/${encodeURIComponent(first.id)}` : null],
    ['Turns', totals.turns, null],
    ['Claims', totals.claims, '/claims'],
    ['Predictions', totals.predictions, '/predictions'],
    ['Entities', totals.entities, null],
    ['Mentions', totals.mentions, null],
  ];
  return (
    <ul className="totals" aria-label="Totals">
      {rows.map(([label, count, href]) => (
        <li key={label}>
          {href ? (
            <Link to={href}>
              <strong>{count}</strong> {label.toLowerCase()}
            </Link>
          ) : (
            <span>
              <strong>{count}</strong> {label.toLowerCase()}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
