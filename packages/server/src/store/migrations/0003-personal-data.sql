-- The personal-data part of each network: people's names, titles, contact details and identity
-- claims, kept apart from the log so that erasing them (GDPR art. 17) deletes a row here and
-- rewrites no event. Written only in the transaction of the events it goes with (a dataset's
-- load puts, an erasure deletes), never on a conflict or a retried command.
CREATE TABLE samverkan.personal_data (
  network text NOT NULL REFERENCES samverkan.networks (network),
  person_id text NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (network, person_id)
);
