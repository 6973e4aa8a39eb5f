-- Marking that cannot be talked into a grade (issue 17).
--
-- (1) A transcript line cannot forge a speaker: it may not open as a transcript line
--     does (a line number, a clock, a speaker's name and a colon), the same rule as
--     model::practice::has_speaker_prefix. Lines stored before stay as they are.
-- (2) Mark-scheme points may carry "critical": true (red flags, risk, safety-netting,
--     consent, dangerous advice).
-- (3) A round's PACES encounter (examination, history, communication) is known to both
--     participants from the round's start, as the exam's carousel announces each
--     station; it sets the round's timing and rubric. The case itself stays hidden.

create function public.has_speaker_prefix(p_text text) returns boolean
language sql immutable
set search_path = ''
as $$
  select p_text ~* '^\s*(\[\s*[0-9]+\s*\]|\(\s*[0-9]+\s*\)|[0-9]{1,3}:[0-9]{2}|(candidate|actor|patient|examiner|doctor|system|assistant|user|marker)\s*:)'
$$;

alter table public.transcript_lines
  add constraint transcript_lines_no_speaker_prefix
  check (not public.has_speaker_prefix(text)) not valid;

create or replace function public.case_mark_scheme_valid(scheme jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
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

-- The encounter of a round, for its candidate and partner only.
create function public.round_encounter(p_round_id uuid) returns text
language sql stable security definer
set search_path = ''
as $$
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

revoke execute on function public.round_encounter(uuid) from public;
grant execute on function public.round_encounter(uuid) to authenticated;
