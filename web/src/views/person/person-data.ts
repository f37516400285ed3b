import type { PersonDetailQuery } from '../../gql/graphql';

/** The person as the page's query reads it; each section takes the part it shows. */
export type PersonData = NonNullable<PersonDetailQuery['person']>;
