-- The schema as the migrations leave it, in one file (pg_dump --schema-only).
-- Generated: do not edit. After changing a migration, write it anew with
--   SCHEMA_SNAPSHOT=write cargo test --no-default-features --features ssr --test integration rules::
--
-- PostgreSQL database dump
--

--
-- Name: auth; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA auth;

--
-- Name: mail; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA mail;

--
-- Name: realtime; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA realtime;

--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';

--
-- Name: uid(); Type: FUNCTION; Schema: auth; Owner: -
--

CREATE FUNCTION auth.uid() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;

--
-- Name: accept_standby_offer(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.accept_standby_offer(p_offer uuid) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: add_transcript_line(uuid, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.add_transcript_line(p_round_id uuid, p_text text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: admin_account_count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin_account_count() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select case when public.is_admin() then (select count(*) from auth.users) end
$$;

--
-- Name: admin_attendance_reports(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin_attendance_reports() RETURNS TABLE(room_id uuid, room_url text, datetime_utc timestamp with time zone, reporter_id uuid, reporter_name text, reported_id uuid, reported_name text, came boolean, created_at timestamp with time zone, disputed_at timestamp with time zone, voided_at timestamp with time zone)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: advance_stage(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.advance_stage(p_room uuid) RETURNS smallint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: attendance_reports_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.attendance_reports_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: attendance_reports_realtime(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.attendance_reports_realtime() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
  perform realtime.record('room', 'update', new.room_id, null, array['attendance'], false,
    array[new.reporter_id, new.reported_id]);
  return null;
end $$;

--
-- Name: case_catalogue(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.case_catalogue() RETURNS TABLE(id uuid, case_name text, category text, station_kind text, difficulty text, domain text, exams text[], data_gathering integer, clinical_management integer, interpersonal integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select c.id, c.case_name, c.category, c.station_kind, c.difficulty, c.domain, c.exams,
         jsonb_array_length(c.mark_scheme -> 'data_gathering'),
         jsonb_array_length(c.mark_scheme -> 'clinical_management'),
         jsonb_array_length(c.mark_scheme -> 'interpersonal')
    from public.case_briefs c
   where c.archived_at is null
     and auth.uid() is not null
   order by lower(c.category), lower(c.case_name)
$$;

--
-- Name: case_mark_scheme_valid(jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.case_mark_scheme_valid(scheme jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$
  select jsonb_typeof(scheme) = 'object'
    and coalesce((select array_agg(k order by k) from jsonb_object_keys(scheme) k)
                 = array['clinical_management', 'data_gathering', 'interpersonal'], false)
    and not exists (
      select 1
      from jsonb_each(scheme) g
      where jsonb_typeof(g.value) <> 'array'
         or exists (
           select 1
           from jsonb_array_elements(g.value) p
           where jsonb_typeof(p) <> 'object'
              or jsonb_typeof(p -> 'point') is distinct from 'string'
              or jsonb_typeof(p -> 'keywords') is distinct from 'array'
              or (p ? 'critical' and jsonb_typeof(p -> 'critical') is distinct from 'boolean')
              or exists (select 1 from jsonb_object_keys(p) pk
                          where pk not in ('point', 'keywords', 'critical'))
              or exists (
                select 1 from jsonb_array_elements(p -> 'keywords') kw
                where jsonb_typeof(kw) <> 'string'
              )
         )
    )
$$;

--
-- Name: check_windows(tstzmultirange); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.check_windows(p_windows tstzmultirange) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO ''
    AS $$
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

--
-- Name: derive_round_progress(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.derive_round_progress(p_round uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  r record;
  a jsonb;
  kind text;
begin
  delete from public.round_marks where round_id = p_round;
  delete from public.round_misses where round_id = p_round;
  select ro.id, ro.room_id, ro.candidate_id, ro.partner_id, ro.case_briefs_id, ro.ended_at,
         ro.assessment, ro.peer_marks, rm.exam_preset, c.case_name
    into r
    from public.practice_rounds ro
    join public.practice_rooms rm on rm.id = ro.room_id
    left join public.case_briefs c on c.id = ro.case_briefs_id
   where ro.id = p_round;
  if not found or r.ended_at is null then
    return;
  end if;
  a := r.assessment;
  -- An assessment that graded nothing (too little speech) counts for nothing, and the
  -- partner's marks of such a round are not evidence either.
  if a is not null and a ? 'too_little' and jsonb_typeof(a -> 'too_little') = 'object' then
    return;
  end if;
  if a is not null then
    kind := a #>> '{assessor,kind}';
    insert into public.round_marks
      (round_id, user_id, source, assessor, exam, rubric, domain, score, max_score, share,
       case_id, case_name, marked_at)
    select r.id, r.candidate_id, 'assessor', kind, r.exam_preset, a ->> 'rubric',
           d ->> 'code',
           case when kind = 'llm' then (d ->> 'score')::smallint end,
           case when kind = 'llm' then (d ->> 'max')::smallint end,
           case when kind = 'checklist' then (
             select case when count(*) = 0 then null
                         else (count(*) filter (where jsonb_array_length(p -> 'lines') > 0))::real / count(*) end
               from jsonb_array_elements(a -> 'coverage') g
               cross join lateral jsonb_array_elements(g -> 'points') p
              where public.mark_group_of_label(g ->> 'label') = d ->> 'code'
           ) end,
           r.case_briefs_id, r.case_name, r.ended_at
      from jsonb_array_elements(coalesce(a -> 'domains', '[]')) d
     where (kind = 'llm' and jsonb_typeof(d -> 'score') = 'number')
        or kind = 'checklist'
    on conflict do nothing;
    if kind = 'llm' then
      insert into public.round_misses
        (round_id, room_id, user_id, case_id, case_name, point_id, point, grp, critical, status, marked_at)
      select r.id, r.room_id, r.candidate_id, r.case_briefs_id, r.case_name, p ->> 'id', p ->> 'point',
             p ->> 'group', coalesce((p ->> 'critical')::boolean, false), p ->> 'status', r.ended_at
        from jsonb_array_elements(coalesce(a -> 'points', '[]')) p
       where p ->> 'status' in ('not_met', 'not_verified', 'contradicted')
      on conflict do nothing;
    elsif kind = 'checklist' then
      insert into public.round_misses
        (round_id, room_id, user_id, case_id, case_name, point_id, point, grp, critical, status, marked_at)
      select r.id, r.room_id, r.candidate_id, r.case_briefs_id, r.case_name,
             case public.mark_group_of_label(g ->> 'label')
               when 'data_gathering' then 'D' when 'clinical_management' then 'M' else 'I' end
               || pn,
             p ->> 'point', public.mark_group_of_label(g ->> 'label'),
             coalesce((p ->> 'critical')::boolean, false), 'not_met', r.ended_at
        from jsonb_array_elements(coalesce(a -> 'coverage', '[]')) g
        cross join lateral jsonb_array_elements(g -> 'points') with ordinality as pts(p, pn)
       where public.mark_group_of_label(g ->> 'label') is not null
         and jsonb_array_length(p -> 'lines') = 0
      on conflict do nothing;
    end if;
  end if;
  if r.peer_marks is not null and r.partner_id is not null then
    insert into public.round_marks
      (round_id, user_id, source, marker_id, exam, rubric, domain, score, max_score,
       case_id, case_name, marked_at)
    select r.id, r.candidate_id, 'partner', (r.peer_marks ->> 'by')::uuid, r.exam_preset,
           r.peer_marks ->> 'rubric', s.key, (s.value #>> '{}')::smallint,
           case when r.peer_marks ->> 'rubric' = 'Plab2' then 4
                when r.peer_marks ->> 'rubric' = 'Sca' then 3
                else 2 end,
           r.case_briefs_id, r.case_name, r.ended_at
      from jsonb_each(coalesce(r.peer_marks -> 'scores', '{}')) s
     where jsonb_typeof(s.value) = 'number'
    on conflict do nothing;
  end if;
end
$$;

--
-- Name: domain_mark_group(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.domain_mark_group(p_domain text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$
  select case
    when p_domain in ('clinical_management', 'differential_diagnosis', 'clinical_judgement')
      then 'clinical_management'
    when p_domain in ('interpersonal', 'relating_to_others', 'managing_concerns', 'patient_welfare')
      then 'interpersonal'
    else 'data_gathering'
  end
$$;

--
-- Name: free_at(uuid, timestamp with time zone, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.free_at(p_user uuid, p_at timestamp with time zone, p_except uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select not exists (
    select 1 from public.practice_rooms r
     where r.id is distinct from p_except and r.cancelled_at is null
       and p_user in (r.host_id, r.guest_id)
       and r.datetime_utc > p_at - interval '60 minutes'
       and r.datetime_utc < p_at + interval '60 minutes')
$$;

--
-- Name: group_standing(uuid, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.group_standing(p_user uuid, p_room uuid DEFAULT NULL::uuid) RETURNS TABLE(grp text, mean double precision, rounds bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  with graded as (
    select m.round_id, public.domain_mark_group(m.domain) as grp,
           avg(coalesce(m.score::double precision / nullif(m.max_score, 0), m.share)) as value,
           max(m.marked_at) as marked_at
      from public.round_marks m
     where m.user_id = p_user
       and m.source = 'assessor'
       and (m.score is not null or m.share is not null)
       and (select public.may_see_practice_history(p_user, p_room))
     group by m.round_id, public.domain_mark_group(m.domain)
  ), ranked as (
    select grp, value, row_number() over (partition by grp order by marked_at desc) as n
      from graded
  )
  select grp, avg(value), count(*) from ranked where n <= 10 group by grp
$$;

--
-- Name: has_speaker_prefix(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.has_speaker_prefix(p_text text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$
  select p_text ~* '^\s*(\[\s*[0-9]+\s*\]|\(\s*[0-9]+\s*\)|[0-9]{1,3}:[0-9]{2}|(candidate|actor|patient|examiner|doctor|system|assistant|user|marker)\s*:)'
$$;

--
-- Name: is_admin(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.is_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select coalesce((select u.is_admin from auth.users u where u.id = auth.uid()), false)
$$;

--
-- Name: is_valid_transcript(jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.is_valid_transcript(t jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $_$
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
$_$;

--
-- Name: new_room_url(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.new_room_url() RETURNS text
    LANGUAGE sql
    SET search_path TO ''
    AS $$ select translate(encode(public.gen_random_bytes(18), 'base64'), '+/', '-_') $$;

--
-- Name: practice_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.practice_rooms (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    host_id uuid DEFAULT auth.uid() NOT NULL,
    guest_id uuid,
    datetime_utc timestamp with time zone NOT NULL,
    first_round_id uuid,
    second_round_id uuid,
    type text DEFAULT 'Clinical'::text NOT NULL,
    room_url text DEFAULT public.new_room_url() NOT NULL,
    stage smallint DEFAULT 1 NOT NULL,
    private boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    exam_preset text,
    cancelled_at timestamp with time zone,
    calendar_sequence integer DEFAULT 0 NOT NULL,
    has_guest boolean GENERATED ALWAYS AS ((guest_id IS NOT NULL)) STORED,
    CONSTRAINT practice_rooms_exam_preset_valid CHECK (((exam_preset IS NULL) OR (exam_preset = ANY (ARRAY['PLAB 2'::text, 'UKMLA CPSA'::text, 'MRCGP SCA'::text, 'AMC'::text, 'PACES'::text])))),
    CONSTRAINT practice_rooms_guest_not_host CHECK ((guest_id <> host_id)),
    CONSTRAINT practice_rooms_room_url_format CHECK ((room_url ~ '^[A-Za-z0-9_-]{22,64}$'::text)),
    CONSTRAINT practice_rooms_stage_valid CHECK (((stage >= 1) AND (stage <= 3))),
    CONSTRAINT practice_rooms_type_valid CHECK ((type = ANY (ARRAY['Clinical'::text, 'Communication'::text])))
);

ALTER TABLE ONLY public.practice_rooms FORCE ROW LEVEL SECURITY;

--
-- Name: join_room_by_url(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.join_room_by_url(p_room_url text) RETURNS public.practice_rooms
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  uid uuid := auth.uid();
  room public.practice_rooms;
begin
  if uid is null then
    raise exception using errcode = 'insufficient_privilege', message = 'sign in to join a session';
  end if;
  update public.practice_rooms
     set guest_id = uid
   where room_url = p_room_url and guest_id is null
  returning * into room;
  if found then
    return room;
  end if;
  select * into room from public.practice_rooms where room_url = p_room_url;
  if not found then
    perform public.violates('practice_rooms_not_found', 'no session has that link');
  end if;
  if room.guest_id = uid then
    return room;
  end if;
  if room.host_id = uid then
    perform public.violates('practice_rooms_join_own', 'a host cannot join their own session');
  end if;
  perform public.violates('practice_rooms_seat_taken', 'the guest seat is already taken');
  return null;
end $$;

--
-- Name: mark_group_of_label(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mark_group_of_label(p_label text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$
  select case p_label
    when 'Data gathering' then 'data_gathering'
    when 'Clinical management' then 'clinical_management'
    when 'Interpersonal skills' then 'interpersonal'
  end
$$;

--
-- Name: marker_calibration(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.marker_calibration(p_user uuid) RETURNS TABLE(rubric text, domain text, rounds bigint, mean_difference double precision)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select p.rubric, p.domain, count(*), avg(p.score - a.score)::double precision
    from public.round_marks p
    join public.round_marks a
      on a.round_id = p.round_id and a.domain = p.domain
     and a.source = 'assessor' and a.assessor = 'llm' and a.score is not null
   where p.marker_id = p_user
     and p.source = 'partner'
     and (select public.may_see_progress(p_user))
   group by p.rubric, p.domain
$$;

--
-- Name: max_lines_per_minute(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.max_lines_per_minute() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select 60 $$;

--
-- Name: max_open_partner_requests(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.max_open_partner_requests() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select 3 $$;

--
-- Name: max_rooms_created_per_day(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.max_rooms_created_per_day() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select 20 $$;

--
-- Name: max_rounds_started_per_day(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.max_rounds_started_per_day() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select 20 $$;

--
-- Name: max_standby(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.max_standby() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select 3 $$;

--
-- Name: max_transcript_chars(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.max_transcript_chars() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select 100000 $$;

--
-- Name: max_transcript_lines(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.max_transcript_lines() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select 2000 $$;

--
-- Name: may_see_practice_history(uuid, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.may_see_practice_history(p_user uuid, p_room uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select public.may_see_progress(p_user)
      or exists (
        select 1 from public.practice_rooms rm
         where rm.id = p_room
           and rm.cancelled_at is null
           and rm.host_id = auth.uid()
           and rm.guest_id = p_user
           and (
             (rm.stage = 1 and rm.first_round_id is null)
             or (rm.stage = 2 and rm.second_round_id is null
                 and (select ro.candidate_id from public.practice_rounds ro
                       where ro.id = rm.first_round_id) = rm.host_id)
           )
      )
$$;

--
-- Name: may_see_progress(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.may_see_progress(p_user uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select p_user = auth.uid() or public.is_admin()
$$;

--
-- Name: my_account(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.my_account() RETURNS TABLE(email text, is_admin boolean, email_verified boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select u.email, u.is_admin, u.email_verified_at is not null
    from auth.users u where u.id = (select auth.uid())
$$;

--
-- Name: my_mail_preferences(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.my_mail_preferences(OUT updates boolean, OUT reminders boolean) RETURNS record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select mail_updates, mail_reminders from auth.users where id = auth.uid();
$$;

--
-- Name: my_suspension(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.my_suspension() RETURNS timestamp with time zone
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select public.suspended_until(auth.uid()) $$;

--
-- Name: my_time_zone(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.my_time_zone() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select time_zone from auth.users where id = auth.uid();
$$;

--
-- Name: offer_room(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.offer_room(p_offer uuid) RETURNS TABLE(type text, exam_preset text, host text, open boolean, guest_id uuid, room_url text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: partner_demand(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.partner_demand() RETURNS TABLE(type text, exam_preset text, people bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select p.type, p.exam_preset, count(distinct p.user_id)
    from public.partner_requests p
   where p.status = 'open'
     and p.windows && tstzmultirange(tstzrange(now(), now() + interval '7 days'))
   group by p.type, p.exam_preset
   order by 3 desc, 1, 2
$$;

--
-- Name: partner_requests_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.partner_requests_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: partner_time_zone(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.partner_time_zone(p_room_url text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select u.time_zone
    from public.practice_rooms r
    join auth.users u
      on u.id = case when r.host_id = (select auth.uid()) then r.guest_id
                     when r.guest_id = (select auth.uid()) then r.host_id end
   where r.room_url = p_room_url
$$;

--
-- Name: practice_history(uuid, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_history(p_user uuid, p_room uuid DEFAULT NULL::uuid) RETURNS TABLE(case_id uuid, marked_at timestamp with time zone, outcome text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select m.case_id, m.marked_at,
         case
           when bool_and(m.score is null) then 'checked'
           when bool_and(m.score is null or m.score >= public.rubric_pass_level(m.rubric)) then 'passed'
           else 'below'
         end
    from public.round_marks m
   where m.user_id = p_user
     and m.source = 'assessor'
     and m.case_id is not null
     and (m.score is not null or m.share is not null)
     and (select public.may_see_practice_history(p_user, p_room))
   group by m.round_id, m.case_id, m.marked_at
  union all
  select ro.case_briefs_id, ro.ended_at, 'acted'
    from public.practice_rounds ro
   where ro.partner_id = p_user
     and ro.ended_at is not null
     and ro.case_briefs_id is not null
     and (select public.may_see_practice_history(p_user, p_room))
   order by 2
$$;

--
-- Name: practice_rooms_confirmed_address(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_confirmed_address() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  person uuid;
begin
  if tg_op = 'INSERT' then
    person := new.host_id;
  elsif new.guest_id is not null and new.guest_id is distinct from old.guest_id then
    person := new.guest_id;
  else
    return new;
  end if;
  if exists (select 1 from auth.users u where u.id = person and u.email_verified_at is null) then
    perform public.violates('practice_rooms_address_unconfirmed',
      'a person confirms their email address before hosting or joining');
  end if;
  return new;
end $$;

--
-- Name: practice_rooms_daily_quota(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_daily_quota() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rooms_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rooms_no_overlap(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_no_overlap() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rooms_not_suspended(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_not_suspended() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
  if tg_op = 'INSERT' then
    perform public.refuse_if_suspended(new.host_id);
  end if;
  if new.guest_id is not null and (tg_op = 'INSERT' or new.guest_id is distinct from old.guest_id) then
    perform public.refuse_if_suspended(new.guest_id);
  end if;
  return new;
end $$;

--
-- Name: practice_rooms_notify(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_notify() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rooms_removed_guests(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_removed_guests() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rooms_round_rules(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_round_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rooms_schedule_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_schedule_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rooms_standby(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_standby() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rooms_started_rules(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rooms_started_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rounds_case_active(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rounds_case_active() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
  if new.case_briefs_id is not null
     and (tg_op = 'INSERT' or new.case_briefs_id is distinct from old.case_briefs_id)
     and exists (select 1 from public.case_briefs c
                 where c.id = new.case_briefs_id and c.archived_at is not null) then
    perform public.violates('practice_rounds_case_archived', 'an archived case is not used for new rounds');
  end if;
  return new;
end $$;

--
-- Name: practice_rounds_enqueue_assessment(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rounds_enqueue_assessment() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
  if new.ended_at is not null and old.ended_at is null then
    insert into public.assessment_jobs (round_id, room_id)
    values (new.id, new.room_id)
    on conflict (round_id) do nothing;
  end if;
  return null;
end $$;

--
-- Name: practice_rounds_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rounds_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rounds_participant_rules(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rounds_participant_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
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

--
-- Name: practice_rounds_progress(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.practice_rounds_progress() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
  perform public.derive_round_progress(new.id);
  return null;
end
$$;

--
-- Name: refuse_if_suspended(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_if_suspended(p_user uuid) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  ends timestamptz := public.suspended_until(p_user);
begin
  if ends is not null then
    raise exception using errcode = 'check_violation', constraint = 'attendance_suspended',
      message = 'hosting and joining are suspended after two missed sessions',
      detail = to_char(ends at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  end if;
end $$;

--
-- Name: refuse_unless_bookable(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_unless_bookable(p_user uuid) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
  if exists (select 1 from auth.users u where u.id = p_user and u.email_verified_at is null) then
    perform public.violates('practice_rooms_address_unconfirmed',
      'a person confirms their email address before looking for a partner or standing by');
  end if;
  perform public.refuse_if_suspended(p_user);
end $$;

--
-- Name: reliability(uuid[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reliability(p_users uuid[]) RETURNS TABLE(user_id uuid, attended integer, counted integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: rerun_assessment(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rerun_assessment(p_round_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  uid uuid := auth.uid();
  job record;
begin
  select j.id, j.status, j.reruns into job
    from public.assessment_jobs j
    join public.practice_rooms r on r.id = j.room_id
   where j.round_id = p_round_id and uid is not null and uid in (r.host_id, r.guest_id)
     for update of j;
  if job.id is null then
    perform public.violates('assessment_jobs_not_found', 'no such assessment');
  end if;
  if job.status <> 'failed' then
    perform public.violates('assessment_jobs_rerun_failed_only', 'only a failed assessment runs again');
  end if;
  if job.reruns >= 3 then
    perform public.violates('assessment_jobs_rerun_limit', 'a failed assessment runs again at most three times');
  end if;
  update public.assessment_jobs
     set status = 'queued', attempts = 0, invalid_answers = 0, run_after = now(),
         reruns = reruns + 1,
         last_error = null, finished_at = null, worker = null, claim = null, lease_until = null
   where id = job.id;
end $$;

--
-- Name: room_by_url(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.room_by_url(p_room_url text) RETURNS SETOF public.practice_rooms
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select r.*
  from public.practice_rooms r
  where r.room_url = p_room_url
    and auth.uid() is not null
$$;

--
-- Name: room_confirmations_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.room_confirmations_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: room_confirmations_realtime(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.room_confirmations_realtime() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  r public.practice_rooms;
begin
  select * into r from public.practice_rooms where id = new.room_id;
  perform realtime.record('room', 'update', new.room_id, null, array['confirmations'], false,
    array[r.host_id, r.guest_id]);
  return null;
end $$;

--
-- Name: room_confirmations_reset(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.room_confirmations_reset() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
  if new.datetime_utc is distinct from old.datetime_utc then
    delete from public.room_confirmations where room_id = new.id;
  elsif old.guest_id is not null and new.guest_id is distinct from old.guest_id then
    delete from public.room_confirmations where room_id = new.id and user_id = old.guest_id;
  end if;
  return null;
end $$;

--
-- Name: room_round_started(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.room_round_started(p_room uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select exists (select 1 from public.practice_rounds pr
                  where pr.room_id = p_room and pr.started_at is not null)
$$;

--
-- Name: round_brief(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.round_brief(p_round_id uuid) RETURNS TABLE(round_id uuid, viewer_is_candidate boolean, revealed boolean, domain text, candidate_brief text, actor_brief text, case_name text, category text, condition text, station_kind text, setting text, reveal_if_asked text[], mark_scheme jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: round_case_choices(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.round_case_choices(p_room_id uuid) RETURNS TABLE(id uuid, case_name text, category text, station_kind text, difficulty text, suits_exam boolean, had_before boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: round_case_pool(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.round_case_pool(p_room_id uuid) RETURNS TABLE(id uuid, case_name text, category text, station_kind text, difficulty text, suits_exam boolean, had_before boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: round_encounter(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.round_encounter(p_round_id uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select case cb.station_kind
           when 'examination' then 'examination'
           when 'history' then 'history'
           else 'communication'
         end
  from public.practice_rounds ro
  join public.case_briefs cb on cb.id = ro.case_briefs_id
  where ro.id = p_round_id
    and auth.uid() is not null
    and auth.uid() in (ro.candidate_id, ro.partner_id)
$$;

--
-- Name: round_transcript(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.round_transcript(p_round_id uuid) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path TO ''
    AS $$
  select jsonb_build_object(
           'schema', 'transcript/1',
           'lines', coalesce(jsonb_agg(jsonb_build_object(
                      'role', l.role, 'user_id', l.user_id, 'at_ms', l.at_ms, 'text', l.text)
                      order by l.n), '[]'::jsonb))
    from public.transcript_lines l
   where l.round_id = p_round_id
$$;

--
-- Name: rubric_pass_level(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rubric_pass_level(p_rubric text) RETURNS smallint
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$
  select (case when p_rubric = 'Plab2' then 3 else 2 end)::smallint
$$;

--
-- Name: set_my_mail_preferences(boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.set_my_mail_preferences(p_updates boolean, p_reminders boolean) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO ''
    AS $$
  update auth.users set mail_updates = p_updates, mail_reminders = p_reminders
   where id = auth.uid();
$$;

--
-- Name: set_my_time_zone(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.set_my_time_zone(p_zone text) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO ''
    AS $$
  update auth.users set time_zone = p_zone where id = auth.uid();
$$;

--
-- Name: standby_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.standby_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: start_round(uuid, uuid, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.start_round(p_room_id uuid, p_candidate_id uuid, p_case_id uuid) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: suspended_until(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.suspended_until(p_user uuid) RETURNS timestamp with time zone
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: touch_updated_at(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
  new.updated_at := now();
  return new;
end $$;

--
-- Name: transcript_lines_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.transcript_lines_append_only() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
  perform public.violates('practice_rounds_transcript_append_only', 'transcript lines are only ever added');
  return null;
end $$;

--
-- Name: violates(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.violates(rule text, message text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
  raise exception using errcode = 'check_violation', constraint = rule, message = message;
end $$;

--
-- Name: void_attendance_report(uuid, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.void_attendance_report(p_room uuid, p_reporter uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: capture_assessment_job(); Type: FUNCTION; Schema: realtime; Owner: -
--

CREATE FUNCTION realtime.capture_assessment_job() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
declare
  v_people uuid[];
begin
  select array[r.host_id, r.guest_id] into v_people
  from public.practice_rooms r where r.id = coalesce(new.room_id, old.room_id);
  if tg_op = 'UPDATE' and old.status = new.status and old.attempts = new.attempts
     and old.last_error is not distinct from new.last_error then
    return null;
  end if;
  perform realtime.record('round', 'update', coalesce(new.room_id, old.room_id),
    coalesce(new.round_id, old.round_id), array['assessment_job'], false,
    coalesce(v_people, '{}'));
  return null;
end
$$;

--
-- Name: capture_room(); Type: FUNCTION; Schema: realtime; Owner: -
--

CREATE FUNCTION realtime.capture_room() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: capture_round(); Type: FUNCTION; Schema: realtime; Owner: -
--

CREATE FUNCTION realtime.capture_round() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: changed_fields(jsonb, jsonb); Type: FUNCTION; Schema: realtime; Owner: -
--

CREATE FUNCTION realtime.changed_fields(old_row jsonb, new_row jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog'
    AS $$
  select coalesce(array_agg(key order by key), '{}')
  from jsonb_each(coalesce(new_row, old_row)) as n(key, value)
  where key not in ('updated_at', 'has_guest')
    and (old_row is null or new_row is null or (old_row -> key) is distinct from (new_row -> key))
$$;

--
-- Name: record(text, text, uuid, uuid, text[], boolean, uuid[]); Type: FUNCTION; Schema: realtime; Owner: -
--

CREATE FUNCTION realtime.record(p_entity text, p_op text, p_room uuid, p_round uuid, p_fields text[], p_public boolean, p_participants uuid[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog'
    AS $$
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

--
-- Name: email_verifications; Type: TABLE; Schema: auth; Owner: -
--

CREATE TABLE auth.email_verifications (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    email text NOT NULL,
    token_hash bytea NOT NULL,
    next text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    CONSTRAINT email_verifications_email_length CHECK (((char_length(email) >= 3) AND (char_length(email) <= 254))),
    CONSTRAINT email_verifications_expiry_valid CHECK ((expires_at > created_at)),
    CONSTRAINT email_verifications_next_length CHECK ((char_length(next) <= 2000)),
    CONSTRAINT email_verifications_token_hash_length CHECK ((octet_length(token_hash) = 32))
);

--
-- Name: password_resets; Type: TABLE; Schema: auth; Owner: -
--

CREATE TABLE auth.password_resets (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    token_hash bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    CONSTRAINT password_resets_expiry_valid CHECK ((expires_at > created_at)),
    CONSTRAINT password_resets_token_hash_length CHECK ((octet_length(token_hash) = 32))
);

--
-- Name: sign_in_attempts; Type: TABLE; Schema: auth; Owner: -
--

CREATE TABLE auth.sign_in_attempts (
    id bigint NOT NULL,
    email text NOT NULL,
    ip inet,
    succeeded boolean NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: sign_in_attempts_id_seq; Type: SEQUENCE; Schema: auth; Owner: -
--

ALTER TABLE auth.sign_in_attempts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME auth.sign_in_attempts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: sign_ups; Type: TABLE; Schema: auth; Owner: -
--

CREATE TABLE auth.sign_ups (
    id bigint NOT NULL,
    ip inet,
    at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: sign_ups_id_seq; Type: SEQUENCE; Schema: auth; Owner: -
--

ALTER TABLE auth.sign_ups ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME auth.sign_ups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: user_sessions; Type: TABLE; Schema: auth; Owner: -
--

CREATE TABLE auth.user_sessions (
    session_id text NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: users; Type: TABLE; Schema: auth; Owner: -
--

CREATE TABLE auth.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email text NOT NULL,
    password_hash text NOT NULL,
    is_admin boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    time_zone text,
    mail_updates boolean DEFAULT true NOT NULL,
    mail_reminders boolean DEFAULT true NOT NULL,
    email_verified_at timestamp with time zone,
    CONSTRAINT users_time_zone_length CHECK (((char_length(time_zone) >= 1) AND (char_length(time_zone) <= 64)))
);

--
-- Name: attendance_links; Type: TABLE; Schema: mail; Owner: -
--

CREATE TABLE mail.attendance_links (
    token_hash bytea NOT NULL,
    room_id uuid NOT NULL,
    user_id uuid NOT NULL,
    datetime_utc timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT attendance_links_token_hash_length CHECK ((octet_length(token_hash) = 32))
);

--
-- Name: outbox; Type: TABLE; Schema: mail; Owner: -
--

CREATE TABLE mail.outbox (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    idempotency_key text NOT NULL,
    kind text NOT NULL,
    user_id uuid,
    to_address text NOT NULL,
    subject text NOT NULL,
    body_text text NOT NULL,
    body_html text NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    max_attempts integer DEFAULT 8 NOT NULL,
    run_after timestamp with time zone DEFAULT now() NOT NULL,
    worker text,
    claim uuid,
    lease_until timestamp with time zone,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    ics text,
    ics_method text,
    unsubscribe_hash bytea,
    list_unsubscribe text,
    CONSTRAINT outbox_attempts_valid CHECK (((attempts >= 0) AND ((max_attempts >= 1) AND (max_attempts <= 50)))),
    CONSTRAINT outbox_ics_method_valid CHECK ((((ics IS NULL) AND (ics_method IS NULL)) OR (ics_method = ANY (ARRAY['REQUEST'::text, 'CANCEL'::text])))),
    CONSTRAINT outbox_kind_valid CHECK ((kind = ANY (ARRAY['account'::text, 'update'::text, 'reminder'::text]))),
    CONSTRAINT outbox_last_error_length CHECK ((char_length(last_error) <= 1000)),
    CONSTRAINT outbox_sending_claimed CHECK (((status = 'sending'::text) = ((claim IS NOT NULL) AND (lease_until IS NOT NULL)))),
    CONSTRAINT outbox_status_valid CHECK ((status = ANY (ARRAY['queued'::text, 'sending'::text, 'sent'::text, 'failed'::text])))
);

--
-- Name: assessment_jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assessment_jobs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    round_id uuid NOT NULL,
    room_id uuid NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    max_attempts integer DEFAULT 5 NOT NULL,
    invalid_answers integer DEFAULT 0 NOT NULL,
    reruns integer DEFAULT 0 NOT NULL,
    run_after timestamp with time zone DEFAULT now() NOT NULL,
    worker text,
    claim uuid,
    lease_until timestamp with time zone,
    last_error text,
    assessor text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    CONSTRAINT assessment_jobs_assessor_valid CHECK (((assessor IS NULL) OR (assessor = ANY (ARRAY['llm'::text, 'checklist'::text])))),
    CONSTRAINT assessment_jobs_attempts_valid CHECK (((attempts >= 0) AND ((max_attempts >= 1) AND (max_attempts <= 20)))),
    CONSTRAINT assessment_jobs_last_error_length CHECK ((char_length(last_error) <= 500)),
    CONSTRAINT assessment_jobs_reruns_valid CHECK (((reruns >= 0) AND (reruns <= 3))),
    CONSTRAINT assessment_jobs_running_claimed CHECK (((status = 'running'::text) = ((claim IS NOT NULL) AND (lease_until IS NOT NULL)))),
    CONSTRAINT assessment_jobs_status_valid CHECK ((status = ANY (ARRAY['queued'::text, 'running'::text, 'done'::text, 'failed'::text])))
);

ALTER TABLE ONLY public.assessment_jobs FORCE ROW LEVEL SECURITY;

--
-- Name: attendance_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance_reports (
    room_id uuid NOT NULL,
    reporter_id uuid DEFAULT auth.uid() NOT NULL,
    reported_id uuid NOT NULL,
    came boolean NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    disputed_at timestamp with time zone,
    voided_at timestamp with time zone,
    voided_by uuid,
    CONSTRAINT attendance_reports_not_self CHECK ((reported_id <> reporter_id))
);

ALTER TABLE ONLY public.attendance_reports FORCE ROW LEVEL SECURITY;

--
-- Name: case_briefs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_briefs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    category text NOT NULL,
    condition text NOT NULL,
    case_name text NOT NULL,
    case_name_internal text NOT NULL,
    domain text NOT NULL,
    candidate_brief text NOT NULL,
    actor_brief text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    station_kind text DEFAULT 'history'::text NOT NULL,
    setting text DEFAULT ''::text NOT NULL,
    exams text[] DEFAULT '{}'::text[] NOT NULL,
    difficulty text DEFAULT 'core'::text NOT NULL,
    reveal_if_asked text[] DEFAULT '{}'::text[] NOT NULL,
    mark_scheme jsonb DEFAULT '{"interpersonal": [], "data_gathering": [], "clinical_management": []}'::jsonb NOT NULL,
    archived_at timestamp with time zone,
    author_id uuid DEFAULT auth.uid(),
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, ((((((case_name || ' '::text) || replace(case_name_internal, '-'::text, ' '::text)) || ' '::text) || condition) || ' '::text) || category))) STORED,
    CONSTRAINT case_briefs_actor_brief_length CHECK ((char_length(actor_brief) <= 12000)),
    CONSTRAINT case_briefs_actor_brief_not_blank CHECK ((btrim(actor_brief) <> ''::text)),
    CONSTRAINT case_briefs_candidate_brief_length CHECK ((char_length(candidate_brief) <= 6000)),
    CONSTRAINT case_briefs_candidate_brief_not_blank CHECK ((btrim(candidate_brief) <> ''::text)),
    CONSTRAINT case_briefs_case_name_internal_length CHECK ((char_length(case_name_internal) <= 100)),
    CONSTRAINT case_briefs_case_name_internal_not_blank CHECK ((btrim(case_name_internal) <> ''::text)),
    CONSTRAINT case_briefs_case_name_length CHECK ((char_length(case_name) <= 120)),
    CONSTRAINT case_briefs_case_name_not_blank CHECK ((btrim(case_name) <> ''::text)),
    CONSTRAINT case_briefs_category_length CHECK ((char_length(category) <= 80)),
    CONSTRAINT case_briefs_category_not_blank CHECK ((btrim(category) <> ''::text)),
    CONSTRAINT case_briefs_condition_length CHECK ((char_length(condition) <= 80)),
    CONSTRAINT case_briefs_condition_not_blank CHECK ((btrim(condition) <> ''::text)),
    CONSTRAINT case_briefs_difficulty_valid CHECK ((difficulty = ANY (ARRAY['foundation'::text, 'core'::text, 'advanced'::text]))),
    CONSTRAINT case_briefs_domain_valid CHECK ((domain = ANY (ARRAY['Clinical'::text, 'Communication'::text]))),
    CONSTRAINT case_briefs_exams_valid CHECK ((exams <@ ARRAY['PLAB 2'::text, 'UKMLA CPSA'::text, 'MRCGP SCA'::text, 'AMC'::text, 'PACES'::text])),
    CONSTRAINT case_briefs_mark_scheme_valid CHECK (public.case_mark_scheme_valid(mark_scheme)),
    CONSTRAINT case_briefs_setting_length CHECK ((char_length(setting) <= 120)),
    CONSTRAINT case_briefs_station_kind_valid CHECK ((station_kind = ANY (ARRAY['history'::text, 'examination'::text, 'explanation'::text, 'breaking_bad_news'::text, 'consent'::text, 'ethics_confidentiality'::text, 'angry_or_anxious_patient'::text, 'prescribing'::text, 'telephone'::text, 'colleague_or_relative'::text])))
);

ALTER TABLE ONLY public.case_briefs FORCE ROW LEVEL SECURITY;

--
-- Name: notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    room_id uuid,
    kind text NOT NULL,
    previous_datetime_utc timestamp with time zone,
    datetime_utc timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    read_at timestamp with time zone,
    mailed_at timestamp with time zone,
    request_id uuid,
    CONSTRAINT notifications_about CHECK (((room_id IS NOT NULL) OR (request_id IS NOT NULL))),
    CONSTRAINT notifications_kind_valid CHECK ((kind = ANY (ARRAY['rescheduled'::text, 'cancelled'::text, 'removed'::text, 'joined'::text, 'left'::text, 'matched'::text, 'request_expired'::text, 'standby_offer'::text, 'standby_gone'::text])))
);

ALTER TABLE ONLY public.notifications FORCE ROW LEVEL SECURITY;

--
-- Name: partner_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partner_requests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid DEFAULT auth.uid() NOT NULL,
    type text DEFAULT 'Clinical'::text NOT NULL,
    exam_preset text,
    levels text[] NOT NULL,
    exam_date date,
    windows tstzmultirange NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    room_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    closed_at timestamp with time zone,
    CONSTRAINT partner_requests_closed_when CHECK (((status = 'open'::text) = (closed_at IS NULL))),
    CONSTRAINT partner_requests_exam_preset_valid CHECK (((exam_preset IS NULL) OR (exam_preset = ANY (ARRAY['PLAB 2'::text, 'UKMLA CPSA'::text, 'MRCGP SCA'::text, 'AMC'::text, 'PACES'::text])))),
    CONSTRAINT partner_requests_levels_valid CHECK ((((cardinality(levels) >= 1) AND (cardinality(levels) <= 12)) AND (levels <@ ARRAY['student_y1'::text, 'student_y2'::text, 'student_y3'::text, 'student_y4'::text, 'student_y5'::text, 'student_y6'::text, 'fy1'::text, 'fy2'::text, 'ct_st'::text, 'img_plab'::text, 'gp_trainee'::text, 'other'::text]))),
    CONSTRAINT partner_requests_status_valid CHECK ((status = ANY (ARRAY['open'::text, 'matched'::text, 'withdrawn'::text, 'expired'::text]))),
    CONSTRAINT partner_requests_type_valid CHECK ((type = ANY (ARRAY['Clinical'::text, 'Communication'::text])))
);

ALTER TABLE ONLY public.partner_requests FORCE ROW LEVEL SECURITY;

--
-- Name: practice_room_removals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.practice_room_removals (
    room_id uuid NOT NULL,
    user_id uuid NOT NULL,
    removed_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.practice_room_removals FORCE ROW LEVEL SECURITY;

--
-- Name: practice_rounds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.practice_rounds (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    room_id uuid NOT NULL,
    round_number smallint DEFAULT 1 NOT NULL,
    candidate_id uuid NOT NULL,
    case_briefs_id uuid,
    assessment jsonb,
    started_at timestamp with time zone,
    ended_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    peer_marks jsonb,
    partner_id uuid,
    line_count integer DEFAULT 0 NOT NULL,
    char_count integer DEFAULT 0 NOT NULL,
    CONSTRAINT practice_rounds_assessment_shape CHECK (((assessment IS NULL) OR ((jsonb_typeof(assessment) = 'object'::text) AND (NOT ((assessment ->> 'schema'::text) IS DISTINCT FROM 'assessment/1'::text))))),
    CONSTRAINT practice_rounds_ended_after_started CHECK (((ended_at IS NULL) OR ((started_at IS NOT NULL) AND (ended_at >= started_at)))),
    CONSTRAINT practice_rounds_peer_marks_shape CHECK (((peer_marks IS NULL) OR ((jsonb_typeof(peer_marks) = 'object'::text) AND (NOT ((peer_marks ->> 'schema'::text) IS DISTINCT FROM 'peer-marks/1'::text))))),
    CONSTRAINT practice_rounds_round_number_valid CHECK ((round_number = ANY (ARRAY[1, 2])))
);

ALTER TABLE ONLY public.practice_rounds FORCE ROW LEVEL SECURITY;

--
-- Name: profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profiles (
    user_id uuid DEFAULT auth.uid() NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    training_level text NOT NULL,
    avatar text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT profiles_avatar_length CHECK (((avatar IS NULL) OR ((char_length(avatar) >= 1) AND (char_length(avatar) <= 300)))),
    CONSTRAINT profiles_avatar_path CHECK (((avatar IS NULL) OR (avatar ~ '^/avatars/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$'::text))),
    CONSTRAINT profiles_first_name_length CHECK (((char_length(btrim(first_name)) >= 1) AND (char_length(btrim(first_name)) <= 60))),
    CONSTRAINT profiles_last_name_length CHECK (((char_length(btrim(last_name)) >= 1) AND (char_length(btrim(last_name)) <= 60))),
    CONSTRAINT profiles_training_level_valid CHECK ((training_level = ANY (ARRAY['student_y1'::text, 'student_y2'::text, 'student_y3'::text, 'student_y4'::text, 'student_y5'::text, 'student_y6'::text, 'fy1'::text, 'fy2'::text, 'ct_st'::text, 'img_plab'::text, 'gp_trainee'::text, 'other'::text])))
);

ALTER TABLE ONLY public.profiles FORCE ROW LEVEL SECURITY;

--
-- Name: room_confirmations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_confirmations (
    room_id uuid NOT NULL,
    user_id uuid NOT NULL,
    confirmed_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.room_confirmations FORCE ROW LEVEL SECURITY;

--
-- Name: room_creations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_creations (
    host_id uuid NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.room_creations FORCE ROW LEVEL SECURITY;

--
-- Name: round_marks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.round_marks (
    round_id uuid NOT NULL,
    user_id uuid NOT NULL,
    source text NOT NULL,
    marker_id uuid,
    assessor text,
    exam text,
    rubric text NOT NULL,
    domain text NOT NULL,
    score smallint,
    max_score smallint,
    share real,
    case_id uuid,
    case_name text,
    marked_at timestamp with time zone NOT NULL,
    CONSTRAINT round_marks_assessor_valid CHECK ((((source = 'assessor'::text) = (assessor IS NOT NULL)) AND ((assessor IS NULL) OR (assessor = ANY (ARRAY['llm'::text, 'checklist'::text]))))),
    CONSTRAINT round_marks_marker_valid CHECK (((source = 'partner'::text) = (marker_id IS NOT NULL))),
    CONSTRAINT round_marks_score_valid CHECK (((score IS NULL) OR ((score >= 0) AND (score <= max_score)))),
    CONSTRAINT round_marks_share_valid CHECK (((share IS NULL) OR ((share >= (0)::double precision) AND (share <= (1)::double precision)))),
    CONSTRAINT round_marks_source_valid CHECK ((source = ANY (ARRAY['assessor'::text, 'partner'::text])))
);

ALTER TABLE ONLY public.round_marks FORCE ROW LEVEL SECURITY;

--
-- Name: round_misses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.round_misses (
    round_id uuid NOT NULL,
    room_id uuid NOT NULL,
    user_id uuid NOT NULL,
    case_id uuid,
    case_name text,
    point_id text NOT NULL,
    point text NOT NULL,
    grp text NOT NULL,
    critical boolean NOT NULL,
    status text NOT NULL,
    marked_at timestamp with time zone NOT NULL,
    CONSTRAINT round_misses_status_valid CHECK ((status = ANY (ARRAY['not_met'::text, 'not_verified'::text, 'contradicted'::text])))
);

ALTER TABLE ONLY public.round_misses FORCE ROW LEVEL SECURITY;

--
-- Name: standby; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.standby (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid DEFAULT auth.uid() NOT NULL,
    type text,
    exam_preset text,
    window_range tstzrange NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT standby_exam_preset_valid CHECK (((exam_preset IS NULL) OR (exam_preset = ANY (ARRAY['PLAB 2'::text, 'UKMLA CPSA'::text, 'MRCGP SCA'::text, 'AMC'::text, 'PACES'::text])))),
    CONSTRAINT standby_type_valid CHECK (((type IS NULL) OR (type = ANY (ARRAY['Clinical'::text, 'Communication'::text]))))
);

ALTER TABLE ONLY public.standby FORCE ROW LEVEL SECURITY;

--
-- Name: standby_offers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.standby_offers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    room_id uuid NOT NULL,
    user_id uuid NOT NULL,
    datetime_utc timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    outcome text,
    decided_at timestamp with time zone,
    CONSTRAINT standby_offers_decided_when CHECK (((outcome IS NULL) = (decided_at IS NULL))),
    CONSTRAINT standby_offers_outcome_valid CHECK (((outcome IS NULL) OR (outcome = ANY (ARRAY['accepted'::text, 'gone'::text]))))
);

ALTER TABLE ONLY public.standby_offers FORCE ROW LEVEL SECURITY;

--
-- Name: transcript_lines; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transcript_lines (
    round_id uuid NOT NULL,
    n integer NOT NULL,
    role text NOT NULL,
    user_id uuid NOT NULL,
    at_ms bigint NOT NULL,
    text text NOT NULL,
    added_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    CONSTRAINT transcript_lines_at_ms_valid CHECK ((at_ms >= 0)),
    CONSTRAINT transcript_lines_role_valid CHECK ((role = ANY (ARRAY['candidate'::text, 'actor'::text]))),
    CONSTRAINT transcript_lines_text_valid CHECK (((btrim(text) <> ''::text) AND (char_length(text) <= 2000)))
);

ALTER TABLE ONLY public.transcript_lines FORCE ROW LEVEL SECURITY;

--
-- Name: changes; Type: TABLE; Schema: realtime; Owner: -
--

CREATE TABLE realtime.changes (
    seq bigint NOT NULL,
    changed_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    entity text NOT NULL,
    op text NOT NULL,
    room_id uuid NOT NULL,
    round_id uuid,
    fields text[] DEFAULT '{}'::text[] NOT NULL,
    public boolean NOT NULL,
    participants uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    CONSTRAINT changes_entity_valid CHECK ((entity = ANY (ARRAY['room'::text, 'round'::text]))),
    CONSTRAINT changes_op_valid CHECK ((op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text]))),
    CONSTRAINT changes_round_has_id CHECK (((entity = 'round'::text) = (round_id IS NOT NULL)))
);

ALTER TABLE ONLY realtime.changes FORCE ROW LEVEL SECURITY;

--
-- Name: changes_seq_seq; Type: SEQUENCE; Schema: realtime; Owner: -
--

ALTER TABLE realtime.changes ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME realtime.changes_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: email_verifications email_verifications_pkey; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.email_verifications
    ADD CONSTRAINT email_verifications_pkey PRIMARY KEY (id);

--
-- Name: email_verifications email_verifications_token_hash_key; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.email_verifications
    ADD CONSTRAINT email_verifications_token_hash_key UNIQUE (token_hash);

--
-- Name: password_resets password_resets_pkey; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.password_resets
    ADD CONSTRAINT password_resets_pkey PRIMARY KEY (id);

--
-- Name: password_resets password_resets_token_hash_key; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.password_resets
    ADD CONSTRAINT password_resets_token_hash_key UNIQUE (token_hash);

--
-- Name: sign_in_attempts sign_in_attempts_pkey; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.sign_in_attempts
    ADD CONSTRAINT sign_in_attempts_pkey PRIMARY KEY (id);

--
-- Name: sign_ups sign_ups_pkey; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.sign_ups
    ADD CONSTRAINT sign_ups_pkey PRIMARY KEY (id);

--
-- Name: user_sessions user_sessions_pkey; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.user_sessions
    ADD CONSTRAINT user_sessions_pkey PRIMARY KEY (session_id);

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

--
-- Name: attendance_links attendance_links_pkey; Type: CONSTRAINT; Schema: mail; Owner: -
--

ALTER TABLE ONLY mail.attendance_links
    ADD CONSTRAINT attendance_links_pkey PRIMARY KEY (token_hash);

--
-- Name: outbox outbox_idempotency_key; Type: CONSTRAINT; Schema: mail; Owner: -
--

ALTER TABLE ONLY mail.outbox
    ADD CONSTRAINT outbox_idempotency_key UNIQUE (idempotency_key);

--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: mail; Owner: -
--

ALTER TABLE ONLY mail.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);

--
-- Name: assessment_jobs assessment_jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_jobs
    ADD CONSTRAINT assessment_jobs_pkey PRIMARY KEY (id);

--
-- Name: assessment_jobs assessment_jobs_round_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_jobs
    ADD CONSTRAINT assessment_jobs_round_key UNIQUE (round_id);

--
-- Name: attendance_reports attendance_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_reports
    ADD CONSTRAINT attendance_reports_pkey PRIMARY KEY (room_id, reporter_id);

--
-- Name: case_briefs case_briefs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_briefs
    ADD CONSTRAINT case_briefs_pkey PRIMARY KEY (id);

--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);

--
-- Name: partner_requests partner_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partner_requests
    ADD CONSTRAINT partner_requests_pkey PRIMARY KEY (id);

--
-- Name: practice_room_removals practice_room_removals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_room_removals
    ADD CONSTRAINT practice_room_removals_pkey PRIMARY KEY (room_id, user_id);

--
-- Name: practice_rooms practice_rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rooms
    ADD CONSTRAINT practice_rooms_pkey PRIMARY KEY (id);

--
-- Name: practice_rooms practice_rooms_room_url_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rooms
    ADD CONSTRAINT practice_rooms_room_url_key UNIQUE (room_url);

--
-- Name: practice_rounds practice_rounds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rounds
    ADD CONSTRAINT practice_rounds_pkey PRIMARY KEY (id);

--
-- Name: practice_rounds practice_rounds_room_round_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rounds
    ADD CONSTRAINT practice_rounds_room_round_key UNIQUE (room_id, round_number);

--
-- Name: profiles profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_pkey PRIMARY KEY (user_id);

--
-- Name: room_confirmations room_confirmations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_confirmations
    ADD CONSTRAINT room_confirmations_pkey PRIMARY KEY (room_id, user_id);

--
-- Name: round_marks round_marks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_marks
    ADD CONSTRAINT round_marks_pkey PRIMARY KEY (round_id, source, domain);

--
-- Name: round_misses round_misses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_misses
    ADD CONSTRAINT round_misses_pkey PRIMARY KEY (round_id, point_id);

--
-- Name: standby_offers standby_offers_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.standby_offers
    ADD CONSTRAINT standby_offers_once UNIQUE (room_id, user_id, datetime_utc);

--
-- Name: standby_offers standby_offers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.standby_offers
    ADD CONSTRAINT standby_offers_pkey PRIMARY KEY (id);

--
-- Name: standby standby_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.standby
    ADD CONSTRAINT standby_pkey PRIMARY KEY (id);

--
-- Name: transcript_lines transcript_lines_no_speaker_prefix; Type: CHECK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.transcript_lines
    ADD CONSTRAINT transcript_lines_no_speaker_prefix CHECK ((NOT public.has_speaker_prefix(text))) NOT VALID;

--
-- Name: transcript_lines transcript_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transcript_lines
    ADD CONSTRAINT transcript_lines_pkey PRIMARY KEY (round_id, n);

--
-- Name: changes changes_pkey; Type: CONSTRAINT; Schema: realtime; Owner: -
--

ALTER TABLE ONLY realtime.changes
    ADD CONSTRAINT changes_pkey PRIMARY KEY (seq);

--
-- Name: email_verifications_user_idx; Type: INDEX; Schema: auth; Owner: -
--

CREATE INDEX email_verifications_user_idx ON auth.email_verifications USING btree (user_id, created_at);

--
-- Name: password_resets_user_idx; Type: INDEX; Schema: auth; Owner: -
--

CREATE INDEX password_resets_user_idx ON auth.password_resets USING btree (user_id, created_at);

--
-- Name: sign_in_attempts_email_at_idx; Type: INDEX; Schema: auth; Owner: -
--

CREATE INDEX sign_in_attempts_email_at_idx ON auth.sign_in_attempts USING btree (lower(email), at) WHERE (NOT succeeded);

--
-- Name: sign_in_attempts_ip_at_idx; Type: INDEX; Schema: auth; Owner: -
--

CREATE INDEX sign_in_attempts_ip_at_idx ON auth.sign_in_attempts USING btree (ip, at) WHERE (NOT succeeded);

--
-- Name: sign_ups_ip_at_idx; Type: INDEX; Schema: auth; Owner: -
--

CREATE INDEX sign_ups_ip_at_idx ON auth.sign_ups USING btree (ip, at);

--
-- Name: user_sessions_user_idx; Type: INDEX; Schema: auth; Owner: -
--

CREATE INDEX user_sessions_user_idx ON auth.user_sessions USING btree (user_id);

--
-- Name: users_email_lower_key; Type: INDEX; Schema: auth; Owner: -
--

CREATE UNIQUE INDEX users_email_lower_key ON auth.users USING btree (lower(email));

--
-- Name: attendance_links_room_idx; Type: INDEX; Schema: mail; Owner: -
--

CREATE INDEX attendance_links_room_idx ON mail.attendance_links USING btree (room_id);

--
-- Name: outbox_due_idx; Type: INDEX; Schema: mail; Owner: -
--

CREATE INDEX outbox_due_idx ON mail.outbox USING btree (run_after) WHERE (status = 'queued'::text);

--
-- Name: outbox_lease_idx; Type: INDEX; Schema: mail; Owner: -
--

CREATE INDEX outbox_lease_idx ON mail.outbox USING btree (lease_until) WHERE (status = 'sending'::text);

--
-- Name: outbox_unsubscribe_idx; Type: INDEX; Schema: mail; Owner: -
--

CREATE UNIQUE INDEX outbox_unsubscribe_idx ON mail.outbox USING btree (unsubscribe_hash) WHERE (unsubscribe_hash IS NOT NULL);

--
-- Name: outbox_user_idx; Type: INDEX; Schema: mail; Owner: -
--

CREATE INDEX outbox_user_idx ON mail.outbox USING btree (user_id);

--
-- Name: assessment_jobs_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assessment_jobs_due_idx ON public.assessment_jobs USING btree (run_after) WHERE (status = 'queued'::text);

--
-- Name: assessment_jobs_lease_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assessment_jobs_lease_idx ON public.assessment_jobs USING btree (lease_until) WHERE (status = 'running'::text);

--
-- Name: assessment_jobs_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assessment_jobs_room_idx ON public.assessment_jobs USING btree (room_id);

--
-- Name: attendance_reports_reported_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attendance_reports_reported_idx ON public.attendance_reports USING btree (reported_id, created_at);

--
-- Name: attendance_reports_reporter_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attendance_reports_reporter_idx ON public.attendance_reports USING btree (reporter_id);

--
-- Name: attendance_reports_voided_by_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attendance_reports_voided_by_idx ON public.attendance_reports USING btree (voided_by);

--
-- Name: case_briefs_active_domain_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_briefs_active_domain_idx ON public.case_briefs USING btree (domain) WHERE (archived_at IS NULL);

--
-- Name: case_briefs_case_name_internal_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX case_briefs_case_name_internal_key ON public.case_briefs USING btree (lower(case_name_internal));

--
-- Name: case_briefs_category_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_briefs_category_idx ON public.case_briefs USING btree (category);

--
-- Name: case_briefs_domain_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_briefs_domain_idx ON public.case_briefs USING btree (domain);

--
-- Name: case_briefs_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_briefs_search_idx ON public.case_briefs USING gin (search);

--
-- Name: notifications_request_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_request_id_idx ON public.notifications USING btree (request_id);

--
-- Name: notifications_room_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_room_id_idx ON public.notifications USING btree (room_id);

--
-- Name: notifications_unmailed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_unmailed_idx ON public.notifications USING btree (created_at) WHERE (mailed_at IS NULL);

--
-- Name: notifications_user_unread_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_user_unread_idx ON public.notifications USING btree (user_id, created_at DESC) WHERE (read_at IS NULL);

--
-- Name: partner_requests_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partner_requests_open_idx ON public.partner_requests USING btree (created_at) WHERE (status = 'open'::text);

--
-- Name: partner_requests_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partner_requests_room_idx ON public.partner_requests USING btree (room_id);

--
-- Name: partner_requests_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partner_requests_user_idx ON public.partner_requests USING btree (user_id, status);

--
-- Name: practice_room_removals_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_room_removals_user_id_idx ON public.practice_room_removals USING btree (user_id);

--
-- Name: practice_rooms_board_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_board_idx ON public.practice_rooms USING btree (datetime_utc) WHERE (NOT private);

--
-- Name: practice_rooms_board_upcoming_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_board_upcoming_idx ON public.practice_rooms USING btree (datetime_utc, id) WHERE ((NOT private) AND (cancelled_at IS NULL) AND (stage = 1));

--
-- Name: practice_rooms_first_round_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_first_round_id_idx ON public.practice_rooms USING btree (first_round_id);

--
-- Name: practice_rooms_guest_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_guest_id_idx ON public.practice_rooms USING btree (guest_id);

--
-- Name: practice_rooms_guest_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_guest_time_idx ON public.practice_rooms USING btree (guest_id, datetime_utc) WHERE (cancelled_at IS NULL);

--
-- Name: practice_rooms_host_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_host_id_idx ON public.practice_rooms USING btree (host_id);

--
-- Name: practice_rooms_host_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_host_time_idx ON public.practice_rooms USING btree (host_id, datetime_utc) WHERE (cancelled_at IS NULL);

--
-- Name: practice_rooms_reminders_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_reminders_idx ON public.practice_rooms USING btree (datetime_utc) WHERE ((guest_id IS NOT NULL) AND (cancelled_at IS NULL));

--
-- Name: practice_rooms_second_round_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rooms_second_round_id_idx ON public.practice_rooms USING btree (second_round_id);

--
-- Name: practice_rounds_candidate_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rounds_candidate_id_idx ON public.practice_rounds USING btree (candidate_id);

--
-- Name: practice_rounds_case_briefs_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rounds_case_briefs_id_idx ON public.practice_rounds USING btree (case_briefs_id);

--
-- Name: practice_rounds_partner_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX practice_rounds_partner_id_idx ON public.practice_rounds USING btree (partner_id);

--
-- Name: profiles_training_level_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX profiles_training_level_idx ON public.profiles USING btree (training_level);

--
-- Name: room_confirmations_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_confirmations_user_idx ON public.room_confirmations USING btree (user_id);

--
-- Name: room_creations_host_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_creations_host_at_idx ON public.room_creations USING btree (host_id, at);

--
-- Name: round_marks_case_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX round_marks_case_idx ON public.round_marks USING btree (case_id);

--
-- Name: round_marks_marker_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX round_marks_marker_idx ON public.round_marks USING btree (marker_id) WHERE (marker_id IS NOT NULL);

--
-- Name: round_marks_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX round_marks_user_idx ON public.round_marks USING btree (user_id, marked_at);

--
-- Name: round_misses_case_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX round_misses_case_idx ON public.round_misses USING btree (case_id);

--
-- Name: round_misses_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX round_misses_room_idx ON public.round_misses USING btree (room_id);

--
-- Name: round_misses_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX round_misses_user_idx ON public.round_misses USING btree (user_id, marked_at);

--
-- Name: standby_offers_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX standby_offers_open_idx ON public.standby_offers USING btree (room_id) WHERE (outcome IS NULL);

--
-- Name: standby_offers_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX standby_offers_user_idx ON public.standby_offers USING btree (user_id, created_at DESC);

--
-- Name: standby_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX standby_user_idx ON public.standby USING btree (user_id);

--
-- Name: standby_window_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX standby_window_idx ON public.standby USING gist (window_range);

--
-- Name: transcript_lines_user_added_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transcript_lines_user_added_idx ON public.transcript_lines USING btree (user_id, added_at);

--
-- Name: changes_changed_at_idx; Type: INDEX; Schema: realtime; Owner: -
--

CREATE INDEX changes_changed_at_idx ON realtime.changes USING btree (changed_at);

--
-- Name: assessment_jobs assessment_jobs_realtime; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assessment_jobs_realtime AFTER INSERT OR UPDATE ON public.assessment_jobs FOR EACH ROW EXECUTE FUNCTION realtime.capture_assessment_job();

--
-- Name: assessment_jobs assessment_jobs_touch_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assessment_jobs_touch_updated_at BEFORE UPDATE ON public.assessment_jobs FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

--
-- Name: attendance_reports attendance_reports_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER attendance_reports_guard BEFORE INSERT OR UPDATE ON public.attendance_reports FOR EACH ROW EXECUTE FUNCTION public.attendance_reports_guard();

--
-- Name: attendance_reports attendance_reports_realtime; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER attendance_reports_realtime AFTER INSERT OR UPDATE ON public.attendance_reports FOR EACH ROW EXECUTE FUNCTION public.attendance_reports_realtime();

--
-- Name: case_briefs case_briefs_touch_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER case_briefs_touch_updated_at BEFORE UPDATE ON public.case_briefs FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

--
-- Name: partner_requests partner_requests_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER partner_requests_guard BEFORE INSERT OR UPDATE ON public.partner_requests FOR EACH ROW EXECUTE FUNCTION public.partner_requests_guard();

--
-- Name: practice_rooms practice_rooms_confirmations_reset; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_confirmations_reset AFTER UPDATE OF datetime_utc, guest_id ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.room_confirmations_reset();

--
-- Name: practice_rooms practice_rooms_confirmed_address; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_confirmed_address BEFORE INSERT OR UPDATE OF guest_id ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_confirmed_address();

--
-- Name: practice_rooms practice_rooms_daily_quota; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_daily_quota BEFORE INSERT ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_daily_quota();

--
-- Name: practice_rooms practice_rooms_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_guard BEFORE INSERT OR UPDATE ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_guard();

--
-- Name: practice_rooms practice_rooms_no_overlap; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_no_overlap BEFORE INSERT OR UPDATE OF datetime_utc, guest_id, cancelled_at ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_no_overlap();

--
-- Name: practice_rooms practice_rooms_not_suspended; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_not_suspended BEFORE INSERT OR UPDATE OF guest_id ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_not_suspended();

--
-- Name: practice_rooms practice_rooms_notify; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_notify AFTER UPDATE ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_notify();

--
-- Name: practice_rooms practice_rooms_realtime; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_realtime AFTER INSERT OR DELETE OR UPDATE ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION realtime.capture_room();

--
-- Name: practice_rooms practice_rooms_removed_guests; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_removed_guests BEFORE UPDATE OF guest_id ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_removed_guests();

--
-- Name: practice_rooms practice_rooms_round_rules; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_round_rules BEFORE UPDATE OF first_round_id, second_round_id, stage ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_round_rules();

--
-- Name: practice_rooms practice_rooms_schedule_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_schedule_guard BEFORE INSERT OR UPDATE ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_schedule_guard();

--
-- Name: practice_rooms practice_rooms_standby; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_standby AFTER UPDATE OF guest_id ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_standby();

--
-- Name: practice_rooms practice_rooms_started_rules; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rooms_started_rules BEFORE UPDATE ON public.practice_rooms FOR EACH ROW EXECUTE FUNCTION public.practice_rooms_started_rules();

--
-- Name: practice_rounds practice_rounds_case_active; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rounds_case_active BEFORE INSERT OR UPDATE OF case_briefs_id ON public.practice_rounds FOR EACH ROW EXECUTE FUNCTION public.practice_rounds_case_active();

--
-- Name: practice_rounds practice_rounds_enqueue_assessment; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rounds_enqueue_assessment AFTER UPDATE OF ended_at ON public.practice_rounds FOR EACH ROW EXECUTE FUNCTION public.practice_rounds_enqueue_assessment();

--
-- Name: practice_rounds practice_rounds_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rounds_guard BEFORE INSERT OR UPDATE ON public.practice_rounds FOR EACH ROW EXECUTE FUNCTION public.practice_rounds_guard();

--
-- Name: practice_rounds practice_rounds_participant_rules; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rounds_participant_rules BEFORE UPDATE ON public.practice_rounds FOR EACH ROW EXECUTE FUNCTION public.practice_rounds_participant_rules();

--
-- Name: practice_rounds practice_rounds_progress; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rounds_progress AFTER INSERT OR UPDATE OF assessment, peer_marks, ended_at, case_briefs_id ON public.practice_rounds FOR EACH ROW EXECUTE FUNCTION public.practice_rounds_progress();

--
-- Name: practice_rounds practice_rounds_realtime; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER practice_rounds_realtime AFTER INSERT OR DELETE OR UPDATE ON public.practice_rounds FOR EACH ROW EXECUTE FUNCTION realtime.capture_round();

--
-- Name: profiles profiles_touch_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER profiles_touch_updated_at BEFORE UPDATE ON public.profiles FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

--
-- Name: room_confirmations room_confirmations_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER room_confirmations_guard BEFORE INSERT ON public.room_confirmations FOR EACH ROW EXECUTE FUNCTION public.room_confirmations_guard();

--
-- Name: room_confirmations room_confirmations_realtime; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER room_confirmations_realtime AFTER INSERT ON public.room_confirmations FOR EACH ROW EXECUTE FUNCTION public.room_confirmations_realtime();

--
-- Name: standby standby_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER standby_guard BEFORE INSERT ON public.standby FOR EACH ROW EXECUTE FUNCTION public.standby_guard();

--
-- Name: transcript_lines transcript_lines_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER transcript_lines_append_only BEFORE UPDATE ON public.transcript_lines FOR EACH ROW EXECUTE FUNCTION public.transcript_lines_append_only();

--
-- Name: email_verifications email_verifications_user_id_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.email_verifications
    ADD CONSTRAINT email_verifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: password_resets password_resets_user_id_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.password_resets
    ADD CONSTRAINT password_resets_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: user_sessions user_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.user_sessions
    ADD CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: attendance_links attendance_links_room_id_fkey; Type: FK CONSTRAINT; Schema: mail; Owner: -
--

ALTER TABLE ONLY mail.attendance_links
    ADD CONSTRAINT attendance_links_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: attendance_links attendance_links_user_id_fkey; Type: FK CONSTRAINT; Schema: mail; Owner: -
--

ALTER TABLE ONLY mail.attendance_links
    ADD CONSTRAINT attendance_links_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: outbox outbox_user_id_fkey; Type: FK CONSTRAINT; Schema: mail; Owner: -
--

ALTER TABLE ONLY mail.outbox
    ADD CONSTRAINT outbox_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: assessment_jobs assessment_jobs_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_jobs
    ADD CONSTRAINT assessment_jobs_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: assessment_jobs assessment_jobs_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_jobs
    ADD CONSTRAINT assessment_jobs_round_id_fkey FOREIGN KEY (round_id) REFERENCES public.practice_rounds(id) ON DELETE CASCADE;

--
-- Name: attendance_reports attendance_reports_reported_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_reports
    ADD CONSTRAINT attendance_reports_reported_id_fkey FOREIGN KEY (reported_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: attendance_reports attendance_reports_reporter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_reports
    ADD CONSTRAINT attendance_reports_reporter_id_fkey FOREIGN KEY (reporter_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: attendance_reports attendance_reports_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_reports
    ADD CONSTRAINT attendance_reports_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: attendance_reports attendance_reports_voided_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_reports
    ADD CONSTRAINT attendance_reports_voided_by_fkey FOREIGN KEY (voided_by) REFERENCES auth.users(id) ON DELETE SET NULL;

--
-- Name: case_briefs case_briefs_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_briefs
    ADD CONSTRAINT case_briefs_author_id_fkey FOREIGN KEY (author_id) REFERENCES auth.users(id) ON DELETE SET NULL;

--
-- Name: notifications notifications_request_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_request_id_fkey FOREIGN KEY (request_id) REFERENCES public.partner_requests(id) ON DELETE CASCADE;

--
-- Name: notifications notifications_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: notifications notifications_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: partner_requests partner_requests_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partner_requests
    ADD CONSTRAINT partner_requests_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE SET NULL;

--
-- Name: partner_requests partner_requests_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partner_requests
    ADD CONSTRAINT partner_requests_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.profiles(user_id) ON DELETE CASCADE;

--
-- Name: practice_room_removals practice_room_removals_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_room_removals
    ADD CONSTRAINT practice_room_removals_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: practice_room_removals practice_room_removals_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_room_removals
    ADD CONSTRAINT practice_room_removals_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.profiles(user_id) ON DELETE CASCADE;

--
-- Name: practice_rooms practice_rooms_first_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rooms
    ADD CONSTRAINT practice_rooms_first_round_id_fkey FOREIGN KEY (first_round_id) REFERENCES public.practice_rounds(id) ON DELETE SET NULL;

--
-- Name: practice_rooms practice_rooms_guest_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rooms
    ADD CONSTRAINT practice_rooms_guest_id_fkey FOREIGN KEY (guest_id) REFERENCES public.profiles(user_id) ON DELETE SET NULL;

--
-- Name: practice_rooms practice_rooms_host_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rooms
    ADD CONSTRAINT practice_rooms_host_id_fkey FOREIGN KEY (host_id) REFERENCES public.profiles(user_id) ON DELETE CASCADE;

--
-- Name: practice_rooms practice_rooms_second_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rooms
    ADD CONSTRAINT practice_rooms_second_round_id_fkey FOREIGN KEY (second_round_id) REFERENCES public.practice_rounds(id) ON DELETE SET NULL;

--
-- Name: practice_rounds practice_rounds_candidate_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rounds
    ADD CONSTRAINT practice_rounds_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES public.profiles(user_id) ON DELETE CASCADE;

--
-- Name: practice_rounds practice_rounds_case_briefs_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rounds
    ADD CONSTRAINT practice_rounds_case_briefs_id_fkey FOREIGN KEY (case_briefs_id) REFERENCES public.case_briefs(id) ON DELETE RESTRICT;

--
-- Name: practice_rounds practice_rounds_partner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rounds
    ADD CONSTRAINT practice_rounds_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES public.profiles(user_id) ON DELETE SET NULL;

--
-- Name: practice_rounds practice_rounds_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.practice_rounds
    ADD CONSTRAINT practice_rounds_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: profiles profiles_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: room_confirmations room_confirmations_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_confirmations
    ADD CONSTRAINT room_confirmations_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: room_confirmations room_confirmations_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_confirmations
    ADD CONSTRAINT room_confirmations_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: room_creations room_creations_host_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_creations
    ADD CONSTRAINT room_creations_host_id_fkey FOREIGN KEY (host_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: round_marks round_marks_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_marks
    ADD CONSTRAINT round_marks_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.case_briefs(id) ON DELETE SET NULL;

--
-- Name: round_marks round_marks_marker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_marks
    ADD CONSTRAINT round_marks_marker_id_fkey FOREIGN KEY (marker_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: round_marks round_marks_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_marks
    ADD CONSTRAINT round_marks_round_id_fkey FOREIGN KEY (round_id) REFERENCES public.practice_rounds(id) ON DELETE CASCADE;

--
-- Name: round_marks round_marks_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_marks
    ADD CONSTRAINT round_marks_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: round_misses round_misses_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_misses
    ADD CONSTRAINT round_misses_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.case_briefs(id) ON DELETE SET NULL;

--
-- Name: round_misses round_misses_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_misses
    ADD CONSTRAINT round_misses_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: round_misses round_misses_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_misses
    ADD CONSTRAINT round_misses_round_id_fkey FOREIGN KEY (round_id) REFERENCES public.practice_rounds(id) ON DELETE CASCADE;

--
-- Name: round_misses round_misses_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_misses
    ADD CONSTRAINT round_misses_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: standby_offers standby_offers_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.standby_offers
    ADD CONSTRAINT standby_offers_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.practice_rooms(id) ON DELETE CASCADE;

--
-- Name: standby_offers standby_offers_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.standby_offers
    ADD CONSTRAINT standby_offers_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: standby standby_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.standby
    ADD CONSTRAINT standby_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.profiles(user_id) ON DELETE CASCADE;

--
-- Name: transcript_lines transcript_lines_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transcript_lines
    ADD CONSTRAINT transcript_lines_round_id_fkey FOREIGN KEY (round_id) REFERENCES public.practice_rounds(id) ON DELETE CASCADE;

--
-- Name: email_verifications; Type: ROW SECURITY; Schema: auth; Owner: -
--

ALTER TABLE auth.email_verifications ENABLE ROW LEVEL SECURITY;

--
-- Name: password_resets; Type: ROW SECURITY; Schema: auth; Owner: -
--

ALTER TABLE auth.password_resets ENABLE ROW LEVEL SECURITY;

--
-- Name: sign_in_attempts; Type: ROW SECURITY; Schema: auth; Owner: -
--

ALTER TABLE auth.sign_in_attempts ENABLE ROW LEVEL SECURITY;

--
-- Name: sign_ups; Type: ROW SECURITY; Schema: auth; Owner: -
--

ALTER TABLE auth.sign_ups ENABLE ROW LEVEL SECURITY;

--
-- Name: user_sessions; Type: ROW SECURITY; Schema: auth; Owner: -
--

ALTER TABLE auth.user_sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: users; Type: ROW SECURITY; Schema: auth; Owner: -
--

ALTER TABLE auth.users ENABLE ROW LEVEL SECURITY;

--
-- Name: attendance_links; Type: ROW SECURITY; Schema: mail; Owner: -
--

ALTER TABLE mail.attendance_links ENABLE ROW LEVEL SECURITY;

--
-- Name: outbox; Type: ROW SECURITY; Schema: mail; Owner: -
--

ALTER TABLE mail.outbox ENABLE ROW LEVEL SECURITY;

--
-- Name: assessment_jobs; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.assessment_jobs ENABLE ROW LEVEL SECURITY;

--
-- Name: assessment_jobs assessment_jobs_select_participants; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY assessment_jobs_select_participants ON public.assessment_jobs FOR SELECT TO authenticated USING (((EXISTS ( SELECT 1
   FROM public.practice_rounds ro
  WHERE ((ro.id = assessment_jobs.round_id) AND ((ro.candidate_id = ( SELECT auth.uid() AS uid)) OR (ro.partner_id = ( SELECT auth.uid() AS uid)))))) OR ( SELECT public.is_admin() AS is_admin)));

--
-- Name: attendance_reports; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.attendance_reports ENABLE ROW LEVEL SECURITY;

--
-- Name: attendance_reports attendance_reports_dispute_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY attendance_reports_dispute_own ON public.attendance_reports FOR UPDATE TO authenticated USING ((reported_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((reported_id = ( SELECT auth.uid() AS uid)));

--
-- Name: attendance_reports attendance_reports_insert_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY attendance_reports_insert_own ON public.attendance_reports FOR INSERT TO authenticated WITH CHECK ((reporter_id = ( SELECT auth.uid() AS uid)));

--
-- Name: attendance_reports attendance_reports_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY attendance_reports_read ON public.attendance_reports FOR SELECT TO authenticated USING ((((( SELECT auth.uid() AS uid) = reporter_id) OR (( SELECT auth.uid() AS uid) = reported_id)) OR ( SELECT public.is_admin() AS is_admin)));

--
-- Name: case_briefs; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.case_briefs ENABLE ROW LEVEL SECURITY;

--
-- Name: case_briefs case_briefs_delete_admin; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY case_briefs_delete_admin ON public.case_briefs FOR DELETE TO authenticated USING (( SELECT public.is_admin() AS is_admin));

--
-- Name: case_briefs case_briefs_insert_admin; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY case_briefs_insert_admin ON public.case_briefs FOR INSERT TO authenticated WITH CHECK (( SELECT public.is_admin() AS is_admin));

--
-- Name: case_briefs case_briefs_select_admin; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY case_briefs_select_admin ON public.case_briefs FOR SELECT TO authenticated USING (( SELECT public.is_admin() AS is_admin));

--
-- Name: case_briefs case_briefs_update_admin; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY case_briefs_update_admin ON public.case_briefs FOR UPDATE TO authenticated USING (( SELECT public.is_admin() AS is_admin)) WITH CHECK (( SELECT public.is_admin() AS is_admin));

--
-- Name: notifications; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.notifications ENABLE ROW LEVEL SECURITY;

--
-- Name: notifications notifications_select_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY notifications_select_own ON public.notifications FOR SELECT TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: notifications notifications_update_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY notifications_update_own ON public.notifications FOR UPDATE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: partner_requests; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.partner_requests ENABLE ROW LEVEL SECURITY;

--
-- Name: partner_requests partner_requests_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY partner_requests_own ON public.partner_requests TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: practice_room_removals; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.practice_room_removals ENABLE ROW LEVEL SECURITY;

--
-- Name: practice_rooms; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.practice_rooms ENABLE ROW LEVEL SECURITY;

--
-- Name: practice_rooms practice_rooms_delete_as_host; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY practice_rooms_delete_as_host ON public.practice_rooms FOR DELETE TO authenticated USING (((host_id = ( SELECT auth.uid() AS uid)) AND (first_round_id IS NULL)));

--
-- Name: practice_rooms practice_rooms_insert_as_host; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY practice_rooms_insert_as_host ON public.practice_rooms FOR INSERT TO authenticated WITH CHECK ((host_id = ( SELECT auth.uid() AS uid)));

--
-- Name: practice_rooms practice_rooms_select_visible; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY practice_rooms_select_visible ON public.practice_rooms FOR SELECT TO anon, authenticated USING (((NOT private) OR (host_id = ( SELECT auth.uid() AS uid)) OR (guest_id = ( SELECT auth.uid() AS uid)) OR ( SELECT public.is_admin() AS is_admin)));

--
-- Name: practice_rooms practice_rooms_update_as_guest; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY practice_rooms_update_as_guest ON public.practice_rooms FOR UPDATE TO authenticated USING ((((guest_id IS NULL) AND (NOT private)) OR (guest_id = ( SELECT auth.uid() AS uid)))) WITH CHECK (((guest_id IS NULL) OR (guest_id = ( SELECT auth.uid() AS uid))));

--
-- Name: practice_rooms practice_rooms_update_as_host; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY practice_rooms_update_as_host ON public.practice_rooms FOR UPDATE TO authenticated USING ((host_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((host_id = ( SELECT auth.uid() AS uid)));

--
-- Name: practice_rounds; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.practice_rounds ENABLE ROW LEVEL SECURITY;

--
-- Name: practice_rounds practice_rounds_select_participants; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY practice_rounds_select_participants ON public.practice_rounds FOR SELECT TO authenticated USING (((candidate_id = ( SELECT auth.uid() AS uid)) OR (partner_id = ( SELECT auth.uid() AS uid)) OR ( SELECT public.is_admin() AS is_admin)));

--
-- Name: practice_rounds practice_rounds_update_participants; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY practice_rounds_update_participants ON public.practice_rounds FOR UPDATE TO authenticated USING (((candidate_id = ( SELECT auth.uid() AS uid)) OR (partner_id = ( SELECT auth.uid() AS uid)))) WITH CHECK (((candidate_id = ( SELECT auth.uid() AS uid)) OR (partner_id = ( SELECT auth.uid() AS uid))));

--
-- Name: profiles; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;

--
-- Name: profiles profiles_insert_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY profiles_insert_own ON public.profiles FOR INSERT TO authenticated WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: profiles profiles_select_public_hosts; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY profiles_select_public_hosts ON public.profiles FOR SELECT TO anon USING ((EXISTS ( SELECT 1
   FROM public.practice_rooms r
  WHERE ((r.host_id = profiles.user_id) AND (NOT r.private)))));

--
-- Name: profiles profiles_select_signed_in; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY profiles_select_signed_in ON public.profiles FOR SELECT TO authenticated USING (true);

--
-- Name: profiles profiles_update_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY profiles_update_own ON public.profiles FOR UPDATE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: room_confirmations; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.room_confirmations ENABLE ROW LEVEL SECURITY;

--
-- Name: room_confirmations room_confirmations_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY room_confirmations_own ON public.room_confirmations FOR INSERT TO authenticated WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: room_confirmations room_confirmations_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY room_confirmations_read ON public.room_confirmations FOR SELECT TO authenticated USING ((EXISTS ( SELECT 1
   FROM public.practice_rooms r
  WHERE ((r.id = room_confirmations.room_id) AND ((( SELECT auth.uid() AS uid) = r.host_id) OR (( SELECT auth.uid() AS uid) = r.guest_id))))));

--
-- Name: room_creations; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.room_creations ENABLE ROW LEVEL SECURITY;

--
-- Name: round_marks; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.round_marks ENABLE ROW LEVEL SECURITY;

--
-- Name: round_marks round_marks_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY round_marks_read ON public.round_marks FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR ( SELECT public.is_admin() AS is_admin)));

--
-- Name: round_misses; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.round_misses ENABLE ROW LEVEL SECURITY;

--
-- Name: round_misses round_misses_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY round_misses_read ON public.round_misses FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR ( SELECT public.is_admin() AS is_admin)));

--
-- Name: standby; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.standby ENABLE ROW LEVEL SECURITY;

--
-- Name: standby_offers; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.standby_offers ENABLE ROW LEVEL SECURITY;

--
-- Name: standby_offers standby_offers_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY standby_offers_own ON public.standby_offers FOR SELECT TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: standby standby_own; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY standby_own ON public.standby TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: transcript_lines; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.transcript_lines ENABLE ROW LEVEL SECURITY;

--
-- Name: transcript_lines transcript_lines_select_participants; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY transcript_lines_select_participants ON public.transcript_lines FOR SELECT TO authenticated USING ((EXISTS ( SELECT 1
   FROM public.practice_rounds ro
  WHERE ((ro.id = transcript_lines.round_id) AND ((ro.candidate_id = ( SELECT auth.uid() AS uid)) OR (ro.partner_id = ( SELECT auth.uid() AS uid)) OR ( SELECT public.is_admin() AS is_admin))))));

--
-- Name: changes; Type: ROW SECURITY; Schema: realtime; Owner: -
--

ALTER TABLE realtime.changes ENABLE ROW LEVEL SECURITY;

--
-- Name: changes changes_owner_only; Type: POLICY; Schema: realtime; Owner: -
--

CREATE POLICY changes_owner_only ON realtime.changes USING (false);

--
-- Name: SCHEMA auth; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA auth TO anon;
GRANT USAGE ON SCHEMA auth TO authenticated;

--
-- Name: FUNCTION uid(); Type: ACL; Schema: auth; Owner: -
--

GRANT ALL ON FUNCTION auth.uid() TO anon;
GRANT ALL ON FUNCTION auth.uid() TO authenticated;

--
-- Name: FUNCTION accept_standby_offer(p_offer uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.accept_standby_offer(p_offer uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.accept_standby_offer(p_offer uuid) TO authenticated;

--
-- Name: FUNCTION add_transcript_line(p_round_id uuid, p_text text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.add_transcript_line(p_round_id uuid, p_text text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.add_transcript_line(p_round_id uuid, p_text text) TO authenticated;

--
-- Name: FUNCTION admin_account_count(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.admin_account_count() FROM PUBLIC;
GRANT ALL ON FUNCTION public.admin_account_count() TO authenticated;

--
-- Name: FUNCTION admin_attendance_reports(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.admin_attendance_reports() FROM PUBLIC;
GRANT ALL ON FUNCTION public.admin_attendance_reports() TO authenticated;

--
-- Name: FUNCTION advance_stage(p_room uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.advance_stage(p_room uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.advance_stage(p_room uuid) TO authenticated;

--
-- Name: FUNCTION attendance_reports_guard(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.attendance_reports_guard() FROM PUBLIC;

--
-- Name: FUNCTION attendance_reports_realtime(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.attendance_reports_realtime() FROM PUBLIC;

--
-- Name: FUNCTION case_catalogue(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.case_catalogue() FROM PUBLIC;
GRANT ALL ON FUNCTION public.case_catalogue() TO authenticated;

--
-- Name: FUNCTION check_windows(p_windows tstzmultirange); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.check_windows(p_windows tstzmultirange) FROM PUBLIC;

--
-- Name: FUNCTION derive_round_progress(p_round uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.derive_round_progress(p_round uuid) FROM PUBLIC;

--
-- Name: FUNCTION free_at(p_user uuid, p_at timestamp with time zone, p_except uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.free_at(p_user uuid, p_at timestamp with time zone, p_except uuid) FROM PUBLIC;

--
-- Name: FUNCTION group_standing(p_user uuid, p_room uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.group_standing(p_user uuid, p_room uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.group_standing(p_user uuid, p_room uuid) TO authenticated;

--
-- Name: FUNCTION is_admin(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.is_admin() FROM PUBLIC;
GRANT ALL ON FUNCTION public.is_admin() TO anon;
GRANT ALL ON FUNCTION public.is_admin() TO authenticated;

--
-- Name: TABLE practice_rooms; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,DELETE ON TABLE public.practice_rooms TO authenticated;

--
-- Name: COLUMN practice_rooms.id; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(id) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.host_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(host_id) ON TABLE public.practice_rooms TO authenticated;
GRANT SELECT(host_id) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.guest_id; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(guest_id) ON TABLE public.practice_rooms TO authenticated;

--
-- Name: COLUMN practice_rooms.datetime_utc; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(datetime_utc),UPDATE(datetime_utc) ON TABLE public.practice_rooms TO authenticated;
GRANT SELECT(datetime_utc) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.first_round_id; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(first_round_id) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.second_round_id; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(second_round_id) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.type; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(type),UPDATE(type) ON TABLE public.practice_rooms TO authenticated;
GRANT SELECT(type) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.room_url; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(room_url) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.stage; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(stage) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.private; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(private),UPDATE(private) ON TABLE public.practice_rooms TO authenticated;
GRANT SELECT(private) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.created_at; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(created_at) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.updated_at; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(updated_at) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.exam_preset; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(exam_preset),UPDATE(exam_preset) ON TABLE public.practice_rooms TO authenticated;
GRANT SELECT(exam_preset) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.cancelled_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(cancelled_at) ON TABLE public.practice_rooms TO authenticated;
GRANT SELECT(cancelled_at) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.calendar_sequence; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(calendar_sequence) ON TABLE public.practice_rooms TO anon;

--
-- Name: COLUMN practice_rooms.has_guest; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(has_guest) ON TABLE public.practice_rooms TO anon;

--
-- Name: FUNCTION join_room_by_url(p_room_url text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.join_room_by_url(p_room_url text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.join_room_by_url(p_room_url text) TO authenticated;

--
-- Name: FUNCTION marker_calibration(p_user uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.marker_calibration(p_user uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.marker_calibration(p_user uuid) TO authenticated;

--
-- Name: FUNCTION may_see_practice_history(p_user uuid, p_room uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.may_see_practice_history(p_user uuid, p_room uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.may_see_practice_history(p_user uuid, p_room uuid) TO authenticated;

--
-- Name: FUNCTION may_see_progress(p_user uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.may_see_progress(p_user uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.may_see_progress(p_user uuid) TO authenticated;

--
-- Name: FUNCTION my_account(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.my_account() FROM PUBLIC;
GRANT ALL ON FUNCTION public.my_account() TO authenticated;

--
-- Name: FUNCTION my_mail_preferences(OUT updates boolean, OUT reminders boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.my_mail_preferences(OUT updates boolean, OUT reminders boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.my_mail_preferences(OUT updates boolean, OUT reminders boolean) TO authenticated;

--
-- Name: FUNCTION my_suspension(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.my_suspension() FROM PUBLIC;
GRANT ALL ON FUNCTION public.my_suspension() TO authenticated;

--
-- Name: FUNCTION my_time_zone(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.my_time_zone() FROM PUBLIC;
GRANT ALL ON FUNCTION public.my_time_zone() TO authenticated;

--
-- Name: FUNCTION offer_room(p_offer uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.offer_room(p_offer uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.offer_room(p_offer uuid) TO authenticated;

--
-- Name: FUNCTION partner_demand(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.partner_demand() FROM PUBLIC;
GRANT ALL ON FUNCTION public.partner_demand() TO anon;
GRANT ALL ON FUNCTION public.partner_demand() TO authenticated;

--
-- Name: FUNCTION partner_requests_guard(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.partner_requests_guard() FROM PUBLIC;

--
-- Name: FUNCTION partner_time_zone(p_room_url text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.partner_time_zone(p_room_url text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.partner_time_zone(p_room_url text) TO authenticated;

--
-- Name: FUNCTION practice_history(p_user uuid, p_room uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_history(p_user uuid, p_room uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.practice_history(p_user uuid, p_room uuid) TO authenticated;

--
-- Name: FUNCTION practice_rooms_confirmed_address(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rooms_confirmed_address() FROM PUBLIC;

--
-- Name: FUNCTION practice_rooms_daily_quota(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rooms_daily_quota() FROM PUBLIC;

--
-- Name: FUNCTION practice_rooms_not_suspended(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rooms_not_suspended() FROM PUBLIC;

--
-- Name: FUNCTION practice_rooms_notify(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rooms_notify() FROM PUBLIC;

--
-- Name: FUNCTION practice_rooms_removed_guests(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rooms_removed_guests() FROM PUBLIC;

--
-- Name: FUNCTION practice_rooms_standby(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rooms_standby() FROM PUBLIC;

--
-- Name: FUNCTION practice_rounds_case_active(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rounds_case_active() FROM PUBLIC;

--
-- Name: FUNCTION practice_rounds_enqueue_assessment(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rounds_enqueue_assessment() FROM PUBLIC;

--
-- Name: FUNCTION practice_rounds_progress(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.practice_rounds_progress() FROM PUBLIC;

--
-- Name: FUNCTION refuse_if_suspended(p_user uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.refuse_if_suspended(p_user uuid) FROM PUBLIC;

--
-- Name: FUNCTION refuse_unless_bookable(p_user uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.refuse_unless_bookable(p_user uuid) FROM PUBLIC;

--
-- Name: FUNCTION reliability(p_users uuid[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.reliability(p_users uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.reliability(p_users uuid[]) TO anon;
GRANT ALL ON FUNCTION public.reliability(p_users uuid[]) TO authenticated;

--
-- Name: FUNCTION rerun_assessment(p_round_id uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.rerun_assessment(p_round_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.rerun_assessment(p_round_id uuid) TO authenticated;

--
-- Name: FUNCTION room_by_url(p_room_url text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.room_by_url(p_room_url text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.room_by_url(p_room_url text) TO authenticated;

--
-- Name: FUNCTION room_confirmations_guard(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.room_confirmations_guard() FROM PUBLIC;

--
-- Name: FUNCTION room_confirmations_realtime(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.room_confirmations_realtime() FROM PUBLIC;

--
-- Name: FUNCTION room_confirmations_reset(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.room_confirmations_reset() FROM PUBLIC;

--
-- Name: FUNCTION room_round_started(p_room uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.room_round_started(p_room uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.room_round_started(p_room uuid) TO authenticated;

--
-- Name: FUNCTION round_brief(p_round_id uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.round_brief(p_round_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.round_brief(p_round_id uuid) TO authenticated;

--
-- Name: FUNCTION round_case_choices(p_room_id uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.round_case_choices(p_room_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.round_case_choices(p_room_id uuid) TO authenticated;

--
-- Name: FUNCTION round_case_pool(p_room_id uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.round_case_pool(p_room_id uuid) FROM PUBLIC;

--
-- Name: FUNCTION round_encounter(p_round_id uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.round_encounter(p_round_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.round_encounter(p_round_id uuid) TO authenticated;

--
-- Name: FUNCTION set_my_mail_preferences(p_updates boolean, p_reminders boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.set_my_mail_preferences(p_updates boolean, p_reminders boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.set_my_mail_preferences(p_updates boolean, p_reminders boolean) TO authenticated;

--
-- Name: FUNCTION set_my_time_zone(p_zone text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.set_my_time_zone(p_zone text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.set_my_time_zone(p_zone text) TO authenticated;

--
-- Name: FUNCTION standby_guard(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.standby_guard() FROM PUBLIC;

--
-- Name: FUNCTION start_round(p_room_id uuid, p_candidate_id uuid, p_case_id uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.start_round(p_room_id uuid, p_candidate_id uuid, p_case_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.start_round(p_room_id uuid, p_candidate_id uuid, p_case_id uuid) TO authenticated;

--
-- Name: FUNCTION suspended_until(p_user uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.suspended_until(p_user uuid) FROM PUBLIC;

--
-- Name: FUNCTION void_attendance_report(p_room uuid, p_reporter uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.void_attendance_report(p_room uuid, p_reporter uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.void_attendance_report(p_room uuid, p_reporter uuid) TO authenticated;

--
-- Name: FUNCTION record(p_entity text, p_op text, p_room uuid, p_round uuid, p_fields text[], p_public boolean, p_participants uuid[]); Type: ACL; Schema: realtime; Owner: -
--

REVOKE ALL ON FUNCTION realtime.record(p_entity text, p_op text, p_room uuid, p_round uuid, p_fields text[], p_public boolean, p_participants uuid[]) FROM PUBLIC;

--
-- Name: TABLE assessment_jobs; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.assessment_jobs TO authenticated;

--
-- Name: TABLE attendance_reports; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.attendance_reports TO authenticated;

--
-- Name: COLUMN attendance_reports.room_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(room_id) ON TABLE public.attendance_reports TO authenticated;

--
-- Name: COLUMN attendance_reports.reporter_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(reporter_id) ON TABLE public.attendance_reports TO authenticated;

--
-- Name: COLUMN attendance_reports.reported_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(reported_id) ON TABLE public.attendance_reports TO authenticated;

--
-- Name: COLUMN attendance_reports.came; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(came) ON TABLE public.attendance_reports TO authenticated;

--
-- Name: COLUMN attendance_reports.disputed_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(disputed_at) ON TABLE public.attendance_reports TO authenticated;

--
-- Name: TABLE case_briefs; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.case_briefs TO authenticated;

--
-- Name: TABLE notifications; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.notifications TO authenticated;

--
-- Name: COLUMN notifications.read_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(read_at) ON TABLE public.notifications TO authenticated;

--
-- Name: TABLE partner_requests; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.partner_requests TO authenticated;

--
-- Name: COLUMN partner_requests.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.partner_requests TO authenticated;

--
-- Name: COLUMN partner_requests.type; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(type),UPDATE(type) ON TABLE public.partner_requests TO authenticated;

--
-- Name: COLUMN partner_requests.exam_preset; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(exam_preset),UPDATE(exam_preset) ON TABLE public.partner_requests TO authenticated;

--
-- Name: COLUMN partner_requests.levels; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(levels),UPDATE(levels) ON TABLE public.partner_requests TO authenticated;

--
-- Name: COLUMN partner_requests.exam_date; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(exam_date),UPDATE(exam_date) ON TABLE public.partner_requests TO authenticated;

--
-- Name: COLUMN partner_requests.windows; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(windows),UPDATE(windows) ON TABLE public.partner_requests TO authenticated;

--
-- Name: COLUMN partner_requests.status; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(status) ON TABLE public.partner_requests TO authenticated;

--
-- Name: TABLE practice_rounds; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.practice_rounds TO authenticated;

--
-- Name: COLUMN practice_rounds.ended_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(ended_at) ON TABLE public.practice_rounds TO authenticated;

--
-- Name: COLUMN practice_rounds.peer_marks; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(peer_marks) ON TABLE public.practice_rounds TO authenticated;

--
-- Name: TABLE profiles; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.profiles TO anon;
GRANT SELECT ON TABLE public.profiles TO authenticated;

--
-- Name: COLUMN profiles.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.profiles TO authenticated;

--
-- Name: COLUMN profiles.first_name; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(first_name),UPDATE(first_name) ON TABLE public.profiles TO authenticated;

--
-- Name: COLUMN profiles.last_name; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(last_name),UPDATE(last_name) ON TABLE public.profiles TO authenticated;

--
-- Name: COLUMN profiles.training_level; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(training_level),UPDATE(training_level) ON TABLE public.profiles TO authenticated;

--
-- Name: COLUMN profiles.avatar; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(avatar),UPDATE(avatar) ON TABLE public.profiles TO authenticated;

--
-- Name: TABLE room_confirmations; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.room_confirmations TO authenticated;

--
-- Name: TABLE round_marks; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.round_marks TO authenticated;

--
-- Name: TABLE round_misses; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.round_misses TO authenticated;

--
-- Name: TABLE standby; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,DELETE ON TABLE public.standby TO authenticated;

--
-- Name: COLUMN standby.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.standby TO authenticated;

--
-- Name: COLUMN standby.type; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(type) ON TABLE public.standby TO authenticated;

--
-- Name: COLUMN standby.exam_preset; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(exam_preset) ON TABLE public.standby TO authenticated;

--
-- Name: COLUMN standby.window_range; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(window_range) ON TABLE public.standby TO authenticated;

--
-- Name: TABLE standby_offers; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.standby_offers TO authenticated;

--
-- Name: TABLE transcript_lines; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.transcript_lines TO authenticated;

--
-- PostgreSQL database dump complete
--
