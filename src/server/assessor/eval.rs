//! `med-practice eval FILE`: runs a labelled set of transcripts (`assessor-eval/1`)
//! through the configured assessor and prints how far its grades agree with the
//! labels. Anyone with a model can run it; the repository ships its own set
//! (`content/assessor-eval.json`) and the figures (BENCHMARKS.md).
//!
//! Exits non-zero when an item labelled critical (any passing grade is a failure of the
//! marker) gets a grade at or above the pass level in any domain, or when an item with
//! too little speech is graded at all.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use uuid::Uuid;

use super::{Assessor, Configured, RoundInput};
use crate::model::assessment::Assessment;
use crate::model::cases::{parse_library, CaseRecord};
use crate::model::practice::{Encounter, Rubric, Transcript};
use crate::model::ExamPreset;

pub const SCHEMA: &str = "assessor-eval/1";

/// The shipped library, for items that name its cases.
pub const SHIPPED_LIBRARY: &str = include_str!("../../../content/case-library.json");

#[derive(Debug, Deserialize)]
pub struct EvalFile {
    pub schema: String,
    pub items: Vec<EvalItem>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Range {
    pub min: i16,
    pub max: i16,
}

#[derive(Debug, Deserialize)]
pub struct EvalItem {
    pub id: String,
    pub case: String,
    pub exam: String,
    pub round_ms: i64,
    pub transcript: Transcript,
    #[serde(default)]
    pub expected: BTreeMap<String, Range>,
    #[serde(default)]
    pub global: Option<Vec<String>>,
    #[serde(default)]
    pub critical: bool,
    /// False when the transcript holds too little of the candidate's speech: the
    /// marker must not grade it.
    #[serde(default = "yes")]
    pub assessable: bool,
}

fn yes() -> bool {
    true
}

/// Reads an evaluation file, checking every item names a case and an exam.
pub fn read(text: &str, library: &[CaseRecord]) -> Result<EvalFile, String> {
    let file: EvalFile =
        serde_json::from_str(text).map_err(|e| format!("the file is not {SCHEMA}: {e}"))?;
    if file.schema != SCHEMA {
        return Err(format!(
            "\"schema\" must be \"{SCHEMA}\", not {:?}",
            file.schema
        ));
    }
    for item in &file.items {
        if !library.iter().any(|c| c.case_name_internal == item.case) {
            return Err(format!(
                "item {}: no case named {:?} in the library",
                item.id, item.case
            ));
        }
        if ExamPreset::from_code(&item.exam).is_none() {
            return Err(format!("item {}: {:?} is not an exam", item.id, item.exam));
        }
    }
    Ok(file)
}

/// What the assessor is given for an item, as a round of that case would give it.
pub fn input(item: &EvalItem, case: &CaseRecord) -> RoundInput {
    let exam = ExamPreset::from_code(&item.exam);
    let encounter = Encounter::of_station(&case.station_kind);
    RoundInput {
        round_id: Uuid::nil(),
        exam,
        rubric: Rubric::for_round(exam, Some(encounter)),
        case_name: case.case_name.clone(),
        condition: case.condition.clone(),
        station_kind: case.station_kind.clone(),
        setting: case.setting.clone(),
        candidate_brief: case.candidate_brief.clone(),
        actor_brief: case.actor_brief.clone(),
        reveal_if_asked: case.reveal_if_asked.clone(),
        mark_scheme: case.mark_scheme.clone(),
        lines: item.transcript.lines.clone(),
        round_ms: item.round_ms,
        case_hash: String::new(),
    }
}

/// One run of one item.
#[derive(Debug)]
pub struct Run {
    pub grades: BTreeMap<String, i16>,
    pub global: Option<String>,
    pub too_little: bool,
    pub dropped_quotes: u32,
    pub error: Option<String>,
}

impl Run {
    fn of(assessment: &Assessment) -> Self {
        Self {
            grades: assessment
                .domains
                .iter()
                .filter_map(|d| d.score.map(|s| (d.code.clone(), s)))
                .collect(),
            global: assessment.global.clone(),
            too_little: assessment.too_little.is_some(),
            dropped_quotes: assessment.dropped_quotes,
            error: None,
        }
    }
}

/// The agreement figures over a whole set.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    pub items: usize,
    pub runs: usize,
    /// Per domain code: (graded, in range, within one, pass/fail agreeing).
    pub domains: BTreeMap<String, (usize, usize, usize, usize)>,
    /// Runs whose every labelled domain fell in range, of graded runs.
    pub all_in_range: (usize, usize),
    pub globals_in_range: (usize, usize),
    pub dropped_quotes: u32,
    /// Critical items kept below the pass level in every domain, of critical runs.
    pub critical_caught: (usize, usize),
    /// Too-little items left ungraded, of too-little runs.
    pub too_little_held: (usize, usize),
    /// The mean and largest spread between runs of one item's domain grade.
    pub spread_mean: f64,
    pub spread_max: i16,
    pub errors: usize,
    /// The items that fail the marker: a critical item graded as a pass, a too-little
    /// item graded.
    pub failures: Vec<String>,
    /// Whether the assessor grades at all (the keyword check does not).
    pub grades: bool,
}

