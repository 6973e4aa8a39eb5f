-- Partners who show up: find-a-partner requests and the matcher's bookkeeping, standby
-- for a seat that frees late, attendance reports and disputes, the reliability record,
-- and the suspension two no-shows bring. Every rule here binds whoever asks, the board,
-- a link or a script alike.

---------------------------------------------------------------------------------------
-- Attendance: reports, disputes, the record, and suspension
---------------------------------------------------------------------------------------

-- After a session in which no round started, each participant may say whether the other
-- came. A report stands unless the person it names disputes it within 48 hours (then it
-- counts for neither); an admin may void one.
create table public.attendance_reports (
  room_id uuid not null references public.practice_rooms (id) on delete cascade,
  reporter_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  reported_id uuid not null references auth.users (id) on delete cascade,
  came boolean not null,
  created_at timestamptz not null default now(),
  disputed_at timestamptz,
  voided_at timestamptz,
  voided_by uuid references auth.users (id) on delete set null,
  constraint attendance_reports_pkey primary key (room_id, reporter_id),
  constraint attendance_reports_not_self check (reported_id <> reporter_id)
);

create index attendance_reports_reported_idx on public.attendance_reports (reported_id, created_at);
create index attendance_reports_reporter_idx on public.attendance_reports (reporter_id);
create index attendance_reports_voided_by_idx on public.attendance_reports (voided_by);

alter table public.attendance_reports enable row level security;
alter table public.attendance_reports force row level security;
revoke all on public.attendance_reports from public, anon, authenticated;
grant select on public.attendance_reports to authenticated;
grant insert (room_id, reporter_id, reported_id, came) on public.attendance_reports to authenticated;
grant update (disputed_at) on public.attendance_reports to authenticated;

-- The two people a report is between read it; admins read every one.
create policy attendance_reports_read on public.attendance_reports
  for select to authenticated
  using ((select auth.uid()) in (reporter_id, reported_id) or (select public.is_admin()));

create policy attendance_reports_insert_own on public.attendance_reports
  for insert to authenticated
  with check (reporter_id = (select auth.uid()));

-- Only the person a report names disputes it.
create policy attendance_reports_dispute_own on public.attendance_reports
  for update to authenticated
  using (reported_id = (select auth.uid()))
  with check (reported_id = (select auth.uid()));

-- Whether any round of a session started: then both count as having come.
create function public.room_round_started(p_room uuid) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.practice_rounds pr
                  where pr.room_id = p_room and pr.started_at is not null)
$$;

revoke execute on function public.room_round_started(uuid) from public;
grant execute on function public.room_round_started(uuid) to authenticated;

create function public.attendance_reports_guard() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
  r public.practice_rooms;
