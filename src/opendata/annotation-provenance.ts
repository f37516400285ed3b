import type { ProvenanceModel } from '../db/opendata/opendata-repository';

/** A Web Annotation agent (https://www.w3.org/TR/annotation-model/#agents). */
export interface Agent {
  id?: string;
  type: 'Person' | 'Software';
  name: string;
}

export interface AnnotationProvenance {
  creator: Agent;
  created: string | null;
  modified: string | null;
}

/**
 * `creator`, `created` and `modified` of a claim's Web Annotation, from its history.
 *
 * The workbench (issue 15, branch workbench-api) writes every change of a claim as a Revision
 * `{at, by, action}` (PLAN decision 1) and a review as reviewedBy/reviewedAt. A claim with
 * revisions was made by whoever made its first one, at that time, and last changed at its last.
 * A claim without any came from the annotation corpus (seed/episodes or an imported corpus):
 * the graph does not record which annotator wrote the file, so the creator is the corpus import
 * itself, as software, and `created` the time the corpus was last imported. When a review is
 * recorded without revisions, it is the last change. This function is the one place to change
 * when the history records more (the annotator of an imported claim, say).
 */
export function annotationProvenance(provenance: ProvenanceModel | null): AnnotationProvenance {
  const revisions = provenance?.revisions ?? [];
  const [first] = revisions;
  const last = revisions[revisions.length - 1];
  if (first !== undefined) {
    return {
      creator: { type: 'Person', name: first.by ?? 'unknown editor' },
      created: iso(first.at),
      modified: last !== undefined && last !== first ? iso(last.at) : iso(provenance?.reviewedAt),
    };
  }
  return {
    // No id: it is not the service (the generator), but the import that ran in it.
    creator: { type: 'Software', name: 'claimgraph corpus import' },
    created: iso(provenance?.importedAt),
    modified: iso(provenance?.reviewedAt),
  };
}

/** Neo4j's datetime text (2026-01-31T12:00:00.123Z, or with [Europe/...] zones) as ISO 8601. */
function iso(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const time = Date.parse(value.replace(/\[.*\]$/, ''));
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
