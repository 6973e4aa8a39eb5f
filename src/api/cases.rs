//! The case library. Every function here is for admins only: anyone else gets "not
//! found", and the database's row-level security refuses them anyway.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use uuid::Uuid;

use crate::error::AppError;
use crate::model::cases::{CaseDetail, CaseForm, CaseListPage, CaseQuery, ImportReport};

/// Admins: one page of the library under a search, filters and a sort.
#[server(prefix = "/api", endpoint = "list_cases")]
pub async fn list_cases(#[server(default)] query: CaseQuery) -> Result<CaseListPage, AppError> {
    use crate::host::request;
    use crate::server::cases;
    request::answer(async {
        let request::Context { zone, mut tx } = request::context().await?;
        let page = cases::list(&mut tx, &query, zone).await?;
        tx.commit().await?;
        Ok(page)
    })
    .await
}

/// Admins: one case, whole (both briefs and the mark scheme).
#[server(prefix = "/api", endpoint = "get_case")]
pub async fn get_case(id: Uuid) -> Result<CaseDetail, AppError> {
    use crate::host::request;
    use crate::server::cases;
    request::answer(async {
        let request::Context { zone, mut tx } = request::context().await?;
        let case = cases::get(&mut tx, id, zone).await?;
        tx.commit().await?;
        Ok(case)
    })
    .await
}

/// Admins: creates a case (no id) or saves the edits to one; returns its id.
#[server(prefix = "/api", endpoint = "save_case")]
pub async fn save_case(form: CaseForm) -> Result<Uuid, AppError> {
    use crate::host::request;
    use crate::server::cases;
    request::answer(async {
        let mut tx = request::context().await?.tx;
        let id = cases::save_form(&mut tx, &form).await?;
        tx.commit().await?;
        Ok(id)
    })
    .await
}

/// Admins: archives a case (`archived`), or restores it to the active library.
#[server(prefix = "/api", endpoint = "archive_case")]
pub async fn archive_case(id: Uuid, archived: bool) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::cases;
    request::answer(async {
        let mut tx = request::context().await?.tx;
        cases::set_archived(&mut tx, id, archived).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// Admins: deletes a case that no round has used.
#[server(prefix = "/api", endpoint = "delete_case")]
pub async fn delete_case(id: Uuid) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::cases;
    request::answer(async {
        let mut tx = request::context().await?.tx;
        cases::delete(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// Admins: the library file of the chosen cases, or of the whole library when `ids`
/// is empty.
#[server(prefix = "/api", endpoint = "export_cases")]
pub async fn export_cases(#[server(default)] ids: Vec<Uuid>) -> Result<String, AppError> {
    use crate::host::request;
    use crate::model::cases::CaseLibrary;
    use crate::server::cases;
    request::answer(async {
        let mut tx = request::context().await?.tx;
        let records = cases::export(&mut tx, &ids).await?;
        tx.commit().await?;
        Ok(CaseLibrary::new(records).to_json())
    })
    .await
}

/// Admins: imports a library file (the form's `library` field). Every record is
/// checked first; if any is wrong, nothing is imported and each problem is named with
/// its record number and field.
#[server(prefix = "/api", endpoint = "import_cases", input = MultipartFormData)]
pub async fn import_cases(data: MultipartData) -> Result<ImportReport, AppError> {
    use crate::host::request;
    use crate::model::cases::{parse_library, problems_message};
    use crate::server::cases;
    request::answer(async {
        let mut tx = request::context().await?.tx;
        cases::require_admin(&mut tx).await?;
        let text = cases::read_import(data).await?;
        let failed = |errors: Vec<crate::model::cases::RecordError>| {
            AppError::invalid(problems_message(
                "Nothing was imported. Please correct the following:",
                errors.iter().map(ToString::to_string),
            ))
        };
        let records = parse_library(&text).map_err(failed)?;
        let report = cases::import(&mut tx, &records).await?;
        if !report.errors.is_empty() {
            // Dropping the transaction rolls back whatever was written.
            return Err(failed(report.errors));
        }
        tx.commit().await?;
        Ok(report)
    })
    .await
}
