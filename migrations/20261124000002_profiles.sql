-- Profiles: readable by everyone (the board shows hosts), written only by their owner.

create table public.profiles (
  user_id uuid primary key default auth.uid() references auth.users (id) on delete cascade,
  first_name text not null,
  last_name text not null,
  training_level text not null,
  avatar text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profiles_first_name_length check (char_length(btrim(first_name)) between 1 and 60),
  constraint profiles_last_name_length check (char_length(btrim(last_name)) between 1 and 60),
  constraint profiles_training_level_valid check (training_level in (
    'student_y1', 'student_y2', 'student_y3', 'student_y4', 'student_y5', 'student_y6',
    'fy1', 'fy2', 'ct_st', 'img_plab', 'gp_trainee', 'other'
  )),
  constraint profiles_avatar_length check (avatar is null or char_length(avatar) between 1 and 300)
);

create index profiles_training_level_idx on public.profiles (training_level);

create trigger profiles_touch_updated_at
  before update on public.profiles
  for each row execute function public.touch_updated_at();

alter table public.profiles enable row level security;
alter table public.profiles force row level security;

grant select on public.profiles to anon, authenticated;
-- Column grants: timestamps are the database's to set.
grant insert (user_id, first_name, last_name, training_level, avatar) on public.profiles to authenticated;
grant update (first_name, last_name, training_level, avatar) on public.profiles to authenticated;

create policy profiles_select_everyone on public.profiles
  for select to anon, authenticated
  using (true);

create policy profiles_insert_own on public.profiles
  for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy profiles_update_own on public.profiles
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
