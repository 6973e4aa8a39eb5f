//! Typed configuration, read once from the environment at start; a bad value stops
//! the server with a message naming the variable.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("{name} is not set: {hint}")]
    Missing {
        name: &'static str,
        hint: &'static str,
    },
    #[error("{name} is invalid: {reason}")]
    Invalid { name: &'static str, reason: String },
}

#[derive(Clone)]
pub struct Config {
    /// PostgreSQL connection string. Secret: never printed.
    pub database_url: String,
    /// Upper bound of the pool's connections.
    pub database_max_connections: u32,
    /// Where to listen. Unset: cargo-leptos's `LEPTOS_SITE_ADDR`, else 127.0.0.1:3000.
    pub bind_address: Option<SocketAddr>,
    /// The address people reach the app at (links in calendar files and emails).
    pub public_base_url: String,
    /// Files the app keeps (avatars).
    pub data_dir: PathBuf,
    /// Behind a load balancer: take the client's address from the last hop of
    /// `X-Forwarded-For` (what the balancer saw) instead of the connection's peer.
    pub trust_forwarded_for: bool,
    /// Where video calls are held: a session's call is this plus a name from its link.
    pub video_call_base_url: String,
    /// How rounds are assessed: by an LLM when one is configured, else the checklist.
    pub assessor: AssessorConfig,
    /// New accounts an hour from one address (an IPv4 address or IPv6 /64).
    pub sign_ups_per_hour: i64,
    /// Live streams open at once from one address, per instance.
    pub streams_per_address: usize,
    /// Outgoing mail: off without `SMTP_URL`.
    pub mail: MailConfig,
    /// `MATCHER_POLL_MS`: how often each instance runs a pass of the partner matcher.
    pub matcher_poll: Duration,
}

/// Outgoing mail through SMTP.
#[derive(Clone)]
pub struct MailConfig {
    /// `SMTP_URL`: `smtps://host` (implicit TLS), `smtp://host?tls=required` (STARTTLS),
    /// `smtp://host` (plain, for a local catcher); credentials as `user:password@`.
    /// Secret: never printed.
    pub smtp_url: Option<String>,
    /// `MAIL_FROM`: who mail comes from, e.g. `Med Practice <no-reply@example.org>`.
    pub from: Option<lettre::message::Mailbox>,
    pub workers: u32,
    pub retry_base: Duration,
    pub lease: Duration,
    pub poll: Duration,
    /// `MAIL_REMINDER_SCAN_SECS`: how often each instance looks for reminders falling
    /// due (a minute; the browser tests make it shorter).
    pub reminder_scan: Duration,
}

impl MailConfig {
    /// Whether mail is sent at all; without it, pages promise no email.
    pub fn enabled(&self) -> bool {
        self.smtp_url.is_some() && self.workers > 0
    }
}

impl fmt::Debug for MailConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MailConfig")
            .field("smtp_url", &self.smtp_url.as_ref().map(|_| "<redacted>"))
            .field("from", &self.from.as_ref().map(ToString::to_string))
            .field("workers", &self.workers)
            .finish()
    }
}

fn mail_config(get: &impl Fn(&str) -> Option<String>) -> Result<MailConfig, ConfigError> {
    let smtp_url = get("SMTP_URL").map(|v| v.trim().to_string());
    if let Some(url) = &smtp_url {
        if let Err(e) =
            lettre::transport::smtp::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url)
        {
            return Err(ConfigError::Invalid {
                name: "SMTP_URL",
                reason: format!("expected smtp:// or smtps://host[:port], with user:password@ if the server needs them ({e})"),
            });
        }
    }
    let from = match get("MAIL_FROM") {
        None if smtp_url.is_some() => {
            return Err(ConfigError::Missing {
                name: "MAIL_FROM",
                hint: "SMTP_URL is set, so name the address mail comes from, e.g. \"Med Practice <no-reply@example.org>\"",
            })
        }
        None => None,
        Some(v) => Some(v.trim().parse::<lettre::message::Mailbox>().map_err(|_| {
            ConfigError::Invalid {
                name: "MAIL_FROM",
                reason: format!("expected an address such as \"Med Practice <no-reply@example.org>\", got {v:?}"),
            }
        })?),
    };
    Ok(MailConfig {
        smtp_url,
        from,
        workers: number(get, "MAIL_WORKERS", 1u32, 0, 16)?,
        retry_base: Duration::from_millis(number(
            get,
            "MAIL_RETRY_BASE_MS",
            10_000u64,
            10,
            600_000,
        )?),
        lease: Duration::from_secs(number(get, "MAIL_LEASE_SECS", 120u64, 1, 3600)?),
        poll: Duration::from_millis(number(get, "MAIL_POLL_MS", 1000u64, 20, 60_000)?),
        reminder_scan: Duration::from_secs(number(get, "MAIL_REMINDER_SCAN_SECS", 60u64, 1, 3600)?),
    })
}

