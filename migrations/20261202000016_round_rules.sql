-- The round rules, held by the database against a host's direct writes. Before this, a
-- host's column rights let them "un-start" a running session (first_round_id = null),
-- insert rounds without start_round(), jump the stage from 1 to 3, delete a finished
-- session with the guest's rounds and feedback, and store any text as an avatar.

-- A session's rounds are recorded once, by start_round(), and never moved or cleared;
-- its stage moves one step at a time. Write-once binds everyone, the server included.
create function public.practice_rooms_round_rules() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- A round that is gone (its candidate's account deleted: the foreign key's SET NULL)
  -- may be cleared; one that exists is never moved or cleared.
  if old.first_round_id is not null and new.first_round_id is distinct from old.first_round_id
     and exists (select 1 from public.practice_rounds r where r.id = old.first_round_id) then
    perform public.violates('practice_rooms_rounds_write_once', 'a session''s rounds are recorded once');
  end if;
  if old.second_round_id is not null and new.second_round_id is distinct from old.second_round_id
     and exists (select 1 from public.practice_rounds r where r.id = old.second_round_id) then
    perform public.violates('practice_rooms_rounds_write_once', 'a session''s rounds are recorded once');
  end if;
  -- People (a user's claim set, in a definer function too) move one step at a time.
  if new.stage > old.stage + 1 and auth.uid() is not null then
    perform public.violates('practice_rooms_stage_one_step', 'a session''s stage moves one step at a time');
  end if;
  return new;
end $$;

create trigger practice_rooms_round_rules
  before update of first_round_id, second_round_id, stage on public.practice_rooms
  for each row execute function public.practice_rooms_round_rules();

-- Clients no longer write the rounds' ids or the stage: start_round() records a round,
-- advance_stage() moves the session on, both as definer with their own checks.
revoke update (first_round_id, second_round_id, stage) on public.practice_rooms from authenticated;
-- Rounds come only from start_round(); once there, only their end and the partner's
-- marks are written by a client (each under the rounds' guard).
revoke insert on public.practice_rounds from authenticated;
revoke insert (room_id, round_number, candidate_id, case_briefs_id) on public.practice_rounds from authenticated;
revoke update (candidate_id, case_briefs_id, started_at) on public.practice_rounds from authenticated;
drop policy practice_rounds_insert_host on public.practice_rounds;

-- A session with rounds keeps its record: its host may cancel it, not delete it. (Rounds
-- come only from start_round(), which records round 1 in first_round_id at once.)
drop policy practice_rooms_delete_as_host on public.practice_rooms;
create policy practice_rooms_delete_as_host on public.practice_rooms
  for delete to authenticated
  using (host_id = (select auth.uid()) and first_round_id is null);

-- Moves a session on, for its host only: to round 2 once round 1 has ended and been
-- marked by the partner, and to finished once round 2 has.
create function public.advance_stage(p_room uuid) returns smallint
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  r record;
begin
  select rm.id, rm.host_id, rm.guest_id, rm.stage,
         ro.ended_at is not null as ended, ro.peer_marks is not null as marked
    into r
    from public.practice_rooms rm
    left join public.practice_rounds ro on ro.room_id = rm.id and ro.round_number = rm.stage
   where rm.id = p_room
   for update of rm;
  if not found or uid is null or uid not in (r.host_id, coalesce(r.guest_id, r.host_id)) then
    perform public.violates('practice_rooms_not_found', 'no such session');
  end if;
  if uid <> r.host_id then
    perform public.violates('practice_rooms_host_moves_on', 'only the host moves the session on');
  end if;
  if r.stage >= 3 then
    perform public.violates('practice_rooms_finished', 'the session has finished');
  end if;
  if not coalesce(r.ended, false) then
    perform public.violates('practice_rooms_round_not_ended', 'end the current round first');
  end if;
  if not coalesce(r.marked, false) then
    perform public.violates('practice_rooms_marks_first', 'the partner''s marks come first');
  end if;
  update public.practice_rooms set stage = stage + 1 where id = p_room;
  return r.stage + 1;
end $$;

revoke execute on function public.advance_stage(uuid) from public;
grant execute on function public.advance_stage(uuid) to authenticated;

-- A stored avatar is one of ours: the path the server writes, nothing else. Anything
-- else already stored (only a direct write could have put it there) is dropped first.
update public.profiles
   set avatar = null
 where avatar is not null
   and avatar !~ '^/avatars/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$';
alter table public.profiles
  add constraint profiles_avatar_path
  check (avatar is null or avatar ~ '^/avatars/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$');
