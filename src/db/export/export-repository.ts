import { rows as rowsOf, type Database } from '../database';
import type { Visibility } from '../shared/visibility';
import * as cypher from './export-cypher';

/** One episode as the graph holds it, in the shapes the corpus files need. */
export interface EpisodeExport {
  episode: {
    id: string;
    title: string;
    airDate: string;
    mediaUrl: string | null;
    editorialNote: string | null;
  };
  speakers: {
    id: string;
    name: string;
    role: 'host' | 'panelist';
    affiliation: string | null;
    expertise: string | null;
  }[];
  sections: { id: string; position: number; title: string }[];
  turns: {
    id: string;
    localId: string;
    sectionId: string;
    speakerId: string;
    label: string;
    text: string;
    startTime: number | null;
    endTime: number | null;
  }[];
  notes: { number: number; term: string; text: string; explains: string[] }[];
  entities: {
    id: string;
    type: string;
    name: string;
    aliases: string[];
    description: string | null;
    externalIds: string[];
    year: number | null;
    mentions: {
      turn: string;
      turnText: string;
      form: string;
      start: number;
      mentionOnly: boolean;
    }[];
  }[];
  entityRelations: { from: string; type: string; to: string; role: string | null }[];
  claims: {
    id: string;
    turn: string;
    turnText: string;
    turnSpeakerId: string;
    start: number | null;
    speakerId: string;
    attributedToId: string | null;
    attributedToGroup: string | null;
    attributedWording: 'paraphrase' | 'quotation' | null;
    quote: string;
    paraphrase: string | null;
    kind: string;
    topics: string[];
    about: string[];
    relations: { type: string; target: string }[];
    /** `governs`: the full ids of the turns, as the graph keeps them. */
    premise: { text: string; governs: string[] } | null;
    prediction: {
      horizon: string | null;
      due: string | null;
      windowStart: string | null;
      windowEnd: string | null;
      conditional: boolean | null;
      conditions: string[];
      resolutionCriteria: string | null;
      resolutionSource: string | null;
      windowReason: string | null;
      unresolvable: string | null;
      madeBeforeEpisode: boolean | null;
      hedges: string[];
      bucket: string;
      override: string | null;
      /** The outcome the episode itself gives it, as the importer recorded it. */
      settled: { turn: string; quote: string; status: string; explanation: string } | null;
    } | null;
    review: { state: string; by: string | null; at: string | null; note: string | null };
    retracted: { by: string | null; at: string; reason: string | null } | null;
  }[];
  discrepancies: {
    id: string;
    turnId: string | null;
    turnIds: string[];
    note: number | null;
    text: string;
    correct: string;
    entity: string | null;
    kind: string;
    explanation: string;
  }[];
  exclusions: {
    turn: string;
    turnText: string;
    quote: string;
    start: number | null;
    reason: string;
  }[];
}

export const exportRepository = {
  /**
   * Everything one episode's files hold, read in one transaction; null for no such episode.
   * `public`: accepted claims only, as public reads see them.
   */
  async episode(
    db: Database,
    episodeId: string,
    visibility: Visibility = 'drafts',
  ): Promise<EpisodeExport | null> {
    return db.readTx(async (tx) => {
      const read = async <Row>(statement: string): Promise<Row[]> =>
        rowsOf<Row>(await tx.run(statement, { episodeId }));
      const [episode] = await read<EpisodeExport['episode']>(cypher.EXPORT_EPISODE);
      if (episode === undefined) return null;
      return {
        episode,
        speakers: await read(cypher.EXPORT_SPEAKERS),
        sections: await read(cypher.EXPORT_SECTIONS),
        turns: await read(cypher.EXPORT_TURNS),
        notes: await read(cypher.EXPORT_NOTES),
        entities: await read(cypher.EXPORT_ENTITIES),
        entityRelations: await read(cypher.EXPORT_ENTITY_RELATIONS),
        claims: await read(cypher.exportClaims(visibility)),
        discrepancies: await read(cypher.EXPORT_DISCREPANCIES),
        exclusions: await read(cypher.EXPORT_EXCLUSIONS),
      };
    });
  },
};
