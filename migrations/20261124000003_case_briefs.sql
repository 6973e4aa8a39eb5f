-- Case briefs: the station library. Admins only: a candidate who could read actor_brief
-- would see the hidden answers. Participants read a round's brief through round_brief().

create table public.case_briefs (
  id uuid primary key default gen_random_uuid(),
  category text not null,
  condition text not null,
  case_name text not null,
  case_name_internal text not null,
  domain text not null,
  candidate_brief text not null,
  actor_brief text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint case_briefs_domain_valid check (domain in ('Clinical', 'Communication')),
  constraint case_briefs_category_not_blank check (btrim(category) <> ''),
  constraint case_briefs_condition_not_blank check (btrim(condition) <> ''),
  constraint case_briefs_case_name_not_blank check (btrim(case_name) <> ''),
  constraint case_briefs_case_name_internal_not_blank check (btrim(case_name_internal) <> ''),
  constraint case_briefs_candidate_brief_not_blank check (btrim(candidate_brief) <> ''),
  constraint case_briefs_actor_brief_not_blank check (btrim(actor_brief) <> '')
);

create index case_briefs_domain_idx on public.case_briefs (domain);

create trigger case_briefs_touch_updated_at
  before update on public.case_briefs
  for each row execute function public.touch_updated_at();

alter table public.case_briefs enable row level security;
alter table public.case_briefs force row level security;

grant select, insert, update, delete on public.case_briefs to authenticated;

create policy case_briefs_select_admin on public.case_briefs
  for select to authenticated
  using ((select public.is_admin()));

create policy case_briefs_insert_admin on public.case_briefs
  for insert to authenticated
  with check ((select public.is_admin()));

create policy case_briefs_update_admin on public.case_briefs
  for update to authenticated
  using ((select public.is_admin()))
  with check ((select public.is_admin()));

create policy case_briefs_delete_admin on public.case_briefs
  for delete to authenticated
  using ((select public.is_admin()));
