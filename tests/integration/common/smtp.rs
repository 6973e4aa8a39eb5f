//! A real SMTP server for the tests, on a loopback port: it speaks the protocol's
//! plain-text dialogue (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) as a relay would, and
//! keeps every message it accepts. It can be stopped and started again on the same
//! port, to stand for a mail server that is down for a while.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One accepted message: its envelope and its text as sent (headers and body).
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
}

impl Received {
    /// A header's value (the first of that name), unfolded.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or_default();
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if line.starts_with([' ', '\t']) {
                if let Some(v) = value.as_mut() {
                    v.push_str(line.trim_start());
                }
                continue;
            }
            if value.is_some() {
                break;
            }
            if let Some((n, v)) = line.split_once(':') {
                if n.eq_ignore_ascii_case(name) {
                    value = Some(v.trim().to_string());
                }
            }
        }
        value
    }

    /// The message's text with quoted-printable soft breaks and escapes undone, enough
    /// to find a link or a sentence in it.
    pub fn text(&self) -> String {
        let joined = self.data.replace("=\r\n", "");
        let mut out = String::with_capacity(joined.len());
        let bytes = joined.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'=' && i + 2 < bytes.len() {
                if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                    out.push(b as char);
                    i += 3;
                    continue;
                }
            }
            out.push(bytes[i] as char);
            i += 1;
        }
        out
    }
}

pub struct SmtpSink {
    pub addr: SocketAddr,
    messages: Arc<Mutex<Vec<Received>>>,
    task: Option<JoinHandle<()>>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let task = Some(tokio::spawn(serve(listener, messages.clone())));
        Self {
            addr,
            messages,
            task,
        }
    }

    /// `smtp://` to this server, as `SMTP_URL` takes it.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Stops listening (connections are refused) until [`SmtpSink::resume`].
    pub fn stop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }

    pub async fn resume(&mut self) {
        self.stop();
        let listener = TcpListener::bind(self.addr).await.unwrap();
        self.task = Some(tokio::spawn(serve(listener, self.messages.clone())));
    }

    pub fn messages(&self) -> Vec<Received> {
        self.messages.lock().unwrap().clone()
    }

    /// The messages to `address`.
    pub fn to(&self, address: &str) -> Vec<Received> {
        self.messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn serve(listener: TcpListener, messages: Arc<Mutex<Vec<Received>>>) {
    let mut sessions = tokio::task::JoinSet::new();
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            return;
        };
        sessions.spawn(session(stream, messages.clone()));
    }
}

/// The text between `<` and `>` of a MAIL or RCPT command.
fn path_of(line: &str) -> String {
    match (line.find('<'), line.rfind('>')) {
        (Some(a), Some(b)) if a < b => line[a + 1..b].to_string(),
        _ => String::new(),
    }
}

async fn session(stream: TcpStream, messages: Arc<Mutex<Vec<Received>>>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    if write.write_all(b"220 sink.test ESMTP\r\n").await.is_err() {
        return;
    }
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let command = line.trim_end().to_string();
        let verb = command
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let answer: &str = match verb.as_str() {
            "EHLO" => "250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            "HELO" => "250 sink.test\r\n",
            "MAIL" => {
                from = path_of(&command);
                to.clear();
                "250 OK\r\n"
            }
            "RCPT" => {
                to.push(path_of(&command));
                "250 OK\r\n"
            }
            "DATA" => {
                if write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await
                    .is_err()
                {
                    return;
                }
                let mut data = String::new();
                loop {
                    line.clear();
                    match lines.read_line(&mut line).await {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    // Dot-stuffing undone.
                    data.push_str(
                        line.strip_prefix('.')
                            .filter(|_| line.starts_with(".."))
                            .unwrap_or(&line),
                    );
                }
                messages.lock().unwrap().push(Received {
                    from: from.clone(),
                    to: std::mem::take(&mut to),
                    data,
                });
                "250 OK queued\r\n"
            }
            "RSET" => {
                to.clear();
                "250 OK\r\n"
            }
            "NOOP" => "250 OK\r\n",
            "QUIT" => {
                let _ = write.write_all(b"221 Bye\r\n").await;
                return;
            }
            _ => "502 Command not implemented\r\n",
        };
        if write.write_all(answer.as_bytes()).await.is_err() {
            return;
        }
    }
}