begin
  if tg_op = 'INSERT' then
    select * into r from public.practice_rooms where id = new.room_id;
    if not found or r.guest_id is null
       or not (new.reporter_id in (r.host_id, r.guest_id) and new.reported_id in (r.host_id, r.guest_id)) then
      perform public.violates('attendance_reports_participants_only',
        'only a session''s two participants report on each other');
    end if;
    if r.cancelled_at is not null then
      perform public.violates('practice_rooms_cancelled', 'the session was cancelled');
    end if;
    if public.room_round_started(r.id) then
      perform public.violates('attendance_reports_round_started',
        'a round started, so both count as having come');
    end if;
    if r.datetime_utc + interval '60 minutes' > now() then
      perform public.violates('attendance_reports_too_early', 'a report waits for the session''s end');
    end if;
    if r.datetime_utc + interval '60 minutes' + interval '7 days' < now() then
      perform public.violates('attendance_reports_too_late', 'a report is made within 7 days of the session');
    end if;
    new.created_at := now();
    new.disputed_at := null;
    new.voided_at := null;
    new.voided_by := null;
    return new;
  end if;

  if server_work then
    return new;
  end if;
  if (to_jsonb(new) - 'disputed_at' - 'voided_at' - 'voided_by')
     <> (to_jsonb(old) - 'disputed_at' - 'voided_at' - 'voided_by') then
    perform public.violates('attendance_reports_fixed', 'a report, once made, is not changed');
  end if;
  if new.voided_at is distinct from old.voided_at or new.voided_by is distinct from old.voided_by then
    if not public.is_admin() then
      perform public.violates('attendance_reports_admin_voids', 'only an admin voids a report');
    end if;
    if old.voided_at is not null then
      perform public.violates('attendance_reports_voided', 'the report is void already');
    end if;
    new.voided_at := now();
    new.voided_by := uid;
  end if;
  if new.disputed_at is distinct from old.disputed_at then
    if uid is distinct from old.reported_id then
      perform public.violates('attendance_reports_dispute_own', 'only the person a report names disputes it');
    end if;
    if old.disputed_at is not null then
      perform public.violates('attendance_reports_disputed', 'the report is disputed already');
    end if;
    if old.came then
      perform public.violates('attendance_reports_dispute_no_show', 'only a report that someone did not come is disputed');
    end if;
    if old.created_at + interval '48 hours' < now() then
      perform public.violates('attendance_reports_dispute_window', 'a report is disputed within 48 hours');
    end if;
    new.disputed_at := now();
  end if;
  return new;
end $$;

revoke execute on function public.attendance_reports_guard() from public;

create trigger attendance_reports_guard
  before insert or update on public.attendance_reports
  for each row execute function public.attendance_reports_guard();

-- A report is a change to the session its two participants hear of live.
create function public.attendance_reports_realtime() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform realtime.record('room', 'update', new.room_id, null, array['attendance'], false,
    array[new.reporter_id, new.reported_id]);
  return null;
end $$;

revoke execute on function public.attendance_reports_realtime() from public;

create trigger attendance_reports_realtime
  after insert or update on public.attendance_reports
  for each row execute function public.attendance_reports_realtime();

-- A person's record: of their sessions that have ended (or got under way), those that
-- count, and of them those they came to. A session counts when a round started (both
-- came) or when a standing report says whether they came; a disputed or voided report
-- counts for neither.
create function public.reliability(p_users uuid[])
returns table (user_id uuid, attended integer, counted integer)
language sql
stable
security definer
set search_path = ''
as $$
  -- As host, then as guest: two joins each index can serve (the board asks for up to
  -- 50 hosts a page), rather than one on "host or guest", which none can.
  with seats as (
    select u.person, r.id as room_id
      from unnest(p_users) as u(person)
      join public.practice_rooms r on r.host_id = u.person
     where r.cancelled_at is null and r.guest_id is not null and r.datetime_utc <= now()
    union all
    select u.person, r.id
      from unnest(p_users) as u(person)
      join public.practice_rooms r on r.guest_id = u.person
     where r.cancelled_at is null and r.datetime_utc <= now()
  ), sessions as (
    select person, room_id, public.room_round_started(room_id) as started from seats
  )
  select u.person,
         count(*) filter (where s.started or a.came)::integer,
         count(*) filter (where s.started or a.came is not null)::integer
    from unnest(p_users) as u(person)
    left join sessions s on s.person = u.person
    left join public.attendance_reports a
      on a.room_id = s.room_id and a.reported_id = s.person and not s.started
     and a.disputed_at is null and a.voided_at is null
   group by u.person
$$;

revoke execute on function public.reliability(uuid[]) from public;
grant execute on function public.reliability(uuid[]) to anon, authenticated;

