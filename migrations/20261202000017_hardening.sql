-- Hardening, part two: what an attacker or a careless client found after the round
-- rules (issue 18). Each section names its finding.

-- Named limits, one place each (the README lists them).
create function public.max_rooms_created_per_day() returns int
language sql immutable set search_path = '' as $$ select 20 $$;
create function public.max_rounds_started_per_day() returns int
language sql immutable set search_path = '' as $$ select 20 $$;
create function public.max_lines_per_minute() returns int
language sql immutable set search_path = '' as $$ select 60 $$;
create function public.max_transcript_lines() returns int
language sql immutable set search_path = '' as $$ select 2000 $$;
create function public.max_transcript_chars() returns int
language sql immutable set search_path = '' as $$ select 100000 $$;

-- (3) Sign-ups, per address bucket, for their limit. Server work only.
create table auth.sign_ups (
  id bigint generated always as identity primary key,
  ip inet,
  at timestamptz not null default now()
);
create index sign_ups_ip_at_idx on auth.sign_ups (ip, at);
alter table auth.sign_ups enable row level security;
revoke all on auth.sign_ups from public, anon, authenticated;

---------------------------------------------------------------------------------------
-- (5) A round's people are recorded on the round: its candidate and its partner. What
-- a round shows, and who may write to it, follows them, not the room's current seats.
---------------------------------------------------------------------------------------
alter table public.practice_rounds
  add column partner_id uuid references public.profiles (user_id) on delete set null;

-- The backfills below are bookkeeping: no change-log entries, no new updated_at.
alter table public.practice_rounds disable trigger practice_rounds_realtime;
alter table public.practice_rounds disable trigger practice_rounds_guard;

update public.practice_rounds ro
   set partner_id = case when ro.candidate_id = rm.host_id then rm.guest_id else rm.host_id end
  from public.practice_rooms rm
 where rm.id = ro.room_id;

create index practice_rounds_partner_id_idx on public.practice_rounds (partner_id);

drop policy practice_rounds_select_participants on public.practice_rounds;
create policy practice_rounds_select_participants on public.practice_rounds
  for select to authenticated
  using (
    candidate_id = (select auth.uid())
    or partner_id = (select auth.uid())
    or (select public.is_admin())
  );

drop policy practice_rounds_update_participants on public.practice_rounds;
create policy practice_rounds_update_participants on public.practice_rounds
  for update to authenticated
  using (candidate_id = (select auth.uid()) or partner_id = (select auth.uid()))
  with check (candidate_id = (select auth.uid()) or partner_id = (select auth.uid()));

drop policy assessment_jobs_select_participants on public.assessment_jobs;
create policy assessment_jobs_select_participants on public.assessment_jobs
  for select to authenticated
  using (
    exists (
      select 1 from public.practice_rounds ro
      where ro.id = round_id
        and (ro.candidate_id = (select auth.uid()) or ro.partner_id = (select auth.uid()))
    )
    or (select public.is_admin())
  );

---------------------------------------------------------------------------------------
-- (7) Transcript lines are rows, appended one at a time: adding a line no longer
-- rewrites and revalidates the whole transcript. The transcript/1 document readers get
-- is built from the rows (public.round_transcript()).
---------------------------------------------------------------------------------------
create table public.transcript_lines (
  round_id uuid not null references public.practice_rounds (id) on delete cascade,
  n integer not null,
  role text not null,
  user_id uuid not null,
  at_ms bigint not null,
  text text not null,
  added_at timestamptz not null default clock_timestamp(),
  constraint transcript_lines_pkey primary key (round_id, n),
  constraint transcript_lines_role_valid check (role in ('candidate', 'actor')),
  constraint transcript_lines_at_ms_valid check (at_ms >= 0),
  constraint transcript_lines_text_valid check (btrim(text) <> '' and char_length(text) <= 2000)
);

-- The per-person rate: their lines of the last minute, newest first.
create index transcript_lines_user_added_idx on public.transcript_lines (user_id, added_at);

