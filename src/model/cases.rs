//! The case library's shapes and rules, shared by the admin pages, the server and the
//! JSON exchange format: one validation for the editor, the importer and the shipped
//! library.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::{ExamPreset, RoomType};

/// The kinds of station the library covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StationKind {
    History,
    Examination,
    Explanation,
    BreakingBadNews,
    Consent,
    EthicsConfidentiality,
    AngryOrAnxiousPatient,
    Prescribing,
    Telephone,
    ColleagueOrRelative,
}

impl StationKind {
    pub const ALL: [StationKind; 10] = [
        StationKind::History,
        StationKind::Examination,
        StationKind::Explanation,
        StationKind::BreakingBadNews,
        StationKind::Consent,
        StationKind::EthicsConfidentiality,
        StationKind::AngryOrAnxiousPatient,
        StationKind::Prescribing,
        StationKind::Telephone,
        StationKind::ColleagueOrRelative,
    ];
}

stored_as_text!(StationKind {
    History => "history", "History taking";
    Examination => "examination", "Examination";
    Explanation => "explanation", "Explanation and counselling";
    BreakingBadNews => "breaking_bad_news", "Breaking bad news";
    Consent => "consent", "Consent";
    EthicsConfidentiality => "ethics_confidentiality", "Ethics and confidentiality";
    AngryOrAnxiousPatient => "angry_or_anxious_patient", "Angry or anxious patient";
    Prescribing => "prescribing", "Prescribing";
    Telephone => "telephone", "Telephone consultation";
    ColleagueOrRelative => "colleague_or_relative", "Colleague or relative";
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Difficulty {
    Foundation,
    Core,
    Advanced,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [
        Difficulty::Foundation,
        Difficulty::Core,
        Difficulty::Advanced,
    ];
}

stored_as_text!(Difficulty {
    Foundation => "foundation", "Foundation";
    Core => "core", "Core";
    Advanced => "advanced", "Advanced";
});

/// The mark scheme's groups: the PLAB 2 / UKMLA CPSA domains, which the other exams'
/// domains map onto (SCA: data gathering, clinical management, relating to others).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkDomain {
    DataGathering,
    ClinicalManagement,
    Interpersonal,
}

impl MarkDomain {
    pub const ALL: [MarkDomain; 3] = [
        MarkDomain::DataGathering,
        MarkDomain::ClinicalManagement,
        MarkDomain::Interpersonal,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MarkDomain::DataGathering => "data_gathering",
            MarkDomain::ClinicalManagement => "clinical_management",
            MarkDomain::Interpersonal => "interpersonal",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MarkDomain::DataGathering => "Data gathering",
            MarkDomain::ClinicalManagement => "Clinical management",
            MarkDomain::Interpersonal => "Interpersonal skills",
        }
    }
}

/// One thing an examiner looks for, with the words a transcript covering it would
/// likely contain (for the offline checklist marker).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkPoint {
    pub point: String,
    pub keywords: Vec<String>,
    /// A point no safe candidate misses: a red flag, a risk assessment, safety-netting,
    /// consent, or advice that would be dangerous if wrong. Missing it caps the domain
    /// below the pass level.
    #[serde(default, skip_serializing_if = "is_false")]
    pub critical: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// Keywords shorter than this match inside too many other words ("car" in "care").
pub const KEYWORD_MIN_CHARS: usize = 4;

/// Everyday words no keyword may be, or begin (a keyword matches the words it begins):
/// a candidate saying only pleasantries must cover no point.
pub const STOP_WORDS: &[&str] = &[
    "hello",
    "good",
    "morning",
    "afternoon",
    "evening",
    "name",
    "names",
    "doctor",
    "doctors",
    "today",
    "what",
    "brings",
    "bring",
    "come",
    "came",
    "coming",
    "here",
    "there",
    "anything",
    "else",
    "something",
    "question",
    "questions",
    "help",
    "thank",
    "thanks",
    "please",
    "okay",
    "right",
    "well",
    "know",
    "think",
    "tell",
    "talk",
    "about",
    "just",
    "like",
    "feel",
    "feeling",
    "going",
    "want",
    "would",
    "could",
    "should",
    "have",
    "with",
    "your",
    "that",
    "this",
    "from",
    "they",
    "them",
    "when",
    "where",
    "which",
    "while",
    "will",
    "been",
    "more",
    "some",
    "much",
    "many",
    "time",
    "people",
    "thing",
    "things",
    "really",
    "sure",
    "yeah",
    "mean",
    "also",
    "other",
    "first",
    "said",
    "take",
    "make",
    "look",
    "seen",
    "maybe",
    "because",
    "does",
    "done",
    "very",
    "again",
    "back",
    "then",
    "than",
    "into",
    "over",
    "only",
    "meet",
    "nice",
    "happy",
    "understand",
    "sorry",
    "worry",
    "worried",
    "concern",
    "concerns",
    "today's",
    "alright",
    "fine",
    "start",
];

