-- Progress: each finished round's marks and missed mark-scheme points, kept in two
-- narrow tables the database fills itself whenever a round's assessment or its
-- partner's marks are written, so a trainee's progress page reads a few thousand small
-- indexed rows instead of every assessment document. Only verified grades go in: the
-- assessor's grades as bounded by the points it could evidence, nothing from a round
-- with too little of the candidate's speech to grade. The trainee reads their own rows
-- and admins read any, for support; nobody writes them but the trigger.

create table public.round_marks (
  round_id uuid not null references public.practice_rounds (id) on delete cascade,
  -- The candidate whose marks these are.
  user_id uuid not null references auth.users (id) on delete cascade,
  -- 'assessor' (the AI examiner or the checklist) or 'partner'.
  source text not null,
  -- The partner who marked (partner rows only).
  marker_id uuid references auth.users (id) on delete cascade,
  -- 'llm' or 'checklist' (assessor rows only).
  assessor text,
  -- The session's exam, none for "any exam".
  exam text,
  -- The rubric as the assessment names it ("Plab2", "Sca", "PacesHistory", …).
  rubric text not null,
  domain text not null,
  -- The grade on the rubric's scale; none from the checklist, which does not grade.
  score smallint,
  max_score smallint,
  -- The checklist's share of the group's topics mentioned (0 to 1).
  share real,
  case_id uuid references public.case_briefs (id) on delete set null,
  case_name text,
  marked_at timestamptz not null,
  constraint round_marks_pkey primary key (round_id, source, domain),
  constraint round_marks_source_valid check (source in ('assessor', 'partner')),
  constraint round_marks_marker_valid check ((source = 'partner') = (marker_id is not null)),
  constraint round_marks_assessor_valid check (
    (source = 'assessor') = (assessor is not null) and (assessor is null or assessor in ('llm', 'checklist'))
  ),
  constraint round_marks_score_valid check (score is null or (score >= 0 and score <= max_score)),
  constraint round_marks_share_valid check (share is null or (share >= 0 and share <= 1))
);

create index round_marks_user_idx on public.round_marks (user_id, marked_at);
create index round_marks_marker_idx on public.round_marks (marker_id) where marker_id is not null;
create index round_marks_case_idx on public.round_marks (case_id);

