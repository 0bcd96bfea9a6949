-- The event log of every network kept in this database. A network's events are ordered twice:
-- by position in the network's whole log, and by version in their stream (a meeting, a
-- mandate, …). Networks share the tables and never each other's rows.
CREATE SCHEMA IF NOT EXISTS samverkan;

-- One row per network: how far its log has got. An append locks its network's row, so the
-- appends of one network run one after another and take positions without gaps, in the order
-- they commit; appends to different networks do not wait for each other. Positions are never
-- given out twice, not even after the log is cleared.
CREATE TABLE samverkan.networks (
  network text PRIMARY KEY,
  last_position bigint NOT NULL DEFAULT 0 CHECK (last_position >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Each stream's head: the version an expected-version append is compared with.
CREATE TABLE samverkan.streams (
  network text NOT NULL REFERENCES samverkan.networks (network),
  stream text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  PRIMARY KEY (network, stream)
);

CREATE TABLE samverkan.events (
  network text NOT NULL REFERENCES samverkan.networks (network),
  position bigint NOT NULL CHECK (position > 0),
  stream text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  command_id text NOT NULL,
  -- The first position of the append that wrote it: the events of one append or batch share it
  -- and reach listeners together.
  batch bigint NOT NULL CHECK (batch > 0 AND batch <= position),
  -- The event as the runtime gave it, every field but the three above (stream, version and
  -- position live in their columns), so fields added to events later are kept unchanged.
  event jsonb NOT NULL,
  -- The database's clock when the event was stored (the event's own time is event->>'at').
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (network, position),
  -- Never two events at one version of a stream, whatever a writer believed.
  UNIQUE (network, stream, version)
);

-- A retried command is recognised by its id.
CREATE INDEX events_by_command ON samverkan.events (network, command_id);