/// What is wrong with a keyword for the checklist, if anything: too short, an
/// everyday word (or the start of one), or every word of it everyday.
pub fn keyword_problem(keyword: &str) -> Option<String> {
    let normal = keyword
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // A single word matches the words it begins, so it may not begin an everyday one;
    // a phrase is refused when every word of it is everyday or short.
    let words: Vec<&str> = normal.split(' ').collect();
    let everyday = |word: &str| {
        word.chars().count() < KEYWORD_MIN_CHARS
            || if words.len() == 1 {
                STOP_WORDS.iter().any(|stop| stop.starts_with(word))
            } else {
                STOP_WORDS.contains(&word)
            }
    };
    if normal.chars().count() < KEYWORD_MIN_CHARS {
        Some(format!(
            "\"{keyword}\" is too short: use a keyword of at least {KEYWORD_MIN_CHARS} characters, or spell it out."
        ))
    } else if words.iter().all(|w| everyday(w)) {
        Some(format!(
            "\"{keyword}\" is an everyday word that pleasantries would match: use a word a candidate covering the point would say."
        ))
    } else {
        None
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkScheme {
    pub data_gathering: Vec<MarkPoint>,
    pub clinical_management: Vec<MarkPoint>,
    pub interpersonal: Vec<MarkPoint>,
}

impl MarkScheme {
    pub fn group(&self, domain: MarkDomain) -> &[MarkPoint] {
        match domain {
            MarkDomain::DataGathering => &self.data_gathering,
            MarkDomain::ClinicalManagement => &self.clinical_management,
            MarkDomain::Interpersonal => &self.interpersonal,
        }
    }
}

/// A case as the library file carries it, and as the editor saves it. Timestamps and
/// author are the database's record of the row, not part of the case, so a file
/// round-trips exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    pub case_name_internal: String,
    pub case_name: String,
    pub category: String,
    pub condition: String,
    pub domain: String,
    pub station_kind: String,
    pub setting: String,
    pub exams: Vec<String>,
    pub difficulty: String,
    pub candidate_brief: String,
    pub actor_brief: String,
    pub reveal_if_asked: Vec<String>,
    pub mark_scheme: MarkScheme,
    #[serde(default)]
    pub archived: bool,
}

/// The library file: a marked, versioned envelope around the cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseLibrary {
    pub format: String,
    pub version: u32,
    pub cases: Vec<CaseRecord>,
}

pub const LIBRARY_FORMAT: &str = "med-practice/case-library";
pub const LIBRARY_VERSION: u32 = 1;
/// At most this many cases in one import.
pub const MAX_IMPORT: usize = 2000;

impl CaseLibrary {
    pub fn new(cases: Vec<CaseRecord>) -> Self {
        Self {
            format: LIBRARY_FORMAT.to_string(),
            version: LIBRARY_VERSION,
            cases,
        }
    }

    /// The file's text: pretty, stable, ending in a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// One problem with one field of one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// One problem in an import: which record (1-based; none for the file as a whole),
/// which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordError {
    pub record: Option<usize>,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.record, self.field.is_empty()) {
            (Some(n), false) => write!(f, "Record {n}, {}: {}", self.field, self.message),
            (Some(n), true) => write!(f, "Record {n}: {}", self.message),
            (None, false) => write!(f, "{}: {}", self.field, self.message),
            (None, true) => write!(f, "{}", self.message),
        }
    }
}

/// Limits, in characters (the database's check constraints hold the same).
pub mod limits {
    pub const CASE_NAME: usize = 120;
    pub const CASE_NAME_INTERNAL: usize = 100;
    pub const CATEGORY: usize = 80;
    pub const CONDITION: usize = 80;
    pub const SETTING: usize = 120;
    pub const CANDIDATE_BRIEF: usize = 6000;
    pub const ACTOR_BRIEF: usize = 12000;
    pub const REVEAL_ITEM: usize = 300;
    pub const REVEAL_ITEMS: usize = 30;
    pub const POINT: usize = 300;
    pub const POINTS: usize = 20;
    pub const KEYWORD: usize = 40;
    pub const KEYWORDS: usize = 12;
}

fn check_text(
    errors: &mut Vec<FieldError>,
    field: &str,
    value: &str,
    max: usize,
    required: bool,
    what: &str,
) {
    if required && value.trim().is_empty() {
        errors.push(FieldError::new(field, format!("Enter {what}.")));
    } else if value.chars().count() > max {
        errors.push(FieldError::new(
            field,
            format!("Shorten {what} to at most {max} characters."),
        ));
    } else if value != value.trim() {
        errors.push(FieldError::new(
            field,
            "Remove the spaces at the start or end.",
        ));
    } else if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        errors.push(FieldError::new(field, "Remove the control characters."));
    }
}

