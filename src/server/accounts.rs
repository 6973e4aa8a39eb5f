//! Accounts: sign-up, sign-in with rate limiting, admin rights and deletion. Accounts
//! are the server's own work, run as the owner: no client role can read `auth.users`.

use sqlx::PgPool;
use std::net::IpAddr;
use uuid::Uuid;

use super::{passwords, verification};
use crate::error::AppError;
use crate::model::{Person, TrainingLevel};

pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Failed sign-ins allowed per minute, per account and per address; the next is refused.
pub const FAILURES_PER_MINUTE: i64 = 5;

pub const WRONG_CREDENTIALS: &str = "Email or password is wrong.";
pub const TOO_MANY_FAILURES: &str = "Too many failed sign-ins. Wait a minute, then try again.";
pub const SIGN_IN_UNDER_WAY: &str =
    "Another sign-in to this account or from this address is under way. Try again in a moment.";

/// Trimmed and lower-cased; refused unless it looks like an address.
pub fn normalize_email(raw: &str) -> Result<String, AppError> {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && match email.split_once('@') {
            // A mailbox's name has at most 64 characters (RFC 5321): a longer one can
            // never receive the mail that confirms it.
            Some((local, domain)) => {
                !local.is_empty()
                    && local.len() <= 64
                    && !domain.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    if valid {
        Ok(email)
    } else {
        Err(AppError::invalid(
            "Enter an email address such as name@example.com.",
        ))
    }
}

/// At least 12 characters, at most 128; no composition rules.
pub fn check_password(password: &str) -> Result<(), AppError> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(AppError::invalid(format!(
            "Choose a password of at least {PASSWORD_MIN_CHARS} characters."
        )));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(AppError::invalid(format!(
            "Choose a password of at most {PASSWORD_MAX_CHARS} characters."
        )));
    }
    Ok(())
}

/// What sign-up says when the address already has an account and this server sends no
/// mail (with mail, both cases answer "check your email"): it names no account.
pub const ACCOUNT_NOT_CREATED: &str = "We could not create an account with that email address. If you have an account, sign in; otherwise check the address.";
pub const TOO_MANY_SIGN_UPS: &str =
    "Too many new accounts from this address in the last hour. Please try again later.";
pub const SIGN_UP_UNDER_WAY: &str =
    "Another sign-up from this address is under way. Try again in a moment.";

/// How a new account's address is confirmed.
pub enum Confirm<'a> {
    /// By a link mailed to it: the answer is the same whether or not the address already
    /// has an account (whose owner is told instead), and the account is not signed in.
    ByLink {
        public_base_url: &'a str,
        next: Option<&'a str>,
    },
    /// Not at all: this server sends no mail, so the address is taken as given and the
    /// account signed in at once; an address in use is refused with
    /// [`ACCOUNT_NOT_CREATED`].
    Unconfirmed,
}

/// A new account, or None when the address already had one (and its owner was told).
/// At most `per_hour` sign-ups an hour from one address bucket (see
/// [`address_bucket`]), taken one at a time and recorded before the password is hashed,
/// whether or not the address is in use, so both cost the same.
pub async fn sign_up(
    pool: &PgPool,
    email: &str,
    password: String,
    ip: Option<IpAddr>,
    per_hour: i64,
    confirm: Confirm<'_>,
) -> Result<Option<Uuid>, AppError> {
    let email = normalize_email(email)?;
    check_password(&password)?;
    let ip = address_bucket(ip).map(|ip| ip.to_string());

    let mut tx = pool.begin().await?;
    let locked = sqlx::query_scalar!(
        r#"select pg_try_advisory_xact_lock(
                    hashtextextended('sign-up address ' || coalesce($1, 'unknown'), 0)) as "locked!""#,
        ip.as_deref()
    )
    .fetch_one(&mut *tx)
    .await?;
    if !locked {
        return Err(AppError::RateLimited(SIGN_UP_UNDER_WAY.into()));
    }
    let recent = sqlx::query_scalar!(
        r#"select count(*) as "recent!" from auth.sign_ups
            where ip is not distinct from $1::text::inet and at > now() - interval '1 hour'"#,
        ip.as_deref()
    )
    .fetch_one(&mut *tx)
    .await?;
    if recent >= per_hour {
        return Err(AppError::RateLimited(TOO_MANY_SIGN_UPS.into()));
    }
    sqlx::query!(
        "insert into auth.sign_ups (ip) values ($1::text::inet)",
        ip.as_deref()
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;

    let hash = passwords::hash(password).await?;
    let Confirm::ByLink {
        public_base_url,
        next,
    } = confirm
    else {
        // An address already registered violates `users_email_lower_key`, which
        // `errors::constraint_error` answers with [`ACCOUNT_NOT_CREATED`].
        let id = sqlx::query_scalar!(
            "insert into auth.users (email, password_hash, email_verified_at)
             values ($1, $2, now()) returning id",
            email,
            hash
        )
        .fetch_one(pool)
        .await?;
        return Ok(Some(id));
    };
    // The account and the mail that follows from it commit together.
    let mut tx = pool.begin().await?;
    let created = sqlx::query_scalar!(
        "insert into auth.users (email, password_hash) values ($1, $2)
         on conflict ((lower(email))) do nothing returning id",
        email,
        hash
    )
    .fetch_optional(&mut *tx)
    .await?;
    match created {
        Some(id) => verification::on_sign_up(&mut tx, id, &email, next, public_base_url).await?,
        None => {
            let owner =
                sqlx::query_scalar!("select id from auth.users where lower(email) = $1", email)
                    .fetch_one(&mut *tx)
                    .await?;
            verification::address_in_use(&mut tx, owner, &email, public_base_url).await?;
        }
    }
    tx.commit().await?;
    Ok(created)
}

