//! The LLM examiner: one OpenAI-compatible chat-completions request per answer, at
//! temperature 0, with structured output against the answer schema of the session's
//! rubric. Every answer is checked against that schema; every evidence quote must be
//! in the transcript verbatim (case and spacing aside) or it is dropped and counted.
//! An invalid answer is asked for again once, with the problem named.

use chrono::Utc;
use reqwest::header::{HeaderName, HeaderValue, RETRY_AFTER};
use reqwest::StatusCode;
use serde::Deserialize;
use serde_json::{json, Value};
use std::time::Duration;

use super::{AssessError, Assessor, Outcome, RoundInput};
use crate::model::assessment::{
    find_quote, time_breakdown, Assessment, AssessorInfo, AssessorKind, DomainResult, Evidence,
    SCHEMA,
};
use crate::model::cases::MarkDomain;
use crate::model::practice::Rubric;
use crate::server::config::LlmConfig;

/// The prompt's and the rules' version, stored with each assessment.
pub const VERSION: &str = "llm-examiner/1";

/// Longest text kept from an answer, per string.
const TEXT_MAX: usize = 600;
/// Quotes kept per domain.
const EVIDENCE_MAX: usize = 6;
/// The longest pause a provider's Retry-After is taken for.
const RETRY_AFTER_MAX: Duration = Duration::from_secs(300);

#[derive(Clone)]
pub struct LlmAssessor {
    client: reqwest::Client,
    config: LlmConfig,
}

/// What the model answers, once it has passed the schema.
#[derive(Debug, Deserialize)]
struct Answer {
    domains: Vec<AnswerDomain>,
    #[serde(default)]
    global_judgement: Option<String>,
    summary: String,
    strengths: Vec<String>,
    improvements: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct AnswerDomain {
    code: String,
    score: i16,
    evidence: Vec<String>,
    strengths: Vec<String>,
    improvements: Vec<String>,
}

#[derive(Deserialize)]
struct Completion {
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    message: Message,
}

#[derive(Deserialize)]
struct Message {
    content: Option<String>,
    refusal: Option<String>,
}

/// Why one request gave no usable answer.
enum Failure {
    /// No answer at all: the error for the job.
    Provider(AssessError),
    /// An answer that is not valid: asked again once.
    Invalid(String),
}

fn text_list() -> Value {
    json!({ "type": "array", "items": { "type": "string" } })
}

/// The JSON schema the model's answer must match for `rubric`: each of its domains
/// once, a score on its scale, quotes, strengths and what to improve; the global
/// judgement from its list (left out for SCA, which has none); a summary. Only
/// keywords every strict structured-output implementation takes (Azure OpenAI's
/// included) are used; [`validation_schema`] adds the domain count.
pub fn answer_schema(rubric: Rubric) -> Value {
    let codes: Vec<&str> = rubric.domains().iter().map(|(c, _)| *c).collect();
    let scores: Vec<i16> = rubric.scale().iter().map(|(s, _)| *s).collect();
    let mut schema = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["domains", "summary", "strengths", "improvements"],
        "properties": {
            "domains": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["code", "score", "evidence", "strengths", "improvements"],
                    "properties": {
                        "code": { "type": "string", "enum": codes },
                        "score": { "type": "integer", "enum": scores },
                        "evidence": text_list(),
                        "strengths": text_list(),
                        "improvements": text_list()
                    }
                }
            },
            "summary": { "type": "string" },
            "strengths": text_list(),
            "improvements": text_list()
        }
    });
    if !rubric.globals().is_empty() {
        schema["properties"]["global_judgement"] =
            json!({ "type": "string", "enum": rubric.globals() });
        schema["required"]
            .as_array_mut()
            .expect("required is a list")
            .insert(1, json!("global_judgement"));
    }
    schema
}

