-- Scheduling: exam presets, cancellation as a state the guest can still see, a calendar
-- sequence for .ics updates, and no overlapping sessions for anyone.

alter table public.practice_rooms
  add column exam_preset text,
  add column cancelled_at timestamptz,
  add column calendar_sequence integer not null default 0,
  add constraint practice_rooms_exam_preset_valid
    check (exam_preset is null or exam_preset in ('PLAB 2', 'UKMLA CPSA', 'MRCGP SCA', 'AMC', 'PACES'));

grant insert (exam_preset) on public.practice_rooms to authenticated;
grant update (exam_preset, cancelled_at) on public.practice_rooms to authenticated;

-- Upcoming sessions of one person, as host or guest, for the overlap check.
create index practice_rooms_host_time_idx on public.practice_rooms (host_id, datetime_utc) where cancelled_at is null;
create index practice_rooms_guest_time_idx on public.practice_rooms (guest_id, datetime_utc) where cancelled_at is null;

-- Cancellation and the calendar: who may cancel, what a cancelled room refuses, and a
-- sequence that grows whenever a calendar entry must be updated.
create function public.practice_rooms_schedule_guard() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
begin
  if tg_op = 'UPDATE' then
    if old.cancelled_at is not null and (to_jsonb(new) - 'updated_at') <> (to_jsonb(old) - 'updated_at') then
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

create trigger practice_rooms_schedule_guard
  before insert or update on public.practice_rooms
  for each row execute function public.practice_rooms_schedule_guard();

-- A session occupies 60 minutes; nobody may be in two at once, as host or as guest.
-- Checked for every person a change puts into a time slot, under a per-person advisory
-- lock, so two concurrent bookings cannot both pass. SECURITY DEFINER so it sees all of
-- that person's sessions (private ones too) whatever the caller may see; as a trigger
-- function it cannot be called directly, so it answers no one's questions.
create function public.practice_rooms_no_overlap() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  person uuid;
begin
  if new.cancelled_at is not null then
    return new;
  end if;
  -- Lock people in a fixed order, so two transactions never wait on each other.
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
      perform public.violates('practice_rooms_overlap', 'the session overlaps another session of the same person');
    end if;
  end loop;
  return new;
end $$;

create trigger practice_rooms_no_overlap
  before insert or update of datetime_utc, guest_id, cancelled_at on public.practice_rooms
  for each row execute function public.practice_rooms_no_overlap();