/// An OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI's v1 API,
/// Ollama, vLLM, llama.cpp's server...).
#[derive(Clone)]
pub struct LlmConfig {
    /// Up to and including the version, e.g. `https://api.openai.com/v1`; requests go
    /// to `{base_url}/chat/completions`.
    pub base_url: String,
    pub model: String,
    /// Secret: never printed. Unset for servers that take no key (Ollama, llama.cpp).
    pub api_key: Option<String>,
    /// The header the key goes in: `Authorization` (as `Bearer <key>`) or, for Azure
    /// OpenAI, `api-key`.
    pub api_key_header: String,
    /// One request's limit, answer included.
    pub timeout: Duration,
    /// Independent answers per round (`ASSESSOR_SAMPLES`): per domain their median
    /// grade, per point the majority's status, and the range shown where they differ.
    pub samples: u32,
    /// The longest transcript, in characters of its JSON, sent in one prompt
    /// (`LLM_PROMPT_MAX_CHARS`): a longer one is shortened in the middle, visibly.
    pub prompt_max_chars: usize,
}

#[derive(Clone, Debug)]
pub struct AssessorConfig {
    pub llm: Option<LlmConfig>,
    /// Workers in this process (0: this instance assesses nothing; others do).
    pub workers: u32,
    /// Claims of one job before it fails visibly.
    pub max_attempts: i32,
    /// The first pause after a provider error; doubled each time, at most 5 minutes.
    pub retry_base: Duration,
    /// How often an idle worker looks for jobs.
    pub poll: Duration,
    /// How long a claim lasts: a job whose worker died is taken over after this.
    pub lease: Duration,
}

impl AssessorConfig {
    /// The assessor's settings alone, from the environment (the evaluation command
    /// needs no database).
    pub fn from_env() -> Result<Self, ConfigError> {
        assessor_config(&|name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Who assesses: an LLM when one is configured, else the checklist.
    pub fn kind(&self) -> crate::model::assessment::AssessorKind {
        match self.llm {
            Some(_) => crate::model::assessment::AssessorKind::Llm,
            None => crate::model::assessment::AssessorKind::Checklist,
        }
    }
}

impl fmt::Debug for LlmConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LlmConfig")
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("api_key_header", &self.api_key_header)
            .field("timeout", &self.timeout)
            .field("samples", &self.samples)
            .field("prompt_max_chars", &self.prompt_max_chars)
            .finish()
    }
}

fn number<T: std::str::FromStr + PartialOrd + fmt::Display + Copy>(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: T,
    min: T,
    max: T,
) -> Result<T, ConfigError> {
    match get(name) {
        None => Ok(default),
        Some(v) => match v.trim().parse::<T>() {
            Ok(n) if n >= min && n <= max => Ok(n),
            _ => Err(ConfigError::Invalid {
                name,
                reason: format!("expected a whole number from {min} to {max}, got {v:?}"),
            }),
        },
    }
}

