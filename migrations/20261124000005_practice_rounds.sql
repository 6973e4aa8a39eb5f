-- Practice rounds: at most two a room, each with a candidate, a case, a transcript and the
-- server's assessment.

-- transcript/1: {"schema": "transcript/1", "lines": [{"role", "user_id", "at_ms", "text"}]}
create function public.is_valid_transcript(t jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select coalesce(jsonb_typeof(t), '') = 'object'
     and t ->> 'schema' is not distinct from 'transcript/1'
     and coalesce(jsonb_typeof(t -> 'lines'), '') = 'array'
     and not exists (
       select 1
       from jsonb_array_elements(t -> 'lines') as line
       where coalesce(jsonb_typeof(line), '') <> 'object'
          or coalesce(line ->> 'role', '') not in ('candidate', 'actor')
          or coalesce(line ->> 'user_id', '') !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
          or coalesce(jsonb_typeof(line -> 'at_ms'), '') <> 'number'
          or (line ->> 'at_ms')::numeric < 0
          or coalesce(jsonb_typeof(line -> 'text'), '') <> 'string'
          or btrim(line ->> 'text') = ''
     )
$$;

create table public.practice_rounds (
  id uuid primary key default gen_random_uuid(),
  room_id uuid not null references public.practice_rooms (id) on delete cascade,
  round_number smallint not null default 1,
  candidate_id uuid not null references public.profiles (user_id) on delete cascade,
  case_briefs_id uuid references public.case_briefs (id) on delete restrict,
  transcript jsonb not null default '{"schema": "transcript/1", "lines": []}',
  assessment jsonb,
  started_at timestamptz,
  ended_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint practice_rounds_round_number_valid check (round_number in (1, 2)),
  constraint practice_rounds_room_round_key unique (room_id, round_number),
  constraint practice_rounds_ended_after_started check (ended_at is null or (started_at is not null and ended_at >= started_at)),
  constraint practice_rounds_transcript_shape check (public.is_valid_transcript(transcript)),
  constraint practice_rounds_assessment_shape check (
    assessment is null
    or (jsonb_typeof(assessment) = 'object' and assessment ->> 'schema' is not distinct from 'assessment/1')
  )
);

create index practice_rounds_candidate_id_idx on public.practice_rounds (candidate_id);
create index practice_rounds_case_briefs_id_idx on public.practice_rounds (case_briefs_id);

alter table public.practice_rooms
  add constraint practice_rooms_first_round_id_fkey
    foreign key (first_round_id) references public.practice_rounds (id) on delete set null,
  add constraint practice_rooms_second_round_id_fkey
    foreign key (second_round_id) references public.practice_rounds (id) on delete set null;

create index practice_rooms_first_round_id_idx on public.practice_rooms (first_round_id);
create index practice_rooms_second_round_id_idx on public.practice_rooms (second_round_id);

create function public.practice_rounds_guard() returns trigger
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

  -- People's permissions first: BEFORE triggers run ahead of the policies' WITH CHECK,
  -- and whoever may not act at all should hear that, not a detail of the row.
  if not server_work then
    if tg_op = 'INSERT' then
      if uid is distinct from room.host_id then
        perform public.violates('practice_rounds_host_only', 'only the host sets up a round');
      end if;
      if room.stage = 3 then
        perform public.violates('practice_rounds_room_finished', 'the session has finished');
      end if;
      if new.assessment is not null or new.started_at is not null or new.ended_at is not null
         or new.transcript <> '{"schema": "transcript/1", "lines": []}'::jsonb then
        perform public.violates('practice_rounds_new_not_fresh', 'a new round starts empty');
      end if;
    else
      if new.assessment is distinct from old.assessment then
        perform public.violates('practice_rounds_assessment_server_only', 'only the server''s assessor writes an assessment');
      end if;
      if new.candidate_id is distinct from old.candidate_id or new.case_briefs_id is distinct from old.case_briefs_id then
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
      if new.transcript is distinct from old.transcript then
        if uid is distinct from room.host_id and uid is distinct from room.guest_id then
          perform public.violates('practice_rounds_participants_only', 'only the session''s participants write its transcript');
        end if;
        if old.started_at is null or old.ended_at is not null then
          perform public.violates('practice_rounds_transcript_not_running', 'transcript lines are added only while the round runs');
        end if;
      end if;
    end if;
  end if;

  -- Binds everyone, the server included.
  if (tg_op = 'INSERT' or new.candidate_id is distinct from old.candidate_id)
     and new.candidate_id is distinct from room.host_id and new.candidate_id is distinct from room.guest_id then
    perform public.violates('practice_rounds_candidate_participant', 'the candidate must be the session''s host or guest');
  end if;
  return new;
end $$;

create trigger practice_rounds_guard
  before insert or update on public.practice_rounds
  for each row execute function public.practice_rounds_guard();

alter table public.practice_rounds enable row level security;
alter table public.practice_rounds force row level security;

grant select on public.practice_rounds to authenticated;
-- No client ever holds a privilege on assessment: the assessor writes it as the owner.
grant insert (room_id, round_number, candidate_id, case_briefs_id) on public.practice_rounds to authenticated;
grant update (candidate_id, case_briefs_id, transcript, started_at, ended_at) on public.practice_rounds to authenticated;

create policy practice_rounds_select_participants on public.practice_rounds
  for select to authenticated
  using (
    room_id in (
      select r.id from public.practice_rooms r
      where r.host_id = (select auth.uid()) or r.guest_id = (select auth.uid())
    )
    or (select public.is_admin())
  );

create policy practice_rounds_insert_host on public.practice_rounds
  for insert to authenticated
  with check (
    room_id in (select r.id from public.practice_rooms r where r.host_id = (select auth.uid()))
  );

create policy practice_rounds_update_participants on public.practice_rounds
  for update to authenticated
  using (
    room_id in (
      select r.id from public.practice_rooms r
      where r.host_id = (select auth.uid()) or r.guest_id = (select auth.uid())
    )
  )
  with check (
    room_id in (
      select r.id from public.practice_rooms r
      where r.host_id = (select auth.uid()) or r.guest_id = (select auth.uid())
    )
  );