impl CaseRecord {
    /// Every problem with this case, in field order; empty when it may be saved.
    pub fn validate(&self) -> Vec<FieldError> {
        use limits::*;
        let mut errors = Vec::new();
        let e = &mut errors;
        check_text(
            e,
            "case_name_internal",
            &self.case_name_internal,
            CASE_NAME_INTERNAL,
            true,
            "an internal name",
        );
        if self.case_name_internal.contains('\n') {
            e.push(FieldError::new(
                "case_name_internal",
                "Keep the internal name on one line.",
            ));
        }
        check_text(
            e,
            "case_name",
            &self.case_name,
            CASE_NAME,
            true,
            "a case name",
        );
        if self.case_name.contains('\n') {
            e.push(FieldError::new(
                "case_name",
                "Keep the case name on one line.",
            ));
        }
        check_text(e, "category", &self.category, CATEGORY, true, "a category");
        check_text(
            e,
            "condition",
            &self.condition,
            CONDITION,
            true,
            "a condition",
        );
        if RoomType::from_code(&self.domain).is_none() {
            e.push(FieldError::new("domain", super::messages::CHOOSE_ROOM_TYPE));
        }
        if StationKind::from_code(&self.station_kind).is_none() {
            let codes: Vec<&str> = StationKind::ALL.iter().map(|k| k.code()).collect();
            e.push(FieldError::new(
                "station_kind",
                format!("Choose a station kind: one of {}.", codes.join(", ")),
            ));
        }
        check_text(e, "setting", &self.setting, SETTING, false, "the setting");
        if self.exams.is_empty() {
            e.push(FieldError::new(
                "exams",
                "Choose at least one exam the case suits.",
            ));
        }
        for (i, exam) in self.exams.iter().enumerate() {
            if ExamPreset::from_code(exam).is_none() {
                let names: Vec<&str> = ExamPreset::ALL.iter().map(|x| x.code()).collect();
                e.push(FieldError::new(
                    format!("exams[{i}]"),
                    format!(
                        "\"{exam}\" is not an exam we know: use {}.",
                        names.join(", ")
                    ),
                ));
            } else if self.exams[..i].contains(exam) {
                e.push(FieldError::new(
                    format!("exams[{i}]"),
                    format!("\"{exam}\" is listed twice."),
                ));
            }
        }
        if Difficulty::from_code(&self.difficulty).is_none() {
            e.push(FieldError::new(
                "difficulty",
                super::messages::CHOOSE_DIFFICULTY,
            ));
        }
        check_text(
            e,
            "candidate_brief",
            &self.candidate_brief,
            CANDIDATE_BRIEF,
            true,
            "the candidate brief",
        );
        check_text(
            e,
            "actor_brief",
            &self.actor_brief,
            ACTOR_BRIEF,
            true,
            "the actor brief",
        );
        if self.reveal_if_asked.len() > REVEAL_ITEMS {
            e.push(FieldError::new(
                "reveal_if_asked",
                format!("Keep to at most {REVEAL_ITEMS} items to reveal only if asked."),
            ));
        }
        for (i, item) in self.reveal_if_asked.iter().enumerate() {
            check_text(
                e,
                &format!("reveal_if_asked[{i}]"),
                item,
                REVEAL_ITEM,
                true,
                "the item",
            );
            if item.contains('\n') {
                e.push(FieldError::new(
                    format!("reveal_if_asked[{i}]"),
                    "Keep each item on one line.",
                ));
            }
        }
        for domain in MarkDomain::ALL {
            let points = self.mark_scheme.group(domain);
            let group = format!("mark_scheme.{}", domain.code());
            if points.is_empty() {
                e.push(FieldError::new(
                    &group,
                    format!(
                        "Add at least one {} point to the mark scheme.",
                        domain.label().to_lowercase()
                    ),
                ));
            } else if points.len() > POINTS {
                e.push(FieldError::new(
                    &group,
                    format!("Keep to at most {POINTS} points."),
                ));
            }
            for (i, point) in points.iter().enumerate() {
                check_text(
                    e,
                    &format!("{group}[{i}].point"),
                    &point.point,
                    POINT,
                    true,
                    "what the examiner looks for",
                );
                if point.point.contains(['\n', '|']) {
                    e.push(FieldError::new(
                        format!("{group}[{i}].point"),
                        "Keep each point on one line, without a bar (|).",
                    ));
                }
                let field = format!("{group}[{i}].keywords");
                if point.keywords.is_empty() {
                    e.push(FieldError::new(&field, "Add at least one keyword."));
                } else if point.keywords.len() > KEYWORDS {
                    e.push(FieldError::new(
                        &field,
                        format!("Keep to at most {KEYWORDS} keywords."),
                    ));
                }
                for (k, keyword) in point.keywords.iter().enumerate() {
                    check_text(
                        e,
                        &format!("{field}[{k}]"),
                        keyword,
                        KEYWORD,
                        true,
                        "the keyword",
                    );
                    if keyword.contains(['\n', ',', '|']) {
                        e.push(FieldError::new(
                            format!("{field}[{k}]"),
                            "A keyword cannot contain a comma, a bar or a line break.",
                        ));
                    } else if let Some(problem) = keyword_problem(keyword) {
                        e.push(FieldError::new(format!("{field}[{k}]"), problem));
                    }
                }
            }
        }
        errors
    }

