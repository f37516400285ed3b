import type { EntityDetailQuery } from '../../gql/graphql';

/** The entity as the page's query reads it; each section takes the part it shows. */
export type EntityData = NonNullable<EntityDetailQuery['entity']>;
