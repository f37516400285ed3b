// Uniqueness constraints and indexes of the graph, applied at every start (IF NOT EXISTS keeps
// that idempotent). Every MERGE key in the importer is backed by one of these constraints.

CREATE CONSTRAINT episode_id IF NOT EXISTS FOR (n:Episode) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT turn_id IF NOT EXISTS FOR (n:Turn) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT discrepancy_id IF NOT EXISTS FOR (n:Discrepancy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;

CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind);
CREATE INDEX prediction_status IF NOT EXISTS FOR (n:Prediction) ON (n.status);
CREATE INDEX prediction_due IF NOT EXISTS FOR (n:Prediction) ON (n.dueDate);
CREATE INDEX entity_name_lower IF NOT EXISTS FOR (n:Entity) ON (n.nameLower);
CREATE INDEX turn_position IF NOT EXISTS FOR (n:Turn) ON (n.episodeId, n.position);

CREATE FULLTEXT INDEX turn_text IF NOT EXISTS FOR (n:Turn) ON EACH [n.text];
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.quote, n.paraphrase];
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchForms, n.description];

CREATE INDEX claim_turn IF NOT EXISTS FOR (n:Claim) ON (n.turnId);
CREATE INDEX claim_speaker IF NOT EXISTS FOR (n:Claim) ON (n.speakerId);
CREATE INDEX claim_episode IF NOT EXISTS FOR (n:Claim) ON (n.episodeId);
CREATE INDEX resolution_key IF NOT EXISTS FOR (n:Resolution) ON (n.predictionId);
CREATE CONSTRAINT resolution_dedupe IF NOT EXISTS FOR (n:Resolution) REQUIRE n.dedupeKey IS UNIQUE;
// Every written form of an entity's names, folded (src/domain/name-key.ts): lookups are one seek.
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