    /// Reads one record of a library file, reporting every field that is missing,
    /// unknown or of the wrong type, then every rule it breaks.
    pub fn from_json(value: &Value) -> Result<CaseRecord, Vec<FieldError>> {
        let Some(object) = value.as_object() else {
            return Err(vec![FieldError::new(
                "",
                "Each case must be a JSON object.",
            )]);
        };
        let mut errors = Vec::new();
        let known = [
            "id",
            "case_name_internal",
            "case_name",
            "category",
            "condition",
            "domain",
            "station_kind",
            "setting",
            "exams",
            "difficulty",
            "candidate_brief",
            "actor_brief",
            "reveal_if_asked",
            "mark_scheme",
            "archived",
        ];
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                errors.push(FieldError::new(key, "Unknown field: remove it."));
            }
        }
        let mut text = |name: &str| field::<String>(object, name, "text", &mut errors, None);
        let case_name_internal = text("case_name_internal");
        let case_name = text("case_name");
        let category = text("category");
        let condition = text("condition");
        let domain = text("domain");
        let station_kind = text("station_kind");
        let candidate_brief = text("candidate_brief");
        let actor_brief = text("actor_brief");
        let difficulty = text("difficulty");
        let setting = field::<String>(object, "setting", "text", &mut errors, Some(String::new()));
        let exams =
            field::<Vec<String>>(object, "exams", "a list of exam names", &mut errors, None);
        let reveal_if_asked = field::<Vec<String>>(
            object,
            "reveal_if_asked",
            "a list of text",
            &mut errors,
            Some(Vec::new()),
        );
        let archived = field::<bool>(
            object,
            "archived",
            "true or false",
            &mut errors,
            Some(false),
        );
        let id = match object.get("id") {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(s)) => match Uuid::parse_str(s) {
                Ok(id) => Some(Some(id)),
                Err(_) => {
                    errors.push(FieldError::new(
                        "id",
                        "Must be a UUID, or left out for a new case.",
                    ));
                    None
                }
            },
            Some(_) => {
                errors.push(FieldError::new(
                    "id",
                    "Must be a UUID, or left out for a new case.",
                ));
                None
            }
        };
        let mark_scheme = mark_scheme_from_json(object.get("mark_scheme"), &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        let record = CaseRecord {
            id: id.flatten(),
            case_name_internal: case_name_internal.unwrap_or_default(),
            case_name: case_name.unwrap_or_default(),
            category: category.unwrap_or_default(),
            condition: condition.unwrap_or_default(),
            domain: domain.unwrap_or_default(),
            station_kind: station_kind.unwrap_or_default(),
            setting: setting.unwrap_or_default(),
            exams: exams.unwrap_or_default(),
            difficulty: difficulty.unwrap_or_default(),
            candidate_brief: candidate_brief.unwrap_or_default(),
            actor_brief: actor_brief.unwrap_or_default(),
            reveal_if_asked: reveal_if_asked.unwrap_or_default(),
            mark_scheme: mark_scheme.unwrap_or_default(),
            archived: archived.unwrap_or_default(),
        };
        let problems = record.validate();
        if problems.is_empty() {
            Ok(record)
        } else {
            Err(problems)
        }
    }
}

/// One field of a record: present and of its type, or its default when optional.
fn field<T: serde::de::DeserializeOwned>(
    object: &Map<String, Value>,
    name: &str,
    kind: &str,
    errors: &mut Vec<FieldError>,
    default: Option<T>,
) -> Option<T> {
    match object.get(name) {
        None => {
            if default.is_none() {
                errors.push(FieldError::new(name, "Missing: every case needs it."));
            }
            default
        }
        Some(value) => match serde_json::from_value::<T>(value.clone()) {
            Ok(v) => Some(v),
            Err(_) => {
                errors.push(FieldError::new(name, format!("Must be {kind}.")));
                None
            }
        },
    }
}

fn mark_scheme_from_json(
    value: Option<&Value>,
    errors: &mut Vec<FieldError>,
) -> Option<MarkScheme> {
    let Some(value) = value else {
        errors.push(FieldError::new(
            "mark_scheme",
            "Missing: every case needs it.",
        ));
        return None;
    };
    let Some(object) = value.as_object() else {
        errors.push(FieldError::new(
            "mark_scheme",
            "Must be an object with data_gathering, clinical_management and interpersonal.",
        ));
        return None;
    };
    let before = errors.len();
    for key in object.keys() {
        if !MarkDomain::ALL.iter().any(|d| d.code() == key) {
            errors.push(FieldError::new(
                format!("mark_scheme.{key}"),
                "Unknown group: use data_gathering, clinical_management and interpersonal.",
            ));
        }
    }
    let mut groups: Vec<Vec<MarkPoint>> = Vec::new();
    for domain in MarkDomain::ALL {
        let name = format!("mark_scheme.{}", domain.code());
        let points = match object.get(domain.code()) {
            None => {
                errors.push(FieldError::new(&name, "Missing: the mark scheme needs all three groups."));
                Vec::new()
            }
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| match serde_json::from_value::<MarkPoint>(item.clone()) {
                    Ok(point) => Some(point),
                    Err(_) => {
                        errors.push(FieldError::new(
                            format!("{name}[{i}]"),
                            "Must be an object with \"point\" (text), \"keywords\" (a list of text) and optionally \"critical\" (true or false), and nothing else.",
                        ));
                        None
                    }
                })
                .collect(),
            Some(_) => {
                errors.push(FieldError::new(&name, "Must be a list of points."));
                Vec::new()
            }
        };
        groups.push(points);
    }
    if errors.len() > before {
        return None;
    }
    let mut groups = groups.into_iter();
    Some(MarkScheme {
        data_gathering: groups.next().unwrap_or_default(),
        clinical_management: groups.next().unwrap_or_default(),
        interpersonal: groups.next().unwrap_or_default(),
    })
}

