-- Confirmed email addresses.
--
-- A new account's address is confirmed by a link sent to it (a random token kept as its
-- SHA-256, single use, 24 hours). Until it is, the account can browse and set up its
-- profile but cannot host or join a session: the database refuses both, whatever the
-- page does. Changing the address sends a link to the new one, and the change takes
-- effect only when that link is opened. Server work only (the owner): no client role
-- reads or writes any of it.

alter table auth.users add column email_verified_at timestamptz;

-- Accounts made before addresses were confirmed keep working as they did.
update auth.users set email_verified_at = created_at;

create table auth.email_verifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  -- The address the link went to: the account's own at sign-up, the new one for a change.
  email text not null,
  token_hash bytea not null,
  -- Where the person was going when they signed up (a path of this site, checked by the
  -- server before it is stored and again before it is followed).
  next text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  constraint email_verifications_token_hash_key unique (token_hash),
  constraint email_verifications_token_hash_length check (octet_length(token_hash) = 32),
  constraint email_verifications_expiry_valid check (expires_at > created_at),
  constraint email_verifications_email_length check (char_length(email) between 3 and 254),
  constraint email_verifications_next_length check (char_length(next) <= 2000)
);

create index email_verifications_user_idx on auth.email_verifications (user_id, created_at);

alter table auth.email_verifications enable row level security;
revoke all on auth.email_verifications from public, anon, authenticated;

-- Hosting and joining need a confirmed address: the new host on insert, the new guest
-- when the seat is taken (by the board, a link or anything else that sets it).
create function public.practice_rooms_confirmed_address() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
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

revoke execute on function public.practice_rooms_confirmed_address() from public;

create trigger practice_rooms_confirmed_address
  before insert or update of guest_id on public.practice_rooms
  for each row execute function public.practice_rooms_confirmed_address();

-- The header reads whether the address is confirmed with the rest of the account.
drop function public.my_account();

create function public.my_account()
returns table (email text, is_admin boolean, email_verified boolean)
language sql stable security definer set search_path = ''
as $$
  select u.email, u.is_admin, u.email_verified_at is not null
    from auth.users u where u.id = (select auth.uid())
$$;

revoke all on function public.my_account() from public;
grant execute on function public.my_account() to authenticated;

-- A session's participants see each other's time zone (to state the time in both), and
-- nobody else sees anyone's.
create function public.partner_time_zone(p_room_url text) returns text
language sql
stable
security definer
set search_path = ''
as $$
  select u.time_zone
    from public.practice_rooms r
    join auth.users u
      on u.id = case when r.host_id = (select auth.uid()) then r.guest_id
                     when r.guest_id = (select auth.uid()) then r.host_id end
   where r.room_url = p_room_url
$$;

revoke execute on function public.partner_time_zone(text) from public;
grant execute on function public.partner_time_zone(text) to authenticated;

-- A person reads their own time zone (the profile page shows it to change it).
create function public.my_time_zone() returns text
language sql
stable
security definer
set search_path = ''
as $$
  select time_zone from auth.users where id = auth.uid();
$$;

revoke execute on function public.my_time_zone() from public;
grant execute on function public.my_time_zone() to authenticated;
