//! Web forms that propose new people: `crmctl form add|list|remove` and the
//! deliveries `crmctl serve` receives at `/forms/v1/NAME`.
//!
//! A delivery is checked in this order: the form exists and the sender's
//! signature matches ([`signature`], on the raw bytes, before anything is
//! parsed); the body is read ([`answers`]); a redelivery (the same event id)
//! gets the first answer again; the per-form caps hold; the answers pass
//! the checks of `user add`. Only then is a **sign-up request** stored: an
//! approval request of kind `signup` ([`crate::access::approvals`]), which
//! takes no seat and lets nobody log in until someone with `users.manage`
//! approves it. Its audit entry is written by the actor `form:<name>`
//! ([`Actor::form`], `"via": "form"`) and holds no personal data.
//!
//! Managing forms is for the superuser only, like the settings that reach
//! outside the database: a form lets anyone who holds its secret propose
//! people. `form list` needs `settings.manage`. No printing, no SQL here.

pub mod answers;
pub mod signature;

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::json;

use crate::audit::{self, Target};
use crate::clock;
use crate::config::Settings;
use crate::credentials::codes;
use crate::credentials::passwords::Secret;
use crate::error::{Error, Result};
use crate::identity::{Actor, Principal, SETTINGS_MANAGE, Via, roles};
use crate::import::columns::{Field, Mapping};
use crate::store::{ApprovalKind, ApprovalRow, ApprovalStatus, FormRow, SignupRow, Store};
use crate::validate;

pub use crate::store::FormKind;
pub use answers::FieldError;

/// Sign-ups one form may send in a minute.
pub const PER_MINUTE: u64 = 30;
/// Pending sign-ups one form may have waiting.
pub const MAX_PENDING: u64 = 200;
/// What `Retry-After` says when the pending cap is reached: someone must
/// decide requests first, which takes longer than a minute.
const PENDING_RETRY_SECS: u64 = 3600;
/// The shortest secret a form may be given, and the longest.
const SECRET_CHARS: std::ops::RangeInclusive<usize> = 16..=256;

/// One HTTP delivery, as the server received it.
#[derive(Debug, Clone, Default)]
pub struct Delivery {
    /// Header names (any case) and values.
    pub headers: Vec<(String, String)>,
    /// The query string, without `?`.
    pub query: String,
    /// The path segment after the form's name (`token` forms).
    pub path_secret: Option<String>,
    /// The body, unparsed.
    pub body: Vec<u8>,
}

impl Delivery {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The first query parameter named `name`, decoded.
    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query.split('&').find_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (answers::percent_decode(k)? == name).then(|| answers::percent_decode(v)).flatten()
        })
    }
}

/// What became of a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new sign-up request (HTTP 202).
    Accepted(i64),
    /// A redelivery of an event that made this request (202, the same number).
    Repeated(i64),
    /// No such form, or the signature does not match (401, no detail).
    Unauthorized,
    /// The answers fail the checks of `user add` (422).
    Invalid(Vec<FieldError>),
    /// Past the form's rate or pending cap (429 with `Retry-After`).
    TooMany {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// Feishu's URL check: send the challenge back (200).
    Challenge(String),
    /// A signed event that is not a submission (200, nothing stored).
    Ignored,
}

/// A form as shown: never its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Form number.
    pub id: i64,
    /// The name in `/forms/v1/NAME`.
    pub name: String,
    /// How its sender signs.
    pub kind: FormKind,
    /// `--map` pairs.
    pub maps: Vec<(String, String)>,
    /// Department of the people it signs up.
    pub department: Option<String>,
    /// Role they get when approved.
    pub role: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// Actor who added it.
    pub created_by: String,
}

impl Form {
    fn of(row: FormRow) -> Form {
        Form {
            id: row.id,
            name: row.name,
            kind: row.kind,
            maps: row.maps,
            department: row.department,
            role: row.role,
            created_at: row.created_at,
            created_by: row.created_by,
        }
    }