insert into public.transcript_lines (round_id, n, role, user_id, at_ms, text, added_at)
select ro.id, t.o, t.l ->> 'role', (t.l ->> 'user_id')::uuid, (t.l ->> 'at_ms')::bigint,
       t.l ->> 'text',
       coalesce(ro.started_at, ro.created_at) + ((t.l ->> 'at_ms')::bigint * interval '1 millisecond')
  from public.practice_rounds ro
 cross join lateral jsonb_array_elements(ro.transcript -> 'lines') with ordinality as t(l, o);

-- A round's size, kept with it: the caps are checked without counting the lines.
alter table public.practice_rounds
  add column line_count integer not null default 0,
  add column char_count integer not null default 0;

update public.practice_rounds ro
   set line_count = s.lines, char_count = s.chars
  from (select round_id, count(*)::int as lines, sum(char_length(text))::int as chars
          from public.transcript_lines group by round_id) s
 where s.round_id = ro.id;

alter table public.practice_rounds enable trigger practice_rounds_realtime;
alter table public.practice_rounds enable trigger practice_rounds_guard;

alter table public.transcript_lines enable row level security;
alter table public.transcript_lines force row level security;
-- Read by the round's people; written only by add_transcript_line(), never changed.
grant select on public.transcript_lines to authenticated;
create policy transcript_lines_select_participants on public.transcript_lines
  for select to authenticated
  using (
    exists (
      select 1 from public.practice_rounds ro
      where ro.id = round_id
        and (ro.candidate_id = (select auth.uid()) or ro.partner_id = (select auth.uid())
             or (select public.is_admin()))
    )
  );

create function public.transcript_lines_append_only() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform public.violates('practice_rounds_transcript_append_only', 'transcript lines are only ever added');
  return null;
end $$;

create trigger transcript_lines_append_only
  before update on public.transcript_lines
  for each row execute function public.transcript_lines_append_only();

-- The round's transcript as the transcript/1 document, under the caller's rights.
create function public.round_transcript(p_round_id uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
           'schema', 'transcript/1',
           'lines', coalesce(jsonb_agg(jsonb_build_object(
                      'role', l.role, 'user_id', l.user_id, 'at_ms', l.at_ms, 'text', l.text)
                      order by l.n), '[]'::jsonb))
    from public.transcript_lines l
   where l.round_id = p_round_id
$$;

-- The column and its whole-document checks go; the guards lose their transcript parts.
alter table public.practice_rounds drop column transcript;

create or replace function public.practice_rounds_guard() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
  room record;
begin
  if tg_op = 'UPDATE' then
    if new.id <> old.id or new.room_id <> old.room_id or new.round_number <> old.round_number
       or new.created_at <> old.created_at then
      perform public.violates('practice_rounds_identity_immutable', 'a round''s id, room and number never change');
    end if;
    new.updated_at := now();
  end if;

  select r.host_id, r.guest_id, r.stage into room from public.practice_rooms r where r.id = new.room_id;

  if not server_work then
    if tg_op = 'INSERT' then
      if uid is distinct from room.host_id then
        perform public.violates('practice_rounds_host_only', 'only the host sets up a round');
      end if;
      if room.stage = 3 then
        perform public.violates('practice_rounds_room_finished', 'the session has finished');
      end if;
      if new.assessment is not null or new.started_at is not null or new.ended_at is not null
         or new.line_count <> 0 or new.char_count <> 0 then
        perform public.violates('practice_rounds_new_not_fresh', 'a new round starts empty');
      end if;
    else
      if new.assessment is distinct from old.assessment then
        perform public.violates('practice_rounds_assessment_server_only', 'only the server''s assessor writes an assessment');
      end if;
      if new.candidate_id is distinct from old.candidate_id or new.case_briefs_id is distinct from old.case_briefs_id
         or new.partner_id is distinct from old.partner_id then
        if uid is distinct from room.host_id then
          perform public.violates('practice_rounds_host_only', 'only the host sets up a round');
        end if;
        if old.started_at is not null then
          perform public.violates('practice_rounds_setup_started', 'a round''s candidate and case are fixed once it starts');
        end if;
      end if;
      if new.started_at is distinct from old.started_at or new.ended_at is distinct from old.ended_at then
        if uid is distinct from room.host_id then
          perform public.violates('practice_rounds_host_only', 'only the host starts and ends a round');
        end if;
        if old.started_at is not null and new.started_at is distinct from old.started_at then
          perform public.violates('practice_rounds_started_once', 'a round starts once');
        end if;
        if old.ended_at is not null then
          perform public.violates('practice_rounds_ended_once', 'a round ends once');
        end if;
      end if;
    end if;
  end if;

  -- Binds everyone, the server included: the candidate is one of the session's people
  -- and the partner the other.
  if (tg_op = 'INSERT' or new.candidate_id is distinct from old.candidate_id)
     and new.candidate_id is distinct from room.host_id and new.candidate_id is distinct from room.guest_id then
    perform public.violates('practice_rounds_candidate_participant', 'the candidate must be the session''s host or guest');
  end if;
  if (tg_op = 'INSERT' or new.partner_id is distinct from old.partner_id) and new.partner_id is not null
     and (new.partner_id = new.candidate_id
          or new.partner_id is distinct from (case when new.candidate_id = room.host_id then room.guest_id else room.host_id end)) then
    perform public.violates('practice_rounds_candidate_participant', 'the partner is the session''s other participant');
  end if;
  return new;
