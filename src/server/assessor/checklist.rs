//! The keyword check: offline and deterministic, used when no LLM is configured. For
//! each point of the mark scheme, whether the candidate's own lines mention it: one of
//! its keywords is a word of the line, or begins one (a stem), and is not negated
//! ("I'm not going to ask about…", "no need to…", "didn't…"). Each line counts for at
//! most one point per group, and a line that names many points at once reads as a
//! list of keywords, not speech, and counts for none. It lists topics mentioned, never
//! a grade, and says so wherever it is shown.

use super::{blank, screen, AssessError, Assessor, Outcome, RoundInput};
use crate::model::assessment::{
    normalise, Assessment, AssessorInfo, AssessorKind, CoverageGroup, CoveragePoint, DomainResult,
    Evidence,
};
use crate::model::cases::{MarkDomain, MarkScheme};
use crate::model::marking::IntegrityFlag;
use crate::model::practice::{TranscriptLine, RUBRIC_VERSION};

pub const VERSION: &str = "keyword-check/2";

/// What its feedback is called, in the panel and every badge.
pub const NAME: &str = "Topics mentioned (keyword check)";

/// At most this many lines are quoted as evidence per group.
const EVIDENCE_PER_GROUP: usize = 6;

/// A line mentioning this many different points or more is a list of keywords.
pub const LIST_POINTS: usize = 4;

const NEGATORS: &[&str] = &[
    "not",
    "no",
    "never",
    "without",
    "nor",
    "neither",
    "none",
    "nothing",
    "cannot",
    "skip",
    "skipping",
    "won't",
    "don't",
    "didn't",
    "doesn't",
    "isn't",
    "wasn't",
    "aren't",
    "haven't",
    "hasn't",
    "shouldn't",
    "wouldn't",
    "can't",
    "couldn't",
    "needn't",
    "avoid",
    "instead",
];

/// One mark-scheme point and the candidate lines that mention it (indexes into the
/// transcript's lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointCoverage {
    pub point: String,
    pub critical: bool,
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