-- Two standing no-shows whose sessions fall within 30 days of each other suspend
-- hosting and joining for 7 days from the second report. The end, or null.
create function public.suspended_until(p_user uuid) returns timestamptz
language sql
stable
security definer
set search_path = ''
as $$
  select max(b.created_at) + interval '7 days'
    from public.attendance_reports b
    join public.practice_rooms rb on rb.id = b.room_id
   where b.reported_id = p_user and not b.came and b.disputed_at is null and b.voided_at is null
     and b.created_at + interval '7 days' > now()
     and exists (
       select 1
         from public.attendance_reports a
         join public.practice_rooms ra on ra.id = a.room_id
        where a.reported_id = p_user and not a.came and a.disputed_at is null
          and a.voided_at is null and a.room_id <> b.room_id
          and a.created_at <= b.created_at
          and ra.datetime_utc > rb.datetime_utc - interval '30 days'
          and ra.datetime_utc < rb.datetime_utc + interval '30 days')
$$;

revoke execute on function public.suspended_until(uuid) from public;

-- One's own suspension, for the page that explains it.
create function public.my_suspension() returns timestamptz
language sql
stable
security definer
set search_path = ''
as $$ select public.suspended_until(auth.uid()) $$;

revoke execute on function public.my_suspension() from public;
grant execute on function public.my_suspension() to authenticated;

-- Refuses a suspended person: raised as violates('attendance_suspended', …) would be,
-- with the end in the error's detail, for the message.
create function public.refuse_if_suspended(p_user uuid) returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  ends timestamptz := public.suspended_until(p_user);
begin
  if ends is not null then
    raise exception using errcode = 'check_violation', constraint = 'attendance_suspended',
      message = 'hosting and joining are suspended after two missed sessions',
      detail = to_char(ends at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  end if;
end $$;

revoke execute on function public.refuse_if_suspended(uuid) from public;

-- What asking for a partner and standing by need, as hosting and joining do: a confirmed
-- address and no suspension.
create function public.refuse_unless_bookable(p_user uuid) returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from auth.users u where u.id = p_user and u.email_verified_at is null) then
    perform public.violates('practice_rooms_address_unconfirmed',
      'a person confirms their email address before looking for a partner or standing by');
  end if;
  perform public.refuse_if_suspended(p_user);
end $$;

revoke execute on function public.refuse_unless_bookable(uuid) from public;

-- A suspended person neither hosts nor takes a seat, however the request arrives.
create function public.practice_rooms_not_suspended() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform public.refuse_if_suspended(new.host_id);
  end if;
  if new.guest_id is not null and (tg_op = 'INSERT' or new.guest_id is distinct from old.guest_id) then
    perform public.refuse_if_suspended(new.guest_id);
  end if;
  return new;
end $$;

revoke execute on function public.practice_rooms_not_suspended() from public;

create trigger practice_rooms_not_suspended
  before insert or update of guest_id on public.practice_rooms
  for each row execute function public.practice_rooms_not_suspended();

