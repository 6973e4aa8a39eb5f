//! A trainee's progress, computed from the rows the database derives from each graded
//! round (`round_marks`, `round_misses`): per exam and domain the AI examiner's verified
//! grades and the partner's over time with a rolling median, the library's coverage and
//! the exams' blueprints, the points missed most often by theme, what to practise next
//! (spaced practice for cases below the pass level), and the trainee's calibration as a
//! marker of partners. The database decides who may read whose: the trainee, and admins
//! for support; anyone else reads nothing and gets a 404.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde_json::{json, Value};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::error::AppError;
use crate::model::cases::{MarkDomain, StationKind};
use crate::model::practice::Rubric;
use crate::model::progress::*;
use crate::model::ExamPreset;

/// One domain's grade of one round, as `round_marks` holds it.
#[derive(Debug, Clone)]
pub struct MarkRow {
    pub round_id: Uuid,
    pub source: String,
    pub assessor: Option<String>,
    pub exam: Option<String>,
    pub rubric: String,
    pub domain: String,
    pub score: Option<i16>,
    pub max_score: Option<i16>,
    pub share: Option<f32>,
    pub case_id: Option<Uuid>,
    pub case_name: Option<String>,
    pub marked_at: DateTime<Utc>,
}

/// A mark-scheme point missed in one round, and the session the round was in.
#[derive(Debug, Clone)]
pub struct MissRow {
    pub round_id: Uuid,
    pub case_name: Option<String>,
    pub point: String,
    pub critical: bool,
    pub marked_at: DateTime<Utc>,
    pub room_url: String,
}

/// An active case as a trainee may know it (`public.case_catalogue()`).
#[derive(Debug, Clone)]
pub struct CatalogueCase {
    pub id: Uuid,
    pub case_name: String,
    pub category: String,
    pub station_kind: String,
    pub difficulty: String,
    pub domain: String,
    pub exams: Vec<String>,
    pub data_gathering: i32,
    pub clinical_management: i32,
    pub interpersonal: i32,
}

impl CatalogueCase {
    /// The share of the case's mark-scheme points in `group`.
    fn weight(&self, group: MarkDomain) -> f64 {
        let total = self.data_gathering + self.clinical_management + self.interpersonal;
        if total == 0 {
            return 0.0;
        }
        let n = match group {
            MarkDomain::DataGathering => self.data_gathering,
            MarkDomain::ClinicalManagement => self.clinical_management,
            MarkDomain::Interpersonal => self.interpersonal,
        };
        f64::from(n) / f64::from(total)
    }
}

/// One round of a case, and how it went.
#[derive(Debug, Clone)]
pub struct HistoryRow {
    pub case_id: Uuid,
    pub marked_at: DateTime<Utc>,
    pub outcome: Outcome,
}

impl HistoryRow {
    fn as_candidate(&self) -> bool {
        self.outcome != Outcome::Acted
    }

    fn graded(&self) -> bool {
        matches!(self.outcome, Outcome::Passed | Outcome::Below)
    }

    fn passed(&self) -> bool {
        self.outcome == Outcome::Passed
    }
}

/// The trainee's standing in one mark-scheme group (`public.group_standing()`).
#[derive(Debug, Clone)]
pub struct StandingRow {
    pub grp: String,
    pub mean: f64,
    pub rounds: i64,
}

#[derive(Debug, Clone)]
pub struct CalibrationRow {
    pub rubric: String,
    pub domain: String,
    pub rounds: i64,
    pub mean_difference: f64,
}

/// The rubric a stored name ("Plab2", "Sca", …; serde's names, which a test holds
/// equal) names.
pub fn rubric_named(name: &str) -> Option<Rubric> {
    Some(match name {
        "Plab2" => Rubric::Plab2,
        "Sca" => Rubric::Sca,
        "PacesExamination" => Rubric::PacesExamination,
        "PacesHistory" => Rubric::PacesHistory,
        "PacesCommunication" | "Paces" => Rubric::PacesCommunication,
        _ => return None,
    })
}

fn group_named(code: &str) -> Option<MarkDomain> {
    MarkDomain::ALL.into_iter().find(|g| g.code() == code)
}

fn exam_label(exam: Option<&str>) -> String {
    exam.map(str::to_string)
        .unwrap_or_else(|| "Any exam".to_string())
}

fn day(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%-d %b %Y").to_string()
}

/// The true median (the mean of the middle two of an even count).
pub fn median(values: &[i16]) -> Option<f32> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        f32::from(sorted[mid])
    } else {
        (f32::from(sorted[mid - 1]) + f32::from(sorted[mid])) / 2.0
    })
}

#[derive(Default)]
struct RoundEntry {
    at: Option<DateTime<Utc>>,
    case_name: String,
    ai: Option<i16>,
    checked: Option<f32>,
    partner: Option<i16>,
    rubric: Option<Rubric>,
}

/// Per exam and domain, the grades over time (see [`DomainTrend`]).
pub fn trends(marks: &[MarkRow], zone: Tz) -> Vec<ExamProgress> {
    // Exams in the order first practised.
    let mut exams: Vec<Option<String>> = Vec::new();
    for m in marks {
        if !exams.contains(&m.exam) {
            exams.push(m.exam.clone());
        }
    }
    exams
        .into_iter()
        .filter_map(|exam| {
            let rows: Vec<&MarkRow> = marks.iter().filter(|m| m.exam == exam).collect();
            exam_trend(exam.as_deref(), &rows, zone)
        })
        .collect()
}