    /// Whether the sender is only checked by a secret in the URL, which
    /// proxies and browsers may log: weaker than a signature.
    pub fn is_weaker(&self) -> bool {
        self.kind == FormKind::Token
    }

    /// The path the form tool posts to (`token` forms: followed by `/SECRET`).
    pub fn path(&self) -> String {
        format!("/forms/v1/{}", self.name)
    }
}

/// What `form add` is asked to create.
#[derive(Debug, Clone, Default)]
pub struct NewForm {
    /// The name in `/forms/v1/NAME`.
    pub name: String,
    /// `typeform`, `hmac-sha256`, `feishu`, `jiandaoyun` or `token`.
    pub kind: String,
    /// The secret the form tool was given; `None` generates one.
    pub secret: Option<Secret>,
    /// `--map 'FIELD=field'` pairs.
    pub maps: Vec<(String, String)>,
    /// Department of the people it signs up.
    pub department: Option<String>,
    /// Role they get when approved.
    pub role: Option<String>,
}

/// The result of [`add`].
#[derive(Debug, Clone)]
pub struct Added {
    /// The form.
    pub form: Form,
    /// The generated secret, to show once (`None` when it was given).
    pub secret: Option<Secret>,
    /// For a `token` form, the path with its secret: the URL to give the tool.
    pub secret_path: Option<String>,
}

fn only_superuser(who: &Principal, doing: &str) -> Result<()> {
    if who.is_superuser() {
        return Ok(());
    }
    Err(Error::not_permitted(format!(
        "only the superuser can {doing} a form: a form lets anyone who holds its secret propose people"
    ))
    .hint("run it as the account that owns the database file, without CRMCTL_TOKEN or --token-file"))
}

/// A form name: `[a-z0-9][a-z0-9._-]{0,63}`, a path segment as it is.
fn check_name(input: &str) -> Result<String> {
    let name = input.trim();
    let ok = name.len() <= 64
        && name.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'));
    if !ok {
        return Err(Error::invalid(format!(
            "form name '{}': must be 1-64 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit",
            name.escape_debug()
        ))
        .hint("for example onboarding or typeform-hr"));
    }
    Ok(name.to_string())
}

fn check_secret(kind: FormKind, secret: &Secret) -> Result<()> {
    let s = secret.expose();
    let chars = s.chars().count();
    if !SECRET_CHARS.contains(&chars) || s.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(Error::invalid(format!(
            "the secret must be {} to {} characters, with no spaces or control characters",
            SECRET_CHARS.start(),
            SECRET_CHARS.end()
        )));
    }
    if kind == FormKind::Token
        && !s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~'))
    {
        return Err(Error::invalid(
            "a token form's secret is a URL path segment: only A-Z, a-z, 0-9, '-', '_', '.', '~'",
        )
        .hint("leave out --secret-stdin to have a 256-bit one generated"));
    }
    Ok(())
}

fn check_maps(maps: &[(String, String)]) -> Result<()> {
    for (header, field) in Mapping::check_maps(maps)?.iter().zip(maps) {
        if !answers::settable(header.1) {
            let allowed: Vec<&str> =
                Field::ALL.into_iter().filter(|f| answers::settable(*f)).map(Field::as_str).collect();
            return Err(Error::invalid(format!(
                "--map '{}={}': a form cannot set {}",
                field.0,
                field.1,
                header.1.as_str()
            ))
            .hint(format!("a form may set {}", allowed.join(", "))));
        }
    }
    Ok(())
}

