//! One case, for admins: the candidate brief, the actor brief and the mark scheme side
//! by side, its record, and what can be done with it (edit, archive, export, delete).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use uuid::Uuid;

use crate::api::cases::{get_case, ArchiveCase, DeleteCase};
use crate::components::confirm::Confirm;
use crate::components::error_view::ErrorNotice;
use crate::components::form::ActionError;
use crate::error::AppError;
use crate::model::cases::{difficulty_label, station_kind_label, CaseDetail, MarkDomain};
use crate::pages::not_found::NotFound;

/// The case the URL's `:id` names (not found unless it is a UUID), read again when the
/// URL changes: for the case page and its editor.
pub fn case_from_url() -> Resource<Result<CaseDetail, AppError>> {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| Uuid::parse_str(&id).ok())
    });
    Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_case(id).await,
                None => Err(AppError::NotFound),
            }
        },
    )
}

#[component]
pub fn CasePage() -> impl IntoView {
    let case = case_from_url();
    view! {
        <Transition fallback=|| view! { <p class="muted" role="status">"Loading the case…"</p> }>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(detail) => view! { <CaseView detail/> }.into_any(),
                    Err(AppError::NotFound | AppError::Unauthenticated) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn CaseView(detail: CaseDetail) -> impl IntoView {
    let record = detail.record;
    let id = record.id.unwrap_or_default();
    let name = record.case_name.clone();
    // Archiving changes this page in place (the button keeps its focus) rather than
    // reloading it; without JS the form posts and the page comes back redrawn.
    let archive = ServerAction::<ArchiveCase>::new();
    let archived = RwSignal::new(record.archived);
    Effect::new(move |seen: Option<usize>| {
        let version = archive.version().get();
        if seen.is_some_and(|s| s != version)
            && matches!(archive.value().get_untracked(), Some(Ok(())))
        {
            archived.update(|a| *a = !*a);
        }
        version
    });
    let created = match &detail.author {
        Some(author) => format!("{} by {author}", detail.created),
        None => detail.created.clone(),
    };
    let scheme = record.mark_scheme.clone();
    view! {
        <Title text=format!("{name} · Case library")/>
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <A href="/admin">"Admin"</A>
            " / "
            <A href="/admin/cases">"Case library"</A>
            " / "
            <span aria-current="page">{name.clone()}</span>
        </nav>
        <section class="intro">
            <h1>
                {name.clone()}
                {move || archived.get().then(|| view! { " " <span class="badge badge--full">"Archived"</span> })}
            </h1>
            <dl class="facts case-facts">
                <div><dt>"Internal name"</dt><dd>{record.case_name_internal.clone()}</dd></div>
                <div><dt>"Category"</dt><dd>{record.category.clone()}</dd></div>
                <div><dt>"Condition"</dt><dd>{record.condition.clone()}</dd></div>
                <div><dt>"Domain"</dt><dd>{record.domain.clone()}</dd></div>
                <div><dt>"Station kind"</dt><dd>{station_kind_label(&record.station_kind).to_string()}</dd></div>
                <div><dt>"Setting"</dt><dd>{if record.setting.is_empty() { "Not given".to_string() } else { record.setting.clone() }}</dd></div>
                <div><dt>"Difficulty"</dt><dd>{difficulty_label(&record.difficulty).to_string()}</dd></div>
                <div><dt>"Exams"</dt><dd>{record.exams.join(", ")}</dd></div>
                <div><dt>"Created"</dt><dd>{created}</dd></div>
                <div><dt>"Updated"</dt><dd>{detail.updated.clone()}</dd></div>
                <div><dt>"Used in"</dt><dd>{match detail.rounds { 0 => "No rounds yet".to_string(), 1 => "1 round".to_string(), n => format!("{n} rounds") }}</dd></div>
            </dl>
            <div class="button-row case-actions">
                <A href=format!("/admin/cases/{id}/edit") attr:class="button">"Edit case"</A>
                <ActionForm action=archive>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="archived" value=move || (!archived.get()).to_string()/>
                    <button type="submit" class="button button--secondary" disabled=move || archive.pending().get()>
                        {move || if archived.get() { "Restore case" } else { "Archive case" }}
                    </button>
                </ActionForm>
                <a href=format!("/admin/cases/export.json?id={id}") class="button button--secondary" download="">"Export"</a>
            </div>
            <ActionError value=archive.value().into()/>
            <div role="status">
                {move || archived.get().then(|| view! { <p class="notice notice--info">"Archived: kept for the rounds that used it and for export, never picked for a new round."</p> })}
            </div>
        </section>
        <div class="brief-columns">
            <section class="panel brief" aria-labelledby="candidate-brief">
                <h2 id="candidate-brief">"Candidate brief"</h2>
                <div class="brief__text">{record.candidate_brief.clone()}</div>
            </section>
            <section class="panel brief" aria-labelledby="actor-brief">
                <h2 id="actor-brief">"Actor brief"</h2>
                <div class="brief__text">{record.actor_brief.clone()}</div>
                <h3>"Reveal only if asked"</h3>
                {if record.reveal_if_asked.is_empty() {
                    view! { <p class="muted">"Nothing held back."</p> }.into_any()
                } else {
                    view! { <ul>{record.reveal_if_asked.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}</ul> }.into_any()
                }}
            </section>
            <section class="panel brief" aria-labelledby="mark-scheme">
                <h2 id="mark-scheme">"Mark scheme"</h2>
                {MarkDomain::ALL
                    .into_iter()
                    .map(|domain| {
                        let points = scheme.group(domain).to_vec();
                        view! {
                            <h3>{domain.label()}</h3>
                            <ol class="mark-points">
                                {points
                                    .into_iter()
                                    .map(|p| view! {
                                        <li>
                                            {p.point}
                                            <span class="hint mark-points__keywords">{format!("Keywords: {}", p.keywords.join(", "))}</span>
                                        </li>
                                    })
                                    .collect_view()}
                            </ol>
                        }
                    })
                    .collect_view()}
            </section>
        </div>
        <DeleteCasePanel id rounds=detail.rounds/>
    }
}

/// Deletion, after a confirmation; refused with a message when a round used the case.
#[component]
fn DeleteCasePanel(id: Uuid, rounds: i64) -> impl IntoView {
    let delete = ServerAction::<DeleteCase>::new();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if matches!(delete.value().get(), Some(Ok(()))) {
            navigate("/admin/cases", Default::default());
        }
    });
    view! {
        <section class="form-card danger-zone" aria-labelledby="delete-case-heading">
            <h2 id="delete-case-heading">"Delete this case"</h2>
            <p>
                {if rounds > 0 {
                    "Rounds have used this case, so it cannot be deleted; archive it instead."
                } else {
                    "Deleting removes the case for good. Archive it instead to keep it out of new rounds but keep it on record."
                }}
            </p>
            <ActionError value=delete.value().into()/>
            <Confirm
                id="delete-case"
                label="Delete case"
                question="Delete this case permanently?".to_string()
                keep="Keep case"
            >
                <ActionForm action=delete attr:class="inline-form">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <button type="submit" class="button button--danger">"Yes, delete it"</button>
                </ActionForm>
            </Confirm>
        </section>
    }
}