/// The bucket an address's failures count in: an IPv4 address, an IPv6 /64 (one
/// household or host gets a whole /64, so a /128 per attempt would be no limit), or,
/// with no address known, one bucket shared by every such attempt (NULL).
pub fn address_bucket(ip: Option<IpAddr>) -> Option<IpAddr> {
    match ip? {
        IpAddr::V4(v4) => Some(IpAddr::V4(v4)),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => Some(IpAddr::V4(v4)),
            None => {
                let network = u128::from(v6) & !((1u128 << 64) - 1);
                Some(IpAddr::V6(network.into()))
            }
        },
    }
}

/// The account behind `email` and `password`. Past [`FAILURES_PER_MINUTE`] failures
/// for the account or the address, attempts are refused before any password is
/// checked. Attempts on one account, or from one address, are taken one at a time
/// (advisory locks, never waited for) and recorded as failures before the password is
/// checked, so parallel guesses cannot all pass the count; a right password then marks
/// its own attempt as succeeded.
pub async fn sign_in(
    pool: &PgPool,
    email: &str,
    password: String,
    ip: Option<IpAddr>,
) -> Result<Uuid, AppError> {
    // An address that cannot be an account's still counts against the client's address.
    // Capped at the longest address, so a flood of huge "addresses" stores little.
    let email = normalize_email(email).unwrap_or_else(|_| {
        email
            .trim()
            .chars()
            .take(254)
            .collect::<String>()
            .to_lowercase()
    });
    let ip = address_bucket(ip).map(|ip| ip.to_string());

    let mut tx = pool.begin().await?;
    // One attempt at a time per account and per address. Never waited for (a flood on
    // one account must not hold pooled connections): a second attempt while one is
    // under way is refused at once, as the limit would.
    let locked = sqlx::query_scalar!(
        r#"select pg_try_advisory_xact_lock(hashtextextended('sign-in account ' || $1, 0))
              and pg_try_advisory_xact_lock(
                    hashtextextended('sign-in address ' || coalesce($2, 'unknown'), 0)) as "locked!""#,
        email,
        ip.as_deref()
    )
    .fetch_one(&mut *tx)
    .await?;
    if !locked {
        return Err(AppError::RateLimited(SIGN_IN_UNDER_WAY.into()));
    }
    let failures = sqlx::query!(
        r#"select
             (select count(*) from auth.sign_in_attempts
               where lower(email) = $1 and not succeeded
                 and at > now() - interval '1 minute') as "by_email!",
             (select count(*) from auth.sign_in_attempts
               where ip is not distinct from $2::text::inet and not succeeded
                 and at > now() - interval '1 minute') as "by_ip!""#,
        email,
        ip.as_deref()
    )
    .fetch_one(&mut *tx)
    .await?;
    let (by_email, by_ip) = (failures.by_email, failures.by_ip);
    if by_email >= FAILURES_PER_MINUTE || by_ip >= FAILURES_PER_MINUTE {
        tx.commit().await?;
        return Err(AppError::RateLimited(TOO_MANY_FAILURES.into()));
    }
    let attempt = sqlx::query_scalar!(
        "insert into auth.sign_in_attempts (email, ip, succeeded)
         values ($1, $2::text::inet, false) returning id",
        email,
        ip.as_deref()
    )
    .fetch_one(&mut *tx)
    .await?;
    let account = sqlx::query!(
        "select id, password_hash from auth.users where lower(email) = $1",
        email
    )
    .fetch_optional(&mut *tx)
    .await?
    .map(|row| (row.id, row.password_hash));
    tx.commit().await?;

    // Unknown addresses cost a hash check too, so timing does not tell which exist.
    let (id, matches) = match account {
        Some((id, stored)) => (Some(id), passwords::verify(password, stored).await?),
        None => (None, passwords::verify_unknown(password).await?),
    };
    match (matches, id) {
        (true, Some(id)) => {
            sqlx::query!(
                "update auth.sign_in_attempts set succeeded = true where id = $1",
                attempt
            )
            .execute(pool)
            .await?;
            Ok(id)
        }
        _ => Err(AppError::invalid(WRONG_CREDENTIALS)),
    }
}