end $$;

create or replace function public.practice_rounds_participant_rules() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
begin
  if server_work then
    return new;
  end if;
  if new.peer_marks is distinct from old.peer_marks then
    if uid is distinct from new.partner_id or uid = new.candidate_id then
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

-- A line's arrival reaches the round's people as a change to its transcript.
create or replace function realtime.capture_round()
returns trigger
language plpgsql
security definer
set search_path = pg_catalog
as $$
declare
  v_room uuid := coalesce(new.room_id, old.room_id);
  v_round uuid := coalesce(new.id, old.id);
  -- The round's own people, as recorded on it.
  v_people uuid[] := array[coalesce(new.candidate_id, old.candidate_id),
                           coalesce(new.partner_id, old.partner_id)];
  v_fields text[];
begin
  v_fields := array(
    select distinct case when f in ('line_count', 'char_count') then 'transcript' else f end
      from unnest(realtime.changed_fields(to_jsonb(old), to_jsonb(new))) as f
     order by 1);
  if tg_op = 'UPDATE' and cardinality(v_fields) = 0 then
    return null;
  end if;
  perform realtime.record('round', lower(tg_op), v_room, v_round, v_fields, false, v_people);
  return null;
end
$$;

-- One line from the caller, timed by the database from the round's start, appended as a
-- row: a fixed amount of work however long the transcript already is. One line is one
-- line (no line breaks or control characters); each person adds at most
-- max_lines_per_minute() lines a minute; a round holds at most max_transcript_lines()
-- lines and max_transcript_chars() characters.
create or replace function public.add_transcript_line(p_round_id uuid, p_text text)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  r record;
  body text := btrim(coalesce(p_text, ''));
  line jsonb;
