//! Typed configuration, read once from the environment at start; a bad value stops
//! the server with a message naming the variable.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

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

        Ok(Self {
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
    fn debug_output_never_shows_the_database_url() {
        let c = config(&[DB]).unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("secret"), "{shown}");
    }
}
