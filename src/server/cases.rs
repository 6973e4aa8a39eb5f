//! The case library, for admins: list, read, save, archive, delete, export, import.
//!
//! Every function runs in the caller's transaction as its user, so row-level security
//! decides; each also asks `public.is_admin()` first, so anyone else hears "not found"
//! (as if the library did not exist) rather than an empty list.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use leptos::server_fn::codec::MultipartData;
use sqlx::types::Json;
use sqlx::{FromRow, PgConnection};
use uuid::Uuid;

use super::timezone::format_in_zone;
use crate::error::AppError;
use crate::model::cases::{
    problems_message, CaseDetail, CaseForm, CaseListPage, CaseQuery, CaseRecord, CaseSummary,
    Difficulty, ImportReport, MarkScheme, RecordError, CASES_PER_PAGE,
};
use crate::model::{ExamPreset, RoomType};

/// Not found unless the transaction's user is an admin, as the database decides.
pub async fn require_admin(conn: &mut PgConnection) -> Result<(), AppError> {
    let is_admin = sqlx::query_scalar!(r#"select public.is_admin() as "is_admin!""#)
        .fetch_one(&mut *conn)
        .await?;
    if is_admin {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A case as [`get`] and [`export`] read it (the same columns in both).
struct CaseRow {
    id: Uuid,
    case_name_internal: String,
    case_name: String,
    category: String,
    condition: String,
    domain: String,
    station_kind: String,
    setting: String,
    exams: Vec<String>,
    difficulty: String,
    candidate_brief: String,
    actor_brief: String,
    reveal_if_asked: Vec<String>,
    mark_scheme: Json<MarkScheme>,
    archived: bool,
}

impl From<CaseRow> for CaseRecord {
    fn from(row: CaseRow) -> Self {
        CaseRecord {
            id: Some(row.id),
            case_name_internal: row.case_name_internal,
            case_name: row.case_name,
            category: row.category,
            condition: row.condition,
            domain: row.domain,
            station_kind: row.station_kind,
            setting: row.setting,
            exams: row.exams,
            difficulty: row.difficulty,
            candidate_brief: row.candidate_brief,
            actor_brief: row.actor_brief,
            reveal_if_asked: row.reveal_if_asked,
            mark_scheme: row.mark_scheme.0,
            archived: row.archived,
        }
    }
}

/// A filter value, or nothing when empty or not one of `allowed`.
fn pick(value: &Option<String>, allowed: impl Fn(&str) -> bool) -> Option<&str> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty() && allowed(v))
}

/// One page of the library under the query's search, filters and sort.
pub async fn list(
    conn: &mut PgConnection,
    query: &CaseQuery,
    zone: Tz,
) -> Result<CaseListPage, AppError> {
    require_admin(conn).await?;
    let search = query
        .q
        .as_deref()
        .map(str::trim)
        .filter(|q| !q.is_empty())
        .map(|q| q.chars().take(200).collect::<String>());
    let domain = pick(&query.domain, |v| RoomType::from_code(v).is_some());
    let category = pick(&query.category, |_| true);
    let exam = pick(&query.exam, |v| ExamPreset::from_code(v).is_some());
    let difficulty = pick(&query.difficulty, |v| Difficulty::from_code(v).is_some());
    let status = match query.status.as_deref() {
        Some("archived") => "archived",
        Some("all") => "all",
        _ => "active",
    };
    let order = match query.sort.as_deref() {
        Some("updated") => "updated_at desc, lower(case_name)",
        Some("category") => "lower(category), lower(case_name)",
        Some("difficulty") => {
            "array_position(array['foundation','core','advanced'], difficulty), lower(case_name)"
        }
        // With a search and no chosen order, the best matches first.
        _ if search.is_some() && query.sort.as_deref().unwrap_or("").is_empty() => {
            "ts_rank(search, websearch_to_tsquery('simple', $1)) desc, lower(case_name)"
        }
        _ => "lower(case_name), lower(case_name_internal)",
    };
    let page = query
        .page
        .as_deref()
        .and_then(|p| p.parse::<i64>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    // Words match whole words of names, condition and category; the internal name
    // also matches any part of it ("CARD-0" finds CARD-01 and CARD-02).
    let filters = "($1::text is null
                    or search @@ websearch_to_tsquery('simple', $1)
                    or case_name_internal ilike '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                    or case_name ilike '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
               and ($2::text is null or domain = $2)
               and ($3::text is null or category = $3)
               and ($4::text is null or $4 = any(exams))
               and ($5::text is null or difficulty = $5)
               and (case $6 when 'archived' then archived_at is not null
                            when 'all' then true
                            else archived_at is null end)";
    // Run-time checked: shares its filters with the page's query, whose order is dynamic.
    let total: i64 = sqlx::query_scalar(&format!(
        "select count(*) from public.case_briefs where {filters}"
    ))
    .bind(&search)
    .bind(domain)
    .bind(category)
    .bind(exam)
    .bind(difficulty)
    .bind(status)
    .fetch_one(&mut *conn)
    .await?;
    let pages = ((total + CASES_PER_PAGE - 1) / CASES_PER_PAGE).max(1);
    let page = page.min(pages);
    #[derive(FromRow)]
    struct Row {
        id: Uuid,
        case_name: String,
        case_name_internal: String,
        category: String,
        condition: String,
        domain: String,
        station_kind: String,
        difficulty: String,
        exams: Vec<String>,
        archived: bool,
        updated_at: DateTime<Utc>,
    }
    // Run-time checked: dynamic SQL (the order is chosen by the query).
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "select id, case_name, case_name_internal, category, condition, domain, station_kind,
                difficulty, exams, archived_at is not null as archived, updated_at
         from public.case_briefs
         where {filters}
         order by {order}, id
         limit $7 offset $8"
    ))
    .bind(&search)
    .bind(domain)
    .bind(category)
    .bind(exam)
    .bind(difficulty)
    .bind(status)
    .bind(CASES_PER_PAGE)
    .bind((page - 1) * CASES_PER_PAGE)
    .fetch_all(&mut *conn)
    .await?;
    let categories =
        sqlx::query_scalar!("select distinct category from public.case_briefs order by category")
            .fetch_all(&mut *conn)
            .await?;
    Ok(CaseListPage {
        cases: rows
            .into_iter()
            .map(|r| CaseSummary {
                id: r.id,
                case_name: r.case_name,
                case_name_internal: r.case_name_internal,
                category: r.category,
                condition: r.condition,
                domain: r.domain,
                station_kind: r.station_kind,
                difficulty: r.difficulty,
                exams: r.exams,
                archived: r.archived,
                updated: format_in_zone(r.updated_at, zone),
            })
            .collect(),
        total,
        page,
        pages,
        categories,
    })
}