begin
  -- The row lock first, so lines are numbered and timed in the order they are stored.
  select ro.id, ro.candidate_id, ro.partner_id, ro.started_at, ro.ended_at, ro.line_count,
         ro.char_count, rm.exam_preset
    into r
    from public.practice_rounds ro
    join public.practice_rooms rm on rm.id = ro.room_id
   where ro.id = p_round_id
     for update of ro;
  if uid is null or r.id is null or uid not in (r.candidate_id, coalesce(r.partner_id, r.candidate_id)) then
    perform public.violates('practice_rounds_not_found', 'no such round');
  end if;
  if r.started_at is null or r.ended_at is not null then
    perform public.violates('practice_rounds_transcript_not_running', 'transcript lines are added only while the round runs');
  end if;
  -- MRCGP SCA stops hard at 3 + 12 minutes.
  if r.exam_preset = 'MRCGP SCA' and clock_timestamp() > r.started_at + interval '15 minutes' then
    perform public.violates('practice_rounds_time_up', 'the station has stopped');
  end if;
  if body = '' or char_length(p_text) > 2000 then
    perform public.violates('practice_rounds_line_length', 'a line has 1 to 2000 characters');
  end if;
  if p_text ~ '[[:cntrl:]]' then
    perform public.violates('practice_rounds_line_one_line', 'a line has no line breaks or control characters');
  end if;
  if r.line_count >= public.max_transcript_lines()
     or r.char_count + char_length(body) > public.max_transcript_chars() then
    perform public.violates('practice_rounds_transcript_full', 'the round''s transcript is full');
  end if;
  if (select count(*) from public.transcript_lines l
       where l.user_id = uid and l.added_at > clock_timestamp() - interval '1 minute')
     >= public.max_lines_per_minute() then
    perform public.violates('practice_rounds_line_rate', 'too many lines in the last minute');
  end if;
  insert into public.transcript_lines (round_id, n, role, user_id, at_ms, text)
  values (
    r.id, r.line_count + 1,
    case when uid = r.candidate_id then 'candidate' else 'actor' end,
    uid,
    floor(extract(epoch from (clock_timestamp() - r.started_at)) * 1000)::bigint,
    body
  )
  returning jsonb_build_object('role', role, 'user_id', user_id, 'at_ms', at_ms, 'text', text)
  into line;
  update public.practice_rounds
     set line_count = line_count + 1, char_count = char_count + char_length(body)
   where id = r.id;
  return line;
end $$;

revoke execute on function public.add_transcript_line(uuid, text) from public;
grant execute on function public.add_transcript_line(uuid, text) to authenticated;

---------------------------------------------------------------------------------------
-- (2) A candidate never reaches the hidden brief of a case they are candidate on. The
-- pool leaves out any case on which either participant has a round under way as
-- candidate (in any session, so a second account does not help); the app's pick
-- prefers cases the candidate has not met in either role; and a host starts at most
-- max_rounds_started_per_day() rounds a day and creates at most
-- max_rooms_created_per_day() sessions, which slows a scrape of the library.
---------------------------------------------------------------------------------------
create or replace function public.round_case_pool(p_room_id uuid)
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
    and not exists (
      select 1 from public.practice_rounds ro
      where ro.case_briefs_id = c.id
        and ro.candidate_id in (room.host_id, room.guest_id)
        and ro.ended_at is null
    )
  order by lower(c.category), lower(c.case_name)
$$;

revoke execute on function public.round_case_pool(uuid) from public;

create or replace function public.start_round(p_room_id uuid, p_candidate_id uuid, p_case_id uuid)
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
  partner uuid;
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
  -- One round set up at a time per person (in a fixed order): the quota and the pool's
  -- "not while a candidate on it" hold against two sessions started at once.
  perform pg_advisory_xact_lock(hashtextextended('start_round:' || p::text, 0))
     from unnest(array[room.host_id, room.guest_id]) as p
    order by p;
  if (select count(*) from public.practice_rounds ro
        join public.practice_rooms rm on rm.id = ro.room_id
       where rm.host_id = uid and ro.started_at > now() - interval '1 day')
     >= public.max_rounds_started_per_day() then
    perform public.violates('practice_rounds_daily_quota', 'too many rounds started today');
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
  partner := case when candidate = room.host_id then room.guest_id else room.host_id end;
  if chosen is not null then
    if candidate = uid then
      perform public.violates('practice_rounds_candidate_chooses_case', 'the candidate does not choose their own case');
    end if;
    if not exists (select 1 from public.round_case_pool(room.id) c where c.id = chosen) then
      perform public.violates('practice_rounds_case_unavailable', 'that case cannot be used for this round');
    end if;
  else
    -- Cases the candidate has never met, in either role, first; then those neither has
    -- had as candidate; then, among several, those suiting the exam; else any. The
    -- candidate must not be able to work out their station.
    select c.id into chosen
      from public.round_case_pool(room.id) c
     order by exists (select 1 from public.practice_rounds m
                       where m.case_briefs_id = c.id and candidate in (m.candidate_id, m.partner_id)),
              c.had_before,
              (c.suits_exam and (select count(*) from public.round_case_pool(room.id) s
                                 where s.suits_exam and not s.had_before) >= 5) desc,
              random()
     limit 1;
    if chosen is null then
      perform public.violates('practice_rounds_no_case', 'no active case matches this session');
    end if;
  end if;
  insert into public.practice_rounds (room_id, round_number, candidate_id, partner_id, case_briefs_id)
  values (room.id, number, candidate, partner, chosen)
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

