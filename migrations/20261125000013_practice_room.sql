-- The practice room: starting rounds (with the case chosen by the host or picked by
-- the app), transcript lines, the partner's marks, and briefs with the mark scheme.

-- The partner's marks of the candidate, once the round has ended (peer-marks/1:
-- rubric, a score per domain, a global judgement, feedback; checked by the server).
alter table public.practice_rounds
  add column peer_marks jsonb,
  add constraint practice_rounds_peer_marks_shape check (
    peer_marks is null
    or (jsonb_typeof(peer_marks) = 'object' and peer_marks ->> 'schema' is not distinct from 'peer-marks/1')
  );

grant update (peer_marks) on public.practice_rounds to authenticated;
-- Lines go in through add_transcript_line() only, which stamps role and time.
revoke update (transcript) on public.practice_rounds from authenticated;

-- What a participant may do to a round beyond the first guard: transcripts only grow,
-- each person adds only their own lines in their own role; the partner (never the
-- candidate) marks once, after the round.
create function public.practice_rounds_participant_rules() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
  room record;
  old_count int;
  line jsonb;
begin
  if server_work then
    return new;
  end if;
  select r.host_id, r.guest_id into room from public.practice_rooms r where r.id = new.room_id;
  if new.transcript is distinct from old.transcript then
    old_count := jsonb_array_length(old.transcript -> 'lines');
    if jsonb_array_length(new.transcript -> 'lines') < old_count
       or (select coalesce(jsonb_agg(l order by o), '[]'::jsonb)
           from jsonb_array_elements(new.transcript -> 'lines') with ordinality as t(l, o)
           where o <= old_count) <> old.transcript -> 'lines' then
      perform public.violates('practice_rounds_transcript_append_only', 'transcript lines are only ever added');
    end if;
    for line in
      select l from jsonb_array_elements(new.transcript -> 'lines') with ordinality as t(l, o) where o > old_count
    loop
      if line ->> 'user_id' is distinct from uid::text
         or line ->> 'role' is distinct from (case when uid = new.candidate_id then 'candidate' else 'actor' end) then
        perform public.violates('practice_rounds_transcript_own_lines', 'each participant adds only their own lines, in their own role');
      end if;
    end loop;
  end if;
  if new.peer_marks is distinct from old.peer_marks then
    if uid = new.candidate_id or uid is distinct from (case when new.candidate_id = room.host_id then room.guest_id else room.host_id end) then
      perform public.violates('practice_rounds_marks_partner_only', 'the partner marks the candidate');
    end if;
    if old.ended_at is null then
      perform public.violates('practice_rounds_marks_after_end', 'marks are given when the round has ended');
    end if;
    if old.peer_marks is not null then
      perform public.violates('practice_rounds_marks_once', 'a round is marked once');
    end if;
    if new.peer_marks ->> 'by' is distinct from uid::text then
      perform public.violates('practice_rounds_marks_partner_only', 'marks are signed by their marker');
    end if;
  end if;
  return new;
end $$;

create trigger practice_rounds_participant_rules
  before update on public.practice_rounds
  for each row execute function public.practice_rounds_participant_rules();

-- One line from the caller, timed by the database from the round's start: what the
-- app calls, so nobody's clock or role is taken on trust.
create function public.add_transcript_line(p_round_id uuid, p_text text)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  r record;
  line jsonb;
begin
  -- The row lock first, so lines are timed in the order they are stored.
  select ro.id, ro.candidate_id, ro.started_at, ro.ended_at, rm.host_id, rm.guest_id,
         rm.exam_preset, jsonb_array_length(ro.transcript -> 'lines') as line_count
    into r
    from public.practice_rounds ro
    join public.practice_rooms rm on rm.id = ro.room_id
   where ro.id = p_round_id
     for update of ro;
  if uid is null or r.id is null or uid not in (r.host_id, coalesce(r.guest_id, r.host_id)) then
    perform public.violates('practice_rounds_not_found', 'no such round');
  end if;
  if r.started_at is null or r.ended_at is not null then
    perform public.violates('practice_rounds_transcript_not_running', 'transcript lines are added only while the round runs');
  end if;
  -- MRCGP SCA stops hard at 3 + 12 minutes.
  if r.exam_preset = 'MRCGP SCA' and clock_timestamp() > r.started_at + interval '15 minutes' then
    perform public.violates('practice_rounds_time_up', 'the station has stopped');
  end if;
  if r.line_count >= 2000 then
    perform public.violates('practice_rounds_transcript_full', 'a round has at most 2000 lines');
  end if;
  if btrim(coalesce(p_text, '')) = '' or char_length(p_text) > 2000 then
    perform public.violates('practice_rounds_line_length', 'a line has 1 to 2000 characters');
  end if;
  line := jsonb_build_object(
    'role', case when uid = r.candidate_id then 'candidate' else 'actor' end,
    'user_id', uid,
    'at_ms', floor(extract(epoch from (clock_timestamp() - r.started_at)) * 1000)::bigint,
    'text', btrim(p_text)
  );
  update public.practice_rounds
     set transcript = jsonb_set(transcript, '{lines}', (transcript -> 'lines') || jsonb_build_array(line))
   where id = p_round_id;
  return line;