/// What an answer is checked against: the schema sent, plus exactly as many domains as
/// the rubric has (each once: checked after parsing).
pub fn validation_schema(rubric: Rubric) -> Value {
    let mut schema = answer_schema(rubric);
    let count = rubric.domains().len();
    schema["properties"]["domains"]["minItems"] = json!(count);
    schema["properties"]["domains"]["maxItems"] = json!(count);
    schema
}

fn exam_name(input: &RoundInput) -> &'static str {
    input.exam.map(|e| e.as_str()).unwrap_or("PLAB 2")
}

fn scale_words(rubric: Rubric) -> &'static str {
    match rubric {
        Rubric::Plab2 => {
            "0 = poor or absent, 1 = below the standard, 2 = borderline, 3 = meets the \
             standard, 4 = excellent"
        }
        Rubric::Sca => "0 = clear fail, 1 = fail, 2 = pass, 3 = clear pass",
        Rubric::Paces => "0 = unsatisfactory, 1 = borderline, 2 = satisfactory",
    }
}

fn clock(ms: i64) -> String {
    let secs = ms.max(0) / 1000;
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// The conversation that asks for the assessment: the examiner's instructions, then
/// the station (briefs, mark scheme, rubric) and the numbered transcript.
pub fn messages(input: &RoundInput) -> Vec<Value> {
    let rubric = input.rubric;
    let exam = exam_name(input);
    let system = format!(
        "You are an experienced {exam} examiner marking a practice station between two \
         trainees. One was the candidate; the other played the patient or examiner from the \
         actor brief. Judge only what the candidate said in the transcript; never assume \
         anything that is not there. The transcript was typed or captured by speech \
         recognition during the station and may be incomplete: where it is too thin to \
         judge a domain, mark what is there and say so. Score each domain of the rubric on \
         its scale. Quote evidence word for word from single lines of the transcript, \
         without line numbers or speaker names; never paraphrase a quote. Write strengths \
         and improvements to the candidate as \"you\", specifically and honestly, as an \
         examiner's feedback would be. Answer with JSON only, matching the given schema."
    );
    let mut user = String::new();
    user.push_str(&format!("Exam: {exam}\n"));
    user.push_str(&format!(
        "Station: {} ({}); {}; setting: {}\n\n",
        input.case_name, input.condition, input.station_kind, input.setting
    ));
    user.push_str(&format!(
        "Rubric, each domain scored {}:\n",
        scale_words(rubric)
    ));
    for (code, label) in rubric.domains() {
        user.push_str(&format!("- {code}: {label}\n"));
    }
    if !rubric.globals().is_empty() {
        user.push_str(&format!(
            "Global judgement, one of: {}\n",
            rubric.globals().join(", ")
        ));
    }
    user.push_str(&format!(
        "\nCandidate brief:\n{}\n\nActor brief (hidden from the candidate):\n{}\n",
        input.candidate_brief.trim(),
        input.actor_brief.trim()
    ));
    if !input.reveal_if_asked.is_empty() {
        user.push_str("\nThe actor reveals these only if asked:\n");
        for item in &input.reveal_if_asked {
            user.push_str(&format!("- {item}\n"));
        }
    }
    user.push_str("\nMark scheme:\n");
    for domain in MarkDomain::ALL {
        let points = input.mark_scheme.group(domain);
        if points.is_empty() {
            continue;
        }
        user.push_str(&format!("{}:\n", domain.label()));
        for p in points {
            user.push_str(&format!("- {}\n", p.point));
        }
    }
    user.push_str("\nTranscript (minutes:seconds from the start of the station):\n");
    if input.lines.is_empty() {
        user.push_str("(empty: nothing was recorded)\n");
    }
    for (i, line) in input.lines.iter().enumerate() {
        let who = if line.role == "candidate" {
            "Candidate"
        } else {
            "Actor"
        };
        user.push_str(&format!(
            "[{}] {} {who}: {}\n",
            i + 1,
            clock(line.at_ms),
            line.text
        ));
    }
    vec![
        json!({ "role": "system", "content": system }),
        json!({ "role": "user", "content": user }),
    ]
}

fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(|s| Duration::from_secs(s).min(RETRY_AFTER_MAX))
}