fn assessor_config(get: &impl Fn(&str) -> Option<String>) -> Result<AssessorConfig, ConfigError> {
    let timeout = Duration::from_secs(number(get, "LLM_TIMEOUT_SECS", 60u64, 1, 600)?);
    let samples = number(get, "ASSESSOR_SAMPLES", 3u32, 1, 9)?;
    let prompt_max_chars = number(get, "LLM_PROMPT_MAX_CHARS", 60_000usize, 4_000, 2_000_000)?;
    let llm = match (get("LLM_BASE_URL"), get("LLM_MODEL")) {
        (None, None) => None,
        (Some(_), None) => {
            return Err(ConfigError::Missing {
                name: "LLM_MODEL",
                hint: "name the model to ask, or unset LLM_BASE_URL to use the checklist",
            })
        }
        (None, Some(_)) => {
            return Err(ConfigError::Missing {
                name: "LLM_BASE_URL",
                hint: "set the chat-completions base address, e.g. https://api.openai.com/v1",
            })
        }
        (Some(base), Some(model)) => {
            let base = base.trim().trim_end_matches('/').to_string();
            let host = base
                .strip_prefix("https://")
                .or_else(|| base.strip_prefix("http://"));
            if !host.is_some_and(|h| !h.is_empty() && !h.contains(char::is_whitespace)) {
                return Err(ConfigError::Invalid {
                    name: "LLM_BASE_URL",
                    reason: format!("expected an http:// or https:// address, got {base:?}"),
                });
            }
            let header = get("LLM_API_KEY_HEADER").unwrap_or_else(|| "Authorization".into());
            let header = header.trim().to_string();
            if http::HeaderName::from_bytes(header.as_bytes()).is_err() {
                return Err(ConfigError::Invalid {
                    name: "LLM_API_KEY_HEADER",
                    reason: format!("expected a header name such as api-key, got {header:?}"),
                });
            }
            Some(LlmConfig {
                base_url: base,
                model: model.trim().to_string(),
                api_key: get("LLM_API_KEY").map(|k| k.trim().to_string()),
                api_key_header: header,
                timeout,
                samples,
                prompt_max_chars,
            })
        }
    };
    Ok(AssessorConfig {
        llm,
        workers: number(get, "ASSESSOR_WORKERS", 2u32, 0, 16)?,
        max_attempts: number(get, "ASSESSOR_MAX_ATTEMPTS", 5i32, 1, 20)?,
        retry_base: Duration::from_millis(number(
            get,
            "ASSESSOR_RETRY_BASE_MS",
            5000u64,
            10,
            600_000,
        )?),
        poll: Duration::from_millis(number(get, "ASSESSOR_POLL_MS", 1000u64, 50, 60_000)?),
        // Every sample's answer, one retry of an invalid one, and a margin (the worker
        // renews it while it works anyway).
        lease: timeout * (samples + 1) + Duration::from_secs(30),
    })
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the configuration through `lookup`, so tests need not touch the process
    /// environment. Empty values count as unset.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());

        let database_url = get("DATABASE_URL").ok_or(ConfigError::Missing {
            name: "DATABASE_URL",
            hint: "set it to a PostgreSQL URL, or start the app with scripts/run.sh, which runs a local database",
        })?;
        if !(database_url.starts_with("postgres://") || database_url.starts_with("postgresql://")) {
            return Err(ConfigError::Invalid {
                name: "DATABASE_URL",
                reason: "it must start with postgres:// or postgresql://".into(),
            });
        }

        let database_max_connections = match get("DATABASE_MAX_CONNECTIONS") {
            None => 20,
            Some(v) => match v.trim().parse::<u32>() {
                Ok(n) if (1..=1000).contains(&n) => n,
                _ => {
                    return Err(ConfigError::Invalid {
                        name: "DATABASE_MAX_CONNECTIONS",
                        reason: format!("expected a whole number from 1 to 1000, got {v:?}"),
                    })
                }
            },
        };

        let bind_address = get("BIND_ADDRESS")
            .map(|v| {
                v.trim()
                    .parse::<SocketAddr>()
                    .map_err(|_| ConfigError::Invalid {
                        name: "BIND_ADDRESS",
                        reason: format!(
                            "expected an address and port such as 127.0.0.1:3000, got {v:?}"
                        ),
                    })
            })
            .transpose()?;

        let public_base_url = match get("PUBLIC_BASE_URL") {
            None => {
                let addr = bind_address.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 3000)));
                format!("http://{addr}")
            }
            Some(v) => {
                let v = v.trim().trim_end_matches('/').to_string();
                let rest = v
                    .strip_prefix("https://")
                    .or_else(|| v.strip_prefix("http://"));
                match rest {
                    Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => v,
                    _ => {
                        return Err(ConfigError::Invalid {
                            name: "PUBLIC_BASE_URL",
                            reason: format!("expected an http:// or https:// address, got {v:?}"),
                        })
                    }
                }
            }
        };

        // The meeting provider: a room is this address plus a name derived from the
        // session's link (Jitsi Meet by default; any provider that names rooms by path).
        let video_call_base_url = match get("VIDEO_CALL_BASE_URL") {
            None => "https://meet.jit.si/".to_string(),
            Some(v) => {
                let v = v.trim().to_string();
                let host = v
                    .strip_prefix("https://")
                    .or_else(|| v.strip_prefix("http://"));
                match host {
                    Some(h) if !h.is_empty() && !h.contains(char::is_whitespace) => {
                        if v.ends_with('/') {
                            v
                        } else {
                            format!("{v}/")
                        }
                    }
                    _ => {
                        return Err(ConfigError::Invalid {
                            name: "VIDEO_CALL_BASE_URL",
                            reason: format!("expected an http:// or https:// address, got {v:?}"),
                        })
                    }
                }
            }
        };

        let data_dir = PathBuf::from(get("DATA_DIR").unwrap_or_else(|| ".data/files".into()));

        let trust_forwarded_for = match get("TRUST_FORWARDED_FOR").as_deref().map(str::trim) {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    name: "TRUST_FORWARDED_FOR",
                    reason: format!("expected true or false, got {other:?}"),
                })
            }
        };

        let assessor = assessor_config(&get)?;
        let sign_ups_per_hour = number(&get, "SIGN_UPS_PER_HOUR", 10i64, 1, 100_000)?;
        let streams_per_address = number(&get, "STREAMS_PER_ADDRESS", 20usize, 1, 100_000)?;
        let mail = mail_config(&get)?;
        let matcher_poll =
            Duration::from_millis(number(&get, "MATCHER_POLL_MS", 5_000u64, 100, 600_000)?);

        Ok(Self {
            mail,
            matcher_poll,
            streams_per_address,
            sign_ups_per_hour,
            assessor,
            database_url,
            database_max_connections,
            bind_address,
            public_base_url,
            data_dir,
            trust_forwarded_for,
            video_call_base_url,
        })
    }

    /// True when the app is served over HTTPS (secure cookies and the like).
    pub fn is_https(&self) -> bool {
        self.public_base_url.starts_with("https://")
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &"<redacted>")
            .field("database_max_connections", &self.database_max_connections)
            .field("bind_address", &self.bind_address)
            .field("public_base_url", &self.public_base_url)
            .field("data_dir", &self.data_dir)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("video_call_base_url", &self.video_call_base_url)
            .field("assessor", &self.assessor)
            .field("sign_ups_per_hour", &self.sign_ups_per_hour)
            .field("streams_per_address", &self.streams_per_address)
            .field("mail", &self.mail)
            .field("matcher_poll", &self.matcher_poll)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| vars.get(k).cloned())
    }

    const DB: (&str, &str) = ("DATABASE_URL", "postgres://u:secret@localhost/db");

    #[test]
    fn defaults_fill_everything_but_the_database() {
        let c = config(&[DB]).unwrap();
        assert_eq!(c.database_max_connections, 20);
        assert_eq!(c.bind_address, None);
        assert_eq!(c.public_base_url, "http://127.0.0.1:3000");
        assert_eq!(c.data_dir, PathBuf::from(".data/files"));
        assert!(!c.is_https());
        assert!(!c.trust_forwarded_for);
    }

    #[test]
    fn a_missing_or_bad_value_names_its_variable() {
        let missing = config(&[]).unwrap_err();
        assert!(missing.to_string().starts_with("DATABASE_URL is not set"));
        let cases: [(&[(&str, &str)], &str); 6] = [
            (&[DB, ("TRUST_FORWARDED_FOR", "yes")], "TRUST_FORWARDED_FOR"),
            (&[("DATABASE_URL", "mysql://x")], "DATABASE_URL"),
            (
                &[DB, ("DATABASE_MAX_CONNECTIONS", "zero")],
                "DATABASE_MAX_CONNECTIONS",
            ),
            (
                &[DB, ("DATABASE_MAX_CONNECTIONS", "0")],
                "DATABASE_MAX_CONNECTIONS",
            ),
            (&[DB, ("BIND_ADDRESS", "localhost")], "BIND_ADDRESS"),
            (&[DB, ("PUBLIC_BASE_URL", "example.org")], "PUBLIC_BASE_URL"),
        ];
        for (vars, name) in cases {
            let err = config(vars).unwrap_err();
            assert!(
                err.to_string().starts_with(&format!("{name} is invalid")),
                "{err}"
            );
        }
    }

    #[test]
    fn mail_is_off_without_smtp_and_a_bad_mail_setting_names_its_variable() {
        assert!(!config(&[DB]).unwrap().mail.enabled());
        let on = config(&[
            DB,
            ("SMTP_URL", "smtps://user:pass@smtp.example.org:465"),
            ("MAIL_FROM", "Med Practice <no-reply@example.org>"),
        ])
        .unwrap();
        assert!(on.mail.enabled());
        assert!(!format!("{on:?}").contains("pass@"));
        let missing = config(&[DB, ("SMTP_URL", "smtp://127.0.0.1:1025")]).unwrap_err();
        assert!(
            missing.to_string().starts_with("MAIL_FROM is not set"),
            "{missing}"
        );
        for (vars, name) in [
            (
                &[
                    DB,
                    ("SMTP_URL", "http://smtp.example.org"),
                    ("MAIL_FROM", "a@b.org"),
                ][..],
                "SMTP_URL",
            ),
            (
                &[
                    DB,
                    ("SMTP_URL", "smtp://127.0.0.1:1025"),
                    ("MAIL_FROM", "no address"),
                ][..],
                "MAIL_FROM",
            ),
            (&[DB, ("MAIL_WORKERS", "99")][..], "MAIL_WORKERS"),
        ] {
            let err = config(vars).unwrap_err();
            assert!(
                err.to_string().starts_with(&format!("{name} is invalid")),
                "{err}"
            );
        }
    }

    #[test]
    fn values_are_parsed_and_the_base_url_follows_the_bind_address() {
        let c = config(&[
            DB,
            ("BIND_ADDRESS", "0.0.0.0:8080"),
            ("DATA_DIR", "/srv/mp"),
        ])
        .unwrap();
        assert_eq!(c.bind_address, Some("0.0.0.0:8080".parse().unwrap()));
        assert_eq!(c.public_base_url, "http://0.0.0.0:8080");
        assert_eq!(c.data_dir, PathBuf::from("/srv/mp"));
        let c = config(&[DB, ("PUBLIC_BASE_URL", "https://medpractice.example/")]).unwrap();
        assert_eq!(c.public_base_url, "https://medpractice.example");
        assert!(c.is_https());
    }

    #[test]
    fn debug_output_never_shows_the_database_url_or_the_api_key() {
        let c = config(&[
            DB,
            ("LLM_BASE_URL", "https://api.example/v1/"),
            ("LLM_MODEL", "examiner-1"),
            ("LLM_API_KEY", "sk-very-secret"),
        ])
        .unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains("examiner-1"), "{shown}");
    }

    #[test]
    fn the_assessor_is_the_checklist_unless_an_llm_is_named() {
        let c = config(&[DB]).unwrap();
        assert!(c.assessor.llm.is_none());
        assert_eq!(c.assessor.workers, 2);
        assert_eq!(c.assessor.max_attempts, 5);
        let c = config(&[
            DB,
            ("LLM_BASE_URL", "http://127.0.0.1:11434/v1/"),
            ("LLM_MODEL", "llama3.1"),
            ("LLM_TIMEOUT_SECS", "10"),
            ("LLM_API_KEY_HEADER", "api-key"),
        ])
        .unwrap();
        let llm = c.assessor.llm.unwrap();
        assert_eq!(llm.base_url, "http://127.0.0.1:11434/v1");
        assert_eq!(llm.api_key, None);
        assert_eq!(llm.api_key_header, "api-key");
        // Three samples and one retry, 10 s each, and a margin.
        assert_eq!(llm.samples, 3);
        assert_eq!(c.assessor.lease, Duration::from_secs(70));
        for (vars, name) in [
            (
                vec![DB, ("LLM_BASE_URL", "http://x/v1")],
                "LLM_MODEL is not set",
            ),
            (vec![DB, ("LLM_MODEL", "m")], "LLM_BASE_URL is not set"),
            (
                vec![DB, ("LLM_BASE_URL", "ftp://x"), ("LLM_MODEL", "m")],
                "LLM_BASE_URL is invalid",
            ),
            (
                vec![DB, ("LLM_TIMEOUT_SECS", "0")],
                "LLM_TIMEOUT_SECS is invalid",
            ),
            (
                vec![DB, ("ASSESSOR_WORKERS", "many")],
                "ASSESSOR_WORKERS is invalid",
            ),
            (
                vec![DB, ("ASSESSOR_MAX_ATTEMPTS", "0")],
                "ASSESSOR_MAX_ATTEMPTS is invalid",
            ),
        ] {
            let err = config(&vars).unwrap_err().to_string();
            assert!(err.starts_with(name), "{err}");
        }
    }
}
