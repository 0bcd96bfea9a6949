-- An append looks its commands up in the log by index. `samverkan.append` (migrations/0003)
-- asked `command_id IN (SELECT jsonb_array_elements_text(…))`, which PostgreSQL plans as a hash
-- join over a sequential scan of every event of the network once the table's statistics say it
-- is long: each append cost more as the log grew. `= ANY (ARRAY(…))` is an index condition on
-- `events_by_command` (and, for the people a part erases, on personal_data's key). Nothing else
-- changes: the same checks, writes and answers.
CREATE OR REPLACE FUNCTION samverkan.append(p_network text, p_parts jsonb, p_channel text)
RETURNS jsonb
LANGUAGE plpgsql
AS $append$
DECLARE
  v_last bigint;
  v_heads jsonb;
  v_written jsonb := '{}';
  v_outcomes jsonb := '[]';
  v_part jsonb;
  v_index integer := 0;
  v_actual integer;
  v_duplicate jsonb;
  v_any_recorded boolean;
  v_count integer;
  v_offset bigint := 0;
BEGIN
  -- The appends of one network, one after another: lock its row (made if it is missing). Each
  -- statement below reads what the appends before this one committed.
  SELECT last_position INTO v_last FROM samverkan.networks WHERE network = p_network FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    INSERT INTO samverkan.networks (network) VALUES (p_network)
      ON CONFLICT (network) DO UPDATE SET network = excluded.network
      RETURNING last_position INTO v_last;
  END IF;

  SELECT EXISTS (
    SELECT 1 FROM samverkan.events
     WHERE network = p_network
       AND command_id = ANY (ARRAY(SELECT jsonb_array_elements_text(p -> 'commands') FROM jsonb_array_elements(p_parts) AS p))
  ) INTO v_any_recorded;
  SELECT coalesce(jsonb_object_agg(stream, version), '{}') INTO v_heads
    FROM samverkan.streams
   WHERE network = p_network AND stream IN (SELECT p ->> 'stream' FROM jsonb_array_elements(p_parts) AS p);

  -- Check every part before writing anything.
  FOR v_part IN SELECT value FROM jsonb_array_elements(p_parts) LOOP
    v_duplicate := NULL;
    IF v_any_recorded THEN
      SELECT jsonb_agg(jsonb_build_object('position', position, 'stream', stream, 'version', version, 'event', event) ORDER BY position)
        INTO v_duplicate
        FROM samverkan.events
       WHERE network = p_network AND command_id = ANY (ARRAY(SELECT jsonb_array_elements_text(v_part -> 'commands')));
    END IF;
    IF v_duplicate IS NOT NULL THEN
      v_outcomes := v_outcomes || jsonb_build_array(jsonb_build_object('duplicate', v_duplicate));
    ELSE
      -- A part's expected version counts the parts before it in the same batch.
      v_actual := coalesce((v_heads ->> (v_part ->> 'stream'))::integer, 0);
      IF v_actual <> (v_part ->> 'expected')::integer THEN
        RETURN jsonb_build_object('conflict', jsonb_build_object(
          'index', v_index, 'stream', v_part ->> 'stream', 'expected', (v_part ->> 'expected')::integer, 'actual', v_actual));
      END IF;
      v_count := jsonb_array_length(v_part -> 'events');
      v_heads := v_heads || jsonb_build_object(v_part ->> 'stream', v_actual + v_count);
      IF v_count > 0 THEN
        v_written := v_written || jsonb_build_object(v_part ->> 'stream', v_actual + v_count);
      END IF;
      -- Where its events go: the versions after `from`, the positions after `offset` more than the last.
      v_outcomes := v_outcomes || jsonb_build_array(jsonb_build_object('from', v_actual, 'offset', v_offset));
      v_offset := v_offset + v_count;
    END IF;
    v_index := v_index + 1;
  END LOOP;

  INSERT INTO samverkan.events (network, position, stream, version, command_id, batch, event)
  SELECT p_network,
         v_last + (o.outcome ->> 'offset')::bigint + e.ord,
         p.part ->> 'stream',
         (o.outcome ->> 'from')::integer + e.ord::integer,
         e.event ->> 'commandId',
         v_last + 1,
         e.event
    FROM jsonb_array_elements(p_parts) WITH ORDINALITY AS p(part, ord)
    JOIN jsonb_array_elements(v_outcomes) WITH ORDINALITY AS o(outcome, ord) ON o.ord = p.ord
   CROSS JOIN LATERAL jsonb_array_elements(p.part -> 'events') WITH ORDINALITY AS e(event, ord)
   WHERE o.outcome ? 'from';
  GET DIAGNOSTICS v_count = ROW_COUNT;

  IF v_count > 0 THEN
    -- Personal data goes with the events it came with: the parts written, in order (a later
    -- part's erase undoes an earlier part's put; within a part, puts first, the last put of a
    -- person counting).
    FOR v_part IN
      SELECT p.part -> 'personal'
        FROM jsonb_array_elements(p_parts) WITH ORDINALITY AS p(part, ord)
        JOIN jsonb_array_elements(v_outcomes) WITH ORDINALITY AS o(outcome, ord) ON o.ord = p.ord
       WHERE o.outcome ? 'from' AND p.part ? 'personal' AND jsonb_array_length(p.part -> 'events') > 0
       ORDER BY p.ord
    LOOP
      INSERT INTO samverkan.personal_data (network, person_id, data)
      SELECT DISTINCT ON (r.record ->> 'personId') p_network, r.record ->> 'personId', r.record -> 'data'
        FROM jsonb_array_elements(coalesce(v_part -> 'put', '[]')) WITH ORDINALITY AS r(record, ord)
       ORDER BY r.record ->> 'personId', r.ord DESC
          ON CONFLICT (network, person_id) DO UPDATE SET data = excluded.data, updated_at = now();
      DELETE FROM samverkan.personal_data
       WHERE network = p_network AND person_id = ANY (ARRAY(SELECT jsonb_array_elements_text(coalesce(v_part -> 'erase', '[]'))));
    END LOOP;

    INSERT INTO samverkan.streams (network, stream, version)
    SELECT p_network, key, value::integer FROM jsonb_each_text(v_written)
        ON CONFLICT (network, stream) DO UPDATE SET version = excluded.version;
    UPDATE samverkan.networks SET last_position = v_last + v_count WHERE network = p_network;
    -- Sent at COMMIT, and only then: every store with this network open reads from there.
    PERFORM pg_notify(p_channel, jsonb_build_object('network', p_network, 'from', v_last + 1, 'to', v_last + v_count)::text);
  END IF;
  RETURN jsonb_build_object('first', v_last + 1, 'written', v_count, 'parts', v_outcomes);
END
$append$;
