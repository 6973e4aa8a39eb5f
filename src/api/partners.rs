//! Finding a partner, standby, and attendance after a session. Each acts as the
//! signed-in user, so the database's rules decide; each form also works without
//! JavaScript (the answer is a redirect back to the page, carrying what happened).

use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::model::partners::{AdminReport, PartnersPage};

/// The find-a-partner form. Levels come as `levels[code]`; up to three windows as
/// `date_n`, `from_n`, `to_n`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestForm {
    /// Set when editing an open request.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub room_type: String,
    #[serde(default)]
    pub exam_preset: Option<String>,
    #[serde(default)]
    pub exam_date: Option<String>,
    #[serde(default)]
    pub levels: BTreeMap<String, String>,
    #[serde(default)]
    pub date_1: Option<String>,
    #[serde(default)]
    pub from_1: Option<String>,
    #[serde(default)]
    pub to_1: Option<String>,
    #[serde(default)]
    pub date_2: Option<String>,
    #[serde(default)]
    pub from_2: Option<String>,
    #[serde(default)]
    pub to_2: Option<String>,
    #[serde(default)]
    pub date_3: Option<String>,
    #[serde(default)]
    pub from_3: Option<String>,
    #[serde(default)]
    pub to_3: Option<String>,
}

#[cfg(feature = "ssr")]
impl RequestForm {
    fn windows(&self) -> Vec<crate::server::partners::WindowInput> {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        [
            (&self.date_1, &self.from_1, &self.to_1),
            (&self.date_2, &self.from_2, &self.to_2),
            (&self.date_3, &self.from_3, &self.to_3),
        ]
        .into_iter()
        .map(|(date, from, to)| crate::server::partners::WindowInput {
            date: text(date),
            from: text(from),
            to: text(to),
        })
        .collect()
    }
}

#[cfg(feature = "ssr")]
fn id_of(value: &str) -> Result<uuid::Uuid, AppError> {
    uuid::Uuid::try_parse(value.trim()).map_err(|_| AppError::NotFound)
}

/// The signed-in user's find-a-partner page; None when signed out.
#[server(prefix = "/api", endpoint = "get_partners_page")]
pub async fn get_partners_page() -> Result<Option<PartnersPage>, AppError> {
    use crate::host::request;
    use crate::server::{attendance, partners, profiles, timezone};
    request::answer(async {
        let Some(mut me) = request::signed_in_or_none().await? else {
            return Ok(None);
        };
        let zone = request::viewer_zone().await;
        let id = me.user();
        let tx = &mut me.tx;
        let page = PartnersPage {
            requests: partners::mine(tx, zone).await?,
            standby: partners::my_standby(tx, zone).await?,
            offers: partners::my_offers(tx, zone).await?,
            record: attendance::reliability_of(tx, id).await?.text(),
            suspended_until: attendance::my_suspension(tx)
                .await?
                .map(|at| timezone::format_in_zone(at, zone)),
            my_level: profiles::get(tx, id).await?.map(|p| p.training_level),
            zone: zone.name().to_string(),
        };
        me.tx.commit().await?;
        Ok(Some(page))
    })
    .await
}

/// Posts a request, or changes an open one.
#[server(prefix = "/api", endpoint = "save_partner_request")]
pub async fn save_partner_request(form: RequestForm) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::partners::{self, NewRequest};
    request::answer(async {
        let zone = request::viewer_zone().await;
        let levels: Vec<String> = form.levels.keys().cloned().collect();
        let new = NewRequest::parse(
            &form.room_type,
            form.exam_preset.as_deref().unwrap_or_default(),
            &levels,
            form.exam_date.as_deref().unwrap_or_default(),
            &form.windows(),
            zone,
        )?;
        let mut me = request::signed_in().await?;
        let edited = match form.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(id) => {
                partners::edit(&mut me.tx, id_of(id)?, &new).await?;
                true
            }
            None => {
                partners::post(&mut me.tx, &new).await?;
                false
            }
        };
        me.tx.commit().await?;
        leptos_axum::redirect(if edited {
            "/partners?done=edited"
        } else {
            "/partners?done=posted"
        });
        Ok(())
    })
    .await
}

#[server(prefix = "/api", endpoint = "withdraw_partner_request")]
pub async fn withdraw_partner_request(id: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::partners;
    request::answer(async {
        let mut me = request::signed_in().await?;
        partners::withdraw(&mut me.tx, id_of(&id)?).await?;
        me.tx.commit().await?;
        leptos_axum::redirect("/partners?done=withdrawn");
        Ok(())
    })
    .await
}

