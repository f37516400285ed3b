/** Index names come from seed/schema.cypher; the query text is always a parameter. */
export const SEARCH = `
CALL {
  WITH 1 AS unused WHERE 'TURN' IN $types
  CALL db.index.fulltext.queryNodes('turn_text', $query, { limit: $first }) YIELD node, score
  RETURN 'TURN' AS type, node.id AS id, score, node.text AS text
  UNION ALL
  WITH 1 AS unused WHERE 'CLAIM' IN $types
  CALL db.index.fulltext.queryNodes('claim_text', $query, { limit: $first }) YIELD node, score
  RETURN 'CLAIM' AS type, node.id AS id, score,
         node.quote + CASE WHEN node.paraphrase IS NULL THEN '' ELSE ' — ' + node.paraphrase END AS text
  UNION ALL
  WITH 1 AS unused WHERE 'ENTITY' IN $types
  CALL db.index.fulltext.queryNodes('entity_text', $query, { limit: $first }) YIELD node, score
  RETURN 'ENTITY' AS type, node.id AS id, score,
         node.name + CASE WHEN trim(coalesce(node.searchForms, '')) = '' THEN ''
                          ELSE ' (' + trim(node.searchForms) + ')' END +
         CASE WHEN node.description IS NULL THEN '' ELSE ': ' + node.description END AS text
}
RETURN type, id, score, text
ORDER BY score DESC, id
LIMIT $first`;
