-- Accounts: sign-in attempts for rate limiting. Server work only (the owner): no client
-- role holds any privilege here.

create table auth.sign_in_attempts (
  id bigint generated always as identity primary key,
  email text not null,
  ip inet,
  succeeded boolean not null,
  at timestamptz not null default now()
);

create index sign_in_attempts_email_at_idx on auth.sign_in_attempts (lower(email), at) where not succeeded;
create index sign_in_attempts_ip_at_idx on auth.sign_in_attempts (ip, at) where not succeeded;

alter table auth.sign_in_attempts enable row level security;
revoke all on auth.sign_in_attempts from public, anon, authenticated;
