-- The assessment of each round, as durable jobs. Ending a round enqueues its job in the
-- same transaction; the servers' workers claim jobs with FOR UPDATE SKIP LOCKED under a
-- lease, so several instances never work on one job at once, and a job whose worker
-- died is taken over when its lease runs out. Only the server (as the owner) claims,
-- finishes and writes assessments; participants read their rounds' jobs and may ask
-- for a failed one to run again.

create table public.assessment_jobs (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.practice_rounds(id) on delete cascade,
  room_id uuid not null references public.practice_rooms(id) on delete cascade,
  status text not null default 'queued',
  -- Claims so far (a claim whose worker died counts), and the limit for this run.
  attempts int not null default 0,
  max_attempts int not null default 5,
  -- Answers refused by validation in this run (bad JSON, schema).
  invalid_answers int not null default 0,
  -- Times a participant asked for the failed job to run again (each run may cost up to
  -- max_attempts provider calls, so there is a limit).
  reruns int not null default 0,
  run_after timestamptz not null default now(),
  -- The current claim: who holds it, its token, and until when.
  worker text,
  claim uuid,
  lease_until timestamptz,
  -- What went wrong last, in words for the participants (never a provider's text).
  last_error text,
  -- "llm" or "checklist": which assessor ran (or runs) it.
  assessor text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz,
  constraint assessment_jobs_round_key unique (round_id),
  constraint assessment_jobs_status_valid check (status in ('queued', 'running', 'done', 'failed')),
  constraint assessment_jobs_attempts_valid check (attempts >= 0 and max_attempts between 1 and 20),
  constraint assessment_jobs_reruns_valid check (reruns between 0 and 3),
  constraint assessment_jobs_running_claimed check (
    (status = 'running') = (claim is not null and lease_until is not null)
  ),
  constraint assessment_jobs_assessor_valid check (assessor is null or assessor in ('llm', 'checklist')),
  constraint assessment_jobs_last_error_length check (char_length(last_error) <= 500)
);

-- What the workers look for: due queued jobs, and running ones whose lease ran out.
create index assessment_jobs_due_idx on public.assessment_jobs (run_after)
  where status = 'queued';
create index assessment_jobs_lease_idx on public.assessment_jobs (lease_until)
  where status = 'running';
create index assessment_jobs_room_idx on public.assessment_jobs (room_id);

alter table public.assessment_jobs enable row level security;
alter table public.assessment_jobs force row level security;

-- Participants read their rounds' jobs; no client writes one.
grant select on public.assessment_jobs to authenticated;

create policy assessment_jobs_select_participants on public.assessment_jobs
  for select to authenticated
  using (
    room_id in (
      select r.id from public.practice_rooms r
      where r.host_id = (select auth.uid()) or r.guest_id = (select auth.uid())
    )
    or (select public.is_admin())
  );

create trigger assessment_jobs_touch_updated_at
  before update on public.assessment_jobs
  for each row execute function public.touch_updated_at();

-- Ending a round enqueues its assessment, in the ending transaction: no ended round is
-- ever without its job.
create function public.practice_rounds_enqueue_assessment() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.ended_at is not null and old.ended_at is null then
    insert into public.assessment_jobs (round_id, room_id)
    values (new.id, new.room_id)
    on conflict (round_id) do nothing;
  end if;
  return null;
end $$;

revoke execute on function public.practice_rounds_enqueue_assessment() from public;

create trigger practice_rounds_enqueue_assessment
  after update of ended_at on public.practice_rounds
  for each row execute function public.practice_rounds_enqueue_assessment();

-- Rounds that ended before this migration get their job too.
insert into public.assessment_jobs (round_id, room_id)
select id, room_id from public.practice_rounds where ended_at is not null
on conflict (round_id) do nothing;

-- A participant asks for a failed assessment to run again: a new run, from scratch.
create function public.rerun_assessment(p_round_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  job record;
begin
  select j.id, j.status, j.reruns into job
    from public.assessment_jobs j
    join public.practice_rooms r on r.id = j.room_id
   where j.round_id = p_round_id and uid is not null and uid in (r.host_id, r.guest_id)
     for update of j;
  if job.id is null then
    perform public.violates('assessment_jobs_not_found', 'no such assessment');
  end if;
  if job.status <> 'failed' then
    perform public.violates('assessment_jobs_rerun_failed_only', 'only a failed assessment runs again');
  end if;
  if job.reruns >= 3 then
    perform public.violates('assessment_jobs_rerun_limit', 'a failed assessment runs again at most three times');
  end if;
  update public.assessment_jobs
     set status = 'queued', attempts = 0, invalid_answers = 0, run_after = now(),
         reruns = reruns + 1,
         last_error = null, finished_at = null, worker = null, claim = null, lease_until = null
   where id = job.id;
end $$;

revoke execute on function public.rerun_assessment(uuid) from public;
grant execute on function public.rerun_assessment(uuid) to authenticated;

-- A job's changes reach the round's participants live, as a change to the round.
create function realtime.capture_assessment_job()
returns trigger
language plpgsql
security definer
set search_path = pg_catalog
as $$
declare
  v_people uuid[];
begin
  select array[r.host_id, r.guest_id] into v_people
  from public.practice_rooms r where r.id = coalesce(new.room_id, old.room_id);
  if tg_op = 'UPDATE' and old.status = new.status and old.attempts = new.attempts
     and old.last_error is not distinct from new.last_error then
    return null;
  end if;
  perform realtime.record('round', 'update', coalesce(new.room_id, old.room_id),
    coalesce(new.round_id, old.round_id), array['assessment_job'], false,
    coalesce(v_people, '{}'));
  return null;
end
$$;

create trigger assessment_jobs_realtime
  after insert or update on public.assessment_jobs
  for each row execute function realtime.capture_assessment_job();
