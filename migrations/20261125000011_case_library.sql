-- The case library: what a real station needs beyond the seed's names and briefs.
-- Added columns are defaulted or nullable (data contract). The server validates a
-- case fully before writing it (model::cases); these checks are the backstop that
-- holds whoever writes.

alter table public.case_briefs
  add column station_kind text not null default 'history',
  add column setting text not null default '',
  add column exams text[] not null default '{}',
  add column difficulty text not null default 'core',
  add column reveal_if_asked text[] not null default '{}',
  add column mark_scheme jsonb not null
    default '{"data_gathering": [], "clinical_management": [], "interpersonal": []}',
  add column archived_at timestamptz,
  add column author_id uuid default auth.uid() references auth.users (id) on delete set null,
  -- Full-text search over names, condition and category ('simple': names and
  -- specialties are not English prose, and stemming "Cardiology" helps nobody).
  add column search tsvector generated always as (
    to_tsvector('simple',
      case_name || ' ' || replace(case_name_internal, '-', ' ') || ' ' || condition || ' ' || category)
  ) stored;

-- A mark scheme: exactly the three domain groups, each a list of points with text
-- and keywords (strings). Immutable, so it can sit in a check constraint.
create function public.case_mark_scheme_valid(scheme jsonb) returns boolean
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
              or exists (select 1 from jsonb_object_keys(p) pk where pk not in ('point', 'keywords'))
              or exists (
                select 1 from jsonb_array_elements(p -> 'keywords') kw
                where jsonb_typeof(kw) <> 'string'
              )
         )
    )
$$;

alter table public.case_briefs
  add constraint case_briefs_station_kind_valid check (station_kind in (
    'history', 'examination', 'explanation', 'breaking_bad_news', 'consent',
    'ethics_confidentiality', 'angry_or_anxious_patient', 'prescribing', 'telephone',
    'colleague_or_relative')),
  add constraint case_briefs_difficulty_valid check (difficulty in ('foundation', 'core', 'advanced')),
  add constraint case_briefs_exams_valid check (
    exams <@ array['PLAB 2', 'UKMLA CPSA', 'MRCGP SCA', 'AMC', 'PACES']::text[]),
  add constraint case_briefs_mark_scheme_valid check (public.case_mark_scheme_valid(mark_scheme)),
  add constraint case_briefs_case_name_length check (char_length(case_name) <= 120),
  add constraint case_briefs_case_name_internal_length check (char_length(case_name_internal) <= 100),
  add constraint case_briefs_category_length check (char_length(category) <= 80),
  add constraint case_briefs_condition_length check (char_length(condition) <= 80),
  add constraint case_briefs_setting_length check (char_length(setting) <= 120),
  add constraint case_briefs_candidate_brief_length check (char_length(candidate_brief) <= 6000),
  add constraint case_briefs_actor_brief_length check (char_length(actor_brief) <= 12000);

-- The team's handle for a case is unique, whatever its case: imports match on it.
create unique index case_briefs_case_name_internal_key
  on public.case_briefs (lower(case_name_internal));
create index case_briefs_search_idx on public.case_briefs using gin (search);
create index case_briefs_category_idx on public.case_briefs (category);
-- New rounds pick from the active cases of a domain.
create index case_briefs_active_domain_idx on public.case_briefs (domain) where archived_at is null;

-- Archived cases are never picked for a new round. The host cannot read case_briefs
-- (admins only), so the check reads it as the definer; it reveals nothing but a refusal.
create function public.practice_rounds_case_active() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.case_briefs_id is not null
     and (tg_op = 'INSERT' or new.case_briefs_id is distinct from old.case_briefs_id)
     and exists (select 1 from public.case_briefs c
                 where c.id = new.case_briefs_id and c.archived_at is not null) then
    perform public.violates('practice_rounds_case_archived', 'an archived case is not used for new rounds');
  end if;
  return new;
end $$;

revoke execute on function public.practice_rounds_case_active() from public;

create trigger practice_rounds_case_active
  before insert or update of case_briefs_id on public.practice_rounds
  for each row execute function public.practice_rounds_case_active();