/// Reads a whole library file. Every record is checked, and every problem reported
/// with its record number; any problem means nothing is to be imported.
pub fn parse_library(text: &str) -> Result<Vec<CaseRecord>, Vec<RecordError>> {
    let file_error = |message: String| {
        vec![RecordError {
            record: None,
            field: String::new(),
            message,
        }]
    };
    let value: Value = serde_json::from_str(text).map_err(|e| {
        file_error(format!(
            "The file is not valid JSON (line {}, column {}).",
            e.line(),
            e.column()
        ))
    })?;
    let Some(object) = value.as_object() else {
        return Err(file_error(format!(
            "The file must be a JSON object with \"format\": \"{LIBRARY_FORMAT}\", \"version\": {LIBRARY_VERSION} and \"cases\": a list."
        )));
    };
    if object.get("format").and_then(Value::as_str) != Some(LIBRARY_FORMAT) {
        return Err(file_error(format!(
            "This is not a Med Practice case library: \"format\" must be \"{LIBRARY_FORMAT}\"."
        )));
    }
    if object.get("version").and_then(Value::as_u64) != Some(u64::from(LIBRARY_VERSION)) {
        return Err(file_error(format!(
            "This library file's version is not one we can read: \"version\" must be {LIBRARY_VERSION}."
        )));
    }
    if let Some(key) = object
        .keys()
        .find(|k| !["format", "version", "cases"].contains(&k.as_str()))
    {
        return Err(file_error(format!(
            "Unknown field \"{key}\" in the file: remove it."
        )));
    }
    let Some(items) = object.get("cases").and_then(Value::as_array) else {
        return Err(file_error("\"cases\" must be a list of cases.".to_string()));
    };
    if items.is_empty() {
        return Err(file_error("The file has no cases to import.".to_string()));
    }
    if items.len() > MAX_IMPORT {
        return Err(file_error(format!(
            "Import at most {MAX_IMPORT} cases at a time (this file has {}).",
            items.len()
        )));
    }
    let mut records = Vec::with_capacity(items.len());
    let mut errors = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match CaseRecord::from_json(item) {
            Ok(record) => records.push(record),
            Err(problems) => errors.extend(problems.into_iter().map(|p| RecordError {
                record: Some(i + 1),
                field: p.field,
                message: p.message,
            })),
        }
    }
    // The same case twice in one file would make the result depend on order.
    if errors.is_empty() {
        for (i, record) in records.iter().enumerate() {
            let earlier = &records[..i];
            if let Some(id) = record.id {
                if let Some(j) = earlier.iter().position(|r| r.id == Some(id)) {
                    errors.push(RecordError {
                        record: Some(i + 1),
                        field: "id".into(),
                        message: format!("The same id as record {}.", j + 1),
                    });
                }
            }
            let name = record.case_name_internal.to_lowercase();
            if let Some(j) = earlier
                .iter()
                .position(|r| r.case_name_internal.to_lowercase() == name)
            {
                errors.push(RecordError {
                    record: Some(i + 1),
                    field: "case_name_internal".into(),
                    message: format!("The same internal name as record {}.", j + 1),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(errors)
    }
}

/// The case editor's fields, as the form posts them. The mark scheme is written one
/// point a line, its keywords after a bar, and `| critical` after them for a critical
/// point: `Asks about radiation | radiat, left arm, jaw` or
/// `Asks about suicidal thoughts | suicid, ending your life | critical`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseForm {
    #[serde(default)]
    pub id: Option<String>,
    pub case_name: String,
    pub case_name_internal: String,
    pub category: String,
    pub condition: String,
    pub domain: String,
    pub station_kind: String,
    #[serde(default)]
    pub setting: String,
    pub difficulty: String,
    #[serde(default)]
    pub exam_plab_2: Option<String>,
    #[serde(default)]
    pub exam_ukmla_cpsa: Option<String>,
    #[serde(default)]
    pub exam_mrcgp_sca: Option<String>,
    #[serde(default)]
    pub exam_amc: Option<String>,
    #[serde(default)]
    pub exam_paces: Option<String>,
    pub candidate_brief: String,
    pub actor_brief: String,
    #[serde(default)]
    pub reveal_if_asked: String,
    #[serde(default)]
    pub data_gathering: String,
    #[serde(default)]
    pub clinical_management: String,
    #[serde(default)]
    pub interpersonal: String,
}

/// The form field that holds an exam's checkbox.
pub fn exam_field(exam: ExamPreset) -> &'static str {
    match exam {
        ExamPreset::Plab2 => "exam_plab_2",
        ExamPreset::UkmlaCpsa => "exam_ukmla_cpsa",
        ExamPreset::MrcgpSca => "exam_mrcgp_sca",
        ExamPreset::Amc => "exam_amc",
        ExamPreset::Paces => "exam_paces",
    }
}

/// How a field is named to people (the editor's labels).
pub fn field_label(field: &str) -> String {
    let base = field.split(['[', '.']).next().unwrap_or(field);
    let label = match base {
        "id" => "Id",
        "case_name_internal" => "Internal name",
        "case_name" => "Case name",
        "category" => "Category",
        "condition" => "Condition",
        "domain" => "Domain",
        "station_kind" => "Station kind",
        "setting" => "Setting",
        "exams" => "Exams",
        "difficulty" => "Difficulty",
        "candidate_brief" => "Candidate brief",
        "actor_brief" => "Actor brief",
        "reveal_if_asked" => "Reveal only if asked",
        "mark_scheme" => {
            return MarkDomain::ALL
                .iter()
                .find(|d| field.contains(d.code()))
                .map(|d| format!("Mark scheme, {}", d.label().to_lowercase()))
                .unwrap_or_else(|| "Mark scheme".to_string());
        }
        "data_gathering" => "Mark scheme, data gathering",
        "clinical_management" => "Mark scheme, clinical management",
        "interpersonal" => "Mark scheme, interpersonal skills",
        other => other,
    };
    label.to_string()
}

impl CaseForm {
    /// Whether the form ticks `exam`.
    pub fn exam_checked(&self, exam: ExamPreset) -> bool {
        let value = match exam {
            ExamPreset::Plab2 => &self.exam_plab_2,
            ExamPreset::UkmlaCpsa => &self.exam_ukmla_cpsa,
            ExamPreset::MrcgpSca => &self.exam_mrcgp_sca,
            ExamPreset::Amc => &self.exam_amc,
            ExamPreset::Paces => &self.exam_paces,
        };
        value.is_some()
    }

    /// The case the form describes (trimmed), or every problem with it, named by the
    /// form's labels and, for the mark scheme, its line.
    pub fn to_record(&self, archived: bool) -> Result<CaseRecord, Vec<FieldError>> {
        let mut errors = Vec::new();
        let id = match self.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => match Uuid::parse_str(s) {
                Ok(id) => Some(id),
                Err(_) => {
                    errors.push(FieldError::new(
                        "Id",
                        "This case's id is not valid. Reload the page.",
                    ));
                    None
                }
            },
        };
        let mut scheme = MarkScheme::default();
        // Each point's line in its box, so a problem is named where the admin typed it.
        let mut lines: Vec<Vec<usize>> = Vec::new();
        for domain in MarkDomain::ALL {
            let text = match domain {
                MarkDomain::DataGathering => &self.data_gathering,
                MarkDomain::ClinicalManagement => &self.clinical_management,
                MarkDomain::Interpersonal => &self.interpersonal,
            };
            let mut points = Vec::new();
            let mut at = Vec::new();
            for (n, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                let Some((point, keywords)) = line.split_once('|') else {
                    errors.push(FieldError::new(
                        format!(
                            "Mark scheme, {}, line {}",
                            domain.label().to_lowercase(),
                            n + 1
                        ),
                        "Add its keywords after a bar: point | keyword, keyword.",
                    ));
                    continue;
                };
                at.push(n + 1);
                let (keywords, critical) = match keywords.rsplit_once('|') {
                    Some((keywords, flag)) if flag.trim().eq_ignore_ascii_case("critical") => {
                        (keywords, true)
                    }
                    Some((keywords, flag)) => {
                        errors.push(FieldError::new(
                            format!(
                                "Mark scheme, {}, line {}",
                                domain.label().to_lowercase(),
                                n + 1
                            ),
                            format!(
                                "After the keywords only \"| critical\" may follow, not \"{}\".",
                                flag.trim()
                            ),
                        ));
                        (keywords, false)
                    }
                    None => (keywords, false),
                };
                points.push(MarkPoint {
                    point: point.trim().to_string(),
                    critical,
                    keywords: keywords
                        .split(',')
                        .map(str::trim)
                        .filter(|k| !k.is_empty())
                        .map(str::to_string)
                        .collect(),
                });
            }
            lines.push(at);
            match domain {
                MarkDomain::DataGathering => scheme.data_gathering = points,
                MarkDomain::ClinicalManagement => scheme.clinical_management = points,
                MarkDomain::Interpersonal => scheme.interpersonal = points,
            }
        }
        let record = CaseRecord {
            id,
            case_name_internal: self.case_name_internal.trim().to_string(),
            case_name: self.case_name.trim().to_string(),
            category: self.category.trim().to_string(),
            condition: self.condition.trim().to_string(),
            domain: self.domain.trim().to_string(),
            station_kind: self.station_kind.trim().to_string(),
            setting: self.setting.trim().to_string(),
            exams: ExamPreset::ALL
                .into_iter()
                .filter(|&x| self.exam_checked(x))
                .map(|x| x.code().to_string())
                .collect(),
            difficulty: self.difficulty.trim().to_string(),
            candidate_brief: self.candidate_brief.trim().replace("\r\n", "\n"),
            actor_brief: self.actor_brief.trim().replace("\r\n", "\n"),
            reveal_if_asked: self
                .reveal_if_asked
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            mark_scheme: scheme,
            archived,
        };
        errors.extend(record.validate().into_iter().map(|e| {
            FieldError::new(
                if e.field.starts_with("mark_scheme.") {
                    // mark_scheme.data_gathering[2].keywords[0] → its editor line.
                    let group = MarkDomain::ALL
                        .iter()
                        .position(|d| e.field.contains(d.code()));
                    let index = e
                        .field
                        .split_once('[')
                        .and_then(|(_, rest)| rest.split(']').next())
                        .and_then(|n| n.parse::<usize>().ok());
                    let line = group
                        .zip(index)
                        .and_then(|(g, i)| lines.get(g).and_then(|l| l.get(i)).copied());
                    match line {
                        Some(n) => format!("{}, line {n}", field_label(&e.field)),
                        None => field_label(&e.field),
                    }
                } else {
                    field_label(&e.field)
                },
                e.message,
            )
        }));
        if errors.is_empty() {
            Ok(record)
        } else {
            Err(errors)
        }
    }

    /// The editor's fields for an existing case.
    pub fn from_record(record: &CaseRecord) -> Self {
        let has = |x: ExamPreset| {
            record
                .exams
                .iter()
                .any(|e| e == x.code())
                .then(|| "on".to_string())
        };
        let lines = |points: &[MarkPoint]| {
            points
                .iter()
                .map(|p| {
                    format!(
                        "{} | {}{}",
                        p.point,
                        p.keywords.join(", "),
                        if p.critical { " | critical" } else { "" }
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        CaseForm {
            id: record.id.map(|id| id.to_string()),
            case_name: record.case_name.clone(),
            case_name_internal: record.case_name_internal.clone(),
            category: record.category.clone(),
            condition: record.condition.clone(),
            domain: record.domain.clone(),
            station_kind: record.station_kind.clone(),
            setting: record.setting.clone(),
            difficulty: record.difficulty.clone(),
            exam_plab_2: has(ExamPreset::Plab2),
            exam_ukmla_cpsa: has(ExamPreset::UkmlaCpsa),
            exam_mrcgp_sca: has(ExamPreset::MrcgpSca),
            exam_amc: has(ExamPreset::Amc),
            exam_paces: has(ExamPreset::Paces),
            candidate_brief: record.candidate_brief.clone(),
            actor_brief: record.actor_brief.clone(),
            reveal_if_asked: record.reveal_if_asked.join("\n"),
            data_gathering: lines(&record.mark_scheme.data_gathering),
            clinical_management: lines(&record.mark_scheme.clinical_management),
            interpersonal: lines(&record.mark_scheme.interpersonal),
        }
    }
}

/// Field problems as one message: a heading line, then one line per problem (the
/// error notice shows them as a list).
pub fn problems_message(heading: &str, problems: impl IntoIterator<Item = String>) -> String {
    let mut message = heading.to_string();
    for p in problems {
        message.push('\n');
        message.push_str(&p);
    }
    message
}

/// The admin list's query, as the URL carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseQuery {
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub exam: Option<String>,
    #[serde(default)]
    pub difficulty: Option<String>,
    /// "active" (the default), "archived" or "all".
    #[serde(default)]
    pub status: Option<String>,
    /// "name" (the default), "updated", "category" or "difficulty".
    #[serde(default)]
    pub sort: Option<String>,
    #[serde(default)]
    pub page: Option<String>,
}

pub const CASES_PER_PAGE: i64 = 20;

/// One row of the admin list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub id: Uuid,
    pub case_name: String,
    pub case_name_internal: String,
    pub category: String,
    pub condition: String,
    pub domain: String,
    pub station_kind: String,
    pub difficulty: String,
    pub exams: Vec<String>,
    pub archived: bool,
    pub updated: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseListPage {
    pub cases: Vec<CaseSummary>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// Every category in the library, for the filter.
    pub categories: Vec<String>,
}

/// A case as its admin page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetail {
    pub record: CaseRecord,
    pub author: Option<String>,
    pub created: String,
    pub updated: String,
    /// How many rounds have used it (a used case is archived, not deleted).
    pub rounds: i64,
}

/// What an import did, or why it did nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub errors: Vec<RecordError>,
}

/// Label for a station kind code, or the code itself.
pub fn station_kind_label(code: &str) -> &str {
    StationKind::from_code(code)
        .map(|k| k.label())
        .unwrap_or(code)
}

pub fn difficulty_label(code: &str) -> &str {
    Difficulty::from_code(code)
        .map(|d| d.label())
        .unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn good() -> Value {
        json!({
            "case_name_internal": "CARD-99-test",
            "case_name": "Chest pain when walking",
            "category": "Cardiology",
            "condition": "Stable angina",
            "domain": "Clinical",
            "station_kind": "history",
            "setting": "GP surgery",
            "exams": ["PLAB 2", "UKMLA CPSA"],
            "difficulty": "core",
            "candidate_brief": "Take a history.",
            "actor_brief": "OPENING LINE: It hurts when I walk.",
            "reveal_if_asked": ["Father had a heart attack at 52"],
            "mark_scheme": {
                "data_gathering": [{"point": "Asks about radiation", "keywords": ["radiat", "left arm"]}],
                "clinical_management": [{"point": "Explains angina", "keywords": ["angina"]}],
                "interpersonal": [{"point": "Acknowledges worry", "keywords": ["anxious"]}]
            }
        })
    }

    fn fields(value: Value) -> Vec<String> {
        CaseRecord::from_json(&value)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn a_good_record_reads_and_survives_a_round_trip() {
        let record = CaseRecord::from_json(&good()).unwrap();
        let text = CaseLibrary::new(vec![record.clone()]).to_json();
        assert_eq!(parse_library(&text).unwrap(), vec![record]);
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let mut v = good();
        v["domain"] = json!("Surgical");
        v["exams"] = json!(["PLAB 2", "MRCS"]);
        v["difficulty"] = json!("hard");
        v["case_name"] = json!("   ");
        v["extra"] = json!(1);
        assert_eq!(fields(v), vec!["extra"]);
        let mut v = good();
        v["domain"] = json!("Surgical");
        v["exams"] = json!(["PLAB 2", "MRCS"]);
        v["difficulty"] = json!("hard");
        v["case_name"] = json!("   ");
        assert_eq!(
            fields(v),
            vec!["case_name", "domain", "exams[1]", "difficulty"]
        );
        let mut v = good();
        v.as_object_mut().unwrap().remove("actor_brief");
        v["exams"] = json!("PLAB 2");
        assert_eq!(fields(v), vec!["actor_brief", "exams"]);
        let mut v = good();
        v["mark_scheme"]["interpersonal"] = json!([]);
        v["mark_scheme"]["data_gathering"][0]["keywords"] = json!([]);
        assert_eq!(
            fields(v),
            vec![
                "mark_scheme.data_gathering[0].keywords",
                "mark_scheme.interpersonal"
            ]
        );
        let mut v = good();
        v["mark_scheme"]["examination"] = json!([]);
        v["mark_scheme"]["clinical_management"][0] = json!({"point": "x"});
        assert_eq!(
            fields(v),
            vec![
                "mark_scheme.examination",
                "mark_scheme.clinical_management[0]"
            ]
        );
    }

    #[test]
    fn a_file_reports_records_by_number_and_duplicates() {
        let mut bad = good();
        bad["domain"] = json!("x");
        let file = json!({"format": LIBRARY_FORMAT, "version": 1, "cases": [good(), bad, good()]});
        let errors = parse_library(&file.to_string()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].record, Some(2));
        assert_eq!(
            errors[0].to_string(),
            "Record 2, domain: Choose Clinical or Communication."
        );
        let file = json!({"format": LIBRARY_FORMAT, "version": 1, "cases": [good(), good()]});
        let errors = parse_library(&file.to_string()).unwrap_err();
        assert_eq!(errors[0].record, Some(2));
        assert_eq!(errors[0].field, "case_name_internal");
        assert!(parse_library("{").unwrap_err()[0]
            .message
            .contains("not valid JSON"));
        assert!(parse_library("[]").unwrap_err()[0].record.is_none());
        let wrong = json!({"format": "other", "version": 1, "cases": []});
        assert!(parse_library(&wrong.to_string()).unwrap_err()[0]
            .message
            .contains("format"));
    }

    #[test]
    fn the_editor_form_round_trips_a_record_and_names_mark_scheme_lines() {
        let record = CaseRecord::from_json(&good()).unwrap();
        let form = CaseForm::from_record(&record);
        assert_eq!(form.to_record(false).unwrap(), record);
        let mut form = form;
        form.data_gathering =
            "Asks about radiation | radiat\nNo keywords here\nAsks onset |".into();
        let errors = form.to_record(false).unwrap_err();
        let named: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            named,
            vec![
                "Mark scheme, data gathering, line 2",
                "Mark scheme, data gathering, line 3"
            ]
        );
    }

    /// The sentence a brief states its timing in, for the exams it is tagged with: as
    /// the room times each (groups of exams sharing a duration, in the order of
    /// `ExamPreset::ALL`).
    fn timing_sentence(record: &CaseRecord) -> String {
        use crate::model::practice::{Encounter, StationTiming};
        let encounter = Encounter::of_station(&record.station_kind);
        let mut groups: Vec<(u32, Vec<&str>)> = Vec::new();
        for exam in ExamPreset::ALL {
            if !record.exams.iter().any(|e| e == exam.code()) {
                continue;
            }
            let minutes = StationTiming::for_round(Some(exam), Some(encounter)).station_secs / 60;
            match groups.iter_mut().find(|(m, _)| *m == minutes) {
                Some((_, names)) => names.push(exam.code()),
                None => groups.push((minutes, vec![exam.code()])),
            }
        }
        let parts: Vec<String> = groups
            .iter()
            .map(|(m, names)| format!("{m} minutes ({})", names.join(", ")))
            .collect();
        format!("Time: {}.", parts.join("; "))
    }

    #[test]
    fn the_shipped_library_passes_the_lint_and_states_the_rooms_timings() {
        let records = parse_library(include_str!("../../content/case-library.json"))
            .expect("the shipped library passes the lint");
        let paces: Vec<&CaseRecord> = records
            .iter()
            .filter(|r| r.exams.iter().any(|e| e == "PACES"))
            .collect();
        assert!(paces.len() >= 6, "{}", paces.len());
        for kind in ["examination", "history"] {
            assert!(
                paces.iter().any(|r| r.station_kind == kind),
                "a PACES {kind}"
            );
        }
        assert!(paces
            .iter()
            .any(|r| r.station_kind != "examination" && r.station_kind != "history"));
        for record in &records {
            let sentence = timing_sentence(record);
            assert!(
                record.candidate_brief.contains(&sentence),
                "{} should say {sentence:?}",
                record.case_name_internal
            );
            let points: Vec<&MarkPoint> = MarkDomain::ALL
                .iter()
                .flat_map(|d| record.mark_scheme.group(*d))
                .collect();
            assert!(
                points.iter().any(|p| p.critical),
                "{} marks a critical point",
                record.case_name_internal
            );
        }
    }

    #[test]
    fn the_lint_refuses_short_everyday_and_missing_keywords() {
        let mut file: Value =
            serde_json::from_str(include_str!("../../content/case-library.json")).unwrap();
        let point = &mut file["cases"][0]["mark_scheme"]["data_gathering"][0];
        point["keywords"] = json!(["arm", "hello", "any questions", "radiat"]);
        file["cases"][0]["mark_scheme"]["clinical_management"][0]["keywords"] = json!([]);
        let errors = parse_library(&file.to_string()).unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 4, "{text:#?}");
        assert!(text[0].contains("\"arm\" is too short"), "{}", text[0]);
        assert!(
            text[1].contains("\"hello\" is an everyday word"),
            "{}",
            text[1]
        );
        assert!(
            text[2].contains("\"any questions\" is an everyday word"),
            "{}",
            text[2]
        );
        assert!(text[3].contains("Add at least one keyword"), "{}", text[3]);
        // A stem of a clinical word, and a phrase with one clinical word, pass.
        assert_eq!(keyword_problem("radiat"), None);
        assert_eq!(keyword_problem("chest pain"), None);
        assert!(keyword_problem("brin").is_some(), "it begins \"brings\"");
    }

    #[test]
    fn the_editor_carries_the_critical_flag() {
        let records = parse_library(include_str!("../../content/case-library.json")).unwrap();
        let record = records
            .iter()
            .find(|r| r.mark_scheme.data_gathering.iter().any(|p| p.critical))
            .unwrap();
        let form = CaseForm::from_record(record);
        assert!(
            form.data_gathering.contains(" | critical"),
            "{}",
            form.data_gathering
        );
        assert_eq!(form.to_record(record.archived).unwrap(), *record);
        let mut bad = form.clone();
        bad.data_gathering = "Asks about suicidal thoughts | suicid | urgent".into();
        let errors = bad.to_record(false).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.message.contains("only \"| critical\" may follow")),
            "{errors:?}"
        );
    }
}
