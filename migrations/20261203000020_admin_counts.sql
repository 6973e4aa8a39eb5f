-- The admin overview's account count, read inside the admin's own transaction (as
-- `authenticated`) instead of on a second connection as the tables' owner: a page
-- costs one pool checkout. Null for anyone who is not an admin.
create function public.admin_account_count() returns bigint
language sql stable security definer
set search_path = ''
as $$
  select case when public.is_admin() then (select count(*) from auth.users) end
$$;

revoke execute on function public.admin_account_count() from public;
grant execute on function public.admin_account_count() to authenticated;
