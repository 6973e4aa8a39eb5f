-- Confirming attendance. A day before a session each participant is asked whether they
-- will be there, by links in the reminder or on the session page. "I'll be there" is
-- kept here, for the session's time as it was confirmed (a reschedule asks again), and
-- each participant sees the other's. "I can't make it" is the guest leaving or the host
-- cancelling, which frees the seat or ends the session and tells the other person as
-- those always have.

create table public.room_confirmations (
  room_id uuid not null references public.practice_rooms(id) on delete cascade,
  user_id uuid not null references auth.users(id) on delete cascade,
  confirmed_at timestamptz not null default now(),
  constraint room_confirmations_pkey primary key (room_id, user_id)
);

create index room_confirmations_user_idx on public.room_confirmations (user_id);

alter table public.room_confirmations enable row level security;
alter table public.room_confirmations force row level security;
revoke all on public.room_confirmations from public, anon, authenticated;
grant select, insert on public.room_confirmations to authenticated;

-- The session's two participants see its confirmations; each writes only their own.
create policy room_confirmations_read on public.room_confirmations
  for select to authenticated
  using (exists (
    select 1 from public.practice_rooms r
     where r.id = room_id and (select auth.uid()) in (r.host_id, r.guest_id)
  ));

create policy room_confirmations_own on public.room_confirmations
  for insert to authenticated
  with check (user_id = (select auth.uid()));

-- Only a participant confirms, and only for a session that is still ahead.
create function public.room_confirmations_guard() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  r public.practice_rooms;
begin
  select * into r from public.practice_rooms where id = new.room_id for share;
  if not found or (new.user_id is distinct from r.host_id and new.user_id is distinct from r.guest_id) then
    perform public.violates('room_confirmations_participants_only',
      'only the host and the guest confirm that they will be there');
  end if;
  if r.cancelled_at is not null then
    perform public.violates('practice_rooms_cancelled', 'the session is cancelled');
  end if;
  if r.first_round_id is not null or r.stage > 1 or r.datetime_utc <= now() then
    perform public.violates('room_confirmations_started', 'the session has started');
  end if;
  return new;
end $$;

revoke execute on function public.room_confirmations_guard() from public;

create trigger room_confirmations_guard
  before insert on public.room_confirmations
  for each row execute function public.room_confirmations_guard();

-- A confirmation is a change to the room its two participants hear of live.
create function public.room_confirmations_realtime() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  r public.practice_rooms;
begin
  select * into r from public.practice_rooms where id = new.room_id;
  perform realtime.record('room', 'update', new.room_id, null, array['confirmations'], false,
    array[r.host_id, r.guest_id]);
  return null;
end $$;

revoke execute on function public.room_confirmations_realtime() from public;

create trigger room_confirmations_realtime
  after insert on public.room_confirmations
  for each row execute function public.room_confirmations_realtime();

-- A new time asks both again; a guest who leaves takes their confirmation with them.
create function public.room_confirmations_reset() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.datetime_utc is distinct from old.datetime_utc then
    delete from public.room_confirmations where room_id = new.id;
  elsif old.guest_id is not null and new.guest_id is distinct from old.guest_id then
    delete from public.room_confirmations where room_id = new.id and user_id = old.guest_id;
  end if;
  return null;
end $$;

revoke execute on function public.room_confirmations_reset() from public;

create trigger practice_rooms_confirmations_reset
  after update of datetime_utc, guest_id on public.practice_rooms
  for each row execute function public.room_confirmations_reset();

-- The links in a reminder: each answers for one person, for one session at the time it
-- was sent, until it starts. A random token kept as its SHA-256. Server work only.
create table mail.attendance_links (
  token_hash bytea not null,
  room_id uuid not null references public.practice_rooms(id) on delete cascade,
  user_id uuid not null references auth.users(id) on delete cascade,
  -- The session's time when the link was sent: a rescheduled session's old link is spent.
  datetime_utc timestamptz not null,
  created_at timestamptz not null default now(),
  constraint attendance_links_pkey primary key (token_hash),
  constraint attendance_links_token_hash_length check (octet_length(token_hash) = 32)
);

create index attendance_links_room_idx on mail.attendance_links (room_id);

alter table mail.attendance_links enable row level security;
revoke all on mail.attendance_links from public, anon, authenticated;
