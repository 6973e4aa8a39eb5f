//! My progress (`/progress`; admins may add `?user=<id>` for support): per exam and
//! domain the verified grades over time, as a chart drawn on the server and the same
//! figures as a table; the library's coverage and the exams' blueprints; the points
//! missed most often; what to practise next; and how the trainee marks partners beside
//! the AI examiner. It prints one exam to a page, and the trainee's data downloads as
//! JSON. Read-only: it works the same without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::progress::get_progress;
use crate::components::error_view::ErrorNotice;
use crate::error::AppError;
use crate::model::progress::{
    median_text, Calibration, Coverage, DomainTrend, ExamProgress, ProgressPage, Recommendation,
    ThemeMisses,
};

#[component]
pub fn ProgressPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new(move || query.read().get("user"), get_progress);
    view! {
        <Transition fallback=|| view! { <p class="muted" role="status">"Loading your progress…"</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(Some(page)) => view! { <Progress page/> }.into_any(),
                    Ok(None) => view! {
                        <Title text="My progress"/>
                        <section class="form-card">
                            <h1>"My progress"</h1>
                            <p>"Sign in to see your progress."</p>
                            <a href="/sign-in?next=/progress" class="button">"Sign in"</a>
                        </section>
                    }
                    .into_any(),
                    Err(AppError::NotFound) => view! { <crate::pages::not_found::NotFound/> }.into_any(),
                    Err(error) => view! { <Title text="My progress"/> <ErrorNotice error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Progress(page: ProgressPage) -> impl IntoView {
    let ProgressPage {
        user_id: _,
        name,
        own,
        rounds,
        exams,
        coverage,
        misses,
        next,
        calibration,
    } = page;
    let title = if own {
        "My progress".to_string()
    } else {
        format!("Progress of {name}")
    };
    let lead = match rounds {
        0 => "No graded rounds yet. Once a round of yours as the candidate is marked, your grades, the points you missed and what to practise next appear here.".to_string(),
        1 => "1 graded round as the candidate. The grades are the AI examiner's verified ones (bounded by the points it could evidence), with your partners' beside them.".to_string(),
        n => format!("{n} graded rounds as the candidate. The grades are the AI examiner's verified ones (bounded by the points it could evidence), with your partners' beside them."),
    };
    view! {
        <Title text=title.clone()/>
        <section class="intro intro--with-action">
            <div>
                <h1>{title}</h1>
                <p class="lead">{lead}</p>
            </div>
            {
                view! {
                <div class="button-row no-print" hidden=!own>
                    <button type="button" class="button button--secondary" on:click=|_| {
                        let _ = window().print();
                    }>"Print report"</button>
                    <a class="button button--secondary" href="/progress/export.json" download="med-practice-my-data.json">"Download my data (JSON)"</a>
                </div>
                }
            }
        </section>
        <nav class="toc no-print" aria-label="On this page">
            <a href="#next-heading">"What next"</a>
            <a href="#grades-heading">"Grades"</a>
            <a href="#coverage-heading">"Coverage"</a>
            <a href="#missed-heading">"Most missed"</a>
            <a href="#calibration-heading">"Your marking"</a>
        </nav>
        <Next next/>
        <section aria-labelledby="grades-heading">
            <h2 id="grades-heading">"Grades over time"</h2>
            <p class="empty" hidden=!exams.is_empty()>"No grades yet."</p>
            {exams.into_iter().map(|exam| view! { <Exam exam/> }).collect_view()}
        </section>
        <CoverageGrid coverage/>
        <Missed misses/>
        <CalibrationPanel calibration/>
    }
}

#[component]
fn Next(next: Vec<Recommendation>) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="next-heading">
            <h2 id="next-heading">"What to practise next"</h2>
            <p class="muted">
                "Cases marked below the pass level come back after 3, 7 and 21 days; then cases new to you that practise your weakest domain; then cases you passed longest ago; last, cases you know from playing the patient."
            </p>
            <p class="empty" hidden=!next.is_empty()>"Nothing to suggest: the library has no case for your exams."</p>
            {
                view! {
                    <ol class="recommendations">
                        {next.into_iter().map(|r| {
                            let tag = r.why.tag();
                            view! {
                                <li>
                                    <span class="tag">{tag}</span>
                                    <strong>{r.case_name}</strong>
                                    <span class="muted">{format!(" · {} · {} · {}", r.category, r.kind, r.difficulty)}</span>
                                    <br/>
                                    <span>{r.reason}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }
            }
            <p class="muted">"Ask your partner to choose one of these when you are the candidate: the session's case list shows them first."</p>
        </section>
    }
}

#[component]
fn Exam(exam: ExamProgress) -> impl IntoView {
    let ExamProgress {
        exam,
        rubric,
        rounds,
        domains,
    } = exam;
    let summary = format!(
        "{rounds} {} · marked on the {rubric}",
        if rounds == 1 { "round" } else { "rounds" }
    );
    view! {
        <section class="exam-progress" aria-label=exam.clone()>
            <h3>{exam.clone()}</h3>
            <p class="muted">{summary}</p>
            <div class="trends">
                {domains.into_iter().map(|d| view! { <Trend trend=d exam=exam.clone()/> }.into_any()).collect_view()}
            </div>
        </section>
    }
}

#[component]
fn Trend(trend: DomainTrend, exam: String) -> impl IntoView {
    let DomainTrend {
        code: _,
        label,
        max,
        pass,
        points,
        graded,
        latest_band,
        median,
        svg,
    } = trend;
    let headline = match (&latest_band, median) {
        (Some(band), Some(m)) => format!(
            "Latest: {band}. Rolling median {} of {max} (pass {pass}).",
            median_text(m)
        ),
        _ => format!(
            "{graded} keyword {}; no grade.",
            if graded == 1 { "check" } else { "checks" }
        ),
    };
    let caption = format!("{label}, {exam}: the latest {} rounds", points.len());
    let region = caption.clone();
    view! {
        <article class="trend">
            <h4>{label.clone()}</h4>
            <p>{headline}</p>
            <figure>
                <div class="chart-box" inner_html=svg></div>
                <figcaption class="chart-legend muted">
                    <span class="key key--ai">"AI examiner"</span>
                    <span class="key key--partner">"Partner"</span>
                    <span class="key key--median">"Rolling median"</span>
                    <span class="key key--pass">"Pass level"</span>
                </figcaption>
            </figure>
            <div class="table-scroll" role="region" aria-label=region tabindex="0">
                <table class="data-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col">"Case"</th>
                            <th scope="col">"AI examiner"</th>
                            <th scope="col">"Partner"</th>
                            <th scope="col">"Rolling median"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {points.into_iter().rev().map(|p| view! {
                            <tr>
                                <td>{p.date}</td>
                                <td>{p.case_name}</td>
                                <td>{p.ai.map(|v| v.to_string()).or(p.checked).unwrap_or_else(|| "–".into())}</td>
                                <td>{p.partner.map(|v| v.to_string()).unwrap_or_else(|| "–".into())}</td>
                                <td>{p.median.map(median_text).unwrap_or_else(|| "–".into())}</td>
                            </tr>
                        }.into_any()).collect_view()}
                    </tbody>
                </table>
            </div>
        </article>
    }
}

#[component]
fn CoverageGrid(coverage: Coverage) -> impl IntoView {
    let Coverage {
        kinds,
        rows,
        blueprints,
    } = coverage;
    view! {
        <section class="print-page" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">"Coverage of the library"</h2>
            <p class="muted">"Each cell is a category and kind of station: how many rounds you were graded on, of how many cases, and how the latest went."</p>
            <div class="table-scroll" role="region" aria-label="Coverage by category and kind of station" tabindex="0">
                <table class="coverage-grid">
                    <caption class="visually-hidden">"Rounds by category and kind of station"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Category"</th>
                            {kinds.into_iter().map(|k| view! { <th scope="col">{k}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr>
                                <th scope="row">{row.category}</th>
                                {row.cells.into_iter().map(|cell| {
                                    let text = if cell.cases == 0 {
                                        String::new()
                                    } else {
                                        format!("{} of {} · {}", cell.rounds, cell.cases, cell.state.words())
                                    };
                                    view! { <td class=cell.state.class()>{text}</td> }.into_any()
                                }).collect_view()}
                            </tr>
                        }.into_any()).collect_view()}
                    </tbody>
                </table>
            </div>
            {blueprints.into_iter().map(|b| view! {
                <div class="blueprint">
                    <h3>{format!("{} blueprint", b.exam)}</h3>
                    <p class="muted">{b.source}</p>
                    <ul class="blueprint-groups">
                        {b.groups.into_iter().map(|g| {
                            let state = if g.rounds == 0 { "Not touched yet" } else { "" };
                            view! {
                                <li class=if g.rounds == 0 { "untouched" } else { "" }>
                                    <strong>{g.label}</strong>
                                    {format!(": {} {} ({} passed), {} {} in the library. ", g.rounds, if g.rounds == 1 { "round" } else { "rounds" }, g.passed, g.cases, if g.cases == 1 { "case" } else { "cases" })}
                                    <em>{state}</em>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }).collect_view()}
        </section>
    }
}

#[component]
fn Missed(misses: Vec<ThemeMisses>) -> impl IntoView {
    view! {
        <section aria-labelledby="missed-heading">
            <h2 id="missed-heading">"Points missed most often"</h2>
            <p class="empty" hidden=!misses.is_empty()>"No missed points recorded yet."</p>
            {
                misses.into_iter().map(|t| view! {
                    <div class="theme">
                        <h3>{format!("{} · missed {} {}", t.theme, t.times, if t.times == 1 { "time" } else { "times" })}</h3>
                        <ul>
                            {t.points.into_iter().map(|p| view! {
                                <li>
                                    {p.point}
                                    <span class="tag--critical" hidden=!p.critical>"critical"</span>
                                    <span class="muted">{format!(" · {}×: ", p.times)}</span>
                                    {p.rounds.into_iter().enumerate().map(|(i, l)| view! {
                                        {if i > 0 { ", " } else { "" }}
                                        <a href=l.href>{l.label}</a>
                                    }).collect_view()}
                                </li>
                            }).collect_view()}
                        </ul>
                    </div>
                }).collect_view()
            }
        </section>
    }
}

#[component]
fn CalibrationPanel(calibration: Calibration) -> impl IntoView {
    let Calibration {
        rounds: _,
        enough,
        summary,
        domains,
    } = calibration;
    view! {
        <section class="panel" aria-labelledby="calibration-heading">
            <h2 id="calibration-heading">"Your marking beside the AI examiner"</h2>
            <p>{summary}</p>
            {
                let shown = enough && !domains.is_empty();
                view! {
                <div class="table-scroll" role="region" aria-label="Your marking by domain" tabindex="0" hidden=!shown>
                    <table class="data-table">
                        <caption class="visually-hidden">"Your grades minus the AI examiner's, by domain"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Domain"</th>
                                <th scope="col">"Rounds"</th>
                                <th scope="col">"Mean difference"</th>
                                <th scope="col">"What it means"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {domains.into_iter().map(|d| view! {
                                <tr>
                                    <th scope="row">{d.label}</th>
                                    <td>{d.rounds}</td>
                                    <td>{format!("{:+.1}", d.mean)}</td>
                                    <td>{d.words}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                }
            }
        </section>
    }
}