fn exam_trend(exam: Option<&str>, rows: &[&MarkRow], zone: Tz) -> Option<ExamProgress> {
    let mut rubrics: Vec<Rubric> = Vec::new();
    for m in rows {
        if let Some(r) = rubric_named(&m.rubric) {
            if !rubrics.contains(&r) {
                rubrics.push(r);
            }
        }
    }
    // The domain each row grades: the checklist's rows name a mark-scheme group, which
    // counts towards the first of the rubric's domains drawing on it.
    let domain_of = |m: &MarkRow| -> Option<&'static str> {
        let rubric = rubric_named(&m.rubric)?;
        let checklist = m.assessor.as_deref() == Some("checklist");
        rubric
            .domains()
            .iter()
            .find(|(code, _)| {
                if checklist {
                    rubric.domain_group(code).code() == m.domain
                } else {
                    *code == m.domain
                }
            })
            .map(|(code, _)| *code)
    };
    let graded_by: Vec<(Option<&'static str>, &MarkRow)> =
        rows.iter().map(|m| (domain_of(m), *m)).collect();
    let mut domains: Vec<(String, String, Rubric)> = Vec::new();
    for rubric in &rubrics {
        for (code, label) in rubric.domains() {
            if !domains.iter().any(|(c, _, _)| c == code)
                && graded_by.iter().any(|(d, _)| *d == Some(*code))
            {
                domains.push((code.to_string(), label.to_string(), *rubric));
            }
        }
    }
    let graded_rounds: std::collections::HashSet<Uuid> = rows
        .iter()
        .filter(|m| m.source == "assessor")
        .map(|m| m.round_id)
        .collect();
    let trends: Vec<DomainTrend> = domains
        .into_iter()
        .map(|(code, label, rubric)| {
            let mut by_round: BTreeMap<(DateTime<Utc>, Uuid), RoundEntry> = BTreeMap::new();
            for (_, m) in graded_by.iter().filter(|(d, _)| *d == Some(code.as_str())) {
                let entry = by_round.entry((m.marked_at, m.round_id)).or_default();
                entry.at = Some(m.marked_at);
                entry.case_name = m.case_name.clone().unwrap_or_default();
                match (m.source.as_str(), m.assessor.as_deref()) {
                    ("partner", _) => entry.partner = m.score,
                    (_, Some("llm")) => {
                        entry.ai = m.score;
                        entry.rubric = rubric_named(&m.rubric);
                    }
                    _ => entry.checked = m.share,
                }
            }
            domain_trend(code, label, rubric, by_round.into_values().collect(), zone)
        })
        .collect();
    if trends.is_empty() {
        return None;
    }
    Some(ExamProgress {
        exam: exam_label(exam),
        rubric: rubrics
            .iter()
            .map(|r| r.name())
            .collect::<Vec<_>>()
            .join("; "),
        rounds: graded_rounds.len() as u32,
        domains: trends,
    })
}

fn domain_trend(
    code: String,
    label: String,
    rubric: Rubric,
    entries: Vec<RoundEntry>,
    zone: Tz,
) -> DomainTrend {
    let mut ai_so_far: Vec<i16> = Vec::new();
    let mut medians = Vec::with_capacity(entries.len());
    let mut latest: Option<(i16, Rubric)> = None;
    let graded = entries
        .iter()
        .filter(|e| e.ai.is_some() || e.checked.is_some())
        .count() as u32;
    for e in &entries {
        if let Some(ai) = e.ai {
            ai_so_far.push(ai);
            latest = Some((ai, e.rubric.unwrap_or(rubric)));
        }
        let window = &ai_so_far[ai_so_far.len().saturating_sub(MEDIAN_WINDOW)..];
        medians.push(if e.ai.is_some() { median(window) } else { None });
    }
    let median_now = median(&ai_so_far[ai_so_far.len().saturating_sub(MEDIAN_WINDOW)..]);
    let shown = entries.len().saturating_sub(TREND_ROUNDS);
    let points: Vec<TrendPoint> = entries
        .iter()
        .zip(medians)
        .skip(shown)
        .map(|(e, median)| TrendPoint {
            date: e.at.map(|at| day(at, zone)).unwrap_or_default(),
            case_name: e.case_name.clone(),
            ai: e.ai,
            checked: e
                .checked
                .map(|share| format!("{:.0}% of topics mentioned", share * 100.0)),
            partner: e.partner,
            median,
        })
        .collect();
    let mut trend = DomainTrend {
        code,
        label,
        max: rubric.max_score(),
        pass: rubric.pass_level(),
        points,
        graded,
        latest_band: latest.map(|(score, r)| r.band(score).to_string()),
        median: median_now,
        svg: String::new(),
    };
    trend.svg = chart_svg(&trend);
    trend
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The chart of one domain's trend as SVG: the scale on the left with the pass level
/// dashed, the AI examiner's grades as dots joined by a line, the partner's as squares,
/// and the rolling median as a thicker line. Drawn on the server; it scales to its box.
pub fn chart_svg(trend: &DomainTrend) -> String {
    const W: f32 = 320.0;
    const H: f32 = 150.0;
    const LEFT: f32 = 28.0;
    const RIGHT: f32 = 8.0;
    const TOP: f32 = 10.0;
    const BOTTOM: f32 = 22.0;
    let n = trend.points.len().max(1);
    let max = f32::from(trend.max.max(1));
    let x = |i: usize| -> f32 {
        if n == 1 {
            LEFT + (W - LEFT - RIGHT) / 2.0
        } else {
            LEFT + (W - LEFT - RIGHT) * i as f32 / (n - 1) as f32
        }
    };
    let y = |v: f32| -> f32 { TOP + (H - TOP - BOTTOM) * (1.0 - v / max) };
    let mut out = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{}: grades over \
         the latest {} rounds; the table beside it gives each figure\" \
         xmlns=\"http://www.w3.org/2000/svg\">",
        escape(&trend.label),
        trend.points.len()
    );
    for step in 0..=trend.max.max(0) {
        let yy = y(f32::from(step));
        out.push_str(&format!(
            "<line class=\"chart-grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\"/>\
             <text class=\"chart-label\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{step}</text>",
            W - RIGHT,
            LEFT - 6.0,
            yy + 4.0
        ));
    }
    let pass = y(f32::from(trend.pass));
    out.push_str(&format!(
        "<line class=\"chart-pass\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{pass:.1}\" y2=\"{pass:.1}\"/>",
        W - RIGHT
    ));
    let line = |values: Vec<(usize, f32)>, class: &str| -> String {
        if values.len() < 2 {
            return String::new();
        }
        let pts: Vec<String> = values
            .iter()
            .map(|(i, v)| format!("{:.1},{:.1}", x(*i), y(*v)))
            .collect();
        format!("<polyline class=\"{class}\" points=\"{}\"/>", pts.join(" "))
    };
    let ai: Vec<(usize, f32)> = trend
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.ai.map(|v| (i, f32::from(v))))
        .collect();
    let med: Vec<(usize, f32)> = trend
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.median.map(|v| (i, v)))
        .collect();
    out.push_str(&line(ai.clone(), "chart-ai"));
    out.push_str(&line(med, "chart-median"));
    for (i, v) in ai {
        out.push_str(&format!(
            "<circle class=\"chart-ai-dot\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\"/>",
            x(i),
            y(v)
        ));
    }
    for (i, p) in trend.points.iter().enumerate() {
        if let Some(v) = p.partner {
            out.push_str(&format!(
                "<rect class=\"chart-partner\" x=\"{:.1}\" y=\"{:.1}\" width=\"6\" height=\"6\"/>",
                x(i) - 3.0,
                y(f32::from(v)) - 3.0
            ));
        }
    }
    if let (Some(first), Some(last)) = (trend.points.first(), trend.points.last()) {
        out.push_str(&format!(
            "<text class=\"chart-label\" x=\"{LEFT}\" y=\"{}\">{}</text>",
            H - 6.0,
            escape(&first.date)
        ));
        if trend.points.len() > 1 {
            out.push_str(&format!(
                "<text class=\"chart-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                W - RIGHT,
                H - 6.0,
                escape(&last.date)
            ));
        }
    }
    out.push_str("</svg>");
    out
}

