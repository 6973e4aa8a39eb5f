-- The board's own index, and updates: what a participant is told when the other side
-- changes their session (a reschedule, a cancellation, a guest joining or leaving).

-- The board lists upcoming public sessions that are neither cancelled nor started,
-- soonest first, a page at a time from a (datetime_utc, id) cursor.
create index practice_rooms_board_upcoming_idx on public.practice_rooms (datetime_utc, id)
  where not private and cancelled_at is null and stage = 1;

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  room_id uuid not null references public.practice_rooms (id) on delete cascade,
  kind text not null,
  -- For a reschedule: the time before and after.
  previous_datetime_utc timestamptz,
  datetime_utc timestamptz,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  constraint notifications_kind_valid
    check (kind in ('rescheduled', 'cancelled', 'removed', 'joined', 'left'))
);

create index notifications_user_unread_idx on public.notifications (user_id, created_at desc)
  where read_at is null;
create index notifications_room_id_idx on public.notifications (room_id);

alter table public.notifications enable row level security;
alter table public.notifications force row level security;

-- One's own updates only; the only change a person makes is marking them read.
grant select on public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;

create policy notifications_select_own on public.notifications
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy notifications_update_own on public.notifications
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

-- Written by the database itself when a session changes, whoever changed it.
create function public.practice_rooms_notify() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
begin
  if old.cancelled_at is null and new.cancelled_at is not null then
    if new.guest_id is not null then
      insert into public.notifications (user_id, room_id, kind, datetime_utc)
      values (new.guest_id, new.id, 'cancelled', new.datetime_utc);
    end if;
    return null;
  end if;
  if new.datetime_utc is distinct from old.datetime_utc and new.guest_id is not null
     and new.guest_id is not distinct from old.guest_id then
    insert into public.notifications (user_id, room_id, kind, previous_datetime_utc, datetime_utc)
    values (new.guest_id, new.id, 'rescheduled', old.datetime_utc, new.datetime_utc);
  end if;
  if old.guest_id is null and new.guest_id is not null then
    insert into public.notifications (user_id, room_id, kind, datetime_utc)
    values (new.host_id, new.id, 'joined', new.datetime_utc);
  elsif old.guest_id is not null and new.guest_id is null then
    if uid is not null and uid = new.host_id then
      insert into public.notifications (user_id, room_id, kind, datetime_utc)
      values (old.guest_id, new.id, 'removed', new.datetime_utc);
    else
      insert into public.notifications (user_id, room_id, kind, datetime_utc)
      values (new.host_id, new.id, 'left', new.datetime_utc);
    end if;
  end if;
  return null;
end $$;

revoke execute on function public.practice_rooms_notify() from public;

create trigger practice_rooms_notify
  after update on public.practice_rooms
  for each row execute function public.practice_rooms_notify();