-- Admins read every report with its people and session.
create function public.admin_attendance_reports()
returns table (
  room_id uuid, room_url text, datetime_utc timestamptz,
  reporter_id uuid, reporter_name text, reported_id uuid, reported_name text,
  came boolean, created_at timestamptz, disputed_at timestamptz, voided_at timestamptz
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not public.is_admin() then
    raise exception using errcode = 'insufficient_privilege', message = 'admins only';
  end if;
  return query
    select a.room_id, r.room_url, r.datetime_utc,
           a.reporter_id, rp.first_name || ' ' || rp.last_name,
           a.reported_id, dp.first_name || ' ' || dp.last_name,
           a.came, a.created_at, a.disputed_at, a.voided_at
      from public.attendance_reports a
      join public.practice_rooms r on r.id = a.room_id
      left join public.profiles rp on rp.user_id = a.reporter_id
      left join public.profiles dp on dp.user_id = a.reported_id
     order by a.created_at desc
     limit 200;
end $$;

revoke execute on function public.admin_attendance_reports() from public;
grant execute on function public.admin_attendance_reports() to authenticated;

create function public.void_attendance_report(p_room uuid, p_reporter uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not public.is_admin() then
    raise exception using errcode = 'insufficient_privilege', message = 'admins only';
  end if;
  update public.attendance_reports set voided_at = now()
   where room_id = p_room and reporter_id = p_reporter;
  if not found then
    perform public.violates('attendance_reports_not_found', 'no such report');
  end if;
end $$;

revoke execute on function public.void_attendance_report(uuid, uuid) from public;
grant execute on function public.void_attendance_report(uuid, uuid) to authenticated;

---------------------------------------------------------------------------------------
-- Find-a-partner requests
---------------------------------------------------------------------------------------

create function public.max_open_partner_requests() returns integer
language sql immutable set search_path = '' as $$ select 3 $$;

create table public.partner_requests (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (user_id) on delete cascade,
  type text not null default 'Clinical',
  exam_preset text,
  -- The training levels the person will practise with.
  levels text[] not null,
  exam_date date,
  -- When they can, in one or more windows of at least an hour.
  windows tstzmultirange not null,
  status text not null default 'open',
  room_id uuid references public.practice_rooms (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz,
  constraint partner_requests_type_valid check (type in ('Clinical', 'Communication')),
  constraint partner_requests_exam_preset_valid
    check (exam_preset is null or exam_preset in ('PLAB 2', 'UKMLA CPSA', 'MRCGP SCA', 'AMC', 'PACES')),
  constraint partner_requests_levels_valid check (
    cardinality(levels) between 1 and 12
    and levels <@ array['student_y1', 'student_y2', 'student_y3', 'student_y4', 'student_y5',
      'student_y6', 'fy1', 'fy2', 'ct_st', 'img_plab', 'gp_trainee', 'other']),
  constraint partner_requests_status_valid check (status in ('open', 'matched', 'withdrawn', 'expired')),
  constraint partner_requests_closed_when check ((status = 'open') = (closed_at is null))
);

create index partner_requests_user_idx on public.partner_requests (user_id, status);
create index partner_requests_open_idx on public.partner_requests (created_at) where status = 'open';
create index partner_requests_room_idx on public.partner_requests (room_id);

alter table public.partner_requests enable row level security;
alter table public.partner_requests force row level security;
revoke all on public.partner_requests from public, anon, authenticated;
grant select on public.partner_requests to authenticated;
grant insert (user_id, type, exam_preset, levels, exam_date, windows) on public.partner_requests to authenticated;
grant update (type, exam_preset, levels, exam_date, windows, status) on public.partner_requests to authenticated;

-- One's own requests only: nobody else learns who is looking, or when.
create policy partner_requests_own on public.partner_requests
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

-- The windows: one to five, each an hour or more, all ahead and within four weeks.
create function public.check_windows(p_windows tstzmultirange) returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  n integer;
begin
  select count(*) into n from unnest(p_windows) w;
  if n = 0 or n > 5 then
    perform public.violates('time_windows_count', 'one to five time windows');
  end if;
  if exists (select 1 from unnest(p_windows) w where upper(w) - lower(w) < interval '60 minutes'
                or lower_inf(w) or upper_inf(w)) then
    perform public.violates('time_window_short', 'each window is at least an hour');
  end if;
  if lower(p_windows) <= now() then
    perform public.violates('time_window_past', 'windows are in the future');
  end if;
  if upper(p_windows) > now() + interval '28 days' then
    perform public.violates('time_window_too_far', 'windows are within four weeks');
  end if;
end $$;

revoke execute on function public.check_windows(tstzmultirange) from public;

create function public.partner_requests_guard() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  server_work boolean := uid is null and current_user not in ('anon', 'authenticated');
begin
  if tg_op = 'UPDATE' then
    if new.id <> old.id or new.user_id <> old.user_id or new.created_at <> old.created_at then
      perform public.violates('partner_requests_identity_immutable', 'a request''s id and owner never change');
    end if;
    new.updated_at := now();
    if server_work then
      if new.status <> old.status then
        new.closed_at := case when new.status = 'open' then null else now() end;
      end if;
      return new;
    end if;
    if old.status <> 'open' then
      perform public.violates('partner_requests_closed', 'the request is no longer open');
    end if;
    if new.room_id is distinct from old.room_id or new.closed_at is distinct from old.closed_at then
      perform public.violates('partner_requests_server_only', 'the matcher records matches');
    end if;
    if new.status <> old.status then
      if new.status <> 'withdrawn' then
        perform public.violates('partner_requests_withdraw_only', 'a person only withdraws a request');
      end if;
      new.closed_at := now();
      return new;
    end if;
  else
    if not server_work and (new.status <> 'open' or new.room_id is not null or new.closed_at is not null) then
      perform public.violates('partner_requests_new_open', 'a new request is open');
    end if;
    new.created_at := now();
    new.updated_at := now();
    perform public.refuse_unless_bookable(new.user_id);
    perform pg_advisory_xact_lock(hashtextextended('partner_requests:' || new.user_id::text, 0));
    if (select count(*) from public.partner_requests p
         where p.user_id = new.user_id and p.status = 'open') >= public.max_open_partner_requests() then
      perform public.violates('partner_requests_limit', 'too many open requests');
    end if;
  end if;
  if new.windows is distinct from (case when tg_op = 'UPDATE' then old.windows end) then
    perform public.check_windows(new.windows);
  end if;
  if new.exam_date is not null and (new.exam_date < current_date or new.exam_date > current_date + 730)
     and new.exam_date is distinct from (case when tg_op = 'UPDATE' then old.exam_date end) then
    perform public.violates('partner_requests_exam_date_valid', 'an exam date from today to two years ahead');
  end if;
  return new;
end $$;

revoke execute on function public.partner_requests_guard() from public;

create trigger partner_requests_guard
  before insert or update on public.partner_requests
  for each row execute function public.partner_requests_guard();

-- The board's encouragement: how many people are looking for a partner this week, by
-- kind and exam. Counts only; nobody's request is shown.
create function public.partner_demand()
returns table (type text, exam_preset text, people bigint)
language sql
stable
security definer
set search_path = ''
as $$
  select p.type, p.exam_preset, count(distinct p.user_id)
    from public.partner_requests p
   where p.status = 'open'
     and p.windows && tstzmultirange(tstzrange(now(), now() + interval '7 days'))
   group by p.type, p.exam_preset
   order by 3 desc, 1, 2
$$;

revoke execute on function public.partner_demand() from public;
grant execute on function public.partner_demand() to anon, authenticated;

---------------------------------------------------------------------------------------
-- Standby
---------------------------------------------------------------------------------------

create function public.max_standby() returns integer
language sql immutable set search_path = '' as $$ select 3 $$;

create table public.standby (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (user_id) on delete cascade,
  -- Null: any kind, or any exam.
  type text,
  exam_preset text,
  window_range tstzrange not null,
  created_at timestamptz not null default now(),
  constraint standby_type_valid check (type is null or type in ('Clinical', 'Communication')),
  constraint standby_exam_preset_valid
    check (exam_preset is null or exam_preset in ('PLAB 2', 'UKMLA CPSA', 'MRCGP SCA', 'AMC', 'PACES'))
);

create index standby_user_idx on public.standby (user_id);
create index standby_window_idx on public.standby using gist (window_range);

alter table public.standby enable row level security;
alter table public.standby force row level security;
revoke all on public.standby from public, anon, authenticated;
grant select, delete on public.standby to authenticated;
grant insert (user_id, type, exam_preset, window_range) on public.standby to authenticated;

create policy standby_own on public.standby
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create function public.standby_guard() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.created_at := now();
  perform public.refuse_unless_bookable(new.user_id);
  perform public.check_windows(tstzmultirange(new.window_range));
  perform pg_advisory_xact_lock(hashtextextended('standby:' || new.user_id::text, 0));
  if (select count(*) from public.standby s
       where s.user_id = new.user_id and upper(s.window_range) > now()) >= public.max_standby() then
    perform public.violates('standby_limit', 'too many standby windows');
  end if;
  return new;
end $$;

revoke execute on function public.standby_guard() from public;

create trigger standby_guard
  before insert on public.standby
  for each row execute function public.standby_guard();

-- A seat offered to someone on standby, for the session's time when it freed.
create table public.standby_offers (
  id uuid primary key default gen_random_uuid(),
  room_id uuid not null references public.practice_rooms (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  datetime_utc timestamptz not null,
  created_at timestamptz not null default now(),
  outcome text,
  decided_at timestamptz,
  constraint standby_offers_once unique (room_id, user_id, datetime_utc),
  constraint standby_offers_outcome_valid check (outcome is null or outcome in ('accepted', 'gone')),
  constraint standby_offers_decided_when check ((outcome is null) = (decided_at is null))
);

create index standby_offers_user_idx on public.standby_offers (user_id, created_at desc);
create index standby_offers_open_idx on public.standby_offers (room_id) where outcome is null;

alter table public.standby_offers enable row level security;
alter table public.standby_offers force row level security;
revoke all on public.standby_offers from public, anon, authenticated;
grant select on public.standby_offers to authenticated;

create policy standby_offers_own on public.standby_offers
  for select to authenticated
  using (user_id = (select auth.uid()));

-- Whether a person is free for an hour from `p_at`, apart from one session.
create function public.free_at(p_user uuid, p_at timestamptz, p_except uuid) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select not exists (
    select 1 from public.practice_rooms r
     where r.id is distinct from p_except and r.cancelled_at is null
       and p_user in (r.host_id, r.guest_id)
       and r.datetime_utc > p_at - interval '60 minutes'
       and r.datetime_utc < p_at + interval '60 minutes')
$$;

revoke execute on function public.free_at(uuid, timestamptz, uuid) from public;

-- When a guest seat frees within a day of its session, everyone on standby who fits is
-- offered it at once: their window covers the hour, the kind and exam suit, they are
-- free then, confirmed and not suspended, and not the one who left or was removed.
-- When the seat is taken, the other offers are gone and their people told.
create function public.practice_rooms_standby() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  offered uuid[];
begin
  if old.guest_id is not null and new.guest_id is null and new.cancelled_at is null
     and new.stage = 1 and new.first_round_id is null
     and new.datetime_utc > now() and new.datetime_utc <= now() + interval '24 hours' then
    with fit as (
      select distinct s.user_id
        from public.standby s
        join auth.users u on u.id = s.user_id
       where s.window_range @> tstzrange(new.datetime_utc, new.datetime_utc + interval '60 minutes')
         and (s.type is null or s.type = new.type)
         and (s.exam_preset is null or s.exam_preset is not distinct from new.exam_preset)
         and s.user_id <> new.host_id and s.user_id <> old.guest_id
         and u.email_verified_at is not null
         and public.suspended_until(s.user_id) is null
         and public.free_at(s.user_id, new.datetime_utc, new.id)
         and not exists (select 1 from public.practice_room_removals x
                          where x.room_id = new.id and x.user_id = s.user_id)
    ), made as (
      insert into public.standby_offers (room_id, user_id, datetime_utc)
      select new.id, fit.user_id, new.datetime_utc from fit
      on conflict do nothing
      returning user_id
    ), told as (
      insert into public.notifications (user_id, room_id, kind, datetime_utc)
      select made.user_id, new.id, 'standby_offer', new.datetime_utc from made
      returning user_id
    )
    select array_agg(user_id) into offered from told;
    if offered is not null then
      perform realtime.record('room', 'update', new.id, null, array['standby'], false, offered);
    end if;
  elsif new.guest_id is not null and new.guest_id is distinct from old.guest_id then
    update public.standby_offers set outcome = 'accepted', decided_at = now()
     where room_id = new.id and user_id = new.guest_id and outcome is null;
    with gone as (
      update public.standby_offers set outcome = 'gone', decided_at = now()
       where room_id = new.id and outcome is null
      returning user_id
    ), told as (
      insert into public.notifications (user_id, room_id, kind, datetime_utc)
      select gone.user_id, new.id, 'standby_gone', new.datetime_utc from gone
      returning user_id
    )
    select array_agg(user_id) into offered from told;
    if offered is not null then
      perform realtime.record('room', 'update', new.id, null, array['standby'], false, offered);
    end if;
  end if;
  return null;
end $$;

revoke execute on function public.practice_rooms_standby() from public;

create trigger practice_rooms_standby
  after update of guest_id on public.practice_rooms
  for each row execute function public.practice_rooms_standby();

-- What an offer's person may know of its session before taking the seat (the session
-- may be private): its kind, exam and host, whether the seat is still free, and its
-- link once the seat is theirs.
create function public.offer_room(p_offer uuid)
returns table (type text, exam_preset text, host text, open boolean, guest_id uuid, room_url text)
language sql
stable
security definer
set search_path = ''
as $$
  select r.type, r.exam_preset, p.first_name || ' ' || p.last_name,
         r.guest_id is null and r.cancelled_at is null and r.datetime_utc = o.datetime_utc
           and r.datetime_utc > now() and r.stage = 1 and r.first_round_id is null,
         r.guest_id,
         case when r.guest_id = auth.uid() then r.room_url end
    from public.standby_offers o
    join public.practice_rooms r on r.id = o.room_id
    left join public.profiles p on p.user_id = r.host_id
   where o.id = p_offer and o.user_id = auth.uid()
$$;

revoke execute on function public.offer_room(uuid) from public;
grant execute on function public.offer_room(uuid) to authenticated;

-- Taking an offered seat: the first to ask wins (the seat must still be free, and the
-- room's row lock orders everyone who asks at once); the rest are told it has gone.
create function public.accept_standby_offer(p_offer uuid) returns text
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  o public.standby_offers;
  url text;
begin
  if uid is null then
    raise exception using errcode = 'insufficient_privilege', message = 'sign in to take a seat';
  end if;
  select * into o from public.standby_offers where id = p_offer and user_id = uid;
  if not found then
    perform public.violates('standby_offers_not_found', 'no such offer');
  end if;
  if o.outcome = 'accepted' then
    select room_url into url from public.practice_rooms where id = o.room_id and guest_id = uid;
    if found then
      return url;
    end if;
  end if;
  update public.practice_rooms
     set guest_id = uid
   where id = o.room_id and guest_id is null and cancelled_at is null
     and datetime_utc = o.datetime_utc and stage = 1 and first_round_id is null
  returning room_url into url;
  if not found then
    perform public.violates('standby_offers_gone', 'someone else took the seat');
  end if;
  return url;
end $$;

revoke execute on function public.accept_standby_offer(uuid) from public;
grant execute on function public.accept_standby_offer(uuid) to authenticated;

---------------------------------------------------------------------------------------
-- What people are told
---------------------------------------------------------------------------------------

-- A request that expires has no session, so an update may name a request instead.
alter table public.notifications alter column room_id drop not null;
alter table public.notifications add column request_id uuid
  references public.partner_requests (id) on delete cascade;
create index notifications_request_id_idx on public.notifications (request_id);
alter table public.notifications drop constraint notifications_kind_valid;
alter table public.notifications add constraint notifications_kind_valid
  check (kind in ('rescheduled', 'cancelled', 'removed', 'joined', 'left',
                  'matched', 'request_expired', 'standby_offer', 'standby_gone'));
alter table public.notifications add constraint notifications_about
  check (room_id is not null or request_id is not null);