/// The themes missed points are grouped by, and the words that place a point in one:
/// the first theme whose words the point contains wins.
const THEMES: &[(&str, &[&str])] = &[
    (
        "Safety-netting",
        &[
            "safety-net",
            "safety net",
            "return if",
            "seek urgent",
            "come back if",
            "what to look out for",
            "when to seek",
        ],
    ),
    (
        "Risk assessment and safeguarding",
        &[
            "risk",
            "suicid",
            "self-harm",
            "harm",
            "safeguard",
            "capacity",
            "driving",
            "dvla",
        ],
    ),
    ("Red flags", &["red flag", "screens for"]),
    (
        "Ideas, concerns and expectations",
        &[
            "concern",
            "ideas",
            "expectation",
            "hopes",
            "wants from",
            "worr",
            "what she already knows",
            "what he already knows",
            "already knows",
            "understanding of",
            "perspective",
            "point of view",
        ],
    ),
    (
        "Empathy and rapport",
        &[
            "empath",
            "acknowledg",
            "calm",
            "non-defensive",
            "listens",
            "apolog",
            "rapport",
            "sensitive",
            "respect",
            "dismissive",
        ],
    ),
    (
        "Explaining and checking understanding",
        &[
            "chunks",
            "checks understanding",
            "jargon",
            "plain",
            "explain",
            "teach-back",
            "summaris",
        ],
    ),
    (
        "Management and follow-up",
        &[
            "plan",
            "follow-up",
            "follow up",
            "review",
            "refer",
            "treatment",
            "prescrib",
            "dose",
            "medication",
            "agrees",
            "offers",
            "arrange",
            "investigat",
        ],
    ),
    (
        "Opening and consent",
        &["introduc", "confirms", "consent", "permission", "chaperone"],
    ),
    (
        "History and examination",
        &[
            "asks",
            "establishes",
            "explores",
            "elicits",
            "quantifies",
            "examin",
            "history",
            "symptom",
        ],
    ),
];

/// The theme a mark-scheme point belongs to.
pub fn theme(point: &str) -> &'static str {
    let text = point.to_lowercase();
    THEMES
        .iter()
        .find(|(_, words)| words.iter().any(|w| text.contains(w)))
        .map(|(name, _)| *name)
        .unwrap_or("Other")
}

/// The points missed most often, grouped by theme, each with links to the rounds.
pub fn most_missed(rows: &[MissRow], zone: Tz) -> Vec<ThemeMisses> {
    const THEMES_SHOWN: usize = 8;
    const POINTS_SHOWN: usize = 5;
    const LINKS_SHOWN: usize = 5;
    let mut by_theme: HashMap<&'static str, BTreeMap<String, Vec<&MissRow>>> = HashMap::new();
    for row in rows {
        let key = crate::model::assessment::normalise(&row.point);
        by_theme
            .entry(theme(&row.point))
            .or_default()
            .entry(key)
            .or_default()
            .push(row);
    }
    let mut themes: Vec<ThemeMisses> = by_theme
        .into_iter()
        .map(|(name, points)| {
            let mut points: Vec<MissedPoint> = points
                .into_values()
                .map(|mut rows| {
                    rows.sort_by_key(|r| std::cmp::Reverse(r.marked_at));
                    let mut seen = std::collections::HashSet::new();
                    rows.retain(|r| seen.insert(r.round_id));
                    MissedPoint {
                        point: rows[0].point.clone(),
                        critical: rows.iter().any(|r| r.critical),
                        times: rows.len() as u32,
                        rounds: rows
                            .iter()
                            .take(LINKS_SHOWN)
                            .map(|r| MissLink {
                                href: format!("/s/{}", r.room_url),
                                label: format!(
                                    "{}, {}",
                                    r.case_name.as_deref().unwrap_or("a case"),
                                    day(r.marked_at, zone)
                                ),
                            })
                            .collect(),
                    }
                })
                .collect();
            points.sort_by(|a, b| b.times.cmp(&a.times).then_with(|| a.point.cmp(&b.point)));
            let times = points.iter().map(|p| p.times).sum();
            points.truncate(POINTS_SHOWN);
            ThemeMisses {
                theme: name.to_string(),
                times,
                points,
            }
        })
        .collect();
    themes.sort_by(|a, b| b.times.cmp(&a.times).then_with(|| a.theme.cmp(&b.theme)));
    themes.truncate(THEMES_SHOWN);
    themes
}

/// `rows` by case, each case's oldest first.
fn by_case<'a>(rows: impl Iterator<Item = &'a HistoryRow>) -> HashMap<Uuid, Vec<&'a HistoryRow>> {
    let mut by_case: HashMap<Uuid, Vec<&HistoryRow>> = HashMap::new();
    for h in rows {
        by_case.entry(h.case_id).or_default().push(h);
    }
    for rows in by_case.values_mut() {
        rows.sort_by_key(|h| h.marked_at);
    }
    by_case
}

/// The weakest mark-scheme group, if anything is graded.
pub fn weakest(standing: &[StandingRow]) -> Option<MarkDomain> {
    standing
        .iter()
        .filter(|s| s.rounds > 0)
        .min_by(|a, b| a.mean.total_cmp(&b.mean))
        .and_then(|s| group_named(&s.grp))
}

/// When a case last marked below the pass level comes back: after the first of
/// [`SPACED_DAYS`] for a first such marking, the second for a second in a row, and the
/// third from then on. None when its latest marking passed.
pub fn due_at(history: &[&HistoryRow]) -> Option<(DateTime<Utc>, i64)> {
    let graded: Vec<&&HistoryRow> = history.iter().filter(|h| h.graded()).collect();
    let last = graded.last()?;
    if last.passed() {
        return None;
    }
    let run = graded.iter().rev().take_while(|h| !h.passed()).count();
    let days = SPACED_DAYS[run.min(SPACED_DAYS.len()) - 1];
    Some((last.marked_at + Duration::days(days), days))
}