/// Adds a form (superuser only). Without a secret, a 256-bit one is
/// generated and returned once; a `token` form keeps only its digest.
pub fn add(store: &mut Store, who: &Principal, req: NewForm) -> Result<Added> {
    only_superuser(who, "add")?;
    let name = check_name(&req.name)?;
    let kind = FormKind::parse(req.kind.trim()).ok_or_else(|| {
        let kinds: Vec<&str> = FormKind::ALL.iter().map(|k| k.as_str()).collect();
        Error::invalid(format!("unknown form kind '{}'", req.kind.escape_debug()))
            .hint(format!("use {}", kinds.join(", ")))
    })?;
    if let Some(secret) = &req.secret {
        check_secret(kind, secret)?;
    }
    check_maps(&req.maps)?;
    let department = req.department.as_deref().map(validate::department).transpose()?;
    let (secret, generated) = match req.secret {
        Some(secret) => (secret, None),
        None => {
            let secret = codes::random_code("");
            (secret.clone(), Some(secret))
        }
    };
    store.write(|tx| {
        if let Some(role) = &req.role {
            roles::ensure_exists(tx, role)?;
        }
        if tx.form(&name)?.is_some() {
            return Err(Error::conflict(format!("a form named {name} exists already"))
                .hint("`crmctl form remove NAME` first, or pick another name"));
        }
        let mut row = FormRow {
            id: 0,
            name: name.clone(),
            kind,
            secret: match kind {
                FormKind::Token => codes::digest(secret.expose()),
                _ => secret.expose().to_string(),
            },
            maps: req.maps.clone(),
            department: department.clone(),
            role: req.role.clone(),
            created_at: clock::format(clock::now()),
            created_by: who.actor().as_str().to_string(),
        };
        row.id = tx.insert_form(&row)?;
        let details = json!({
            "kind": kind.as_str(), "department": row.department, "role": row.role, "maps": row.maps,
            "secret": if generated.is_some() { "generated" } else { "given" },
        });
        audit::record(tx, who.actor(), "form.add", Target::Other(&name), details)?;
        let form = Form::of(row);
        let secret_path = (kind == FormKind::Token).then(|| format!("{}/{}", form.path(), secret.expose()));
        Ok(Added { form, secret: generated, secret_path })
    })
}

/// Every form (needs `settings.manage`).
pub fn list(store: &mut Store, who: &Principal) -> Result<Vec<Form>> {
    who.require_anywhere(SETTINGS_MANAGE)?;
    store.read(|tx| Ok(tx.forms()?.into_iter().map(Form::of).collect()))
}

/// Removes a form (superuser only): its address stops answering at once.
/// Its pending sign-ups stay, to be decided.
pub fn remove(store: &mut Store, who: &Principal, name: &str) -> Result<Form> {
    only_superuser(who, "remove")?;
    store.write(|tx| {
        let row = tx.form(name.trim())?.ok_or_else(|| {
            Error::not_found(format!("no form '{}'", name.trim().escape_debug())).hint("`crmctl form list` shows them")
        })?;
        tx.delete_form(row.id)?;
        audit::record(tx, who.actor(), "form.remove", Target::Other(&row.name), json!({"kind": row.kind.as_str()}))?;
        Ok(Form::of(row))
    })
}

/// Seconds until the earliest sign-up of the last minute leaves it.
fn retry_after(oldest: Option<&str>, now: DateTime<Utc>) -> u64 {
    let left = oldest.and_then(clock::parse_stored).map(|t| 60 - (now - t).num_seconds());
    left.map_or(60, |s| s.clamp(1, 60) as u64)
}