/// Removes the account: its profile goes with it; the sessions it hosts are cancelled
/// (deleted) and the seats it holds freed, by the foreign keys' actions.
pub async fn delete(pool: &PgPool, id: Uuid) -> Result<(), AppError> {
    sqlx::query!("delete from auth.users where id = $1", id)
        .execute(pool)
        .await?;
    Ok(())
}

pub struct AccountInfo {
    pub email: String,
    pub is_admin: bool,
    pub email_verified: bool,
}

/// The signed-in user as the header shows them, in one query under their own role
/// (`public.my_account()`): account, profile if set up, unread updates. None when the
/// account no longer exists.
pub async fn me(
    conn: &mut sqlx::PgConnection,
    id: Uuid,
) -> Result<Option<(AccountInfo, Option<Person>, i64)>, AppError> {
    let row = sqlx::query!(
        r#"select a.email as "email!", a.is_admin as "is_admin!", a.email_verified as "email_verified!",
                  p.first_name as "first_name?", p.last_name as "last_name?",
                  p.training_level as "training_level?: TrainingLevel", p.avatar,
                  (select count(*) from public.notifications n
                    where n.user_id = $1 and n.read_at is null) as "unread!"
             from public.my_account() a
             left join public.profiles p on p.user_id = $1"#,
        id
    )
    .fetch_optional(conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let profile = match (row.first_name, row.last_name, row.training_level) {
        (Some(first_name), Some(last_name), Some(training_level)) => Some(Person {
            first_name,
            last_name,
            training_level,
            avatar: row.avatar,
        }),
        _ => None,
    };
    Ok(Some((
        AccountInfo {
            email: row.email,
            is_admin: row.is_admin,
            email_verified: row.email_verified,
        },
        profile,
        row.unread,
    )))
}

/// Grants or revokes admin rights; false when no account has that email.
pub async fn set_admin(pool: &PgPool, email: &str, is_admin: bool) -> Result<bool, sqlx::Error> {
    let email = email.trim().to_lowercase();
    let done = sqlx::query!(
        "update auth.users set is_admin = $2 where lower(email) = $1",
        email,
        is_admin
    )
    .execute(pool)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Old sign-in and sign-up attempts and session creations are no use after a day: every
/// limit they feed looks back an hour or a day at most.
pub async fn prune_attempts(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let pruned = sqlx::query_scalar!(
        r#"with a as (delete from auth.sign_in_attempts where at < now() - interval '1 day' returning 1),
                s as (delete from auth.sign_ups where at < now() - interval '1 day' returning 1),
                r as (delete from public.room_creations where at < now() - interval '1 day' returning 1)
           select (select count(*) from a) + (select count(*) from s) + (select count(*) from r)
             as "pruned!""#
    )
    .fetch_one(pool)
    .await?;
    Ok(pruned as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(
            normalize_email("  Amara.Okafor@NHS.net ").unwrap(),
            "amara.okafor@nhs.net"
        );
        assert!(normalize_email(&format!("{}@nhs.net", "a".repeat(64))).is_ok());
        for bad in [
            "",
            "amara",
            "amara@",
            "@nhs.net",
            "a@b",
            "a b@nhs.net",
            "a@@nhs.net",
            "a@nhs.net.",
            &format!("{}@nhs.net", "a".repeat(65)),
        ] {
            assert!(normalize_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn addresses_count_per_ipv4_address_per_ipv6_64_and_unknown_together() {
        let bucket = |s: &str| {
            address_bucket(Some(s.parse().unwrap()))
                .unwrap()
                .to_string()
        };
        assert_eq!(bucket("203.0.113.9"), "203.0.113.9");
        assert_eq!(bucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), "2001:db8:1:2::");
        assert_eq!(bucket("2001:db8:1:2::1"), bucket("2001:db8:1:2:ffff::9"));
        assert_ne!(bucket("2001:db8:1:2::1"), bucket("2001:db8:1:3::1"));
        assert_eq!(bucket("::ffff:203.0.113.9"), "203.0.113.9");
        assert_eq!(address_bucket(None), None);
    }

    #[test]
    fn passwords_need_12_to_128_characters_and_nothing_else() {
        assert!(check_password("short").is_err());
        assert!(check_password("elevenchars").is_err());
        assert!(check_password("twelve chars").is_ok());
        assert!(check_password("all lowercase no digits at all").is_ok());
        // Characters, not bytes: twelve accented letters pass.
        assert!(check_password("éééééééééééé").is_ok());
        assert!(check_password(&"x".repeat(128)).is_ok());
        assert!(check_password(&"x".repeat(129)).is_err());
    }
}