/// Puts the signed-in user on standby for a window ("" kind or exam: any).
#[server(prefix = "/api", endpoint = "stand_by")]
pub async fn stand_by(
    date: String,
    from: String,
    to: String,
    #[server(default)] room_type: Option<String>,
    #[server(default)] exam_preset: Option<String>,
) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::partners::{self, WindowInput};
    use crate::server::schedule::{parse_preset, parse_type};
    request::answer(async {
        let zone = request::viewer_zone().await;
        let window = partners::parse_window(&WindowInput { date, from, to }, zone)?
            .ok_or_else(|| AppError::invalid("Choose a date, a start and an end."))?;
        let room_type = match room_type.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(t) => Some(parse_type(t)?),
        };
        let exam = parse_preset(exam_preset.as_deref().unwrap_or_default())?;
        let mut me = request::signed_in().await?;
        partners::stand_by(&mut me.tx, room_type, exam, window).await?;
        me.tx.commit().await?;
        leptos_axum::redirect("/partners?done=standby");
        Ok(())
    })
    .await
}

#[server(prefix = "/api", endpoint = "leave_standby")]
pub async fn leave_standby(id: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::partners;
    request::answer(async {
        let mut me = request::signed_in().await?;
        partners::leave_standby(&mut me.tx, id_of(&id)?).await?;
        me.tx.commit().await?;
        leptos_axum::redirect("/partners?done=left");
        Ok(())
    })
    .await
}

/// Takes an offered seat: the first to ask has it; then the session's page opens.
#[server(prefix = "/api", endpoint = "take_seat")]
pub async fn take_seat(id: String) -> Result<(), AppError> {
    use crate::api::sessions::room_path;
    use crate::host::request;
    use crate::server::partners;
    request::answer(async {
        let mut me = request::signed_in().await?;
        let url = partners::accept_offer(&mut me.tx, id_of(&id)?).await?;
        me.tx.commit().await?;
        leptos_axum::redirect(&room_path(&url));
        Ok(())
    })
    .await
}

/// The signed-in user's own attendance record, for their profile.
#[server(prefix = "/api", endpoint = "my_reliability")]
pub async fn my_reliability() -> Result<String, AppError> {
    use crate::host::request;
    use crate::server::attendance;
    request::answer(async {
        let mut me = request::signed_in().await?;
        let id = me.user();
        let record = attendance::reliability_of(&mut me.tx, id).await?;
        me.tx.commit().await?;
        Ok(record.text())
    })
    .await
}

/// A participant, after the session: says whether their partner came ("yes"/"no").
#[server(prefix = "/api", endpoint = "report_attendance")]
pub async fn report_attendance(room: String, came: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::attendance;
    request::answer(async {
        let came = match came.as_str() {
            "yes" => true,
            "no" => false,
            _ => return Err(AppError::invalid("Answer yes or no.")),
        };
        let mut me = request::signed_in().await?;
        attendance::report(&mut me.tx, id_of(&room)?, came).await?;
        me.tx.commit().await?;
        Ok(())
    })
    .await
}

/// The person a "did not come" report names: disputes it.
#[server(prefix = "/api", endpoint = "dispute_attendance")]
pub async fn dispute_attendance(room: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::attendance;
    request::answer(async {
        let mut me = request::signed_in().await?;
        attendance::dispute(&mut me.tx, id_of(&room)?).await?;
        me.tx.commit().await?;
        Ok(())
    })
    .await
}

/// Admins: every attendance report.
#[server(prefix = "/api", endpoint = "admin_attendance_reports")]
pub async fn admin_attendance_reports() -> Result<Vec<AdminReport>, AppError> {
    use crate::host::request;
    use crate::server::attendance;
    request::answer(async {
        let zone = request::viewer_zone().await;
        let mut me = request::signed_in().await?;
        let reports = attendance::admin_reports(&mut me.tx, zone).await?;
        me.tx.commit().await?;
        Ok(reports)
    })
    .await
}

/// Admins: voids a report, which then counts for nobody.
#[server(prefix = "/api", endpoint = "void_attendance_report")]
pub async fn void_attendance_report(room: String, reporter: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::attendance;
    request::answer(async {
        let mut me = request::signed_in().await?;
        attendance::void(&mut me.tx, id_of(&room)?, id_of(&reporter)?).await?;
        me.tx.commit().await?;
        Ok(())
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_reads_ticked_levels_and_numbered_windows() {
        #[derive(Deserialize)]
        struct Args {
            form: RequestForm,
        }
        let args: Args = serde_qs::from_str(
            "form[room_type]=Clinical&form[levels][fy1]=on&form[levels][ct_st]=on\
             &form[date_1]=2026-12-10&form[from_1]=18:00&form[to_1]=20:00&form[date_2]=",
        )
        .unwrap();
        assert_eq!(
            args.form.levels.keys().collect::<Vec<_>>(),
            ["ct_st", "fy1"]
        );
        assert_eq!(args.form.from_1.as_deref(), Some("18:00"));
        assert_eq!(args.form.date_2, None, "an empty field reads as none");
    }
}