-- A person creates at most max_rooms_created_per_day() sessions a day, counted in a log
-- of creations (a deleted session still counts), one creation at a time per person.
create table public.room_creations (
  -- The account, not the profile: without a profile the session's own foreign key
  -- refuses it, with its message.
  host_id uuid not null references auth.users (id) on delete cascade,
  at timestamptz not null default now()
);
create index room_creations_host_at_idx on public.room_creations (host_id, at);
alter table public.room_creations enable row level security;
alter table public.room_creations force row level security;
revoke all on public.room_creations from public, anon, authenticated;

create function public.practice_rooms_daily_quota() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if auth.uid() is null then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('rooms_created:' || new.host_id::text, 0));
  if (select count(*) from public.room_creations c
       where c.host_id = new.host_id and c.at > now() - interval '1 day')
     >= public.max_rooms_created_per_day() then
    perform public.violates('practice_rooms_daily_quota', 'too many sessions created today');
  end if;
  insert into public.room_creations (host_id) values (new.host_id);
  return new;
end $$;

revoke execute on function public.practice_rooms_daily_quota() from public;

create trigger practice_rooms_daily_quota
  before insert on public.practice_rooms
  for each row execute function public.practice_rooms_daily_quota();

-- round_brief, keyed to the round's recorded people.
create or replace function public.round_brief(p_round_id uuid)
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
    join public.case_briefs cb on cb.id = ro.case_briefs_id
    where ro.id = p_round_id
      and auth.uid() is not null
      and auth.uid() in (ro.candidate_id, ro.partner_id)
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

---------------------------------------------------------------------------------------
-- (8) A guest the host removed stays out: the host's removal is recorded, and taking
-- that seat again (by the board or the link) is refused.
---------------------------------------------------------------------------------------
create table public.practice_room_removals (
  room_id uuid not null references public.practice_rooms (id) on delete cascade,
  user_id uuid not null references public.profiles (user_id) on delete cascade,
  removed_at timestamptz not null default now(),
  constraint practice_room_removals_pkey primary key (room_id, user_id)
);

create index practice_room_removals_user_id_idx on public.practice_room_removals (user_id);

alter table public.practice_room_removals enable row level security;
alter table public.practice_room_removals force row level security;
revoke all on public.practice_room_removals from public, anon, authenticated;

create function public.practice_rooms_removed_guests() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
begin
  if old.guest_id is not null and new.guest_id is null and uid = old.host_id then
    insert into public.practice_room_removals (room_id, user_id)
    values (old.id, old.guest_id)
    on conflict do nothing;
  elsif new.guest_id is not null and new.guest_id is distinct from old.guest_id
        and exists (select 1 from public.practice_room_removals x
                     where x.room_id = new.id and x.user_id = new.guest_id) then
    perform public.violates('practice_rooms_guest_removed', 'the host removed this person from the session');
  end if;
  return new;
end $$;

revoke execute on function public.practice_rooms_removed_guests() from public;

create trigger practice_rooms_removed_guests
  before update of guest_id on public.practice_rooms
  for each row execute function public.practice_rooms_removed_guests();

-- (8) The overlap refusal for someone else's time (the guest, when the host
-- reschedules) is worded so it says nothing of their other sessions.
create or replace function public.practice_rooms_no_overlap() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  person uuid;
  uid uuid := auth.uid();