/// One case with its record of who wrote it, when, and how often it was used.
pub async fn get(conn: &mut PgConnection, id: Uuid, zone: Tz) -> Result<CaseDetail, AppError> {
    require_admin(conn).await?;
    let row = sqlx::query_as!(
        CaseRow,
        r#"select id, case_name_internal, case_name, category, condition, domain, station_kind,
                setting, exams, difficulty, candidate_brief, actor_brief, reveal_if_asked,
                mark_scheme as "mark_scheme: Json<MarkScheme>",
                archived_at is not null as "archived!"
           from public.case_briefs where id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let record: CaseRecord = row.ok_or(AppError::NotFound)?.into();
    let row = sqlx::query!(
        r#"select (select p.first_name || ' ' || p.last_name from public.profiles p where p.user_id = c.author_id) as author,
                c.created_at as "created_at: DateTime<Utc>", c.updated_at as "updated_at: DateTime<Utc>",
                (select count(*) from public.practice_rounds r where r.case_briefs_id = c.id) as "rounds!"
           from public.case_briefs c where c.id = $1"#,
        id
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(CaseDetail {
        record,
        author: row.author,
        created: format_in_zone(row.created_at, zone),
        updated: format_in_zone(row.updated_at, zone),
        rounds: row.rounds,
    })
}

/// The message for a case that breaks the rules, its problems one a line.
fn invalid(problems: impl IntoIterator<Item = String>) -> AppError {
    AppError::invalid(problems_message("Please correct the following:", problems))
}

/// Creates the case (no id) or updates it; returns its id. The record must already be
/// valid ([`CaseRecord::validate`]); it is checked again here whoever calls.
pub async fn save(conn: &mut PgConnection, record: &CaseRecord) -> Result<Uuid, AppError> {
    require_admin(conn).await?;
    let problems = record.validate();
    if !problems.is_empty() {
        return Err(invalid(
            problems
                .into_iter()
                .map(|p| format!("{}: {}", p.field, p.message)),
        ));
    }
    match record.id {
        Some(id) => {
            if !write(conn, record, Write::Update(id)).await? {
                return Err(AppError::NotFound);
            }
            Ok(id)
        }
        None => {
            let id = Uuid::new_v4();
            write(conn, record, Write::Insert(id)).await?;
            Ok(id)
        }
    }
}

/// Saves the editor's form: a new case, or the case it names (keeping whether it is
/// archived). Problems come back named by the form's labels.
pub async fn save_form(conn: &mut PgConnection, form: &CaseForm) -> Result<Uuid, AppError> {
    require_admin(conn).await?;
    let archived = match form
        .id
        .as_deref()
        .and_then(|id| Uuid::parse_str(id.trim()).ok())
    {
        Some(id) => sqlx::query_scalar!(
            r#"select archived_at is not null as "archived!" from public.case_briefs where id = $1"#,
            id
        )
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound)?,
        None => false,
    };
    let record = form.to_record(archived).map_err(|problems| {
        invalid(
            problems
                .into_iter()
                .map(|p| format!("{}: {}", p.field, p.message)),
        )
    })?;
    save(conn, &record).await
}

enum Write {
    Insert(Uuid),
    Update(Uuid),
}

/// Writes one valid record; false when an update found no such case.
async fn write(conn: &mut PgConnection, r: &CaseRecord, how: Write) -> Result<bool, AppError> {
    // The same parameters in both statements.
    let query = match how {
        Write::Insert(id) => sqlx::query!(
            "insert into public.case_briefs
               (id, case_name_internal, case_name, category, condition, domain, station_kind,
                setting, exams, difficulty, candidate_brief, actor_brief, reveal_if_asked,
                mark_scheme, archived_at)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
                     case when $15 then now() end)",
            id,
            &r.case_name_internal,
            &r.case_name,
            &r.category,
            &r.condition,
            &r.domain,
            &r.station_kind,
            &r.setting,
            &r.exams,
            &r.difficulty,
            &r.candidate_brief,
            &r.actor_brief,
            &r.reveal_if_asked,
            Json(&r.mark_scheme) as _,
            r.archived,
        ),
        Write::Update(id) => sqlx::query!(
            "update public.case_briefs set
               case_name_internal = $2, case_name = $3, category = $4, condition = $5,
               domain = $6, station_kind = $7, setting = $8, exams = $9, difficulty = $10,
               candidate_brief = $11, actor_brief = $12, reveal_if_asked = $13,
               mark_scheme = $14,
               archived_at = case when $15 then coalesce(archived_at, now()) end
             where id = $1",
            id,
            &r.case_name_internal,
            &r.case_name,
            &r.category,
            &r.condition,
            &r.domain,
            &r.station_kind,
            &r.setting,
            &r.exams,
            &r.difficulty,
            &r.candidate_brief,
            &r.actor_brief,
            &r.reveal_if_asked,
            Json(&r.mark_scheme) as _,
            r.archived,
        ),
    };
    let done = query.execute(&mut *conn).await?;
    Ok(done.rows_affected() == 1)
}