/// Which cases to practise next, best first: cases below the pass level whose spaced
/// interval has passed (the longest due first); then cases never practised, those that
/// train the weakest group most first; then cases passed, the longest ago first. A case
/// below the pass level that is not yet due is held back. `filter` keeps the cases
/// that may be offered (an exam's, a room's choices).
pub fn recommend(
    catalogue: &[CatalogueCase],
    history: &[HistoryRow],
    standing: &[StandingRow],
    filter: impl Fn(&CatalogueCase) -> bool,
    now: DateTime<Utc>,
    zone: Tz,
    limit: usize,
) -> Vec<Recommendation> {
    let weak = weakest(standing);
    let weak_words = weak.map(|g| g.label().to_lowercase());
    let by_case = by_case(history.iter());
    // (bucket, key, name) ordered ascending.
    let mut ranked: Vec<((u8, i64, String), Recommendation)> = Vec::new();
    for case in catalogue.iter().filter(|c| filter(c)) {
        let rows = by_case.get(&case.id).map(Vec::as_slice).unwrap_or(&[]);
        let graded = rows.iter().rev().find(|h| h.graded());
        let checked = rows.iter().rev().find(|h| h.outcome == Outcome::Checked);
        let acted = rows.iter().rev().find(|h| !h.as_candidate());
        let (why, key, reason) = match (graded, checked.or(acted)) {
            (None, Some(seen)) if seen.outcome == Outcome::Checked => (
                Why::Again,
                seen.marked_at.timestamp(),
                format!(
                    "Keyword-checked on {}, with no grade; not practised since",
                    day(seen.marked_at, zone)
                ),
            ),
            (None, Some(acted)) => (
                Why::Known,
                acted.marked_at.timestamp(),
                format!(
                    "You played the patient or examiner in it on {}, so you know its brief",
                    day(acted.marked_at, zone)
                ),
            ),
            (None, None) => {
                let weight = weak.map(|g| case.weight(g)).unwrap_or(0.0);
                let reason = match &weak_words {
                    Some(words) if weight > 0.0 => {
                        format!("New to you; practises {words}, your weakest domain")
                    }
                    _ => "New to you".to_string(),
                };
                (Why::New, -(weight * 1000.0) as i64, reason)
            }
            (Some(last), _) if last.passed() => (
                Why::Again,
                last.marked_at.timestamp(),
                format!("Passed on {}; not practised since", day(last.marked_at, zone)),
            ),
            (Some(last), _) => match due_at(rows) {
                Some((due, days)) if due <= now => (
                    Why::Due,
                    due.timestamp(),
                    format!(
                        "Back for spaced practice: below the pass level on {}, due after {days} days",
                        day(last.marked_at, zone)
                    ),
                ),
                _ => continue,
            },
        };
        let bucket = match why {
            Why::Due => 0,
            Why::New => 1,
            Why::Again => 2,
            Why::Known => 3,
        };
        ranked.push((
            (bucket, key, case.case_name.to_lowercase()),
            Recommendation {
                case_id: case.id,
                case_name: case.case_name.clone(),
                category: case.category.clone(),
                kind: StationKind::from_code(&case.station_kind)
                    .map(|k| k.label().to_string())
                    .unwrap_or_else(|| case.station_kind.clone()),
                difficulty: case.difficulty.clone(),
                why,
                reason,
            },
        ));
    }
    ranked.sort_by(|a, b| a.0.cmp(&b.0));
    ranked.into_iter().take(limit).map(|(_, r)| r).collect()
}

/// What the room's case picker says of a recommended case, for the host choosing it
/// for `name`: no more than why.
pub fn picker_reason(name: &str, rec: &Recommendation, weak: Option<MarkDomain>) -> String {
    match rec.why {
        Why::Due | Why::Again => format!("Recommended for {name}: time to practise it again"),
        Why::New => match weak {
            Some(g) => format!(
                "Recommended for {name}: weakest in {}",
                g.label().to_lowercase()
            ),
            None => format!("Recommended for {name}: new to them"),
        },
        Why::Known => format!("Recommended for {name}: none new left"),
    }
}

/// The trainee as a marker of partners, beside the AI examiner.
pub fn calibration(rows: &[CalibrationRow]) -> Calibration {
    let rounds = rows.iter().map(|r| r.rounds).max().unwrap_or(0) as u32;
    let enough = rounds >= MIN_CALIBRATION_ROUNDS;
    let domains: Vec<CalibrationDomain> = rows
        .iter()
        .map(|r| {
            let label = rubric_named(&r.rubric)
                .and_then(|rubric| rubric.domain_label(&r.domain))
                .unwrap_or(&r.domain)
                .to_string();
            let m = r.mean_difference;
            let words = if r.rounds < i64::from(MIN_CALIBRATION_ROUNDS) {
                format!(
                    "Not enough yet: {} of {MIN_CALIBRATION_ROUNDS} rounds",
                    r.rounds
                )
            } else if m >= 0.5 {
                format!("More generous than the AI examiner by {m:.1} on average (a dove)")
            } else if m <= -0.5 {
                format!(
                    "Stricter than the AI examiner by {:.1} on average (a hawk)",
                    -m
                )
            } else {
                "Close to the AI examiner".to_string()
            };
            CalibrationDomain {
                label,
                rounds: r.rounds as u32,
                mean: m,
                words,
            }
        })
        .collect();
    let summary = if rounds == 0 {
        "You have not yet marked a partner's round that the AI examiner graded too.".to_string()
    } else if !enough {
        format!(
            "Not enough yet: you have marked {rounds} {} beside the AI examiner, and a fair \
             comparison needs at least {MIN_CALIBRATION_ROUNDS}.",
            if rounds == 1 { "round" } else { "rounds" }
        )
    } else {
        format!(
            "Across {rounds} rounds you marked beside the AI examiner: a positive difference \
             means you grade more generously than it (a dove), a negative one more strictly (a \
             hawk). Neither is the truth; a large gap is worth a look at the mark scheme. Only \
             you see this."
        )
    };
    Calibration {
        rounds,
        enough,
        summary,
        domains,
    }
}

/// The PLAB 2 blueprint's skills, as the station kinds map onto them.
const PLAB2_GROUPS: &[(&str, &[&str])] = &[
    ("History taking", &["history", "telephone"]),
    ("Examination", &["examination"]),
    ("Explanation and planning", &["explanation", "prescribing"]),
    (
        "Difficult conversations",
        &["breaking_bad_news", "angry_or_anxious_patient"],
    ),
    (
        "Consent, ethics and law",
        &["consent", "ethics_confidentiality"],
    ),
    ("Colleagues and relatives", &["colleague_or_relative"]),
];

/// The SCA blueprint's clinical experience groups, as the library's categories map
/// onto them.
const SCA_GROUPS: &[(&str, &[&str])] = &[
    ("Children and young people", &["Paediatrics"]),
    (
        "Gender, reproductive and sexual health",
        &[
            "Obstetrics and gynaecology",
            "Sexual and reproductive health",
        ],
    ),
    (
        "Long-term conditions, including cancer",
        &[
            "Cardiology",
            "Endocrinology",
            "Respiratory",
            "Gastroenterology",
            "Neurology",
            "Nephrology",
            "Haematology",
            "Musculoskeletal",
            "Oncology",
        ],
    ),
    (
        "Older adults, frailty and end of life",
        &["Geriatric medicine", "Palliative care"],
    ),
    ("Mental health", &["Psychiatry"]),
    (
        "Urgent and unscheduled care",
        &["Acute medicine", "General surgery"],
    ),
    (
        "Health disadvantage, ethics and professional practice",
        &[
            "Ethics and law",
            "Professionalism",
            "Patient safety",
            "General practice",
        ],
    ),
];