begin
  if new.cancelled_at is not null then
    return new;
  end if;
  for person in
    select p from unnest(array[new.host_id, new.guest_id]) as p
     where p is not null
       and (tg_op = 'INSERT'
            or new.datetime_utc <> old.datetime_utc
            or old.cancelled_at is not null
            or (p = new.guest_id and new.guest_id is distinct from old.guest_id))
     order by p
  loop
    perform pg_advisory_xact_lock(hashtextextended('practice_rooms_overlap:' || person::text, 0));
    if exists (
      select 1
        from public.practice_rooms r
       where r.id <> new.id
         and r.cancelled_at is null
         and (r.host_id = person or r.guest_id = person)
         and r.datetime_utc > new.datetime_utc - interval '60 minutes'
         and r.datetime_utc < new.datetime_utc + interval '60 minutes'
    ) then
      if uid is not null and person <> uid then
        perform public.violates('practice_rooms_partner_unavailable', 'the time cannot be booked for this session');
      end if;
      perform public.violates('practice_rooms_overlap', 'the session overlaps another session of the same person');
    end if;
  end loop;
  return new;
end $$;

-- The derived column is bookkeeping, not a change of its own: the change log names the
-- guest seat.
create or replace function realtime.changed_fields(old_row jsonb, new_row jsonb)
returns text[]
language sql
immutable
set search_path = pg_catalog
as $$
  select coalesce(array_agg(key order by key), '{}')
  from jsonb_each(coalesce(new_row, old_row)) as n(key, value)
  where key not in ('updated_at', 'has_guest')
    and (old_row is null or new_row is null or (old_row -> key) is distinct from (new_row -> key))
$$;

---------------------------------------------------------------------------------------
-- (8) A visitor (anon) reads what the pages show them: public sessions without their
-- guest (whether the seat is taken, not who took it) and the profiles of their hosts.
---------------------------------------------------------------------------------------
alter table public.practice_rooms
  add column has_guest boolean generated always as (guest_id is not null) stored;

-- The guard's "only the guest seat changed" test leaves the derived column aside (a
-- BEFORE trigger sees it not yet computed).
create or replace function public.practice_rooms_guard() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
begin
  if tg_op = 'INSERT' then
    if server_work then
      return new;
    end if;
    if new.guest_id is not null then
      perform public.violates('practice_rooms_host_sets_guest', 'a host cannot choose the guest');
    end if;
    if new.stage <> 1 or new.first_round_id is not null or new.second_round_id is not null then
      perform public.violates('practice_rooms_new_not_fresh', 'a new session starts at stage 1 with no rounds');
    end if;
    if new.datetime_utc <= now() then
      perform public.violates('practice_rooms_in_past', 'a session must be in the future');
    end if;
    if new.datetime_utc > now() + interval '6 months' then
      perform public.violates('practice_rooms_too_far_ahead', 'a session can be at most 6 months ahead');
    end if;
    return new;
  end if;

  -- UPDATE: rules that bind everyone, the server included.
  if new.id <> old.id or new.created_at <> old.created_at then
    perform public.violates('practice_rooms_identity_immutable', 'a session''s id and creation time never change');
  end if;
  if new.host_id <> old.host_id then
    perform public.violates('practice_rooms_host_immutable', 'a session''s host never changes');
  end if;
  if new.room_url <> old.room_url then
    perform public.violates('practice_rooms_room_url_immutable', 'a session''s link never changes');
  end if;
  if new.stage < old.stage then
    perform public.violates('practice_rooms_stage_forward', 'a session''s stage only moves forward');
  end if;
  if new.first_round_id is distinct from old.first_round_id and new.first_round_id is not null
     and not exists (select 1 from public.practice_rounds r
                     where r.id = new.first_round_id and r.room_id = new.id and r.round_number = 1) then
    perform public.violates('practice_rooms_round_mismatch', 'first_round_id must be round 1 of this session');
  end if;
  if new.second_round_id is distinct from old.second_round_id and new.second_round_id is not null
     and not exists (select 1 from public.practice_rounds r
                     where r.id = new.second_round_id and r.room_id = new.id and r.round_number = 2) then
    perform public.violates('practice_rooms_round_mismatch', 'second_round_id must be round 2 of this session');
  end if;
  new.updated_at := now();

  if server_work then
    return new;
  end if;

  if uid = old.host_id then
    if new.guest_id is distinct from old.guest_id and new.guest_id is not null then
      if new.guest_id = uid then
        perform public.violates('practice_rooms_join_own', 'a host cannot join their own session');
      end if;
      perform public.violates('practice_rooms_host_sets_guest', 'a host may remove the guest but never choose one');
    end if;
    if new.datetime_utc is distinct from old.datetime_utc then
      if old.stage <> 1 or old.first_round_id is not null then
        perform public.violates('practice_rooms_reschedule_started', 'a session that has started cannot be rescheduled');
      end if;
      if new.datetime_utc <= now() then
        perform public.violates('practice_rooms_in_past', 'a session must be in the future');
      end if;
      if new.datetime_utc > now() + interval '6 months' then
        perform public.violates('practice_rooms_too_far_ahead', 'a session can be at most 6 months ahead');
      end if;
    end if;
    return new;
  end if;

  -- Anyone else touches the guest seat and nothing more.
  if (to_jsonb(new) - 'guest_id' - 'has_guest' - 'updated_at') <> (to_jsonb(old) - 'guest_id' - 'has_guest' - 'updated_at') then
    perform public.violates('practice_rooms_guest_seat_only', 'only the host changes a session; others only take or leave the guest seat');
  end if;
  if new.guest_id is not distinct from old.guest_id then
    return new;
  end if;
  if old.guest_id is null and new.guest_id = uid then
    if old.stage <> 1 or old.first_round_id is not null then
      perform public.violates('practice_rooms_join_started', 'the session has already started or finished');
    end if;
    if old.datetime_utc <= now() then
      perform public.violates('practice_rooms_join_past', 'the session is in the past');
    end if;
    return new;
  end if;
  if old.guest_id = uid and new.guest_id is null then
    if old.stage <> 1 or old.first_round_id is not null then
      perform public.violates('practice_rooms_leave_started', 'a guest cannot leave a session that has started');
    end if;
    return new;
  end if;
  perform public.violates('practice_rooms_guest_self_only', 'a guest seat can only be taken or left by oneself');
  return null;
