import { ENTITY_SPEC } from '../entities/entity-shape';
import type { ChildShape, NodeSpec, Projector } from '../shared/shape';

/** How an episode is read (EpisodeModel). */
export const EPISODE_SPEC: NodeSpec = {
  identity: ['id'],
  props: {
    id: '.id',
    title: '.title',
    airDate: 'toString({v}.airDate)',
    editorialNote: '.editorialNote',
    mediaUrl: '.mediaUrl',
    turnCount: '.turnCount',
  },
  children: {},
};

/** The episode whose id is the Cypher expression `id`: one seek on the id constraint. */
export function episodeById(id: string, child: ChildShape, build: Projector): string {
  const e = build.variable('e');
  return `head(COLLECT { MATCH (${e}:Episode {id: ${id}}) RETURN ${build.project(EPISODE_SPEC, child.shape, e)} })`;
}

/** How a section is read (SectionModel). */
export const SECTION_SPEC: NodeSpec = {
  identity: ['id'],
  props: { id: '.id', episodeId: '.episodeId', position: '.position', title: '.title' },
  children: {
    episode: { expression: (s, child, build) => episodeById(`${s}.episodeId`, child, build) },
  },
};

/** How a turn is read (TurnModel): its text only when a query selects it. */
export const TURN_SPEC: NodeSpec = {
  identity: ['id'],
  lazy: ['text'],
  props: {
    id: '.id',
    episodeId: '.episodeId',
    sectionId: '.sectionId',
    speakerId: '.speakerId',
    position: '.position',
    startTime: '.startTime',
    endTime: '.endTime',
    text: '.text',
  },
  children: {
    episode: { expression: (t, child, build) => episodeById(`${t}.episodeId`, child, build) },
    section: {
      expression: (t, child, build) => {
        const s = build.variable('s');
        return `head([(${t})-[:IN_SECTION]->(${s}:Section) | ${build.project(SECTION_SPEC, child.shape, s)}])`;
      },
    },
    speaker: {
      expression: (t, child, build) => {
        const p = build.variable('p');
        return `head([(${t})-[:SPOKEN_BY]->(${p}:Person) | ${build.project(ENTITY_SPEC, child.shape, p)}])`;
      },
    },
  },
};
