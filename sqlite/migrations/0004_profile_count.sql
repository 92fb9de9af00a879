-- An entity profile counts its claims: those where it is the subject, those where it is the
-- object, less those where it is both (between members of one merge cluster). With this index
-- the last count reads the index alone instead of every claim where the entity is the object
-- (a hub of 70,000 claims took 0.1–0.4 s to count; see BENCHMARKS.md, HTTP API under load).
CREATE INDEX IF NOT EXISTS claims_object_subject ON claims(object_entity, subject);
