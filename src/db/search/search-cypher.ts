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
         // Shown: the written forms only (searchForms also holds their folded keys).
         node.name + CASE WHEN size(coalesce(node.aliases, []) + coalesce(node.surfaceForms, [])) = 0 THEN ''
                          ELSE ' (' + reduce(text = '', form IN coalesce(node.aliases, []) + coalesce(node.surfaceForms, [])
                                              | text + CASE WHEN text = '' THEN '' ELSE ' ' END + form) + ')' END +
         CASE WHEN node.description IS NULL THEN '' ELSE ': ' + node.description END AS text
}
RETURN type, id, score, text
ORDER BY score DESC, id
LIMIT $first`;
