-- Outgoing mail and account recovery.
--
-- Mail is queued in `mail.outbox` in the transaction that causes it, so a mail is sent
-- if and only if what it tells of committed. The servers' mail workers claim due rows
-- with FOR UPDATE SKIP LOCKED under a lease and a claim token (the assessment jobs'
-- pattern): two workers never send one row at once, a row whose worker died mid-send is
-- taken over when its lease runs out, and SMTP failures are retried with backoff until
-- the row fails visibly. Each row has an idempotency key (what caused it: one reset
-- link, one notice), so the same cause never queues two mails, and its id is the
-- message's Message-ID, so a resend after a crash is recognisable as the same message.
--
-- Server work only (the owner): no client role reads or writes any of it.

create schema mail;
revoke all on schema mail from public;

create table mail.outbox (
  id uuid primary key default gen_random_uuid(),
  idempotency_key text not null,
  -- 'account' mail (verification, password) is always sent; the others honour opt-outs.
  kind text not null,
  user_id uuid references auth.users(id) on delete cascade,
  to_address text not null,
  subject text not null,
  body_text text not null,
  body_html text not null,
  status text not null default 'queued',
  attempts int not null default 0,
  max_attempts int not null default 8,
  run_after timestamptz not null default now(),
  worker text,
  claim uuid,
  lease_until timestamptz,
  -- What went wrong last (the SMTP server's reply, for operators; never shown to users).
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  constraint outbox_idempotency_key unique (idempotency_key),
  constraint outbox_kind_valid check (kind in ('account', 'update', 'reminder')),
  constraint outbox_status_valid check (status in ('queued', 'sending', 'sent', 'failed')),
  constraint outbox_attempts_valid check (attempts >= 0 and max_attempts between 1 and 50),
  constraint outbox_sending_claimed check (
    (status = 'sending') = (claim is not null and lease_until is not null)
  ),
  constraint outbox_last_error_length check (char_length(last_error) <= 1000)
);

create index outbox_due_idx on mail.outbox (run_after) where status = 'queued';
create index outbox_lease_idx on mail.outbox (lease_until) where status = 'sending';
create index outbox_user_idx on mail.outbox (user_id);

alter table mail.outbox enable row level security;
revoke all on mail.outbox from public, anon, authenticated;

-- Password reset links: a random token sent once, stored as its SHA-256; single use,
-- an hour long.
create table auth.password_resets (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  token_hash bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  constraint password_resets_token_hash_key unique (token_hash),
  constraint password_resets_token_hash_length check (octet_length(token_hash) = 32),
  constraint password_resets_expiry_valid check (expires_at > created_at)
);

create index password_resets_user_idx on auth.password_resets (user_id, created_at);

alter table auth.password_resets enable row level security;
revoke all on auth.password_resets from public, anon, authenticated;

-- Which stored sign-in sessions belong to whom, so a new password can end every other
-- session of its account (the session store keeps the user inside its encoded record).
-- Rows whose session has gone are pruned with the expired sessions.
create table auth.user_sessions (
  session_id text primary key,
  user_id uuid not null references auth.users(id) on delete cascade,
  created_at timestamptz not null default now()
);

create index user_sessions_user_idx on auth.user_sessions (user_id);

alter table auth.user_sessions enable row level security;
revoke all on auth.user_sessions from public, anon, authenticated;

-- A calendar file sent with a mail: its text and METHOD (REQUEST or CANCEL).
alter table mail.outbox add column ics text;
alter table mail.outbox add column ics_method text;
alter table mail.outbox add constraint outbox_ics_method_valid check (
  (ics is null and ics_method is null) or ics_method in ('REQUEST', 'CANCEL')
);

-- Each person's time zone, as their browser names it (set when they save their
-- profile), so mail states times in the recipient's zone. Kept with the account, which
-- no client reads: a person's zone is theirs.
alter table auth.users add column time_zone text;
alter table auth.users add constraint users_time_zone_length check (char_length(time_zone) between 1 and 64);

create function public.set_my_time_zone(p_zone text) returns void
language sql
security definer
set search_path = ''
as $$
  update auth.users set time_zone = p_zone where id = auth.uid();
$$;

revoke execute on function public.set_my_time_zone(text) from public;
grant execute on function public.set_my_time_zone(text) to authenticated;

-- Session updates (joined, left, removed, rescheduled, cancelled) are written by the
-- database in the changing transaction; the mail workers turn each into a mail to its
-- person once (`mailed_at`, and the outbox key `update:<id>`). Updates from before
-- this migration are not mailed.
alter table public.notifications add column mailed_at timestamptz;
update public.notifications set mailed_at = created_at;
create index notifications_unmailed_idx on public.notifications (created_at) where mailed_at is null;

-- Reminders look for sessions with a guest in the coming day.
create index practice_rooms_reminders_idx on public.practice_rooms (datetime_utc)
  where guest_id is not null and cancelled_at is null;

-- Opting out of mail by kind: session updates and reminders (account mail is always
-- sent). Kept with the account; the owner's own reads and writes only.
alter table auth.users add column mail_updates boolean not null default true;
alter table auth.users add column mail_reminders boolean not null default true;

-- One-click unsubscribe (RFC 8058): each update or reminder carries its own random
-- token, kept here as its SHA-256 beside the address its header names.
alter table mail.outbox add column unsubscribe_hash bytea;
alter table mail.outbox add column list_unsubscribe text;
create unique index outbox_unsubscribe_idx on mail.outbox (unsubscribe_hash)
  where unsubscribe_hash is not null;

-- A person reads and sets their own choices, on their request's own connection.
create function public.my_mail_preferences(out updates boolean, out reminders boolean)
language sql
stable
security definer
set search_path = ''
as $$
  select mail_updates, mail_reminders from auth.users where id = auth.uid();
$$;

create function public.set_my_mail_preferences(p_updates boolean, p_reminders boolean) returns void
language sql
security definer
set search_path = ''
as $$
  update auth.users set mail_updates = p_updates, mail_reminders = p_reminders
   where id = auth.uid();
$$;

revoke execute on function public.my_mail_preferences() from public;
revoke execute on function public.set_my_mail_preferences(boolean, boolean) from public;
grant execute on function public.my_mail_preferences() to authenticated;
grant execute on function public.set_my_mail_preferences(boolean, boolean) to authenticated;