/// Archives or restores a case. Archived cases stay readable and exportable, and are
/// never picked for a new round.
pub async fn set_archived(
    conn: &mut PgConnection,
    id: Uuid,
    archived: bool,
) -> Result<(), AppError> {
    require_admin(conn).await?;
    let done = sqlx::query!(
        "update public.case_briefs
         set archived_at = case when $2 then coalesce(archived_at, now()) end
         where id = $1",
        id,
        archived,
    )
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Deletes a case no round has used; a used one is refused (the rounds keep pointing
/// at it) with the advice to archive it instead.
pub async fn delete(conn: &mut PgConnection, id: Uuid) -> Result<(), AppError> {
    require_admin(conn).await?;
    // The rounds' foreign key refuses (restrict); RLS would hide a round from the
    // check, never from the key, so the key is the rule and this its message.
    let done = sqlx::query!("delete from public.case_briefs where id = $1", id)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The chosen cases (all when `ids` is empty), ordered by internal name, as records.
pub async fn export(conn: &mut PgConnection, ids: &[Uuid]) -> Result<Vec<CaseRecord>, AppError> {
    require_admin(conn).await?;
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    let rows = sqlx::query_as!(
        CaseRow,
        r#"select id, case_name_internal, case_name, category, condition, domain, station_kind,
                setting, exams, difficulty, candidate_brief, actor_brief, reveal_if_asked,
                mark_scheme as "mark_scheme: Json<MarkScheme>",
                archived_at is not null as "archived!"
           from public.case_briefs
          where cardinality($1::uuid[]) = 0 or id = any($1)
          order by lower(case_name_internal), id"#,
        &ids
    )
    .fetch_all(&mut *conn)
    .await?;
    if rows.len() < ids.len() {
        return Err(AppError::NotFound);
    }
    Ok(rows.into_iter().map(CaseRecord::from).collect())
}

/// Imports parsed, valid records in one go: each updates the case with its id, or
/// else the case with its internal name, or becomes a new case (keeping its id). If
/// any record cannot be written, nothing is, and the problem is reported with its
/// record number. The caller commits only a report without errors.
pub async fn import(
    conn: &mut PgConnection,
    records: &[CaseRecord],
) -> Result<ImportReport, AppError> {
    require_admin(conn).await?;
    let mut report = ImportReport {
        created: 0,
        updated: 0,
        errors: Vec::new(),
    };
    for (i, record) in records.iter().enumerate() {
        let fail = |field: &str, message: String| RecordError {
            record: Some(i + 1),
            field: field.to_string(),
            message,
        };
        let problems = record.validate();
        if !problems.is_empty() {
            report
                .errors
                .extend(problems.into_iter().map(|p| fail(&p.field, p.message)));
            continue;
        }
        let existing: Option<Uuid> = match record.id {
            Some(id) => {
                sqlx::query_scalar!("select id from public.case_briefs where id = $1", id)
                    .fetch_optional(&mut *conn)
                    .await?
            }
            None => {
                sqlx::query_scalar!(
                    "select id from public.case_briefs where lower(case_name_internal) = lower($1)",
                    &record.case_name_internal
                )
                .fetch_optional(&mut *conn)
                .await?
            }
        };
        // A savepoint per record, so one record's refusal is reported as that record's
        // and the rest are still checked.
        // Run-time: transaction control, nothing to check against the schema.
        sqlx::query("savepoint import_record")
            .execute(&mut *conn)
            .await?;
        let how = match existing {
            Some(id) => Write::Update(id),
            None => Write::Insert(record.id.unwrap_or_else(Uuid::new_v4)),
        };
        match write(conn, record, how).await {
            Ok(_) => {
                // Run-time: transaction control, nothing to check against the schema.
                sqlx::query("release savepoint import_record")
                    .execute(&mut *conn)
                    .await?;
                if existing.is_some() {
                    report.updated += 1;
                } else {
                    report.created += 1;
                }
            }
            Err(error) => {
                // Run-time: transaction control, nothing to check against the schema.
                sqlx::query("rollback to savepoint import_record")
                    .execute(&mut *conn)
                    .await?;
                let message = match &error {
                    AppError::Invalid(m) | AppError::Conflict(m) => m.clone(),
                    AppError::Forbidden => "You are not allowed to import this case.".to_string(),
                    _ => return Err(error),
                };
                let field = if message.contains("internal name") {
                    "case_name_internal"
                } else {
                    ""
                };
                report.errors.push(fail(field, message));
            }
        }
    }
    if !report.errors.is_empty() {
        report.created = 0;
        report.updated = 0;
    }
    Ok(report)
}

/// The largest library file an import reads.
pub const MAX_IMPORT_BYTES: usize = 4 * 1024 * 1024;

/// The text of the import form's `library` file.
pub async fn read_import(data: MultipartData) -> Result<String, AppError> {
    let malformed = |_| AppError::invalid("The form could not be read. Please try again.");
    let mut form = data.into_inner().ok_or(AppError::Internal)?;
    let mut library: Option<Vec<u8>> = None;
    while let Some(mut field) = form.next_field().await.map_err(malformed)? {
        if field.name() != Some("library") {
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(malformed)? {
            if bytes.len() + chunk.len() > MAX_IMPORT_BYTES {
                return Err(AppError::invalid(
                    "Choose a library file of at most 4 MB, or import it in parts.",
                ));
            }
            bytes.extend_from_slice(&chunk);
        }
        library = Some(bytes);
    }
    let bytes = library
        .filter(|b| !b.is_empty())
        .ok_or_else(|| AppError::invalid("Choose a library file (.json) to import."))?;
    String::from_utf8(bytes)
        .map_err(|_| AppError::invalid("The library file must be UTF-8 text (JSON)."))
}
