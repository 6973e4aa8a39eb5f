-- The doors that RLS alone cannot open: a private room by its link, joining it, and a
-- round's brief with the reveal rule.

-- A signed-in holder of a room's link sees that room, private or not.
create function public.room_by_url(p_room_url text) returns setof public.practice_rooms
language sql stable security definer
set search_path = ''
as $$
  select r.*
  from public.practice_rooms r
  where r.room_url = p_room_url
    and auth.uid() is not null
$$;

revoke execute on function public.room_by_url(text) from public;
grant execute on function public.room_by_url(text) to authenticated;

-- Take the open seat of the room behind a link. The guard trigger still applies the
-- people's rules (own room, started, past), since the caller's claim stays set.
create function public.join_room_by_url(p_room_url text) returns public.practice_rooms
language plpgsql volatile security definer
set search_path = ''
as $$
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

revoke execute on function public.join_room_by_url(text) from public;
grant execute on function public.join_room_by_url(text) to authenticated;

-- Both participants see the candidate brief. The partner (non-candidate) sees the actor
-- brief and the case's names at once; the candidate only once the round has ended.
-- Anyone else gets no row.
create function public.round_brief(p_round_id uuid)
returns table (
  round_id uuid,
  viewer_is_candidate boolean,
  revealed boolean,
  domain text,
  candidate_brief text,
  actor_brief text,
  case_name text,
  category text,
  condition text
)
language sql stable security definer
set search_path = ''
as $$
  with ctx as (
    select ro.id, ro.candidate_id, ro.ended_at, cb.domain, cb.candidate_brief, cb.actor_brief,
           cb.case_name, cb.category, cb.condition
    from public.practice_rounds ro
    join public.practice_rooms rm on rm.id = ro.room_id
    join public.case_briefs cb on cb.id = ro.case_briefs_id
    where ro.id = p_round_id
      and auth.uid() is not null
      and auth.uid() in (rm.host_id, rm.guest_id)
  ), seen as (
    select ctx.*, (auth.uid() = ctx.candidate_id) as is_candidate,
           (auth.uid() <> ctx.candidate_id or ctx.ended_at is not null) as open
    from ctx
  )
  select s.id, s.is_candidate, s.open, s.domain, s.candidate_brief,
         case when s.open then s.actor_brief end,
         case when s.open then s.case_name end,
         case when s.open then s.category end,
         case when s.open then s.condition end
  from seen s
$$;

revoke execute on function public.round_brief(uuid) from public;
grant execute on function public.round_brief(uuid) to authenticated;