/// Runs every item `runs` times.
pub async fn evaluate(
    assessor: &Configured,
    file: &EvalFile,
    library: &[CaseRecord],
    runs: usize,
) -> (Report, Vec<(String, Vec<Run>)>) {
    let mut all = Vec::new();
    for item in &file.items {
        let case = library
            .iter()
            .find(|c| c.case_name_internal == item.case)
            .expect("read() checked the case");
        let input = input(item, case);
        let mut item_runs = Vec::new();
        for _ in 0..runs {
            item_runs.push(match assessor.assess(&input, 0).await {
                Ok(outcome) => Run::of(&outcome.assessment),
                Err(e) => Run {
                    grades: BTreeMap::new(),
                    global: None,
                    too_little: false,
                    dropped_quotes: 0,
                    error: Some(e.to_string()),
                },
            });
        }
        all.push((item.id.clone(), item_runs));
    }
    (score(file, library, &all), all)
}

/// The figures for runs already made.
pub fn score(file: &EvalFile, library: &[CaseRecord], all: &[(String, Vec<Run>)]) -> Report {
    let mut report = Report {
        items: file.items.len(),
        ..Report::default()
    };
    let mut spreads = Vec::new();
    for (item, (_, runs)) in file.items.iter().zip(all) {
        let case = library.iter().find(|c| c.case_name_internal == item.case);
        let exam = ExamPreset::from_code(&item.exam);
        let rubric = Rubric::for_round(exam, case.map(|c| Encounter::of_station(&c.station_kind)));
        let pass = rubric.pass_level();
        for run in runs {
            report.runs += 1;
            if run.error.is_some() {
                report.errors += 1;
                continue;
            }
            report.dropped_quotes += run.dropped_quotes;
            report.grades |= !run.grades.is_empty();
            if !item.assessable {
                report.too_little_held.1 += 1;
                if run.grades.is_empty() && run.too_little {
                    report.too_little_held.0 += 1;
                } else {
                    report
                        .failures
                        .push(format!("{}: graded although too little was said", item.id));
                }
                continue;
            }
            if item.critical {
                report.critical_caught.1 += 1;
                let passed: Vec<&String> = run
                    .grades
                    .iter()
                    .filter(|(_, g)| **g >= pass)
                    .map(|(d, _)| d)
                    .collect();
                if passed.is_empty() {
                    report.critical_caught.0 += 1;
                } else {
                    report.failures.push(format!(
                        "{}: a critical item graded at or above the pass level in {}",
                        item.id,
                        passed
                            .iter()
                            .map(|s| s.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
            if run.grades.is_empty() {
                continue;
            }
            let mut every = true;
            for (code, range) in &item.expected {
                let entry = report.domains.entry(code.clone()).or_default();
                let Some(&grade) = run.grades.get(code) else {
                    every = false;
                    continue;
                };
                entry.0 += 1;
                let inside = (range.min..=range.max).contains(&grade);
                every &= inside;
                entry.1 += usize::from(inside);
                entry.2 += usize::from((range.min - 1..=range.max + 1).contains(&grade));
                // Pass/fail agrees unless the label is all pass and the grade a fail, or
                // the other way round.
                let agrees =
                    !((range.min >= pass && grade < pass) || (range.max < pass && grade >= pass));
                entry.3 += usize::from(agrees);
            }
            report.all_in_range.1 += 1;
            report.all_in_range.0 += usize::from(every);
            if let (Some(accepted), Some(given)) = (&item.global, &run.global) {
                report.globals_in_range.1 += 1;
                report.globals_in_range.0 += usize::from(accepted.contains(given));
            }
        }
        // Run-to-run spread, per domain.
        for code in item.expected.keys() {
            let grades: Vec<i16> = runs
                .iter()
                .filter_map(|r| r.grades.get(code).copied())
                .collect();
            if grades.len() > 1 {
                let spread = grades.iter().max().unwrap_or(&0) - grades.iter().min().unwrap_or(&0);
                spreads.push(spread);
            }
        }
    }
    report.spread_max = spreads.iter().copied().max().unwrap_or(0);
    report.spread_mean = if spreads.is_empty() {
        0.0
    } else {
        spreads.iter().map(|s| f64::from(*s)).sum::<f64>() / spreads.len() as f64
    };
    report
}

fn share((n, of): (usize, usize)) -> String {
    if of == 0 {
        "n/a".to_string()
    } else {
        format!("{n}/{of} ({:.0}%)", n as f64 * 100.0 / of as f64)
    }
}

/// The report as printed.
pub fn render(report: &Report, assessor: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Assessor: {assessor}");
    let _ = writeln!(
        out,
        "Items: {}, runs: {} ({} errors)",
        report.items, report.runs, report.errors
    );
    if report.grades {
        let _ = writeln!(
            out,
            "{:<24} {:>12} {:>12} {:>12}",
            "Domain", "exact", "within one", "pass/fail"
        );
        for (code, (graded, exact, near, pf)) in &report.domains {
            let _ = writeln!(
                out,
                "{code:<24} {:>12} {:>12} {:>12}",
                share((*exact, *graded)),
                share((*near, *graded)),
                share((*pf, *graded))
            );
        }
        let _ = writeln!(out, "Every domain in range: {}", share(report.all_in_range));
        let _ = writeln!(out, "Global in range: {}", share(report.globals_in_range));
    } else {
        let _ = writeln!(out, "Domain agreement: n/a (this assessor does not grade)");
    }
    let _ = writeln!(
        out,
        "Invented or misattributed quotes: {}",
        report.dropped_quotes
    );
    let _ = writeln!(
        out,
        "Critical items kept below the pass level: {}",
        share(report.critical_caught)
    );
    let _ = writeln!(
        out,
        "Too-little items left ungraded: {}",
        share(report.too_little_held)
    );
    let _ = writeln!(
        out,
        "Run-to-run spread: mean {:.2}, largest {} steps",
        report.spread_mean, report.spread_max
    );
    if report.failures.is_empty() {
        let _ = writeln!(out, "Result: no critical item graded as a pass");
    } else {
        let _ = writeln!(out, "FAILED: {} marker failures", report.failures.len());
        for failure in &report.failures {
            let _ = writeln!(out, "  - {failure}");
        }
    }
    out
}

/// Reads the library (the shipped one unless a path is given).
pub fn library(path: Option<&std::path::Path>) -> Result<Vec<CaseRecord>, String> {
    let text = match path {
        None => SHIPPED_LIBRARY.to_string(),
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?,
    };
    parse_library(&text).map_err(|errors| {
        format!(
            "the library does not validate: {}",
            errors
                .iter()
                .take(3)
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        )
    })
}