/// The coverage grid (categories × station kinds) and the blueprints of the exams
/// practised that publish one.
pub fn coverage(catalogue: &[CatalogueCase], history: &[HistoryRow], exams: &[String]) -> Coverage {
    let by_case = by_case(history.iter().filter(|h| h.as_candidate()));
    let mut categories: Vec<&str> = catalogue.iter().map(|c| c.category.as_str()).collect();
    categories.sort_by_key(|c| c.to_lowercase());
    categories.dedup();
    let rows = categories
        .into_iter()
        .map(|category| CoverageRow {
            category: category.to_string(),
            cells: StationKind::ALL
                .into_iter()
                .map(|kind| {
                    let cases: Vec<&CatalogueCase> = catalogue
                        .iter()
                        .filter(|c| c.category == category && c.station_kind == kind.code())
                        .collect();
                    let mut rounds: Vec<&HistoryRow> = cases
                        .iter()
                        .flat_map(|c| by_case.get(&c.id).into_iter().flatten().copied())
                        .collect();
                    rounds.sort_by_key(|h| h.marked_at);
                    CoverageCell {
                        cases: cases.len() as u32,
                        rounds: rounds.len() as u32,
                        state: match rounds.last() {
                            _ if cases.is_empty() => CellState::NoCases,
                            None => CellState::NotDone,
                            Some(h) if h.passed() => CellState::Passed,
                            Some(h) if h.outcome == Outcome::Checked => CellState::Checked,
                            Some(_) => CellState::Below,
                        },
                    }
                })
                .collect(),
        })
        .collect();
    let mut blueprints = Vec::new();
    let practised = |exam: ExamPreset| exams.iter().any(|e| e == exam.code());
    let blueprint = |exam: ExamPreset,
                     source: &str,
                     groups: &[(&str, &[&str])],
                     key: &dyn Fn(&CatalogueCase) -> String| Blueprint {
        exam: exam.code().to_string(),
        source: source.to_string(),
        groups: groups
            .iter()
            .map(|(label, members)| {
                let cases: Vec<&CatalogueCase> = catalogue
                    .iter()
                    .filter(|c| {
                        c.exams.iter().any(|e| e == exam.code())
                            && members.contains(&key(c).as_str())
                    })
                    .collect();
                let rounds: Vec<&HistoryRow> = catalogue
                    .iter()
                    .filter(|c| members.contains(&key(c).as_str()))
                    .flat_map(|c| by_case.get(&c.id).into_iter().flatten().copied())
                    .collect();
                BlueprintGroup {
                    label: label.to_string(),
                    cases: cases.len() as u32,
                    rounds: rounds.len() as u32,
                    passed: rounds.iter().filter(|h| h.passed()).count() as u32,
                }
            })
            .collect(),
    };
    if practised(ExamPreset::Plab2) || practised(ExamPreset::UkmlaCpsa) {
        blueprints.push(blueprint(
            ExamPreset::Plab2,
            "The GMC's PLAB 2 blueprint tests these skills across its stations; each station kind \
             of the library counts towards one.",
            PLAB2_GROUPS,
            &|c| c.station_kind.clone(),
        ));
    }
    if practised(ExamPreset::MrcgpSca) {
        blueprints.push(blueprint(
            ExamPreset::MrcgpSca,
            "The RCGP's SCA blueprint spreads its cases across these clinical experience groups; \
             each category of the library counts towards one.",
            SCA_GROUPS,
            &|c| c.category.clone(),
        ));
    }
    Coverage {
        kinds: StationKind::ALL
            .into_iter()
            .map(|k| k.label().to_string())
            .collect(),
        rows,
        blueprints,
    }
}

/// Whether the signed-in user may read `user`'s progress (their own, or an admin's).
/// Nobody signed in gets NULL (`user = auth.uid()`), which is no.
pub async fn may_see(conn: &mut PgConnection, user: Uuid) -> Result<bool, AppError> {
    let may = sqlx::query_scalar!("select public.may_see_progress($1) as may", user)
        .fetch_one(&mut *conn)
        .await?;
    Ok(may.unwrap_or(false))
}

pub async fn catalogue(conn: &mut PgConnection) -> Result<Vec<CatalogueCase>, AppError> {
    Ok(sqlx::query_as!(
        CatalogueCase,
        r#"select id as "id!", case_name as "case_name!", category as "category!",
                station_kind as "station_kind!", difficulty as "difficulty!", domain as "domain!",
                exams as "exams!", data_gathering as "data_gathering!",
                clinical_management as "clinical_management!", interpersonal as "interpersonal!"
         from public.case_catalogue()"#
    )
    .fetch_all(&mut *conn)
    .await?)
}