end $$;

revoke execute on function public.add_transcript_line(uuid, text) from public;
grant execute on function public.add_transcript_line(uuid, text) to authenticated;

-- The cases a room's next round may use: active, of the room's domain, not the other
-- round's; with whether either participant has been a candidate on it. Internal: for
-- start_round() and round_case_choices() only.
create function public.round_case_pool(p_room_id uuid)
returns table (
  id uuid,
  case_name text,
  category text,
  station_kind text,
  difficulty text,
  suits_exam boolean,
  had_before boolean
)
language sql
stable
security definer
set search_path = ''
as $$
  with room as (
    select rm.id, rm.host_id, rm.guest_id, rm.type, rm.exam_preset
    from public.practice_rooms rm
    where rm.id = p_room_id
  )
  select c.id, c.case_name, c.category, c.station_kind, c.difficulty,
         (room.exam_preset is null or room.exam_preset = any(c.exams)),
         exists (
           select 1 from public.practice_rounds ro
           where ro.case_briefs_id = c.id and ro.candidate_id in (room.host_id, room.guest_id)
         )
  from room
  join public.case_briefs c on c.domain = room.type and c.archived_at is null
  where not exists (
    select 1 from public.practice_rounds ro where ro.room_id = room.id and ro.case_briefs_id = c.id
  )
  order by lower(c.category), lower(c.case_name)
$$;

revoke execute on function public.round_case_pool(uuid) from public;

-- The cases the host may choose from: names and kinds only, never briefs; and only
-- while a round is being set up whose candidate is not the host (a candidate who saw
-- the list could narrow down their own station). Nothing for anyone else.
create function public.round_case_choices(p_room_id uuid)
returns table (
  id uuid,
  case_name text,
  category text,
  station_kind text,
  difficulty text,
  suits_exam boolean,
  had_before boolean
)
language sql
stable
security definer
set search_path = ''
as $$
  select p.*
  from public.practice_rooms rm
  cross join lateral public.round_case_pool(rm.id) p
  where rm.id = p_room_id
    and rm.host_id = auth.uid()
    and rm.cancelled_at is null
    and (
      (rm.stage = 1 and rm.first_round_id is null)
      or (rm.stage = 2 and rm.second_round_id is null
          and (select ro.candidate_id from public.practice_rounds ro where ro.id = rm.first_round_id) = rm.host_id)
    )
$$;

revoke execute on function public.round_case_choices(uuid) from public;
grant execute on function public.round_case_choices(uuid) to authenticated;

-- Starts the room's next round, as its host: round 1 with the chosen candidate (the
-- guest unless the host says otherwise), round 2 with the roles swapped. The case is
-- the host's choice, or, when none is given, picked: an active case of the room's
-- domain that neither participant has had as candidate, suiting the room's exam, where
-- one exists; never the other round's case. A host who is the candidate cannot choose
-- (they would know the station). Records the round on the room; returns its id.
create function public.start_round(p_room_id uuid, p_candidate_id uuid, p_case_id uuid)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  room record;
  number smallint;
  candidate uuid := p_candidate_id;
  chosen uuid := p_case_id;
  first record;
  round_id uuid;
