-- Practice rooms (sessions on the board): who hosts, who joined, when, and how far along.

-- Rule violations raised by triggers and functions carry a constraint name, exactly like
-- check constraints, so the server maps both to user-facing messages the same way.
create function public.violates(rule text, message text) returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = 'check_violation', constraint = rule, message = message;
end $$;

-- 144 random bits, URL-safe: the room's link is the key to a private room.
create function public.new_room_url() returns text
language sql volatile
set search_path = ''
as $$ select translate(encode(public.gen_random_bytes(18), 'base64'), '+/', '-_') $$;

create table public.practice_rooms (
  id uuid primary key default gen_random_uuid(),
  host_id uuid not null default auth.uid() references public.profiles (user_id) on delete cascade,
  guest_id uuid references public.profiles (user_id) on delete set null,
  datetime_utc timestamptz not null,
  first_round_id uuid,
  second_round_id uuid,
  type text not null default 'Clinical',
  room_url text not null default public.new_room_url(),
  stage smallint not null default 1,
  private boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint practice_rooms_room_url_key unique (room_url),
  constraint practice_rooms_room_url_format check (room_url ~ '^[A-Za-z0-9_-]{22,64}$'),
  constraint practice_rooms_type_valid check (type in ('Clinical', 'Communication')),
  constraint practice_rooms_stage_valid check (stage between 1 and 3),
  constraint practice_rooms_guest_not_host check (guest_id <> host_id)
);

create index practice_rooms_host_id_idx on public.practice_rooms (host_id);
create index practice_rooms_guest_id_idx on public.practice_rooms (guest_id);
-- The board: upcoming public rooms, soonest first.
create index practice_rooms_board_idx on public.practice_rooms (datetime_utc) where not private;

-- What RLS cannot say (it has no columns): who may change which column, and when.
-- Rules for people apply whenever a user's claim is set, including inside SECURITY
-- DEFINER functions called by a user; the server's own work (no claim, owner role) is
-- held only to the rules that bind everyone.
create function public.practice_rooms_guard() returns trigger
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
  if (to_jsonb(new) - 'guest_id' - 'updated_at') <> (to_jsonb(old) - 'guest_id' - 'updated_at') then
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

create trigger practice_rooms_guard
  before insert or update on public.practice_rooms
  for each row execute function public.practice_rooms_guard();

alter table public.practice_rooms enable row level security;
alter table public.practice_rooms force row level security;

grant select on public.practice_rooms to anon, authenticated;
-- Column grants: ids, links, stage and timestamps are never chosen by a client at insert.
grant insert (host_id, datetime_utc, type, private) on public.practice_rooms to authenticated;
grant update (guest_id, datetime_utc, first_round_id, second_round_id, type, stage, private)
  on public.practice_rooms to authenticated;
grant delete on public.practice_rooms to authenticated;

-- Stricter than the seed on purpose: a private room is "not on the board", so only its
-- host and guest (and admins) can list it; link holders use room_by_url().
create policy practice_rooms_select_visible on public.practice_rooms
  for select to anon, authenticated
  using (
    not private
    or host_id = (select auth.uid())
    or guest_id = (select auth.uid())
    or (select public.is_admin())
  );

create policy practice_rooms_insert_as_host on public.practice_rooms
  for insert to authenticated
  with check (host_id = (select auth.uid()));

create policy practice_rooms_delete_as_host on public.practice_rooms
  for delete to authenticated
  using (host_id = (select auth.uid()));

create policy practice_rooms_update_as_host on public.practice_rooms
  for update to authenticated
  using (host_id = (select auth.uid()))
  with check (host_id = (select auth.uid()));

-- Take the open seat of a public room, or leave the seat one holds.
create policy practice_rooms_update_as_guest on public.practice_rooms
  for update to authenticated
  using ((guest_id is null and not private) or guest_id = (select auth.uid()))
  with check (guest_id is null or guest_id = (select auth.uid()));
