-- The signed-in user's own account (email and admin right), readable in the request's
-- own transaction under its role. Every page reads it for the header: with the profile
-- and the unread count it is one query on one connection, not a second connection as
-- the table owner. Nobody reads another account through it.
create function public.my_account()
returns table (email text, is_admin boolean)
language sql stable security definer set search_path = ''
as $$
  select u.email, u.is_admin from auth.users u where u.id = (select auth.uid())
$$;

revoke all on function public.my_account() from public;
grant execute on function public.my_account() to authenticated;
