-- Identity: the Supabase-style roles, the accounts table, auth.uid() and is_admin().

-- The tables below force row-level security, so their owner must bypass it for the
-- server's own work (migrations, the assessor, SECURITY DEFINER functions).
do $$
begin
  if not (select rolsuper or rolbypassrls from pg_roles where rolname = current_user) then
    raise exception 'the role running migrations (%) must have BYPASSRLS (or be a superuser): it owns tables that force row-level security', current_user;
  end if;
end $$;

-- Roles are cluster-wide while migrations run per database (tests create many databases
-- at once), so creating them tolerates a concurrent twin.
do $$
begin
  create role anon nologin noinherit;
exception when duplicate_object or unique_violation then null;
end $$;

do $$
begin
  create role authenticated nologin noinherit;
exception when duplicate_object or unique_violation then null;
end $$;

-- The server's login role switches into these for each request (SET LOCAL ROLE).
do $$
begin
  execute format('grant anon, authenticated to %I', current_user);
exception when duplicate_object or unique_violation then null;
end $$;

create extension if not exists pgcrypto with schema public;

create schema auth;
grant usage on schema auth to anon, authenticated;

create table auth.users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  password_hash text not null,
  is_admin boolean not null default false,
  created_at timestamptz not null default now()
);

create unique index users_email_lower_key on auth.users (lower(email));

-- Accounts are read and written only by the server as the owner (sign-up, sign-in, the
-- admin command): neither role gets any privilege, and RLS denies them every row.
alter table auth.users enable row level security;
revoke all on auth.users from public, anon, authenticated;

create function auth.uid() returns uuid
language sql stable
as $$ select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;

grant execute on function auth.uid() to anon, authenticated;

create function public.is_admin() returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce((select u.is_admin from auth.users u where u.id = auth.uid()), false)
$$;

revoke execute on function public.is_admin() from public;
grant execute on function public.is_admin() to anon, authenticated;

-- Shared by every table with an updated_at column.
create function public.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end $$;
