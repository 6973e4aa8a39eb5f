//! Outgoing mail. A mail is queued in `mail.outbox` in the transaction that causes it
//! ([`queue`]); the mail workers ([`outbox`]) send it over SMTP. Bodies are plain text
//! plus simple HTML made from the same paragraphs, escaped, with no remote images;
//! every link is absolute, on the app's public address.

pub mod notices;
pub mod outbox;
pub mod preferences;

use sqlx::PgConnection;
use uuid::Uuid;

/// Which preferences a mail answers to: account mail is always sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Account,
    Update,
    Reminder,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Account => "account",
            Kind::Update => "update",
            Kind::Reminder => "reminder",
        }
    }
}

/// One part of a mail's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// A link on a line of its own: its words, and its absolute address.
    Link {
        label: String,
        url: String,
    },
}

/// A mail before it is queued.
#[derive(Debug, Clone)]
pub struct Mail {
    pub kind: Kind,
    pub to: String,
    pub subject: String,
    pub blocks: Vec<Block>,
    /// A calendar file to attach: its text and METHOD (`REQUEST` or `CANCEL`).
    pub calendar: Option<(String, &'static str)>,
    /// Where the one-click unsubscribe link points (the app's public address), for mail
    /// a person may opt out of.
    pub unsubscribe_base: Option<String>,
}

impl Mail {
    pub fn new(kind: Kind, to: &str, subject: &str) -> Self {
        Self {
            kind,
            to: to.to_string(),
            subject: subject.to_string(),
            blocks: Vec::new(),
            calendar: None,
            unsubscribe_base: None,
        }
    }

    /// Gives the mail a link (in its body and its `List-Unsubscribe` header) that stops
    /// mail of its kind, with no sign-in.
    pub fn unsubscribable(mut self, public_base_url: &str) -> Self {
        self.unsubscribe_base = Some(public_base_url.trim_end_matches('/').to_string());
        self
    }

    pub fn calendar(mut self, ics: String, method: &'static str) -> Self {
        self.calendar = Some((ics, method));
        self
    }

    pub fn paragraph(mut self, text: impl Into<String>) -> Self {
        self.blocks.push(Block::Paragraph(text.into()));
        self
    }

    pub fn link(mut self, label: impl Into<String>, url: impl Into<String>) -> Self {
        self.blocks.push(Block::Link {
            label: label.into(),
            url: url.into(),
        });
        self
    }

    /// The plain-text body: paragraphs apart, each link's address on its own line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                Block::Paragraph(p) => out.push_str(p),
                Block::Link { label, url } => {
                    out.push_str(label);
                    out.push_str(":\n");
                    out.push_str(url);
                }
            }
            out.push_str("\n\n");
        }
        out.push_str("Med Practice\n");
        out
    }

    /// The HTML body: the same blocks, every text escaped.
    pub fn html(&self) -> String {
        let mut out = String::from(
            "<!doctype html><html><body style=\"font-family: sans-serif; line-height: 1.5\">",
        );
        for block in &self.blocks {
            match block {
                Block::Paragraph(p) => {
                    out.push_str("<p>");
                    out.push_str(&escape(p));
                    out.push_str("</p>");
                }
                Block::Link { label, url } => {
                    out.push_str("<p><a href=\"");
                    out.push_str(&escape(url));
                    out.push_str("\">");
                    out.push_str(&escape(label));
                    out.push_str("</a></p>");
                }
            }
        }
        out.push_str("<p>Med Practice</p></body></html>");
        out
    }
}

/// Text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Queues `mail` on `conn`'s transaction, once per `key`: a second mail with the same
/// key (the same cause) is not queued, nor is an update or reminder to a person who has
/// opted out of its kind. True when this call queued it.
pub async fn queue(
    conn: &mut PgConnection,
    key: &str,
    user_id: Option<Uuid>,
    mail: &Mail,
) -> Result<bool, sqlx::Error> {
    let mut mail = mail.clone();
    let mut unsubscribe: Option<(Vec<u8>, String)> = None;
    if let (Some(base), Some(_), false) =
        (&mail.unsubscribe_base, user_id, mail.kind == Kind::Account)
    {
        let (token, hash) = crate::server::tokens::new();
        let page = format!("{base}{}", preferences::page_path(&token));
        let one_click = format!("{base}{}", preferences::one_click_path(&token));
        let kind = mail.kind;
        mail = mail.paragraph(match kind {
            Kind::Reminder => "You get reminders before your sessions. To stop them, open the link below; your profile page has all your email settings.",
            _ => "You get an email when your sessions change. To stop these, open the link below; your profile page has all your email settings.",
        })
        .link("Stop these emails", page);
        unsubscribe = Some((hash, one_click));
    }
    let done = sqlx::query!(
        "insert into mail.outbox (idempotency_key, kind, user_id, to_address, subject,
                                  body_text, body_html, ics, ics_method, unsubscribe_hash,
                                  list_unsubscribe)
         select $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
          where not exists (
            select 1 from auth.users u
             where u.id = $3
               and (($2 = 'update' and not u.mail_updates)
                 or ($2 = 'reminder' and not u.mail_reminders)))
         on conflict (idempotency_key) do nothing",
        key,
        mail.kind.code(),
        user_id,
        &mail.to,
        &mail.subject,
        mail.text(),
        mail.html(),
        mail.calendar.as_ref().map(|(ics, _)| ics),
        mail.calendar.as_ref().map(|(_, method)| *method),
        unsubscribe.as_ref().map(|(hash, _)| hash),
        unsubscribe.as_ref().map(|(_, url)| url),
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_carry_the_same_words_and_the_html_is_escaped() {
        let mail = Mail::new(Kind::Account, "a@example.org", "Hi")
            .paragraph("Dr <Smith> & \"co\"")
            .link("Set a new password", "https://mp.example/reset?token=a&b=1");
        let text = mail.text();
        assert!(text.contains("Dr <Smith> & \"co\""));
        assert!(text.contains("Set a new password:\nhttps://mp.example/reset?token=a&b=1"));
        let html = mail.html();
        assert!(html.contains("<p>Dr &lt;Smith&gt; &amp; &quot;co&quot;</p>"));
        assert!(html.contains(
            "<a href=\"https://mp.example/reset?token=a&amp;b=1\">Set a new password</a>"
        ));
        assert!(!html.contains("<img"));
    }
}
