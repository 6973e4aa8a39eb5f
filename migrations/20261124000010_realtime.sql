-- Realtime change capture: every change to a room or a round is written to a change log
-- in the same transaction, numbered by a sequence, and a NOTIFY wakes the servers. The
-- servers read the log (never the NOTIFY payload) and fan each change out to the
-- browsers allowed to see its row, so a missed or late NOTIFY costs latency, never data.

create schema realtime;

create table realtime.changes (
  seq bigint generated always as identity primary key,
  changed_at timestamptz not null default clock_timestamp(),
  entity text not null,
  op text not null,
  room_id uuid not null,
  round_id uuid,
  -- The columns whose values changed (all of them on insert and delete).
  fields text[] not null default '{}',
  -- Who may see the row, before or after the change: anyone, when the room was or is
  -- public; otherwise only its participants (host and guest, before and after).
  public boolean not null,
  participants uuid[] not null default '{}',
  constraint changes_entity_valid check (entity in ('room', 'round')),
  constraint changes_op_valid check (op in ('insert', 'update', 'delete')),
  constraint changes_round_has_id check ((entity = 'round') = (round_id is not null))
);

create index changes_changed_at_idx on realtime.changes (changed_at);

-- Only the server (as the owner) reads the log: it names private rooms and their people.
revoke all on schema realtime from public;
alter table realtime.changes enable row level security;
alter table realtime.changes force row level security;
create policy changes_owner_only on realtime.changes using (false);

-- The names of the columns that differ between two versions of a row, bookkeeping aside.
create function realtime.changed_fields(old_row jsonb, new_row jsonb)
returns text[]
language sql
immutable
set search_path = pg_catalog
as $$
  select coalesce(array_agg(key order by key), '{}')
  from jsonb_each(coalesce(new_row, old_row)) as n(key, value)
  where key not in ('updated_at')
    and (old_row is null or new_row is null or (old_row -> key) is distinct from (new_row -> key))
$$;

create function realtime.record(
  p_entity text, p_op text, p_room uuid, p_round uuid, p_fields text[], p_public boolean,
  p_participants uuid[]
)
returns void
language plpgsql
security definer
set search_path = pg_catalog
as $$
declare
  v_seq bigint;
begin
  insert into realtime.changes (entity, op, room_id, round_id, fields, public, participants)
  values (
    p_entity, p_op, p_room, p_round, p_fields, p_public,
    array(select distinct p from unnest(p_participants) p where p is not null order by p)
  )
  returning seq into v_seq;
  -- The payload is the sequence number only; it is a wake-up, not the data.
  perform pg_notify('realtime_changes', v_seq::text);
end
$$;

revoke all on function realtime.record(text, text, uuid, uuid, text[], boolean, uuid[]) from public;

create function realtime.capture_room()
returns trigger
language plpgsql
security definer
set search_path = pg_catalog
as $$
declare
  v_fields text[];
begin
  if tg_op = 'INSERT' then
    v_fields := realtime.changed_fields(null, to_jsonb(new));
    perform realtime.record('room', 'insert', new.id, null, v_fields, not new.private,
      array[new.host_id, new.guest_id]);
    return null;
  elsif tg_op = 'DELETE' then
    v_fields := realtime.changed_fields(to_jsonb(old), null);
    perform realtime.record('room', 'delete', old.id, null, v_fields, not old.private,
      array[old.host_id, old.guest_id]);
    return null;
  end if;
  v_fields := realtime.changed_fields(to_jsonb(old), to_jsonb(new));
  if cardinality(v_fields) = 0 then
    return null;
  end if;
  perform realtime.record('room', 'update', new.id, null, v_fields,
    not old.private or not new.private,
    array[old.host_id, old.guest_id, new.host_id, new.guest_id]);
  return null;
end
$$;

create trigger practice_rooms_realtime
  after insert or update or delete on public.practice_rooms
  for each row execute function realtime.capture_room();

-- A round is seen by its room's participants only, so its change is never public.
create function realtime.capture_round()
returns trigger
language plpgsql
security definer
set search_path = pg_catalog
as $$
declare
  v_room uuid := coalesce(new.room_id, old.room_id);
  v_round uuid := coalesce(new.id, old.id);
  v_people uuid[];
  v_fields text[];
begin
  select array[r.host_id, r.guest_id] into v_people
  from public.practice_rooms r where r.id = v_room;
  v_fields := realtime.changed_fields(to_jsonb(old), to_jsonb(new));
  if tg_op = 'UPDATE' and cardinality(v_fields) = 0 then
    return null;
  end if;
  perform realtime.record('round', lower(tg_op), v_room, v_round, v_fields, false,
    coalesce(v_people, '{}'));
  return null;
end
$$;

create trigger practice_rounds_realtime
  after insert or update or delete on public.practice_rounds
  for each row execute function realtime.capture_round();
