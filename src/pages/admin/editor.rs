//! Creating and editing a case, for admins. The form posts to `save_case`; every
//! problem comes back at once, named by the field's label (and, in the mark scheme,
//! by its line).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::case::case_from_url;
use crate::api::cases::SaveCase;
use crate::components::error_view::ErrorNotice;
use crate::error::AppError;
use crate::model::cases::{exam_field, CaseForm, Difficulty, MarkDomain, StationKind};
use crate::model::{ExamPreset, RoomType};
use crate::pages::not_found::NotFound;

/// `/admin/cases/new`: an empty form. Admins only; the list's query tells who is one.
#[component]
pub fn NewCasePage() -> impl IntoView {
    // Ask the server whether this is an admin before drawing the form.
    let allowed = Resource::new(|| (), |_| crate::api::admin::get_admin_overview());
    view! {
        <Suspense fallback=|| view! { <p class="muted" role="status">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match allowed.await {
                    Ok(_) => view! { <CaseEditor form=CaseForm::default() name=None/> }.into_any(),
                    Err(AppError::NotFound | AppError::Unauthenticated) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/admin/cases/:id/edit`: the case's form, filled in.
#[component]
pub fn EditCasePage() -> impl IntoView {
    let case = case_from_url();
    view! {
        <Suspense fallback=|| view! { <p class="muted" role="status">"Loading the case…"</p> }>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(detail) => {
                        let name = Some(detail.record.case_name.clone());
                        view! { <CaseEditor form=CaseForm::from_record(&detail.record) name/> }.into_any()
                    }
                    Err(AppError::NotFound | AppError::Unauthenticated) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CaseEditor(form: CaseForm, name: Option<String>) -> impl IntoView {
    let save = ServerAction::<SaveCase>::new();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = save.value().get() {
            navigate(&format!("/admin/cases/{id}"), Default::default());
        }
    });
    let heading = match &name {
        Some(name) => format!("Edit “{name}”"),
        None => "New case".to_string(),
    };
    let back = match &form.id {
        Some(id) => format!("/admin/cases/{id}"),
        None => "/admin/cases".to_string(),
    };
    let f = form;
    let text = |id: &'static str,
                label: &'static str,
                value: String,
                max: usize,
                hint: Option<&'static str>| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id name=format!("form[{id}]") value=value maxlength=max.to_string() required aria-describedby=hint.map(|_| hint_id.clone())/>
                {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            </div>
        }
    };
    let area = |id: &'static str,
                label: &'static str,
                value: String,
                rows: u32,
                hint: Option<&'static str>,
                required: bool| {
        let hint_id = format!("{id}-hint");
        // The mark scheme's three boxes share the one format hint above them.
        let described = hint.map(|_| hint_id.clone()).or_else(|| {
            MarkDomain::ALL
                .iter()
                .any(|d| d.code() == id)
                .then(|| "scheme-hint".to_string())
        });
        view! {
            <div class="field">
                <label for=id>{label}</label>
                {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{h}</p> })}
                <textarea id=id name=format!("form[{id}]") rows=rows.to_string() required=required aria-describedby=described>{value}</textarea>
            </div>
        }
    };
    let exams: Vec<(ExamPreset, bool)> = ExamPreset::ALL
        .into_iter()
        .map(|x| (x, f.exam_checked(x)))
        .collect();
    let scheme_hint = "One point a line, its keywords after a bar, separated by commas: Asks where the pain spreads | radiat, arm, jaw";
    view! {
        <Title text=heading.clone()/>
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <A href="/admin">"Admin"</A>
            " / "
            <A href="/admin/cases">"Case library"</A>
            " / "
            <span aria-current="page">{if name.is_some() { "Edit" } else { "New case" }}</span>
        </nav>
        <section class="form-card form-card--wide">
            <h1>{heading}</h1>
            <ActionForm action=save>
                <input type="hidden" name="form[id]" value=f.id.clone().unwrap_or_default()/>
                <div class="field-row">
                    {text("case_name", "Case name", f.case_name.clone(), 120, Some("Shown to trainees: it must not give the diagnosis away."))}
                    {text("case_name_internal", "Internal name", f.case_name_internal.clone(), 100, Some("For the team, unique: e.g. CARD-03-syncope-on-exertion."))}
                </div>
                <div class="field-row">
                    {text("category", "Category", f.category.clone(), 80, None)}
                    {text("condition", "Condition", f.condition.clone(), 80, None)}
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for="domain">"Domain"</label>
                        <select id="domain" name="form[domain]" required>
                            <option value="" disabled selected=f.domain.is_empty()>"Choose a domain"</option>
                            {RoomType::ALL.into_iter().map(|t| view! { <option value=t.code() selected=f.domain == t.code()>{t.code()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="station_kind">"Station kind"</label>
                        <select id="station_kind" name="form[station_kind]" required>
                            <option value="" disabled selected=f.station_kind.is_empty()>"Choose a station kind"</option>
                            {StationKind::ALL.into_iter().map(|k| view! { <option value=k.code() selected=f.station_kind == k.code()>{k.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="difficulty">"Difficulty"</label>
                        <select id="difficulty" name="form[difficulty]" required>
                            <option value="" disabled selected=f.difficulty.is_empty()>"Choose a difficulty"</option>
                            {Difficulty::ALL.into_iter().map(|d| view! { <option value=d.code() selected=f.difficulty == d.code()>{d.label()}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
                <div class="field">
                    <label for="setting">"Setting"</label>
                    <input id="setting" name="form[setting]" value=f.setting.clone() maxlength="120" placeholder="e.g. GP surgery, emergency department"/>
                </div>
                <fieldset class="field checks">
                    <legend>"Exams it suits"</legend>
                    {exams
                        .into_iter()
                        .map(|(x, checked)| {
                            let field = exam_field(x);
                            view! {
                                <div class="field--check">
                                    <input type="checkbox" id=field name=format!("form[{field}]") value="on" checked=checked/>
                                    <label for=field>{x.code()}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                {area("candidate_brief", "Candidate brief", f.candidate_brief.clone(), 10, Some("What the candidate reads: setting, who they are, what they know and the task. No spoilers."), true)}
                {area("actor_brief", "Actor brief", f.actor_brief.clone(), 18, Some("For the partner playing the patient or examiner: opening line, history, ideas, concerns and expectations, what to reveal only if asked, how to behave."), true)}
                {area("reveal_if_asked", "Reveal only if asked", f.reveal_if_asked.clone(), 5, Some("One item a line: what the actor says only when the candidate asks."), false)}
                <fieldset class="field">
                    <legend>"Mark scheme"</legend>
                    <p id="scheme-hint" class="hint">{scheme_hint}</p>
                    {MarkDomain::ALL
                        .into_iter()
                        .map(|d| {
                            let (id, value) = match d {
                                MarkDomain::DataGathering => ("data_gathering", f.data_gathering.clone()),
                                MarkDomain::ClinicalManagement => ("clinical_management", f.clinical_management.clone()),
                                MarkDomain::Interpersonal => ("interpersonal", f.interpersonal.clone()),
                            };
                            area(id, d.label(), value, 7, None, true)
                        })
                        .collect_view()}
                </fieldset>
                {move || save.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error/> })}
                <div class="button-row">
                    <button type="submit" class="button" disabled=move || save.pending().get()>"Save case"</button>
                    <A href=back attr:class="button button--secondary">"Cancel"</A>
                </div>
            </ActionForm>
        </section>
    }
}
