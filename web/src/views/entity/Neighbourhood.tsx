import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { EntityLink } from '../../components/Bits';
import { Graph, type GraphEdge, type GraphNode } from '../../components/Graph';
import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import type { NeighbourhoodQuery } from '../../gql/graphql';
import { words } from '../../labels';

const Neighbourhood = graphql(`
  query Neighbourhood($id: ID!, $depth: Int!) {
    entity(id: $id) {
      id
      name
      relations(first: 50) {
        type
        direction
        entity {
          id
        }
      }
      related(depth: $depth, first: 40) {
        depth
        entity {
          id
          name
          relations(first: 30) {
            type
            direction
            entity {
              id
            }
          }
        }
        claims {
          id
        }
      }
    }
  }
`);

type Centre = NonNullable<NeighbourhoodQuery['entity']>;

/** The entities within 1–3 hops (?depth=), drawn as a graph; its own query, so depth changes alone reload it. */
export function NeighbourhoodGraph({ id, name }: { id: string; name: string }) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const depth = Math.min(3, Math.max(1, Number(params.get('depth') ?? '1') || 1));
  const [result, reexecute] = useQuery({ query: Neighbourhood, variables: { id, depth } });

  const setDepth = (value: number) => {
    const next = new URLSearchParams(params);
    next.set('depth', String(value));
    setParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <section aria-labelledby="h-graph" className="panel">
      <h2 id="h-graph">Neighbourhood</h2>
      <div className="field inline">
        <label htmlFor="g-depth">Depth</label>
        <select
          id="g-depth"
          value={depth}
          onChange={(event) => setDepth(Number(event.target.value))}
        >
          <option value={1}>1 hop</option>
          <option value={2}>2 hops</option>
          <option value={3}>3 hops</option>
        </select>
      </div>
      <Loadable
        result={result}
        reexecute={reexecute}
        what="the neighbourhood"
        isEmpty={(data) => (data.entity?.related.length ?? 0) === 0}
        empty={<p>{name} has no recorded relation to another entity.</p>}
      >
        {(data) =>
          data.entity ? (
            <Drawn
              entity={data.entity}
              onOpen={(to) => navigate(`/entities/${encodeURIComponent(to)}`)}
            />
          ) : null
        }
      </Loadable>
    </section>
  );
}

/** The centre and its related entities as nodes; each relation between two drawn nodes once. */
function graphOf(entity: Centre): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [
    { id: entity.id, label: entity.name, depth: 0, claims: 0 },
    ...entity.related.map((r) => ({
      id: r.entity.id,
      label: r.entity.name,
      depth: r.depth,
      claims: r.claims.length,
    })),
  ];
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  const add = (
    from: string,
    relation: { type: string; direction: string; entity: { id: string } },
  ) => {
    if (!ids.has(relation.entity.id)) return;
    const [source, target] =
      relation.direction === 'OUTGOING' ? [from, relation.entity.id] : [relation.entity.id, from];
    const key = `${source}|${target}|${relation.type}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ source, target, label: words(relation.type) });
  };
  entity.relations.forEach((r) => add(entity.id, r));
  entity.related.forEach((r) => r.entity.relations.forEach((rel) => add(r.entity.id, rel)));
  return { nodes, edges };
}

function Drawn({ entity, onOpen }: { entity: Centre; onOpen: (id: string) => void }) {
  const { nodes, edges } = useMemo(() => graphOf(entity), [entity]);
  return (
    <>
      <Graph
        nodes={nodes}
        edges={edges}
        label={`Graph of ${entity.name} and ${nodes.length - 1} related entities; the list below holds the same links`}
        onOpen={(to) => {
          if (to !== entity.id) onOpen(to);
        }}
      />
      <details>
        <summary>The same neighbourhood as a list ({nodes.length - 1})</summary>
        <ul className="figures">
          {entity.related.map((r) => (
            <li key={r.entity.id}>
              <EntityLink entity={r.entity} />{' '}
              <span className="muted">
                {r.depth} hop{r.depth > 1 ? 's' : ''}, {r.claims.length} claim
                {r.claims.length === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
