//! The case library's list, for admins: search, filters, sort and pages kept in the
//! URL; export of ticked cases (or all); import of a library file.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::use_query_map;
use web_sys::{FormData, HtmlFormElement};

use crate::api::cases::{import_cases, list_cases};
use crate::components::auth::use_auth;
use crate::components::error_view::ErrorNotice;
use crate::components::later::later;
use crate::error::AppError;
use crate::model::cases::{
    difficulty_label, station_kind_label, CaseListPage, CaseQuery, CaseSummary, Difficulty,
    ImportReport,
};
use crate::model::{ExamPreset, RoomType};
use crate::pages::not_found::NotFound;

#[component]
pub fn CaseListPage() -> impl IntoView {
    let query = use_query_map();
    let case_query = Memo::new(move |_| {
        let q = query.read();
        CaseQuery {
            q: q.get("q"),
            domain: q.get("domain"),
            category: q.get("category"),
            exam: q.get("exam"),
            difficulty: q.get("difficulty"),
            status: q.get("status"),
            sort: q.get("sort"),
            page: q.get("page"),
        }
    });
    let auth = use_auth();
    let import = Action::new_local(|data: &FormData| import_cases(data.clone().into()));
    let cases = Resource::new(
        move || (case_query.get(), import.version().get()),
        |(q, _)| list_cases(q),
    );
    view! {
        <Title text="Case library"/>
        <Transition fallback=|| view! { <p class="muted" role="status">"Loading cases…"</p> }>
            {move || Suspend::new(async move {
                match cases.await {
                    Ok(list) => {
                        view! {
                            <nav class="breadcrumbs" aria-label="Breadcrumb">
                                <A href="/admin">"Admin"</A>
                                " / "
                                <span aria-current="page">"Case library"</span>
                            </nav>
                            <section class="intro intro--with-action">
                                <div>
                                    <h1>"Case library"</h1>
                                    <p class="lead">
                                        "The stations trainees practise: each with a candidate brief, a hidden actor brief and a mark scheme."
                                    </p>
                                </div>
                                <A href="/admin/cases/new" attr:class="button">"New case"</A>
                            </section>
                            // The filters and the list each hydrate in a task of their own
                            // (components/later.rs).
                            {
                                let (query, categories) = (case_query.get_untracked(), list.categories.clone());
                                later(move || view! { <Filters query categories/> })
                            }
                            {later(move || view! { <Results list query=case_query/> })}
                        }
                            .into_any()
                    }
                    Err(AppError::NotFound | AppError::Unauthenticated) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Transition>
        // Outside the list's Transition, so a refetch after an import keeps the form,
        // its focus and its outcome; shown once the server has said this is an admin.
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                matches!(auth.user.await, Ok(Some(user)) if user.is_admin).then(|| view! { <ImportPanel import/> })
            })}
        </Transition>
    }
}

/// Search, filters and sort as a GET form: the URL carries them, so a view can be shared
/// and works before the page has hydrated.
#[component]
fn Filters(query: CaseQuery, categories: Vec<String>) -> impl IntoView {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let (domain, category, exam, difficulty) = (
        value(&query.domain),
        value(&query.category),
        value(&query.exam),
        value(&query.difficulty),
    );
    let status = value(&query.status);
    let sort = value(&query.sort);
    let searching = query.q.as_deref().is_some_and(|q| !q.trim().is_empty());
    let filtered = [
        &query.q,
        &query.domain,
        &query.category,
        &query.exam,
        &query.difficulty,
        &query.status,
        &query.sort,
    ]
    .iter()
    .any(|v| v.as_deref().is_some_and(|v| !v.is_empty()));
    view! {
        <Form method="GET" action="/admin/cases" attr:class="filters case-filters" attr:role="search" attr:aria-label="Search and filter cases">
            <div class="field case-filters__search">
                <label for="case-search">"Search cases"</label>
                <input id="case-search" type="search" name="q" value=value(&query.q) placeholder="Name, condition, category or internal name" maxlength="200"/>
            </div>
            <div class="field">
                <label for="case-domain">"Domain"</label>
                <select id="case-domain" name="domain">
                    <option value="" selected=domain.is_empty()>"Any domain"</option>
                    {RoomType::ALL.into_iter().map(|t| view! { <option value=t.code() selected=domain == t.code()>{t.code()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="case-category">"Category"</label>
                <select id="case-category" name="category">
                    <option value="" selected=category.is_empty()>"Any category"</option>
                    {categories.into_iter().map(|c| { let selected = category == c; view! { <option value=c.clone() selected=selected>{c.clone()}</option> } }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="case-exam">"Exam"</label>
                <select id="case-exam" name="exam">
                    <option value="" selected=exam.is_empty()>"Any exam"</option>
                    {ExamPreset::ALL.into_iter().map(|x| view! { <option value=x.code() selected=exam == x.code()>{x.code()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="case-difficulty">"Difficulty"</label>
                <select id="case-difficulty" name="difficulty">
                    <option value="" selected=difficulty.is_empty()>"Any difficulty"</option>
                    {Difficulty::ALL.into_iter().map(|d| view! { <option value=d.code() selected=difficulty == d.code()>{d.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="case-status">"Status"</label>
                <select id="case-status" name="status">
                    <option value="" selected=status.is_empty()>"Active"</option>
                    <option value="archived" selected=status == "archived">"Archived"</option>
                    <option value="all" selected=status == "all">"Active and archived"</option>
                </select>
            </div>
            <div class="field">
                <label for="case-sort">"Sort by"</label>
                <select id="case-sort" name="sort">
                    <option value="" selected=sort.is_empty()>{if searching { "Best match" } else { "Name" }}</option>
                    {searching.then(|| view! { <option value="name" selected=sort == "name">"Name"</option> })}
                    <option value="updated" selected=sort == "updated">"Recently updated"</option>
                    <option value="category" selected=sort == "category">"Category"</option>
                    <option value="difficulty" selected=sort == "difficulty">"Difficulty"</option>
                </select>
            </div>
            <div class="button-row filters__actions">
                <button type="submit" class="button">"Search"</button>
                {filtered.then(|| view! { <A href="/admin/cases" attr:class="button button--secondary">"Clear"</A> })}
            </div>
        </Form>
    }
}

/// The page of cases, each with a box to tick for export, and the pager.
#[component]
fn Results(list: CaseListPage, query: Memo<CaseQuery>) -> impl IntoView {
    let summary = match list.total {
        0 => "No cases match.".to_string(),
        1 => "1 case".to_string(),
        n => format!("{n} cases"),
    };
    let page_href = move |page: i64| {
        let mut q = query.get_untracked();
        q.page = (page > 1).then(|| page.to_string());
        let q = CaseQuery {
            q: q.q.filter(|v| !v.is_empty()),
            domain: q.domain.filter(|v| !v.is_empty()),
            category: q.category.filter(|v| !v.is_empty()),
            exam: q.exam.filter(|v| !v.is_empty()),
            difficulty: q.difficulty.filter(|v| !v.is_empty()),
            status: q.status.filter(|v| !v.is_empty()),
            sort: q.sort.filter(|v| !v.is_empty()),
            page: q.page,
        };
        match serde_qs::to_string(&q) {
            Ok(s) if !s.is_empty() => format!("/admin/cases?{s}"),
            _ => "/admin/cases".to_string(),
        }
    };
    let (page, pages) = (list.page, list.pages);
    view! {
        <p class="board-summary" role="status">
            <strong>{summary}</strong>
            {(pages > 1).then(|| view! { <span class="muted">{format!(" · page {page} of {pages}")}</span> })}
        </p>
        // A plain GET form: the ticked boxes name the cases to export.
        <form method="get" action="/admin/cases/export.json" class="case-export">
            {if list.cases.is_empty() {
                view! { <p class="empty">"No cases match. Try other words or filters."</p> }.into_any()
            } else {
                view! {
                    <ul class="case-list" aria-label="Cases">
                        {list.cases.into_iter().map(|case| view! { <CaseRow case/> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <div class="button-row">
                <button type="submit" class="button button--secondary" aria-describedby="export-hint">"Export"</button>
                <p id="export-hint" class="hint">"Downloads the ticked cases as a library file, or the whole library when none is ticked."</p>
            </div>
        </form>
        {(pages > 1)
            .then(|| {
                view! {
                    <nav class="pager" aria-label="Pages">
                        {(page > 1).then(|| view! { <A href=page_href(page - 1) attr:class="button button--secondary">"← Previous page"</A> })}
                        {(page < pages).then(|| view! { <A href=page_href(page + 1) attr:class="button button--secondary">"Next page →"</A> })}
                    </nav>
                }
            })}
    }
}

#[component]
fn CaseRow(case: CaseSummary) -> impl IntoView {
    let href = format!("/admin/cases/{}", case.id);
    let select_id = format!("select-{}", case.id);
    let select_label = format!("Select {}", case.case_name);
    view! {
        <li class="case-card">
            <input type="checkbox" name="id" value=case.id.to_string() id=select_id aria-label=select_label/>
            <div class="case-card__body">
                <h2 class="case-card__title"><A href=href>{case.case_name.clone()}</A></h2>
                <p class="case-card__meta">
                    <span class="muted">{case.case_name_internal.clone()}</span>
                    {case.archived.then(|| view! { " " <span class="badge badge--full">"Archived"</span> })}
                </p>
                <p class="case-card__meta">
                    {format!(
                        "{} · {} · {} · {} · {}",
                        case.category,
                        case.condition,
                        case.domain,
                        station_kind_label(&case.station_kind),
                        difficulty_label(&case.difficulty),
                    )}
                </p>
                <p class="case-card__meta muted">
                    {format!("{} · updated {}", case.exams.join(", "), case.updated)}
                </p>
            </div>
        </li>
    }
}

/// Import of a library file: nothing is imported unless every record is valid.
#[component]
fn ImportPanel(import: Action<FormData, Result<ImportReport, AppError>>) -> impl IntoView {
    // The file goes up through the browser (FormData), so the button waits for it.
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok());
        if let Some(data) = form.and_then(|f| FormData::new_with_form(&f).ok()) {
            import.dispatch_local(data);
        }
    };
    view! {
        <section class="panel import-panel" aria-labelledby="import-heading">
            <h2 id="import-heading">"Import cases"</h2>
            <p class="muted">
                "A library file as Export writes it. A case with a known id is updated; one without an id updates the case with its internal name, or is added. Every record is checked first: if any is wrong, nothing is imported and each problem is listed."
            </p>
            <form on:submit=on_submit>
                <div class="field">
                    <label for="library-file">"Library file (JSON)"</label>
                    <input id="library-file" name="library" type="file" accept="application/json,.json" required/>
                </div>
                {move || match import.value().get() {
                    Some(Ok(report)) => Some(view! {
                        <p class="notice notice--success" role="status">
                            {format!(
                                "Imported {} {}: {} new, {} updated.",
                                report.created + report.updated,
                                if report.created + report.updated == 1 { "case" } else { "cases" },
                                report.created,
                                report.updated,
                            )}
                        </p>
                    }.into_any()),
                    Some(Err(error)) => Some(view! { <ErrorNotice error/> }.into_any()),
                    None => None,
                }}
                <button type="submit" class="button" disabled=move || !ready.get() || import.pending().get()>"Import"</button>
            </form>
        </section>
    }
}
