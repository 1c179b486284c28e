// Delete the statements of re-loaded documents that are not in the new set; return what they touched.
// $docs: [{id, keep: [statement id]}]
UNWIND $docs AS doc
MATCH (s:Statement {doc: doc.id})
WHERE NOT s.id IN doc.keep
WITH s, s.actorId AS actorId, s.targetId AS targetId, s.actorCountryId AS ac, s.targetCountryId AS tc
DETACH DELETE s
RETURN actorId, targetId, ac, tc
