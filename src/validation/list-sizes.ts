/**
 * How many items a short nested list really holds, by `Type.field`: the largest count in the
 * annotated corpus (measured with test/unit/validation/list-sizes.test.ts, which fails when an
 * episode outgrows a figure here) with headroom. The cost model multiplies by
 * min(first, this figure) instead of by the page size, so an episode's sections, a section's
 * turns and a turn's claims cost what they hold, not 50 × 50 × 50.
 *
 * Only lists bounded by the shape of one episode belong here. Lists that grow with the corpus
 * (an entity's citations, a person's claims, a prediction's history) are costed at their page
 * size.
 */
export const LIST_SIZE_BOUNDS: Readonly<Record<string, number>> = Object.freeze({
  // measured max 13 sections per episode
  'Episode.sections': 20,
  // measured max 3 speakers per episode
  'Episode.speakers': 10,
  // measured max 6 verification notes per episode
  'Episode.notes': 20,
  // measured max 10 discrepancies per episode
  'Episode.discrepancies': 20,
  // measured max 23 turns per section
  'Section.turns': 30,
  // measured max 13 claims per turn
  'Turn.claims': 15,
  // measured max 14 mentions per turn
  'Turn.mentions': 20,
  // measured max 5 entities per claim
  'Claim.about': 10,
  'Prediction.about': 10,
  // measured max 2 entities per note
  'Note.explains': 10,
});