create table public.round_misses (
  round_id uuid not null references public.practice_rounds (id) on delete cascade,
  -- The session the round was in, whose page shows its feedback.
  room_id uuid not null references public.practice_rooms (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  case_id uuid references public.case_briefs (id) on delete set null,
  case_name text,
  -- The point's id in its scheme ("D3", "M1", "I2") and its words as marked.
  point_id text not null,
  point text not null,
  -- The mark-scheme group: data_gathering, clinical_management or interpersonal.
  grp text not null,
  critical boolean not null,
  -- not_met, not_verified or contradicted (the checklist: not_met).
  status text not null,
  marked_at timestamptz not null,
  constraint round_misses_pkey primary key (round_id, point_id),
  constraint round_misses_status_valid check (status in ('not_met', 'not_verified', 'contradicted'))
);

create index round_misses_user_idx on public.round_misses (user_id, marked_at);
create index round_misses_case_idx on public.round_misses (case_id);
create index round_misses_room_idx on public.round_misses (room_id);

alter table public.round_marks enable row level security;
alter table public.round_marks force row level security;
alter table public.round_misses enable row level security;
alter table public.round_misses force row level security;
revoke all on public.round_marks, public.round_misses from public, anon, authenticated;
grant select on public.round_marks, public.round_misses to authenticated;

create policy round_marks_read on public.round_marks
  for select to authenticated
  using (user_id = (select auth.uid()) or (select public.is_admin()));

create policy round_misses_read on public.round_misses
  for select to authenticated
  using (user_id = (select auth.uid()) or (select public.is_admin()));

-- The mark-scheme group a checklist coverage group's label names.
create function public.mark_group_of_label(p_label text) returns text
  language sql immutable set search_path = ''
as $$
  select case p_label
    when 'Data gathering' then 'data_gathering'
    when 'Clinical management' then 'clinical_management'
    when 'Interpersonal skills' then 'interpersonal'
  end
$$;

-- Derives one round's rows from its assessment and partner's marks.
create function public.derive_round_progress(p_round uuid) returns void
  language plpgsql security definer set search_path = ''
as $$
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

revoke all on function public.derive_round_progress(uuid) from public;

create function public.practice_rounds_progress() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  perform public.derive_round_progress(new.id);
  return null;
end
$$;

revoke all on function public.practice_rounds_progress() from public;

create trigger practice_rounds_progress
  after insert or update of assessment, peer_marks, ended_at, case_briefs_id
  on public.practice_rounds
  for each row execute function public.practice_rounds_progress();

-- The rounds finished before this migration.
select public.derive_round_progress(id) from public.practice_rounds where ended_at is not null;

-- Whether the signed-in user may read p_user's progress: their own, or an admin's support.
create function public.may_see_progress(p_user uuid) returns boolean
  language sql stable security definer set search_path = ''
as $$
  select p_user = auth.uid() or public.is_admin()
$$;

revoke all on function public.may_see_progress(uuid) from public;
grant execute on function public.may_see_progress(uuid) to authenticated;

-- The library as a trainee may see it: names, category, kind, level and exams of the
-- active cases, and how many points each mark-scheme group has. No brief, no condition,
-- no point's words.
create function public.case_catalogue()
  returns table (id uuid, case_name text, category text, station_kind text,
                 difficulty text, domain text, exams text[],
                 data_gathering integer, clinical_management integer, interpersonal integer)
  language sql stable security definer set search_path = ''
as $$
  select c.id, c.case_name, c.category, c.station_kind, c.difficulty, c.domain, c.exams,
         jsonb_array_length(c.mark_scheme -> 'data_gathering'),
         jsonb_array_length(c.mark_scheme -> 'clinical_management'),
         jsonb_array_length(c.mark_scheme -> 'interpersonal')
    from public.case_briefs c
   where c.archived_at is null
     and auth.uid() is not null
   order by lower(c.category), lower(c.case_name)
$$;

revoke all on function public.case_catalogue() from public;
grant execute on function public.case_catalogue() to authenticated;

-- p_user as a partner-marker: on each round they marked that the AI examiner graded
-- too, their grade minus the examiner's, per rubric and domain: the number of rounds
-- and the mean difference (above 0: more generous than the examiner). Their own or an
-- admin's only; anyone else gets no rows.
create function public.marker_calibration(p_user uuid)
  returns table (rubric text, domain text, rounds bigint, mean_difference double precision)
  language sql stable security definer set search_path = ''
as $$
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

revoke all on function public.marker_calibration(uuid) from public;
grant execute on function public.marker_calibration(uuid) to authenticated;

-- The lowest grade that passes a domain of a rubric (the Rust side's
-- `Rubric::pass_level`, which a test holds equal).
create function public.rubric_pass_level(p_rubric text) returns smallint
  language sql immutable set search_path = ''
as $$
  select (case when p_rubric = 'Plab2' then 3 else 2 end)::smallint
$$;

-- Whether the signed-in user may read what the recommendations need of p_user: their
-- own progress (or an admin's support), or they host p_room, p_user is its guest, and
-- the host is now choosing the case for the guest's round (round 1 not set up yet, or
-- round 2 after the host was round 1's candidate). Nobody else, and not afterwards.
create function public.may_see_practice_history(p_user uuid, p_room uuid) returns boolean
  language sql stable security definer set search_path = ''
as $$
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

-- Each round p_user took part in, by case and when: as the candidate, 'passed' when
-- every domain the AI examiner graded reached the pass level, 'below' when one did not,
-- 'checked' when only the keyword check marked it (no grade); as the patient or
-- examiner, 'acted' (they know that case's hidden brief). No grade itself.
create function public.practice_history(p_user uuid, p_room uuid default null)
  returns table (case_id uuid, marked_at timestamptz, outcome text)
  language sql stable security definer set search_path = ''
as $$
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

revoke all on function public.practice_history(uuid, uuid) from public;
grant execute on function public.practice_history(uuid, uuid) to authenticated;

-- The mark-scheme group whose points are a rubric domain's evidence (the Rust side's
-- `Rubric::domain_group`, which a test holds equal).
create function public.domain_mark_group(p_domain text) returns text
  language sql immutable set search_path = ''
as $$
  select case
    when p_domain in ('clinical_management', 'differential_diagnosis', 'clinical_judgement')
      then 'clinical_management'
    when p_domain in ('interpersonal', 'relating_to_others', 'managing_concerns', 'patient_welfare')
      then 'interpersonal'
    else 'data_gathering'
  end
$$;

revoke all on function public.may_see_practice_history(uuid, uuid) from public;
grant execute on function public.may_see_practice_history(uuid, uuid) to authenticated;

-- p_user's standing per mark-scheme group: the mean share of the scale (the AI's grade
-- over its maximum, or the checklist's share of topics mentioned) over their last ten
-- rounds graded in that group, and how many rounds it rests on. The other rubrics'
-- domains count towards the group whose points are their evidence; a round's domains
-- on one group are averaged first.
create function public.group_standing(p_user uuid, p_room uuid default null)
  returns table (grp text, mean double precision, rounds bigint)
  language sql stable security definer set search_path = ''
as $$
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

revoke all on function public.group_standing(uuid, uuid) from public;
grant execute on function public.group_standing(uuid, uuid) to authenticated;
