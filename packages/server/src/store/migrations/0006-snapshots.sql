-- Each network's snapshot generation (core's snapshot store port): one record per stream, the
-- state a runtime starts from instead of replaying the stream's events. A cache, never
-- evidence: the runtime checks every record against the log on start and rebuilds any stream
-- whose record does not fit, so a generation may be replaced or deleted at any time. Records
-- hold no personal data (core keeps names out of them); clearing a network's log deletes its
-- snapshots too.
CREATE TABLE samverkan.snapshots (
  network text NOT NULL REFERENCES samverkan.networks (network),
  stream text NOT NULL CHECK (stream <> ''),
  -- The record as the runtime wrote it, kept as text (json, not jsonb): it is only ever read
  -- back whole, and parsing it into jsonb on every write would cost a generation's worth of
  -- work for nothing.
  record json NOT NULL,
  PRIMARY KEY (network, stream)
);
