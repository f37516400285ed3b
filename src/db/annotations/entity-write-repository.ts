import type { EntityRow, ExclusionRow, MentionRow } from '../../domain/corpus';
import { ENTITY_LABELS } from '../../domain/vocabulary';
import type { CountedTransaction } from '../database';
import { rows } from '../database';
import { READ_ENTITY_NAMES, REFRESH_SURFACE_FORMS, WRITE_NAME_KEYS } from '../import/import-cypher';
import { nameRow } from '../import/import-repository';
import * as cypher from './entity-write-cypher';

/** The statements of the workbench's entity, mention and exclusion transactions. */
export const entityWriteRepository = {
  async entity(
    tx: CountedTransaction,
    id: string,
  ): Promise<{ id: string; type: string; name: string } | null> {
    const [row] = rows<{ id: string; type: string; name: string }>(
      await tx.run(cypher.ENTITY_EXISTS, { id }),
    );
    return row ?? null;
  },

  async episodeExists(tx: CountedTransaction, id: string): Promise<boolean> {
    return (await tx.run(cypher.EPISODE_EXISTS, { id })).records.length > 0;
  },

  async createEntity(
    tx: CountedTransaction,
    row: EntityRow,
    episodeId: string,
    by: string,
    at: string,
  ): Promise<void> {
    await tx.run(cypher.createEntity(ENTITY_LABELS[row.type]), { row, episodeId, by, at });
    await refreshNames(tx, [row.id]);
  },

  /** True when the mention is new. */
  async mergeMention(
    tx: CountedTransaction,
    row: MentionRow,
    by: string,
    at: string,
  ): Promise<boolean> {
    const result = await tx.run(cypher.MERGE_MENTION, { row, by, at });
    await refreshNames(tx, [row.entityId]);
    return result.summary.counters.updates().relationshipsCreated > 0;
  },

  async mergeExclusion(
    tx: CountedTransaction,
    row: ExclusionRow,
    by: string,
    at: string,
  ): Promise<void> {
    await tx.run(cypher.MERGE_EXCLUSION, { row, by, at });
  },

  async deleteExclusion(tx: CountedTransaction, id: string): Promise<boolean> {
    return (await tx.run(cypher.DELETE_EXCLUSION, { id })).records.length > 0;
  },
};

/** Surface forms and name keys, as the importer's finishing step writes them. */
async function refreshNames(tx: CountedTransaction, ids: string[]): Promise<void> {
  await tx.run(REFRESH_SURFACE_FORMS, { ids });
  const names = await tx.run(READ_ENTITY_NAMES, { ids });
  await tx.run(WRITE_NAME_KEYS, {
    rows: names.records.map((record) => nameRow(record.toObject())),
  });
}
