-- The personal-data part of each network: people's names, titles, contact details and identity
-- claims, kept apart from the log (the log's people carry only their opaque ids) so that erasing
-- someone's personal data deletes a row here and rewrites no event. Written only together with
-- the events it goes with, in the same transaction (see samverkan.append).
CREATE TABLE samverkan.personal_data (
  network text NOT NULL REFERENCES samverkan.networks (network),
  person_id text NOT NULL CHECK (person_id <> ''),
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (network, person_id)
);