begin
  select rm.id, rm.host_id, rm.guest_id, rm.type, rm.exam_preset, rm.stage, rm.cancelled_at,
         rm.first_round_id, rm.second_round_id
    into room
    from public.practice_rooms rm
   where rm.id = p_room_id and uid in (rm.host_id, rm.guest_id)
     for update;
  if room.id is null then
    perform public.violates('practice_rooms_not_found', 'no such session');
  end if;
  if uid <> room.host_id then
    perform public.violates('practice_rounds_host_only', 'only the host sets up a round');
  end if;
  if room.cancelled_at is not null then
    perform public.violates('practice_rooms_cancelled', 'the session has been cancelled');
  end if;
  if room.guest_id is null then
    perform public.violates('practice_rounds_needs_partner', 'a round needs both participants');
  end if;
  if room.stage = 3 then
    perform public.violates('practice_rounds_room_finished', 'the session has finished');
  end if;
  number := room.stage;
  if (number = 1 and room.first_round_id is not null) or (number = 2 and room.second_round_id is not null) then
    perform public.violates('practice_rounds_started_once', 'this round has already started');
  end if;
  if number = 2 then
    select ro.candidate_id, ro.case_briefs_id, ro.ended_at into first
      from public.practice_rounds ro where ro.id = room.first_round_id;
    if first.ended_at is null then
      perform public.violates('practice_rounds_previous_running', 'round 1 has not ended');
    end if;
    -- Round 2 swaps the roles.
    candidate := case when first.candidate_id = room.host_id then room.guest_id else room.host_id end;
  else
    candidate := coalesce(candidate, room.guest_id);
  end if;
  if candidate not in (room.host_id, room.guest_id) then
    perform public.violates('practice_rounds_candidate_participant', 'the candidate must be the session''s host or guest');
  end if;
  if chosen is not null then
    if candidate = uid then
      perform public.violates('practice_rounds_candidate_chooses_case', 'the candidate does not choose their own case');
    end if;
    if not exists (select 1 from public.round_case_pool(room.id) c where c.id = chosen) then
      perform public.violates('practice_rounds_case_unavailable', 'that case cannot be used for this round');
    end if;
  else
    -- Unseen cases first, then among them those suiting the exam when there are
    -- several, else any: the candidate must not be able to work out their station.
    select c.id into chosen
      from public.round_case_pool(room.id) c
     order by c.had_before,
              (c.suits_exam and (select count(*) from public.round_case_pool(room.id) s
                                 where s.suits_exam and not s.had_before) >= 5) desc,
              random()
     limit 1;
    if chosen is null then
      perform public.violates('practice_rounds_no_case', 'no active case matches this session');
    end if;
  end if;
  insert into public.practice_rounds (room_id, round_number, candidate_id, case_briefs_id)
  values (room.id, number, candidate, chosen)
  returning id into round_id;
  update public.practice_rounds set started_at = now() where id = round_id;
  if number = 1 then
    update public.practice_rooms set first_round_id = round_id where id = room.id;
  else
    update public.practice_rooms set second_round_id = round_id where id = room.id;
  end if;
  return round_id;
end $$;

revoke execute on function public.start_round(uuid, uuid, uuid) from public;
grant execute on function public.start_round(uuid, uuid, uuid) to authenticated;

-- round_brief, now with what the partner needs to run and mark the station: the
-- items to reveal only if asked and the mark scheme (and the station's kind, setting
-- and exams). The candidate gets them when the round has ended, as before.
drop function public.round_brief(uuid);

create function public.round_brief(p_round_id uuid)
returns table (
  round_id uuid,
  viewer_is_candidate boolean,
  revealed boolean,
  domain text,
  candidate_brief text,
  actor_brief text,
  case_name text,
  category text,
  condition text,
  station_kind text,
  setting text,
  reveal_if_asked text[],
  mark_scheme jsonb
)
language sql stable security definer
set search_path = ''
as $$
  with ctx as (
    select ro.id, ro.candidate_id, ro.ended_at, cb.domain, cb.candidate_brief, cb.actor_brief,
           cb.case_name, cb.category, cb.condition, cb.station_kind, cb.setting,
           cb.reveal_if_asked, cb.mark_scheme
    from public.practice_rounds ro
    join public.practice_rooms rm on rm.id = ro.room_id
    join public.case_briefs cb on cb.id = ro.case_briefs_id
    where ro.id = p_round_id
      and auth.uid() is not null
      and auth.uid() in (rm.host_id, rm.guest_id)
  ), seen as (
    select ctx.*, (auth.uid() = ctx.candidate_id) as is_candidate,
           (auth.uid() <> ctx.candidate_id or ctx.ended_at is not null) as open
    from ctx
  )
  select s.id, s.is_candidate, s.open, s.domain, s.candidate_brief,
         case when s.open then s.actor_brief end,
         case when s.open then s.case_name end,
         case when s.open then s.category end,
         case when s.open then s.condition end,
         case when s.open then s.station_kind end,
         case when s.open then s.setting end,
         case when s.open then s.reveal_if_asked end,
         case when s.open then s.mark_scheme end
  from seen s
$$;

revoke execute on function public.round_brief(uuid) from public;
grant execute on function public.round_brief(uuid) to authenticated;

-- Once round 1 has begun, the session's partner, kind and exam are fixed: the rounds,
-- their timer and their marking depend on them.
create function public.practice_rooms_started_rules() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
begin
  if server_work or old.first_round_id is null then
    return new;
  end if;
  if new.guest_id is distinct from old.guest_id or new.type is distinct from old.type
     or new.exam_preset is distinct from old.exam_preset or new.private is distinct from old.private then
    perform public.violates('practice_rooms_started_locked', 'a session under way keeps its partner, kind and exam');
  end if;
  return new;
end $$;

create trigger practice_rooms_started_rules
  before update on public.practice_rooms
  for each row execute function public.practice_rooms_started_rules();
