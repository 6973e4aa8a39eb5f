//! The checklist marker: offline and deterministic. For each point of the mark scheme,
//! whether the candidate's lines cover it (one of its keywords begins a word in a
//! line), with those lines as evidence. Coverage of the mark scheme, not an examiner's
//! judgement, and labelled so wherever it is shown.

use chrono::Utc;

use super::{AssessError, Assessor, Outcome, RoundInput};
use crate::model::assessment::{
    normalise, time_breakdown, Assessment, AssessorInfo, AssessorKind, CoverageGroup,
    CoveragePoint, DomainResult, Evidence, SCHEMA,
};
use crate::model::cases::{MarkDomain, MarkScheme};
use crate::model::practice::TranscriptLine;

pub const VERSION: &str = "checklist/1";

/// At most this many lines are quoted as evidence per group.
const EVIDENCE_PER_GROUP: usize = 6;

/// One mark-scheme point and the candidate lines that cover it (indexes into the
/// transcript's lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointCoverage {
    pub point: String,
    pub evidence: Vec<usize>,
}

impl PointCoverage {
    pub fn covered(&self) -> bool {
        !self.evidence.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainCoverage {
    pub domain: MarkDomain,
    pub points: Vec<PointCoverage>,
}

impl DomainCoverage {
    pub fn covered(&self) -> usize {
        self.points.iter().filter(|p| p.covered()).count()
    }
}

/// Whether `keyword` (normalised) begins a word of `line` (normalised): "radiat" finds
/// "radiates", "arm" does not find "pharmacy".
fn begins_a_word(line: &str, keyword: &str) -> bool {
    if keyword.is_empty() {
        return false;
    }
    line.match_indices(keyword).any(|(at, _)| {
        line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The coverage of every point of `scheme` by the candidate's lines of `lines`.
pub fn assess(scheme: &MarkScheme, lines: &[TranscriptLine]) -> Vec<DomainCoverage> {
    let candidate: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.role == "candidate")
        .map(|(i, l)| (i, normalise(&l.text)))
        .collect();
    MarkDomain::ALL
        .into_iter()
        .map(|domain| DomainCoverage {
            domain,
            points: scheme
                .group(domain)
                .iter()
                .map(|point| {
                    let keywords: Vec<String> =
                        point.keywords.iter().map(|k| normalise(k)).collect();
                    PointCoverage {
                        point: point.point.clone(),
                        evidence: candidate
                            .iter()
                            .filter(|(_, text)| keywords.iter().any(|k| begins_a_word(text, k)))
                            .map(|(i, _)| *i)
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect()
}

/// The checklist as an assessor: the coverage of the case's mark scheme, with the
/// covering lines as evidence, covered points as strengths and missed points as what
/// to improve. It gives no scores and no global judgement.
#[derive(Debug, Clone, Copy, Default)]
pub struct ChecklistAssessor;

impl ChecklistAssessor {
    pub fn assessment(input: &RoundInput) -> Assessment {
        let coverage = assess(&input.mark_scheme, &input.lines);
        let mut domains = Vec::new();
        let mut strengths = Vec::new();
        let mut improvements = Vec::new();
        for group in &coverage {
            let total = group.points.len();
            let covered = group.covered();
            let mut lines: Vec<usize> = group
                .points
                .iter()
                .flat_map(|p| p.evidence.iter().copied())
                .collect();
            lines.sort_unstable();
            lines.dedup();
            let domain_strengths: Vec<String> = group
                .points
                .iter()
                .filter(|p| p.covered())
                .map(|p| p.point.clone())
                .collect();
            let domain_improvements: Vec<String> = group
                .points
                .iter()
                .filter(|p| !p.covered())
                .map(|p| p.point.clone())
                .collect();
            strengths.extend(domain_strengths.iter().cloned());
            improvements.extend(domain_improvements.iter().cloned());
            domains.push(DomainResult {
                code: group.domain.code().to_string(),
                label: group.domain.label().to_string(),
                score: None,
                max: None,
                band: if total == 0 {
                    "No points in the mark scheme".to_string()
                } else {
                    format!("{covered} of {total} points covered")
                },
                evidence: lines
                    .into_iter()
                    .take(EVIDENCE_PER_GROUP)
                    .map(|line| Evidence {
                        quote: input.lines[line].text.clone(),
                        line,
                    })
                    .collect(),
                strengths: domain_strengths,
                improvements: domain_improvements,
            });
        }
        let total: usize = coverage.iter().map(|g| g.points.len()).sum();
        let covered: usize = coverage.iter().map(DomainCoverage::covered).sum();
        Assessment {
            schema: SCHEMA.to_string(),
            rubric: input.rubric,
            assessor: AssessorInfo {
                kind: AssessorKind::Checklist,
                name: "checklist".to_string(),
                version: VERSION.to_string(),
            },
            domains,
            global: None,
            summary: format!(
                "Your words covered {covered} of the mark scheme's {total} points. This counts \
                 the points your lines mention; it is not an examiner's judgement of how well \
                 you did them."
            ),
            strengths,
            improvements,
            coverage: coverage
                .into_iter()
                .map(|g| CoverageGroup {
                    label: g.domain.label().to_string(),
                    points: g
                        .points
                        .into_iter()
                        .map(|p| CoveragePoint {
                            point: p.point,
                            lines: p.evidence,
                        })
                        .collect(),
                })
                .collect(),
            time: time_breakdown(&input.lines, input.round_ms),
            dropped_quotes: 0,
            assessed_at: Utc::now(),
        }
    }
}

impl Assessor for ChecklistAssessor {
    async fn assess(&self, input: &RoundInput, _: u32) -> Result<Outcome, AssessError> {
        Ok(Outcome {
            assessment: Self::assessment(input),
            invalid_answers: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::cases::MarkPoint;
    use uuid::Uuid;

    fn point(text: &str, keywords: &[&str]) -> MarkPoint {
        MarkPoint {
            point: text.into(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
        }
    }

    fn scheme() -> MarkScheme {
        MarkScheme {
            data_gathering: vec![
                point("Asks where the pain spreads", &["radiat", "spread", "arm"]),
                point("Asks about smoking", &["smok", "cigarette"]),
            ],
            clinical_management: vec![point("Explains angina", &["angina", "blood supply"])],
            interpersonal: vec![point("Acknowledges the worry", &["worr", "understand"])],
        }
    }

    fn line(role: &str, text: &str) -> TranscriptLine {
        TranscriptLine {
            role: role.into(),
            user_id: Uuid::nil(),
            at_ms: 0,
            text: text.into(),
        }
    }

    #[test]
    fn a_transcript_covering_all_some_and_none_of_the_scheme() {
        let all = vec![
            line(
                "candidate",
                "Does the pain SPREAD anywhere, to your arm or jaw?",
            ),
            line("actor", "Down my left arm, and I smoke twenty a day."),
            line("candidate", "How many cigarettes a day?"),
            line(
                "candidate",
                "I think this is angina: the heart's  blood   supply is narrowed.",
            ),
            line(
                "candidate",
                "I understand you\u{2019}re worried about your father.",
            ),
        ];
        let result = assess(&scheme(), &all);
        let covered: Vec<usize> = result.iter().map(DomainCoverage::covered).collect();
        assert_eq!(covered, vec![2, 1, 1]);
        assert_eq!(result[0].points[0].evidence, vec![0]);
        // Only the candidate's own lines count: the actor's "smoke" is not evidence.
        assert_eq!(result[0].points[1].evidence, vec![2]);

        let some = vec![
            line("candidate", "Where does it radiate?"),
            line("actor", "I'm worried."),
        ];
        let covered: Vec<usize> = assess(&scheme(), &some)
            .iter()
            .map(DomainCoverage::covered)
            .collect();
        assert_eq!(covered, vec![1, 0, 0]);

        let none = vec![
            line("candidate", "Hello, I'm one of the doctors."),
            line("candidate", "The pharmacy is downstairs."),
        ];
        let covered: Vec<usize> = assess(&scheme(), &none)
            .iter()
            .map(DomainCoverage::covered)
            .collect();
        assert_eq!(
            covered,
            vec![0, 0, 0],
            "\"arm\" inside \"pharmacy\" is not a match"
        );
        assert!(assess(&scheme(), &[]).iter().all(|d| d.covered() == 0));
    }

    #[test]
    fn keywords_begin_words_whatever_the_case_and_spacing() {
        assert!(begins_a_word(
            &normalise("It RADIATES to the back"),
            "radiat"
        ));
        assert!(begins_a_word(&normalise("(arm)"), "arm"));
        assert!(!begins_a_word(&normalise("alarm"), "arm"));
        assert!(begins_a_word(
            &normalise("how   long\nhave you"),
            &normalise("how long")
        ));
        assert!(!begins_a_word("anything", ""));
    }
}