fn keep(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(TEXT_MAX) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

fn keep_all(list: &[String]) -> Vec<String> {
    list.iter()
        .map(|t| keep(t))
        .filter(|t| !t.is_empty())
        .collect()
}

impl LlmAssessor {
    pub fn new(config: LlmConfig) -> Self {
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(Duration::from_secs(10).min(config.timeout))
            .user_agent(concat!("med-practice/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("a client with timeouts and rustls builds");
        Self { client, config }
    }

    pub fn model(&self) -> &str {
        &self.config.model
    }

    /// The request body for `messages`: the model, temperature 0 and the schema.
    pub fn request_body(&self, rubric: Rubric, messages: &[Value]) -> Value {
        json!({
            "model": self.config.model,
            "temperature": 0,
            "messages": messages,
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "assessment",
                    "strict": true,
                    "schema": answer_schema(rubric)
                }
            }
        })
    }

    /// One request: the answer's text, or why there is none.
    async fn complete(&self, body: &Value) -> Result<String, Failure> {
        let url = format!("{}/chat/completions", self.config.base_url);
        let mut request = self.client.post(url).json(body);
        if let Some(key) = &self.config.api_key {
            let header = HeaderName::from_bytes(self.config.api_key_header.as_bytes())
                .unwrap_or(reqwest::header::AUTHORIZATION);
            let value = if header == reqwest::header::AUTHORIZATION {
                format!("Bearer {key}")
            } else {
                key.clone()
            };
            match HeaderValue::from_str(&value) {
                Ok(mut value) => {
                    value.set_sensitive(true);
                    request = request.header(header, value);
                }
                Err(_) => {
                    return Err(Failure::Provider(AssessError::Refused {
                        message: "The AI examiner's key is not a valid header value.".into(),
                    }))
                }
            }
        }
        let unavailable = |message: String, retry_after| {
            Failure::Provider(AssessError::Unavailable {
                message,
                retry_after,
                invalid_answers: 0,
            })
        };
        // Sending, or reading the body: the client's one timeout covers both.
        let timed_out = || {
            unavailable(
                format!(
                    "The AI examiner did not answer within {} seconds.",
                    self.config.timeout.as_secs()
                ),
                None,
            )
        };
        let response = match request.send().await {
            Ok(r) => r,
            Err(e) if e.is_timeout() => return Err(timed_out()),
            Err(e) => {
                tracing::warn!(error = %e, "the LLM provider could not be reached");
                return Err(unavailable(
                    "The AI examiner could not be reached.".into(),
                    None,
                ));
            }
        };
        let status = response.status();
        if status == StatusCode::TOO_MANY_REQUESTS {
            return Err(unavailable(
                "The AI examiner was busy (rate limited).".into(),
                retry_after(response.headers()),
            ));
        }
        if status.is_server_error() || status == StatusCode::REQUEST_TIMEOUT {
            return Err(unavailable(
                format!("The AI examiner had an error (HTTP {}).", status.as_u16()),
                retry_after(response.headers()),
            ));
        }
        if !status.is_success() {
            let detail = response.text().await.unwrap_or_default();
            tracing::error!(status = status.as_u16(), detail = %detail.chars().take(500).collect::<String>(), "the LLM provider refused the request");
            return Err(Failure::Provider(AssessError::Refused {
                message: format!(
                    "The AI examiner refused the request (HTTP {}); an administrator needs \
                     to check its configuration.",
                    status.as_u16()
                ),
            }));
        }
        let completion: Completion = match response.json().await {
            Ok(c) => c,
            Err(e) if e.is_decode() => {
                return Err(Failure::Invalid(
                    "the response was not a chat completion".into(),
                ))
            }
            Err(e) if e.is_timeout() => return Err(timed_out()),
            Err(e) => {
                tracing::warn!(error = %e, "the LLM provider's answer broke off");
                return Err(unavailable(
                    "The AI examiner's answer broke off.".into(),
                    None,
                ));
            }
        };
        let Some(choice) = completion.choices.into_iter().next() else {
            return Err(Failure::Invalid("the response had no choices".into()));
        };
        if let Some(refusal) = choice.message.refusal.filter(|r| !r.trim().is_empty()) {
            return Err(Failure::Invalid(format!("the model refused: {refusal}")));
        }
        choice
            .message
            .content
            .filter(|c| !c.trim().is_empty())
            .ok_or_else(|| Failure::Invalid("the answer was empty".into()))
    }

    /// The answer in `content` if it is JSON matching the schema, with each of the
    /// rubric's domains exactly once.
    fn validate(
        content: &str,
        validator: &jsonschema::Validator,
        rubric: Rubric,
    ) -> Result<Answer, String> {
        let value: Value = serde_json::from_str(content.trim())
            .map_err(|e| format!("the answer was not valid JSON ({e})"))?;
        let problems: Vec<String> = validator
            .iter_errors(&value)
            .take(5)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        if !problems.is_empty() {
            return Err(format!(
                "the answer did not match the schema: {}",
                problems.join("; ")
            ));
        }
        let answer: Answer = serde_json::from_value(value)
            .map_err(|e| format!("the answer did not match the schema ({e})"))?;
        for (code, _) in rubric.domains() {
            let count = answer.domains.iter().filter(|d| d.code == *code).count();
            if count != 1 {
                return Err(format!(
                    "the answer must give domain {code} exactly once, not {count} times"
                ));
            }
        }
        Ok(answer)
    }

    /// The stored document from a valid answer: bands from the scores, quotes linked
    /// to their lines (those not in the transcript dropped and counted), the time spent.
    fn document(&self, input: &RoundInput, answer: Answer) -> Assessment {
        let rubric = input.rubric;
        let mut dropped = 0u32;
        let domains = rubric
            .domains()
            .iter()
            .filter_map(|(code, label)| {
                let d = answer.domains.iter().find(|d| d.code == *code)?;
                let mut evidence: Vec<Evidence> = Vec::new();
                for quote in &d.evidence {
                    match find_quote(&input.lines, quote) {
                        Some(line) => {
                            let quote = keep(quote.trim_matches(|c: char| {
                                c == '"' || c == '\u{201c}' || c == '\u{201d}'
                            }));
                            if evidence.len() < EVIDENCE_MAX
                                && !evidence.iter().any(|e| e.quote == quote)
                            {
                                evidence.push(Evidence { quote, line });
                            }
                        }
                        None => dropped += 1,
                    }
                }
                Some(DomainResult {
                    code: (*code).to_string(),
                    label: (*label).to_string(),
                    score: Some(d.score),
                    max: Some(rubric.max_score()),
                    band: rubric.band(d.score).to_string(),
                    evidence,
                    strengths: keep_all(&d.strengths),
                    improvements: keep_all(&d.improvements),
                })
            })
            .collect();
        Assessment {
            schema: SCHEMA.to_string(),
            rubric,
            assessor: AssessorInfo {
                kind: AssessorKind::Llm,
                name: self.config.model.clone(),
                version: VERSION.to_string(),
            },
            domains,
            global: answer.global_judgement.map(|g| keep(&g)),
            summary: keep(&answer.summary),
            strengths: keep_all(&answer.strengths),
            improvements: keep_all(&answer.improvements),
            coverage: Vec::new(),
            time: time_breakdown(&input.lines, input.round_ms),
            dropped_quotes: dropped,
            assessed_at: Utc::now(),
        }
    }
}

impl Assessor for LlmAssessor {
    async fn assess(
        &self,
        input: &RoundInput,
        invalid_so_far: u32,
    ) -> Result<Outcome, AssessError> {
        let schema = validation_schema(input.rubric);
        let validator = jsonschema::validator_for(&schema).map_err(|e| {
            tracing::error!(error = %e, "the answer schema does not compile");
            AssessError::Refused {
                message: "The assessment schema is broken; an administrator needs to look.".into(),
            }
        })?;
        let mut conversation = messages(input);
        // Answers refused in this attempt; with earlier attempts', at most one retry.
        let mut invalid_answers = 0u32;
        loop {
            let body = self.request_body(input.rubric, &conversation);
            let problem = match self.complete(&body).await {
                Ok(content) => match Self::validate(&content, &validator, input.rubric) {
                    Ok(answer) => {
                        return Ok(Outcome {
                            assessment: self.document(input, answer),
                            invalid_answers,
                        })
                    }
                    Err(problem) => {
                        conversation.push(json!({ "role": "assistant", "content": content }));
                        problem
                    }
                },
                Err(Failure::Provider(AssessError::Unavailable {
                    message,
                    retry_after,
                    ..
                })) => {
                    return Err(AssessError::Unavailable {
                        message,
                        retry_after,
                        invalid_answers,
                    })
                }
                Err(Failure::Provider(e)) => return Err(e),
                Err(Failure::Invalid(problem)) => problem,
            };
            invalid_answers += 1;
            tracing::warn!(round = %input.round_id, %problem, invalid_answers, "an invalid answer from the LLM");
            if invalid_so_far + invalid_answers >= 2 {
                return Err(AssessError::InvalidAnswer {
                    message: "The AI examiner's answer did not pass validation, twice.".into(),
                    invalid_answers,
                });
            }
            conversation.push(json!({
                "role": "user",
                "content": format!(
                    "That answer was not valid: {problem}. Answer again with JSON only, \
                     matching the schema exactly, and quote the transcript word for word."
                )
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rubric_has_a_schema_that_compiles_and_holds_its_scale() {
        for rubric in [Rubric::Plab2, Rubric::Sca, Rubric::Paces] {
            let schema = validation_schema(rubric);
            let validator = jsonschema::validator_for(&schema).expect("compiles");
            let sent = answer_schema(rubric).to_string();
            assert!(
                !sent.contains("minItems") && !sent.contains("\"null\""),
                "{sent}"
            );
            let domains: Vec<Value> = rubric
                .domains()
                .iter()
                .map(|(code, _)| {
                    json!({"code": code, "score": rubric.max_score(), "evidence": [],
                           "strengths": [], "improvements": []})
                })
                .collect();
            let mut good = json!({"domains": domains, "summary": "s",
                                  "strengths": [], "improvements": []});
            if let Some(g) = rubric.globals().first() {
                good["global_judgement"] = json!(g);
            }
            assert!(validator.is_valid(&good), "{rubric:?}");
            let mut over = good.clone();
            over["domains"][0]["score"] = json!(rubric.max_score() + 1);
            assert!(
                !validator.is_valid(&over),
                "{rubric:?} score above the scale"
            );
            let mut extra = good.clone();
            extra["verdict"] = json!("pass");
            assert!(!validator.is_valid(&extra), "{rubric:?} extra property");
            let mut short = good.clone();
            short["domains"].as_array_mut().unwrap().pop();
            assert!(!validator.is_valid(&short), "{rubric:?} a domain missing");
        }
    }

    #[test]
    fn a_repeated_domain_is_refused_although_the_count_is_right() {
        let rubric = Rubric::Sca;
        let validator = jsonschema::validator_for(&validation_schema(rubric)).unwrap();
        let d = json!({"code": "data_gathering", "score": 1, "evidence": [], "strengths": [], "improvements": []});
        let answer = json!({"domains": [d, d, d], "summary": "s",
                            "strengths": [], "improvements": []});
        let problem = LlmAssessor::validate(&answer.to_string(), &validator, rubric).unwrap_err();
        assert!(problem.contains("exactly once"), "{problem}");
        let problem = LlmAssessor::validate("{not json", &validator, rubric).unwrap_err();
        assert!(problem.contains("not valid JSON"), "{problem}");
    }
}