/// `user`'s graded rounds, and their standing per group; `room` lets the room's other
/// participant ask (the host choosing the case).
pub async fn history(
    conn: &mut PgConnection,
    user: Uuid,
    room: Option<Uuid>,
) -> Result<(Vec<HistoryRow>, Vec<StandingRow>), AppError> {
    let history = sqlx::query_as!(
        HistoryRow,
        r#"select case_id as "case_id!", marked_at as "marked_at!: DateTime<Utc>",
                outcome as "outcome!: Outcome"
           from public.practice_history($1, $2)"#,
        user,
        room
    )
    .fetch_all(&mut *conn)
    .await?;
    let standing = sqlx::query_as!(
        StandingRow,
        r#"select grp as "grp!", mean as "mean!", rounds as "rounds!"
             from public.group_standing($1, $2)"#,
        user,
        room
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok((history, standing))
}

/// The progress page of `user`, as the signed-in viewer may see it: NotFound for
/// anyone but the trainee and admins.
pub async fn page(
    conn: &mut PgConnection,
    viewer: Uuid,
    user: Uuid,
    zone: Tz,
) -> Result<ProgressPage, AppError> {
    if !may_see(conn, user).await? {
        return Err(AppError::NotFound);
    }
    let name = sqlx::query_scalar!(
        r#"select first_name || ' ' || last_name as "name!" from public.profiles where user_id = $1"#,
        user
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(name) = name else {
        return Err(AppError::NotFound);
    };
    let marks = sqlx::query_as!(
        MarkRow,
        r#"select round_id, source, assessor, exam, rubric, domain, score, max_score, share,
                case_id, case_name, marked_at as "marked_at: DateTime<Utc>"
         from public.round_marks where user_id = $1
         order by marked_at, round_id"#,
        user
    )
    .fetch_all(&mut *conn)
    .await?;
    let misses = sqlx::query_as!(
        MissRow,
        r#"select m.round_id, m.case_name, m.point, m.critical,
                m.marked_at as "marked_at: DateTime<Utc>", rm.room_url
         from public.round_misses m
         join public.practice_rooms rm on rm.id = m.room_id
         where m.user_id = $1"#,
        user
    )
    .fetch_all(&mut *conn)
    .await?;
    let catalogue = catalogue(conn).await?;
    let (history, standing) = history(conn, user, None).await?;
    let calibration_rows = sqlx::query_as!(
        CalibrationRow,
        r#"select rubric as "rubric!", domain as "domain!", rounds as "rounds!",
                mean_difference as "mean_difference!"
           from public.marker_calibration($1)
          order by rubric, domain"#,
        user
    )
    .fetch_all(&mut *conn)
    .await?;
    let now = sqlx::query_scalar!(r#"select now() as "now!: DateTime<Utc>""#)
        .fetch_one(&mut *conn)
        .await?;
    let mut exams: Vec<String> = marks.iter().filter_map(|m| m.exam.clone()).collect();
    exams.sort();
    exams.dedup();
    let rounds = marks
        .iter()
        .filter(|m| m.source == "assessor")
        .map(|m| m.round_id)
        .collect::<std::collections::HashSet<_>>()
        .len() as u32;
    let suits = |c: &CatalogueCase| exams.is_empty() || exams.iter().any(|e| c.exams.contains(e));
    Ok(ProgressPage {
        user_id: user,
        name,
        own: viewer == user,
        rounds,
        exams: trends(&marks, zone),
        coverage: coverage(&catalogue, &history, &exams),
        misses: most_missed(&misses, zone),
        next: recommend(&catalogue, &history, &standing, suits, now, zone, 6),
        calibration: calibration(&calibration_rows),
    })
}

/// Everything the signed-in user has given or been given here, as one JSON document:
/// their account and profile, their sessions, each round they took part in with its
/// transcript, the partner's marks and the feedback, their partner requests and
/// attendance reports. What the database lets them read, nothing more.
pub async fn export(conn: &mut PgConnection, user: Uuid) -> Result<Value, AppError> {
    let account: Option<Value> =
        sqlx::query_scalar!(r#"select to_jsonb(a) as "account!" from public.my_account() a"#)
            .fetch_optional(&mut *conn)
            .await?;
    let profile: Option<Value> = sqlx::query_scalar!(
        r#"select jsonb_build_object('first_name', first_name, 'last_name', last_name,
                'training_level', training_level, 'created_at', created_at) as "profile!"
         from public.profiles where user_id = $1"#,
        user
    )
    .fetch_optional(&mut *conn)
    .await?;
    let sessions: Value = sqlx::query_scalar!(
        r#"select coalesce(jsonb_agg(jsonb_build_object(
                  'id', rm.id, 'link', rm.room_url, 'starts_at', rm.datetime_utc,
                  'kind', rm.type, 'exam', rm.exam_preset, 'private', rm.private,
                  'you_hosted', rm.host_id = $1, 'stage', rm.stage,
                  'cancelled_at', rm.cancelled_at, 'created_at', rm.created_at)
                order by rm.datetime_utc), '[]') as "sessions!"
         from public.practice_rooms rm
         where $1 in (rm.host_id, rm.guest_id)"#,
        user
    )
    .fetch_one(&mut *conn)
    .await?;
    let rounds: Value = sqlx::query_scalar!(
        r#"select coalesce(jsonb_agg(jsonb_build_object(
                  'id', ro.id, 'session_id', ro.room_id, 'round', ro.round_number,
                  'you_were', case when ro.candidate_id = $1 then 'candidate' else 'patient or examiner' end,
                  'case', m.case_name,
                  'started_at', ro.started_at, 'ended_at', ro.ended_at,
                  'transcript', public.round_transcript(ro.id),
                  'partner_marks', ro.peer_marks,
                  -- As on the session page: the partner sees the assessment once
                  -- they have given their own marks.
                  'feedback', case when ro.candidate_id = $1 or ro.peer_marks is not null
                                   then ro.assessment end)
                order by ro.started_at nulls last), '[]') as "rounds!"
         from public.practice_rounds ro
         left join lateral (
           select case_name from public.round_marks where round_id = ro.id limit 1
         ) m on true
         where $1 in (ro.candidate_id, ro.partner_id)"#,
        user
    )
    .fetch_one(&mut *conn)
    .await?;
    let requests: Value = sqlx::query_scalar!(
        r#"select coalesce(jsonb_agg(to_jsonb(r) - 'user_id' order by r.created_at), '[]')
                    as "requests!"
             from public.partner_requests r where r.user_id = $1"#,
        user
    )
    .fetch_one(&mut *conn)
    .await?;
    let reports: Value = sqlx::query_scalar!(
        r#"select coalesce(jsonb_agg(to_jsonb(a) order by a.created_at), '[]') as "reports!"
             from public.attendance_reports a where $1 in (a.reporter_id, a.reported_id)"#,
        user
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(json!({
        "schema": "med-practice-export/1",
        "user_id": user,
        "exported_at": Utc::now(),
        "account": account,
        "profile": profile,
        "sessions": sessions,
        "rounds": rounds,
        "partner_requests": requests,
        "attendance_reports": reports,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(days_ago: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap() - Duration::days(days_ago)
    }

    fn mark(round: u128, source: &str, domain: &str, score: i16, days_ago: i64) -> MarkRow {
        MarkRow {
            round_id: Uuid::from_u128(round),
            source: source.into(),
            assessor: (source == "assessor").then(|| "llm".to_string()),
            exam: Some("PLAB 2".into()),
            rubric: "Plab2".into(),
            domain: domain.into(),
            score: Some(score),
            max_score: Some(4),
            share: None,
            case_id: Some(Uuid::from_u128(100 + round)),
            case_name: Some(format!("Case {round}")),
            marked_at: at(days_ago),
        }
    }

    fn hist(case: u128, days_ago: i64, passed: bool) -> HistoryRow {
        HistoryRow {
            case_id: Uuid::from_u128(case),
            marked_at: at(days_ago),
            outcome: if passed {
                Outcome::Passed
            } else {
                Outcome::Below
            },
        }
    }

    fn case(id: u128, name: &str, cm: i32) -> CatalogueCase {
        CatalogueCase {
            id: Uuid::from_u128(id),
            case_name: name.into(),
            category: "Cardiology".into(),
            station_kind: "history".into(),
            difficulty: "core".into(),
            domain: "Clinical".into(),
            exams: vec!["PLAB 2".into()],
            data_gathering: 4,
            clinical_management: cm,
            interpersonal: 3,
        }
    }

    #[test]
    fn stored_rubric_names_are_serdes() {
        for rubric in [
            Rubric::Plab2,
            Rubric::Sca,
            Rubric::PacesExamination,
            Rubric::PacesHistory,
            Rubric::PacesCommunication,
        ] {
            let name = serde_json::to_value(rubric).unwrap();
            assert_eq!(rubric_named(name.as_str().unwrap()), Some(rubric));
        }
        assert_eq!(rubric_named("Paces"), Some(Rubric::PacesCommunication));
        assert_eq!(rubric_named("Nope"), None);
    }

    #[test]
    fn the_median_is_the_middle_or_the_mean_of_the_middle_two() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3]), Some(3.0));
        assert_eq!(median(&[4, 1, 3]), Some(3.0));
        assert_eq!(median(&[1, 2, 3, 4]), Some(2.5));
        assert_eq!(median_text(2.5), "2.5");
        assert_eq!(median_text(3.0), "3");
    }

    #[test]
    fn trends_carry_the_ai_grades_the_partners_and_a_rolling_median() {
        let mut marks = Vec::new();
        for (round, (ai, partner)) in [(1, 3), (2, 3), (4, 4), (1, 2), (3, 3), (4, 4)]
            .into_iter()
            .enumerate()
        {
            let round = round as u128 + 1;
            let days = 10 - round as i64;
            marks.push(mark(round, "assessor", "clinical_management", ai, days));
            marks.push(mark(round, "partner", "clinical_management", partner, days));
        }
        let exams = trends(&marks, chrono_tz::UTC);
        assert_eq!(exams.len(), 1);
        let exam = &exams[0];
        assert_eq!(exam.exam, "PLAB 2");
        assert_eq!(exam.rounds, 6);
        let cm = &exam.domains[0];
        assert_eq!(cm.label, "Clinical management");
        assert_eq!((cm.max, cm.pass, cm.graded), (4, 3, 6));
        let ai: Vec<_> = cm.points.iter().map(|p| p.ai.unwrap()).collect();
        assert_eq!(ai, [1, 2, 4, 1, 3, 4]);
        let partner: Vec<_> = cm.points.iter().map(|p| p.partner.unwrap()).collect();
        assert_eq!(partner, [3, 3, 4, 2, 3, 4]);
        let medians: Vec<_> = cm.points.iter().map(|p| p.median.unwrap()).collect();
        // The latest five at most: [1], [1,2], [1,2,4], [1,2,4,1], [1,2,4,1,3], [2,4,1,3,4].
        assert_eq!(medians, [1.0, 1.5, 2.0, 1.5, 2.0, 3.0]);
        assert_eq!(cm.median, Some(3.0));
        assert_eq!(cm.latest_band.as_deref(), Some("Meets the standard"));
        assert!(cm.svg.starts_with("<svg") && cm.svg.ends_with("</svg>"));
        assert_eq!(cm.svg.matches("chart-ai-dot").count(), 6);
        assert_eq!(cm.svg.matches("chart-partner").count(), 6);
        assert!(cm.svg.contains("chart-pass"));
        assert!(cm.svg.contains("chart-median"));
    }

    #[test]
    fn checklist_rounds_count_towards_the_rubric_domain_of_their_group_without_a_grade() {
        let mut row = mark(1, "assessor", "interpersonal", 0, 1);
        row.assessor = Some("checklist".into());
        row.rubric = "Sca".into();
        row.exam = Some("MRCGP SCA".into());
        row.score = None;
        row.max_score = None;
        row.share = Some(0.5);
        let exams = trends(&[row], chrono_tz::UTC);
        let d = &exams[0].domains[0];
        assert_eq!(d.code, "relating_to_others");
        assert_eq!(d.points[0].ai, None);
        assert_eq!(
            d.points[0].checked.as_deref(),
            Some("50% of topics mentioned")
        );
        assert_eq!(d.latest_band, None);
        assert_eq!(d.graded, 1);
    }

    #[test]
    fn chart_text_is_escaped() {
        let trend = DomainTrend {
            code: "x".into(),
            label: "<script>".into(),
            max: 4,
            pass: 3,
            points: vec![],
            graded: 0,
            latest_band: None,
            median: None,
            svg: String::new(),
        };
        let svg = chart_svg(&trend);
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
    }

    #[test]
    fn points_fall_into_themes() {
        for (point, expected) in [
            (
                "Safety-nets with specific red flags needing urgent review",
                "Safety-netting",
            ),
            (
                "Asks about suicidal thoughts and plans",
                "Risk assessment and safeguarding",
            ),
            ("Screens for red flags: waking with headache", "Red flags"),
            (
                "Explores his main concerns, including possible damage",
                "Ideas, concerns and expectations",
            ),
            (
                "Acknowledges her fear with empathy before explaining",
                "Empathy and rapport",
            ),
            (
                "Chunks information and checks understanding",
                "Explaining and checking understanding",
            ),
            (
                "Agrees a headache diary and a review appointment",
                "Management and follow-up",
            ),
            ("Introduces self and role", "Opening and consent"),
            (
                "Establishes site and character of the discomfort",
                "History and examination",
            ),
            ("Hums a tune", "Other"),
        ] {
            assert_eq!(theme(point), expected, "{point}");
        }
    }

    #[test]
    fn the_most_missed_points_are_counted_per_round_and_grouped_by_theme() {
        let row = |round: u128, point: &str, days: i64| MissRow {
            round_id: Uuid::from_u128(round),
            case_name: Some(format!("Case {round}")),
            point: point.into(),
            critical: point.contains("Safety"),
            marked_at: at(days),
            room_url: format!("room{round}"),
        };
        let rows = vec![
            row(1, "Safety-nets: chest pain at rest needs 999", 5),
            row(2, "Safety-nets:  chest pain at rest needs 999", 3),
            row(3, "Safety-nets with fever advice", 2),
            row(1, "Explores his main concerns", 5),
        ];
        let themes = most_missed(&rows, chrono_tz::UTC);
        assert_eq!(themes[0].theme, "Safety-netting");
        assert_eq!(themes[0].times, 3);
        let top = &themes[0].points[0];
        assert_eq!(top.times, 2);
        assert!(top.critical);
        // The latest round first, each linking to its session.
        assert_eq!(top.rounds[0].href, "/s/room2");
        assert_eq!(top.rounds[1].href, "/s/room1");
        assert_eq!(themes[1].theme, "Ideas, concerns and expectations");
        assert_eq!(themes[1].times, 1);
    }

    #[test]
    fn a_case_below_the_pass_level_comes_back_after_3_then_7_then_21_days() {
        let once = [hist(1, 10, false)];
        let refs: Vec<&HistoryRow> = once.iter().collect();
        assert_eq!(due_at(&refs), Some((at(10) + Duration::days(3), 3)));
        let twice = [hist(1, 10, false), hist(1, 6, false)];
        let refs: Vec<&HistoryRow> = twice.iter().collect();
        assert_eq!(due_at(&refs), Some((at(6) + Duration::days(7), 7)));
        let more = [
            hist(1, 30, true),
            hist(1, 20, false),
            hist(1, 10, false),
            hist(1, 6, false),
            hist(1, 5, false),
        ];
        let refs: Vec<&HistoryRow> = more.iter().collect();
        assert_eq!(due_at(&refs), Some((at(5) + Duration::days(21), 21)));
        let passed = [hist(1, 10, false), hist(1, 6, true)];
        let refs: Vec<&HistoryRow> = passed.iter().collect();
        assert_eq!(due_at(&refs), None);
    }

    #[test]
    fn recommendations_put_due_cases_then_new_ones_for_the_weakest_domain_then_old_passes() {
        let catalogue = vec![
            case(1, "Due long ago", 3),
            case(2, "Below, not yet due", 3),
            case(3, "New, little management", 1),
            case(4, "New, much management", 6),
            case(5, "Passed long ago", 3),
            case(6, "Passed lately", 3),
            case(7, "Due lately", 3),
            case(8, "Played as the patient", 6),
        ];
        let history = vec![
            hist(1, 10, false),
            hist(2, 1, false),
            hist(5, 40, true),
            hist(6, 2, true),
            hist(7, 4, false),
            HistoryRow {
                case_id: Uuid::from_u128(8),
                marked_at: at(3),
                outcome: Outcome::Acted,
            },
        ];
        let standing = vec![
            StandingRow {
                grp: "data_gathering".into(),
                mean: 0.8,
                rounds: 5,
            },
            StandingRow {
                grp: "clinical_management".into(),
                mean: 0.4,
                rounds: 5,
            },
            StandingRow {
                grp: "interpersonal".into(),
                mean: 0.7,
                rounds: 5,
            },
        ];
        let now = at(0);
        let picks = recommend(
            &catalogue,
            &history,
            &standing,
            |_| true,
            now,
            chrono_tz::UTC,
            10,
        );
        let names: Vec<&str> = picks.iter().map(|r| r.case_name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Due long ago",
                "Due lately",
                "New, much management",
                "New, little management",
                "Passed long ago",
                "Passed lately",
                "Played as the patient"
            ]
        );
        assert_eq!(picks[0].why, Why::Due);
        assert!(picks[2]
            .reason
            .contains("clinical management, your weakest domain"));
        assert_eq!(
            picker_reason("Gus", &picks[2], weakest(&standing)),
            "Recommended for Gus: weakest in clinical management"
        );
        // Moving the clock on brings the held-back case back.
        let later = recommend(
            &catalogue,
            &history,
            &standing,
            |_| true,
            at(-2),
            chrono_tz::UTC,
            10,
        );
        assert_eq!(later.iter().filter(|r| r.why == Why::Due).count(), 3);
        // The filter keeps only what may be offered.
        let few = recommend(
            &catalogue,
            &history,
            &standing,
            |c| c.id == Uuid::from_u128(4),
            now,
            chrono_tz::UTC,
            10,
        );
        assert_eq!(few.len(), 1);
    }

    #[test]
    fn a_keyword_check_is_practice_without_a_grade() {
        let catalogue = vec![case(1, "Checked", 3), case(2, "New", 3)];
        let history = vec![HistoryRow {
            case_id: Uuid::from_u128(1),
            marked_at: at(30),
            outcome: Outcome::Checked,
        }];
        let picks = recommend(
            &catalogue,
            &history,
            &[],
            |_| true,
            at(0),
            chrono_tz::UTC,
            10,
        );
        assert_eq!(picks[0].why, Why::New);
        assert_eq!(picks[1].why, Why::Again);
        assert!(picks[1].reason.starts_with("Keyword-checked"));
        let refs: Vec<&HistoryRow> = history.iter().collect();
        assert_eq!(due_at(&refs), None);
        let cov = coverage(&catalogue, &history, &[]);
        assert_eq!(cov.rows[0].cells[0].state, CellState::Checked);
        assert!(cov.blueprints.is_empty());
    }

    #[test]
    fn calibration_says_hawk_or_dove_only_on_enough_rounds() {
        let row = |domain: &str, rounds: i64, mean: f64| CalibrationRow {
            rubric: "Plab2".into(),
            domain: domain.into(),
            rounds,
            mean_difference: mean,
        };
        let few = calibration(&[row("interpersonal", 2, 1.0)]);
        assert!(!few.enough);
        assert!(few.summary.starts_with("Not enough yet"));
        assert!(few.domains[0].words.starts_with("Not enough yet"));
        let many = calibration(&[
            row("data_gathering", 6, 1.2),
            row("clinical_management", 6, -0.8),
            row("interpersonal", 6, 0.2),
        ]);
        assert!(many.enough);
        assert_eq!(many.rounds, 6);
        assert!(many.domains[0].words.contains("dove"));
        assert!(many.domains[1].words.contains("hawk"));
        assert_eq!(many.domains[2].words, "Close to the AI examiner");
        assert_eq!(many.domains[1].label, "Clinical management");
        let none = calibration(&[]);
        assert_eq!(none.rounds, 0);
        assert!(!none.enough);
    }

    #[test]
    fn coverage_cells_and_blueprints_count_rounds_and_their_latest_result() {
        let mut catalogue = vec![case(1, "A", 3), case(2, "B", 3)];
        catalogue[1].station_kind = "examination".into();
        catalogue[1].category = "Paediatrics".into();
        let history = vec![hist(1, 10, true), hist(1, 2, false)];
        let cov = coverage(
            &catalogue,
            &history,
            &["PLAB 2".to_string(), "MRCGP SCA".to_string()],
        );
        assert_eq!(cov.kinds.len(), StationKind::ALL.len());
        let cardio = cov
            .rows
            .iter()
            .find(|r| r.category == "Cardiology")
            .unwrap();
        assert_eq!(
            cardio.cells[0],
            CoverageCell {
                cases: 1,
                rounds: 2,
                state: CellState::Below
            }
        );
        assert_eq!(cardio.cells[1].state, CellState::NoCases);
        let paeds = cov
            .rows
            .iter()
            .find(|r| r.category == "Paediatrics")
            .unwrap();
        assert_eq!(paeds.cells[1].state, CellState::NotDone);
        assert_eq!(cov.blueprints.len(), 2);
        let plab = &cov.blueprints[0];
        let history_group = plab
            .groups
            .iter()
            .find(|g| g.label == "History taking")
            .unwrap();
        assert_eq!(
            (
                history_group.cases,
                history_group.rounds,
                history_group.passed
            ),
            (1, 2, 1)
        );
        let sca = &cov.blueprints[1];
        let children = sca
            .groups
            .iter()
            .find(|g| g.label == "Children and young people")
            .unwrap();
        // Neither case lists MRCGP SCA among its exams, so the group offers none.
        assert_eq!((children.cases, children.rounds), (0, 0));
    }
}