end $$;

-- The same for the scheduling guard's "a cancelled session changes no more".
create or replace function public.practice_rooms_schedule_guard() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
begin
  if tg_op = 'UPDATE' then
    if old.cancelled_at is not null and (to_jsonb(new) - 'updated_at' - 'has_guest') <> (to_jsonb(old) - 'updated_at' - 'has_guest') then
      perform public.violates('practice_rooms_cancelled', 'the session has been cancelled');
    end if;
    if new.cancelled_at is not null and old.cancelled_at is null then
      if not server_work and uid is distinct from old.host_id then
        perform public.violates('practice_rooms_guest_seat_only', 'only the host cancels a session');
      end if;
      if old.stage <> 1 or old.first_round_id is not null then
        perform public.violates('practice_rooms_cancel_started', 'a session that has started cannot be cancelled');
      end if;
      new.cancelled_at := now();
    end if;
    if new.calendar_sequence <> old.calendar_sequence then
      perform public.violates('practice_rooms_identity_immutable', 'the calendar sequence is the database''s to keep');
    end if;
    if new.datetime_utc <> old.datetime_utc or (new.cancelled_at is not null and old.cancelled_at is null) then
      new.calendar_sequence := old.calendar_sequence + 1;
    end if;
  elsif new.cancelled_at is not null or new.calendar_sequence <> 0 then
    perform public.violates('practice_rooms_new_not_fresh', 'a new session is neither cancelled nor revised');
  end if;
  return new;
end $$;

revoke select on public.practice_rooms from anon;
do $$
declare
  cols text;
begin
  select string_agg(quote_ident(column_name), ', ' order by ordinal_position) into cols
    from information_schema.columns
   where table_schema = 'public' and table_name = 'practice_rooms' and column_name <> 'guest_id';
  execute format('grant select (%s) on public.practice_rooms to anon', cols);
end $$;

drop policy profiles_select_everyone on public.profiles;
create policy profiles_select_signed_in on public.profiles
  for select to authenticated
  using (true);
create policy profiles_select_public_hosts on public.profiles
  for select to anon
  using (exists (select 1 from public.practice_rooms r where r.host_id = user_id and not r.private));
