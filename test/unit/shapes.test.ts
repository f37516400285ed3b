import { buildSchema, isObjectType } from 'graphql';

import { CLAIM_SPEC } from '../../src/db/claims/claim-shape';
import { ENTITY_SPEC } from '../../src/db/entities/entity-shape';
import { EPISODE_SPEC, SECTION_SPEC, TURN_SPEC } from '../../src/db/episodes/episode-shape';
import type { NodeSpec } from '../../src/db/shared/shape';
import { RULES } from '../../src/resolvers/shapes';
import { loadTypeDefs } from '../../src/schema';

/**
 * The compiler's table (src/resolvers/shapes.ts) must know every field of the types it compiles,
 * and name only properties and related nodes the node specs can read: a field added to the
 * schema without a rule would otherwise read every property, silently.
 */
const schema = buildSchema(loadTypeDefs());

/** The node spec that reads each compiled type's rows (ClaimRelation rows are fixed). */
const SPEC_OF: Record<string, NodeSpec | null> = {
  Claim: CLAIM_SPEC,
  Prediction: CLAIM_SPEC,
  Confidence: CLAIM_SPEC,
  Attribution: CLAIM_SPEC,
  ClaimRelation: null,
  Person: ENTITY_SPEC,
  Entity: ENTITY_SPEC,
  Turn: TURN_SPEC,
  Section: SECTION_SPEC,
  Episode: EPISODE_SPEC,
};

describe('the shape compiler table', () => {
  it.each(Object.keys(RULES))('has a rule for every field of %s', (type) => {
    const graphqlType = schema.getType(type);
    if (!isObjectType(graphqlType)) throw new Error(`${type} is not an object type`);
    expect(Object.keys(RULES[type] ?? {}).sort()).toEqual(
      Object.keys(graphqlType.getFields()).sort(),
    );
  });

  it.each(Object.keys(RULES))('names only what the node spec of %s reads', (type) => {
    expect(type in SPEC_OF).toBe(true);
    const spec = SPEC_OF[type] ?? null;
    for (const [field, rule] of Object.entries(RULES[type] ?? {})) {
      for (const prop of rule.props ?? []) {
        expect({ field, prop, known: spec !== null && prop in spec.props }).toEqual({
          field,
          prop,
          known: true,
        });
      }
      const child = 'child' in rule ? rule.child : 'page' in rule ? rule.page : null;
      if (child !== null && spec !== null) {
        expect({ field, child, known: child in spec.children }).toEqual({
          field,
          child,
          known: true,
        });
      }
    }
  });
});
