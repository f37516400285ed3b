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
// The dashboard's counters (src/db/dashboard/counters-cypher.ts), one node per key.
CREATE CONSTRAINT dashboard_count_key IF NOT EXISTS FOR (n:DashboardCount) REQUIRE n.key IS UNIQUE;

// Keyset pagination and filters: every sort key and filter of the hot statements has an index
// (test/integration/query-plans.test.ts checks the plans).
CREATE INDEX claim_sort IF NOT EXISTS FOR (n:Claim) ON (n.sortKey);
CREATE INDEX prediction_sort IF NOT EXISTS FOR (n:Prediction) ON (n.sortKey);
CREATE INDEX claim_speaker_sort IF NOT EXISTS FOR (n:Claim) ON (n.speakerId, n.sortKey);
CREATE INDEX prediction_deadline IF NOT EXISTS FOR (n:Prediction) ON (n.deadline);
CREATE INDEX prediction_speaker IF NOT EXISTS FOR (n:Prediction) ON (n.speakerId);
// A speaker's dated predictions in deadline order (the predictions page by speaker and due date).
CREATE INDEX prediction_speaker_deadline IF NOT EXISTS FOR (n:Prediction) ON (n.speakerId, n.deadline);
CREATE INDEX turn_speaker IF NOT EXISTS FOR (n:Turn) ON (n.speakerId);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX turn_episode IF NOT EXISTS FOR (n:Turn) ON (n.episodeId);
CREATE INDEX section_episode IF NOT EXISTS FOR (n:Section) ON (n.episodeId);
CREATE INDEX note_episode IF NOT EXISTS FOR (n:Note) ON (n.episodeId);
CREATE INDEX discrepancy_episode IF NOT EXISTS FOR (n:Discrepancy) ON (n.episodeId);
CREATE CONSTRAINT corpus_state_id IF NOT EXISTS FOR (n:CorpusState) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT exclusion_id IF NOT EXISTS FOR (n:Exclusion) REQUIRE n.id IS UNIQUE;
CREATE INDEX exclusion_episode IF NOT EXISTS FOR (n:Exclusion) ON (n.episodeId);
