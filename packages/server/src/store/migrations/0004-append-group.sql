-- Group commit: the appends of several networks that wait while another is written go to the
-- database together — one statement, one transaction, one commit — and each is still answered
-- on its own. Each element is one call of `samverkan.append` (migrations/0003), run in the
-- order given; the caller orders them by network, so two groups (in two processes, say) lock
-- networks in the same order and cannot deadlock.
--
-- p_networks[i], p_parts[i]: the i-th append (p_parts as text, each one append's parts JSON).
-- Answers a jsonb array: the i-th element is the i-th append's answer.
-- Nothing of the group is written if any of its appends raises an error (the caller then sends
-- them one by one, so that only the one at fault fails); a CONFLICT is an answer, not an error.
CREATE FUNCTION samverkan.append_group(p_networks text[], p_parts text[], p_channel text)
RETURNS jsonb
LANGUAGE plpgsql
AS $append_group$
DECLARE
  v_answers jsonb := '[]';
BEGIN
  IF coalesce(array_length(p_networks, 1), 0) <> coalesce(array_length(p_parts, 1), 0) THEN
    RAISE EXCEPTION 'samverkan.append_group: % networks but % appends', array_length(p_networks, 1), array_length(p_parts, 1);
  END IF;
  FOR i IN 1 .. coalesce(array_length(p_networks, 1), 0) LOOP
    v_answers := v_answers || jsonb_build_array(samverkan.append(p_networks[i], p_parts[i]::jsonb, p_channel));
  END LOOP;
  RETURN v_answers;
END
$append_group$;