/// A line's words, lower case, each with the clause it is in (a comma, full stop,
/// question mark and the like end a clause).
fn words(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut clause = 0;
    let mut word = String::new();
    for c in normalise(text).chars() {
        if c.is_alphanumeric() || c == '\'' || c == '-' {
            word.push(c);
        } else {
            if !word.is_empty() {
                out.push((clause, std::mem::take(&mut word)));
            }
            if matches!(c, ',' | '.' | ';' | ':' | '?' | '!' | '(' | ')') {
                clause += 1;
            }
        }
    }
    if !word.is_empty() {
        out.push((clause, word));
    }
    out.into_iter()
        .map(|(c, w)| (c, w.trim_matches(['\'', '-']).to_string()))
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

fn negated(words: &[(usize, String)], at: usize) -> bool {
    let clause = words[at].0;
    // A negation anywhere earlier in the keyword's clause: "I'm not going to do a
    // safety plan or give you crisis numbers like Samaritans".
    words[..at]
        .iter()
        .filter(|(c, _)| *c == clause)
        .any(|(_, w)| NEGATORS.contains(&w.as_str()) || w.ends_with("n't"))
}

/// Whether `keyword` is mentioned, not negated, in `words`: its words in order, the
/// last one whole or as a stem (a stem of at least four letters begins the word).
fn mentions(words: &[(usize, String)], keyword: &str) -> bool {
    let key: Vec<String> = self::words(keyword).into_iter().map(|(_, w)| w).collect();
    let Some((last, first)) = key.split_last() else {
        return false;
    };
    if words.len() < key.len() {
        return false;
    }
    (0..=words.len() - key.len()).any(|at| {
        let exact = first.iter().enumerate().all(|(k, w)| words[at + k].1 == *w);
        let end = &words[at + first.len()].1;
        let stem = end == last || (last.chars().count() >= 4 && end.starts_with(last.as_str()));
        exact && stem && !negated(words, at)
    })
}

/// The coverage of every point of `scheme` by the candidate's own lines, leaving out
/// `flagged` lines. Also returns the lines that read as keyword lists.
pub fn assess(
    scheme: &MarkScheme,
    lines: &[TranscriptLine],
    flagged: &[IntegrityFlag],
) -> (Vec<DomainCoverage>, Vec<usize>) {
    let candidate: Vec<(usize, Vec<(usize, String)>)> = lines
        .iter()
        .enumerate()
        .filter(|(i, l)| l.role == "candidate" && !flagged.iter().any(|f| f.line == *i))
        .map(|(i, l)| (i, words(&l.text)))
        .collect();
    let mut coverage: Vec<DomainCoverage> = MarkDomain::ALL
        .into_iter()
        .map(|domain| DomainCoverage {
            domain,
            points: scheme
                .group(domain)
                .iter()
                .map(|p| PointCoverage {
                    point: p.point.clone(),
                    critical: p.critical,
                    evidence: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let mut lists = Vec::new();
    for (index, text) in &candidate {
        // Which points of each group the line mentions.
        let hits: Vec<Vec<usize>> = MarkDomain::ALL
            .into_iter()
            .map(|domain| {
                scheme
                    .group(domain)
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.keywords.iter().any(|k| mentions(text, k)))
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        if hits.iter().map(Vec::len).sum::<usize>() >= LIST_POINTS {
            lists.push(*index);
            continue;
        }
        // One point per group: the first the line mentions that no line has yet.
        for (group, points) in coverage.iter_mut().zip(&hits) {
            let pick = points
                .iter()
                .find(|&&i| !group.points[i].covered())
                .or(points.first());
            if let Some(&i) = pick {
                group.points[i].evidence.push(*index);
            }
        }
    }
    (coverage, lists)
}

/// The keyword check as an assessor: the topics of the case's mark scheme the
/// candidate's lines mention, with those lines as evidence. No scores, no global
/// judgement, nothing at all below the minimum of the candidate's speech.
#[derive(Debug, Clone, Copy, Default)]
pub struct ChecklistAssessor;

impl ChecklistAssessor {
    pub fn assessment(input: &RoundInput) -> Assessment {
        let info = AssessorInfo {
            kind: AssessorKind::Checklist,
            name: NAME.to_string(),
            version: VERSION.to_string(),
            rubric_version: RUBRIC_VERSION.to_string(),
            case_hash: input.case_hash.clone(),
            samples: 1,
        };
        let (mut flags, too_little) = screen(input, info.clone());
        if let Some(assessment) = too_little {
            return assessment;
        }
        let mut assessment = blank(input, info);
        let (coverage, lists) = assess(&input.mark_scheme, &input.lines, &flags);
        flags.extend(lists.into_iter().map(|line| {
            IntegrityFlag {
                line,
                role: "candidate".into(),
                reason: "names many points at once, as a list of keywords rather than speech to \
                     the patient"
                    .into(),
            }
        }));
        flags.sort_by_key(|f| f.line);
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
            let mentioned: Vec<String> = group
                .points
                .iter()
                .filter(|p| p.covered())
                .map(|p| p.point.clone())
                .collect();
            let missing: Vec<String> = group
                .points
                .iter()
                .filter(|p| !p.covered())
                .map(|p| p.point.clone())
                .collect();
            assessment.strengths.extend(mentioned.iter().cloned());
            assessment.improvements.extend(missing.iter().cloned());
            assessment.domains.push(DomainResult {
                code: group.domain.code().to_string(),
                label: group.domain.label().to_string(),
                score: None,
                max: None,
                band: if total == 0 {
                    "No points in the mark scheme".to_string()
                } else {
                    format!("{covered} of {total} topics mentioned")
                },
                evidence: lines
                    .into_iter()
                    .take(EVIDENCE_PER_GROUP)
                    .map(|line| Evidence {
                        quote: input.lines[line].text.clone(),
                        line,
                    })
                    .collect(),
                strengths: mentioned,
                improvements: missing,
                claimed: None,
                bounded_by: None,
                range: None,
            });
        }
        let total: usize = coverage.iter().map(|g| g.points.len()).sum();
        let covered: usize = coverage.iter().map(DomainCoverage::covered).sum();
        let critical_missed = coverage
            .iter()
            .flat_map(|g| &g.points)
            .filter(|p| p.critical && !p.covered())
            .count();
        assessment.summary = format!(
            "Your lines mentioned {covered} of the mark scheme's {total} topics{}. This is a \
             keyword check: it lists the topics your words mention, not how well you covered \
             them, and gives no grade.",
            match critical_missed {
                0 => String::new(),
                1 => ", and missed 1 critical one".to_string(),
                n => format!(", and missed {n} critical ones"),
            }
        );
        assessment.coverage = coverage
            .into_iter()
            .map(|g| CoverageGroup {
                label: g.domain.label().to_string(),
                points: g
                    .points
                    .into_iter()
                    .map(|p| CoveragePoint {
                        point: p.point,
                        critical: p.critical,
                        lines: p.evidence,
                    })
                    .collect(),
            })
            .collect();
        assessment.integrity = flags;
        assessment
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
            critical: false,
        }
    }

    fn scheme() -> MarkScheme {
        MarkScheme {
            data_gathering: vec![
                point(
                    "Asks where the pain spreads",
                    &["radiat", "spread", "left arm"],
                ),
                point("Asks about smoking", &["smok", "cigarette"]),
                point(
                    "Asks about suicidal thoughts",
                    &["suicid", "ending your life"],
                ),
            ],
            clinical_management: vec![
                point("Explains angina", &["angina", "blood supply"]),
                point("Safety-nets", &["ambulance", "999"]),
            ],
            interpersonal: vec![point("Acknowledges the worry", &["anxious", "frighten"])],
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

    fn covered(lines: &[TranscriptLine]) -> Vec<usize> {
        assess(
            &scheme(),
            lines,
            &crate::model::marking::integrity_flags(lines),
        )
        .0
        .iter()
        .map(DomainCoverage::covered)
        .collect()
    }

    #[test]
    fn a_transcript_covering_all_some_and_none_of_the_scheme() {
        let all = vec![
            line(
                "candidate",
                "Does the pain SPREAD anywhere, to your left arm or jaw?",
            ),
            line("actor", "Down my left arm, and I smoke twenty a day."),
            line("candidate", "How many cigarettes a day?"),
            line(
                "candidate",
                "Have you had any thoughts of ending your life?",
            ),
            line(
                "candidate",
                "I think this is angina: the heart's  blood   supply is narrowed.",
            ),
            line(
                "candidate",
                "If it comes back and lasts, call an ambulance.",
            ),
            line("candidate", "You seem anxious about your father."),
        ];
        let (result, lists) = assess(&scheme(), &all, &[]);
        assert!(lists.is_empty());
        assert_eq!(
            result
                .iter()
                .map(DomainCoverage::covered)
                .collect::<Vec<_>>(),
            vec![3, 2, 1]
        );
        assert_eq!(result[0].points[0].evidence, vec![0]);
        // Only the candidate's own lines count: the actor's "smoke" is not evidence.
        assert_eq!(result[0].points[1].evidence, vec![2]);

        let some = vec![
            line("candidate", "Where does it radiate?"),
            line("actor", "I'm anxious."),
        ];
        assert_eq!(covered(&some), vec![1, 0, 0]);
        let none = vec![
            line("candidate", "Hello, I'm one of the doctors."),
            line("candidate", "The pharmacy is downstairs, by the alarm."),
        ];
        assert_eq!(
            covered(&none),
            vec![0, 0, 0],
            "\"arm\" inside \"alarm\" is not a match"
        );
        assert_eq!(covered(&[]), vec![0, 0, 0]);
    }

    #[test]
    fn negated_mentions_count_for_nothing() {
        let lines = vec![
            line("candidate", "I'm not going to ask you about suicide today."),
            line("candidate", "There's no need to ask whether you smoke."),
            line("candidate", "I didn't check whether it spreads."),
            line("candidate", "We won't need an ambulance."),
        ];
        assert_eq!(covered(&lines), vec![0, 0, 0]);
        // A negation in an earlier clause does not reach the keyword.
        let fine = vec![line("candidate", "No rush, but do you smoke?")];
        assert_eq!(covered(&fine), vec![1, 0, 0]);
    }

    #[test]
    fn a_line_counts_once_per_group_and_a_keyword_list_not_at_all() {
        // Two points of one group in a line: only one is credited.
        let two = vec![line("candidate", "Does it spread, and do you smoke?")];
        assert_eq!(covered(&two), vec![1, 0, 0]);
        let listed = vec![line(
            "candidate",
            "Radiation, smoking, suicide, angina, ambulance, anxious.",
        )];
        let (result, lists) = assess(&scheme(), &listed, &[]);
        assert_eq!(lists, vec![0]);
        assert!(result.iter().all(|d| d.covered() == 0));
    }

    #[test]
    fn keywords_are_whole_words_or_stems() {
        let w = words("It RADIATES to the back, (left arm) too");
        assert!(mentions(&w, "radiat"));
        assert!(mentions(&w, "left arm"));
        assert!(!mentions(&words("alarm"), "arm"));
        assert!(
            !mentions(&words("care"), "car"),
            "a short keyword is whole words only"
        );
        assert!(mentions(&words("the car"), "car"));
        assert!(!mentions(&words("anything"), ""));
    }
}