/// Receives one delivery for form `name` at `now`: see the module's docs
/// for the order of the checks. A body that cannot be read at all is an
/// error (exit 5, HTTP 400); everything else is an [`Outcome`].
pub fn submit(store: &mut Store, name: &str, delivery: &Delivery, now: DateTime<Utc>) -> Result<Outcome> {
    let Some(form) = store.read(|tx| tx.form(name))? else { return Ok(Outcome::Unauthorized) };
    if !signature::verify(&form, delivery, now.timestamp()) {
        let unsigned = delivery.header("x-lark-signature").is_none();
        if let (FormKind::Feishu, true) = (form.kind, unsigned)
            && let Some(challenge) = answers::feishu_challenge(&form.secret, &delivery.body)
        {
            return Ok(Outcome::Challenge(challenge));
        }
        return Ok(Outcome::Unauthorized);
    }
    let parsed = answers::parse(form.kind, &form.secret, delivery)?;
    if let Some(challenge) = parsed.challenge {
        return Ok(Outcome::Challenge(challenge));
    }
    if parsed.ignored {
        return Ok(Outcome::Ignored);
    }
    let overrides = Mapping::check_maps(&form.maps)?;
    store.write(|tx| {
        // Removed (or removed and added again) since it was read: the
        // signature was checked against a key that no longer holds.
        if tx.form(name)?.is_none_or(|f| f.id != form.id || f.secret != form.secret) {
            return Ok(Outcome::Unauthorized);
        }
        if let Some(event) = &parsed.event_id
            && let Some(id) = tx.signup_by_event(form.id, event)?
        {
            return Ok(Outcome::Repeated(id));
        }
        let since = clock::format(now - TimeDelta::seconds(59));
        let (recent, oldest) = tx.signups_since(form.id, &since)?;
        if recent >= PER_MINUTE {
            return Ok(Outcome::TooMany { retry_after: retry_after(oldest.as_deref(), now) });
        }
        if tx.pending_signups(form.id)? >= MAX_PENDING {
            return Ok(Outcome::TooMany { retry_after: PENDING_RETRY_SECS });
        }
        let region = Settings::load(tx)?.phone_region();
        let (applicant, department) =
            match answers::check(&parsed.answers, &overrides, form.department.as_deref(), region) {
                Ok(checked) => checked,
                Err(errors) => return Ok(Outcome::Invalid(errors)),
            };
        let actor = Actor::form(&form.name, form.id).with_via(Via::Form);
        let request = ApprovalRow {
            id: 0,
            kind: ApprovalKind::Signup,
            user_id: None,
            role: None,
            department: department.clone(),
            expires_at: None,
            requested_by: actor.as_str().to_string(),
            requested_by_identity: Some(actor.identity().encode()),
            status: ApprovalStatus::Pending,
            decided_by: None,
            reason: None,
            created_at: clock::format(now),
            decided_at: None,
        };
        let id = tx.insert_approval(&request)?;
        tx.insert_signup(&SignupRow {
            approval_id: id,
            form_id: Some(form.id),
            form: form.name.clone(),
            event_id: parsed.event_id.clone(),
            answers: Some(applicant),
            department,
            role: form.role.clone(),
        })?;
        let details = json!({"request_id": id, "form": form.name});
        audit::record(tx, &actor, "signup.submit", Target::Other(&format!("request #{id}")), details)?;
        Ok(Outcome::Accepted(id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::approvals;
    use crate::error::Kind;
    use crate::testing::{self, Person, kind, other_root, root};

    const SECRET: &str = "0123456789abcdef0123456789abcdef";

    fn form(store: &mut Store, name: &str, kind: &str, department: Option<&str>) -> Result<Added> {
        let req = NewForm {
            name: name.into(),
            kind: kind.into(),
            secret: (kind != "token").then(|| Secret::new(SECRET)),
            maps: vec![("全名".into(), "name".into())],
            department: department.map(Into::into),
            role: Some("sales-rep".into()),
        };
        add(store, &root(), req)
    }

    /// A generic delivery signed with SECRET (the HMAC here is the crate's
    /// own: the tests through the binary sign with Python's instead).
    fn signed(body: &str, event: Option<&str>) -> Delivery {
        let mut mac = <hmac::Hmac<sha2::Sha256> as hmac::KeyInit>::new_from_slice(SECRET.as_bytes()).ok();
        let sig = mac.as_mut().map(|m| {
            hmac::Mac::update(m, body.as_bytes());
            hex::encode(hmac::Mac::finalize(m.clone()).into_bytes())
        });
        let mut headers = vec![("X-Signature".to_string(), format!("sha256={}", sig.unwrap_or_default()))];
        if let Some(event) = event {
            headers.push(("X-Event-Id".into(), event.into()));
        }
        Delivery { headers, body: body.as_bytes().to_vec(), ..Delivery::default() }
    }

    const GOOD: &str =
        r#"{"全名": "王五", "邮箱": "wangwu@example.com", "手机号码": "13812345678", "部门": "销售部/华东区"}"#;

    #[test]
    fn only_the_superuser_manages_forms_and_nobody_sees_a_secret() -> Result<()> {
        let mut store = testing::store()?;
        testing::add(&mut store, "boss", Person { role: Some("admin"), ..Person::default() })?;
        let boss = testing::as_user(&mut store, "boss")?;
        let req = NewForm { name: "web".into(), kind: "token".into(), ..NewForm::default() };
        assert_eq!(kind(add(&mut store, &boss, req)), Some(Kind::NotPermitted));
        let added = form(&mut store, "web", "token", None)?;
        let secret = added.secret.map(|s| s.expose().to_string()).unwrap_or_default();
        assert_eq!(secret.len(), 64, "256 bits, hex");
        assert_eq!(added.secret_path, Some(format!("/forms/v1/web/{secret}")));
        let stored = store.read(|tx| tx.form("web"))?.map(|f| f.secret);
        assert_eq!(stored, Some(codes::digest(&secret)), "a token form keeps only the digest");
        assert_eq!(list(&mut store, &boss)?.len(), 1, "settings.manage may list");
        assert!(list(&mut store, &boss)?[0].is_weaker());
        assert_eq!(kind(remove(&mut store, &boss, "web")), Some(Kind::NotPermitted));
        assert_eq!(kind(form(&mut store, "web", "typeform", None)), Some(Kind::Conflict));
        for (name, kind_, maps) in [
            ("Bad Name", "token", vec![]),
            ("ok", "smoke-signals", vec![]),
            ("ok", "token", vec![("密码".to_string(), "password".to_string())]),
        ] {
            let req = NewForm { name: name.into(), kind: kind_.into(), maps, ..NewForm::default() };
            assert!(add(&mut store, &root(), req).is_err(), "{name} {kind_}");
        }
        remove(&mut store, &root(), "web")?;
        assert_eq!(kind(remove(&mut store, &root(), "web")), Some(Kind::NotFound));
        Ok(())
    }

    #[test]
    fn a_signed_submission_is_a_pending_signup_that_takes_no_seat() -> Result<()> {
        let mut store = testing::store()?;
        form(&mut store, "web", "hmac-sha256", Some("销售部"))?;
        let now = clock::now();
        let first = submit(&mut store, "web", &signed(GOOD, Some("e1")), now)?;
        let Outcome::Accepted(id) = first else { return Err(Error::invalid(format!("{first:?}"))) };
        assert_eq!(submit(&mut store, "web", &signed(GOOD, Some("e1")), now)?, Outcome::Repeated(id));
        assert_eq!(store.read(|tx| tx.count_seats())?, 0);
        let listed = approvals::list(&mut store, &root(), Some("pending"))?;
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].kind, ApprovalKind::Signup);
        assert_eq!(listed[0].department.as_deref(), Some("销售部/华东区"));
        let applicant = listed[0].applicant.clone().unwrap_or_default();
        assert_eq!((applicant.name.as_str(), applicant.phone.as_deref()), ("王五", Some("+8613812345678")));

        let mut tampered = signed(GOOD, None);
        tampered.body.push(b' ');
        assert_eq!(submit(&mut store, "web", &tampered, now)?, Outcome::Unauthorized);
        let unsigned = Delivery { body: GOOD.as_bytes().to_vec(), ..Delivery::default() };
        assert_eq!(submit(&mut store, "web", &unsigned, now)?, Outcome::Unauthorized);
        assert_eq!(submit(&mut store, "nosuch", &signed(GOOD, None), now)?, Outcome::Unauthorized);

        let outside = r#"{"name": "李四", "email": "not-an-email", "部门": "财务部"}"#;
        let Outcome::Invalid(errors) = submit(&mut store, "web", &signed(outside, None), now)? else {
            return Err(Error::invalid("accepted invalid answers"));
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["email", "department"]);
        assert_eq!(kind(submit(&mut store, "web", &signed("[1, 2", None), now)), Some(Kind::Invalid));
        Ok(())
    }

    #[test]
    fn approval_creates_an_invited_user_and_rejection_erases_the_answers() -> Result<()> {
        let mut store = testing::store()?;
        form(&mut store, "web", "hmac-sha256", Some("销售部"))?;
        let now = clock::now();
        let Outcome::Accepted(a) = submit(&mut store, "web", &signed(GOOD, None), now)? else {
            return Err(Error::invalid("not accepted"));
        };
        let other = GOOD.replace("wangwu", "zhaoliu");
        let Outcome::Accepted(b) = submit(&mut store, "web", &signed(&other, None), now)? else {
            return Err(Error::invalid("not accepted"));
        };
        // A dept-admin of 财务部 may not decide a sign-up for 销售部.
        testing::add(
            &mut store,
            "fin",
            Person { role: Some("dept-admin"), scope: Some("财务部"), ..Person::default() },
        )?;
        let fin = testing::as_user(&mut store, "fin")?;
        assert_eq!(kind(approvals::approve(&mut store, &fin, a)), Some(Kind::NotPermitted));
        let approved = approvals::approve(&mut store, &other_root(), a)?;
        assert!(approved.invitation.is_some());
        let user = crate::users::show(&mut store, &root(), "wangwu")?;
        assert_eq!(user.status, crate::users::Status::Invited);
        assert_eq!(user.department.as_deref(), Some("销售部/华东区"));
        assert_eq!(user.roles.iter().map(|r| r.role.as_str()).collect::<Vec<_>>(), ["sales-rep"]);
        assert_eq!(approved.request.user.as_deref(), Some("wangwu"));
        assert!(approved.request.applicant.is_none(), "the request keeps no copy");
        approvals::reject(&mut store, &root(), b, Some("not hiring"))?;
        assert_eq!(store.read(|tx| tx.signup(b))?.and_then(|s| s.answers), None);
        assert_eq!(kind(approvals::approve(&mut store, &root(), b)), Some(Kind::Conflict));
        Ok(())
    }

    #[test]
    fn caps_per_form() -> Result<()> {
        let mut store = testing::store()?;
        form(&mut store, "web", "hmac-sha256", None)?;
        let now = clock::now();
        for n in 0..PER_MINUTE {
            let body = GOOD.replace("wangwu", &format!("u{n}"));
            assert!(matches!(submit(&mut store, "web", &signed(&body, None), now)?, Outcome::Accepted(_)));
        }
        let over = submit(&mut store, "web", &signed(GOOD, None), now)?;
        assert!(matches!(over, Outcome::TooMany { retry_after } if (1..=60).contains(&retry_after)), "{over:?}");
        // A minute on, the rate allows more, until MAX_PENDING wait.
        let mut at = now;
        let mut sent = PER_MINUTE;
        while sent < MAX_PENDING {
            at += TimeDelta::seconds(61);
            for n in 0..PER_MINUTE.min(MAX_PENDING - sent) {
                let body = GOOD.replace("wangwu", &format!("v{sent}x{n}"));
                assert!(matches!(submit(&mut store, "web", &signed(&body, None), at)?, Outcome::Accepted(_)));
            }
            sent += PER_MINUTE.min(MAX_PENDING - sent);
        }
        at += TimeDelta::seconds(61);
        assert_eq!(submit(&mut store, "web", &signed(GOOD, None), at)?, Outcome::TooMany { retry_after: 3600 });
        Ok(())
    }
}
