import { claimsAbout, walkFrom } from '../claims/claims-about-cypher';
import { CLAIM_SPEC } from '../claims/claim-shape';
import {
  openWindow,
  pageOptions,
  PaginationError,
  requestKey,
  type Window,
} from '../shared/pagination';
import type { NodeSpec } from '../shared/shape';
import { claimLabel } from '../shared/visibility';

/** How an entity (or a person: EntityModel) is read. */
export const ENTITY_SPEC: NodeSpec = {
  identity: ['id'],
  props: {
    id: '.id',
    type: '.type',
    name: '.name',
    aliases: 'coalesce({v}.aliases, [])',
    surfaceForms: 'coalesce({v}.surfaceForms, [])',
    description: '.description',
    externalIds: 'coalesce({v}.externalIds, [])',
    year: '.year',
  },
  children: {
    /**
     * A page of the claims about the entity, read with it: `{ request, rows, totalCount }`,
     * where `request` names the page arguments it was read for (see prefetchedClaims).
     */
    claims: {
      expression: (x, child, build) => {
        if (child.page === undefined) return null;
        let window: Window;
        try {
          window = openWindow('Entity.claims', 1, child.page);
        } catch (error) {
          if (error instanceof PaginationError) return null;
          throw error;
        }
        const c = build.variable('c');
        const label = claimLabel(build.visibility);
        const about = claimsAbout(x, c, label, pageOptions(window), {
          limit: build.param(window.size + 1),
          seek: window.seek === null ? 'null' : build.param(window.seek),
          walkFrom: build.param(walkFrom(window.seek, window.backward)),
        });
        const count = window.withCount ? `COUNT { (:${label})-[:ABOUT]->(${x}) }` : 'null';
        return `{ request: ${build.param(requestKey(child.page))}, totalCount: ${count},
    rows: COLLECT { ${about}
      RETURN { node: ${build.project(CLAIM_SPEC, child.shape, c)}, key: [${c}.sortKey] } } }`;
      },
    },
  },
};
