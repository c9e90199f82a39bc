//! What a form tool sends, read once its signature has been checked: the
//! answers (each under the keys a `--map` or the import's header names may
//! match), the sender's event id, and the checks of `user add` on the
//! fields a form may set.

use aes::cipher::{BlockDecryptMut, KeyIvInit, block_padding::Pkcs7};
use base64::Engine;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::identity::covers;
use crate::import::columns::{Field, Mapping};
use crate::store::{Applicant, FormKind};
use crate::validate;

use super::Delivery;

/// The longest event id kept.
const MAX_EVENT_ID: usize = 200;

/// One answer: the keys it may be known by (Typeform: the question's `ref`,
/// its title, its id), first match wins, and its value as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Keys, in the order they are tried against `--map` and the header names.
    pub keys: Vec<String>,
    /// The value.
    pub value: String,
}

/// A delivery, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The answers.
    pub answers: Vec<Answer>,
    /// The sender's id of this event, the same on a redelivery.
    pub event_id: Option<String>,
    /// Feishu's URL check: the challenge to send back.
    pub challenge: Option<String>,
    /// An event that is not a new submission (简道云 `data_update`...).
    pub ignored: bool,
}

/// A field that failed its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field (`name`, `email`...).
    pub field: String,
    /// The value as sent.
    pub value: String,
    /// Why.
    pub message: String,
}

fn unreadable(what: &str) -> Error {
    Error::invalid(format!("the body is not {what}"))
}

/// Reads the body of a delivery that passed its signature check.
pub fn parse(kind: FormKind, secret: &str, d: &Delivery) -> Result<Parsed> {
    let mut parsed = match kind {
        FormKind::Typeform => typeform(&json_body(&d.body)?),
        FormKind::Jiandaoyun => jiandaoyun(&json_body(&d.body)?, d),
        FormKind::Feishu => feishu(secret, &d.body),
        FormKind::HmacSha256 | FormKind::Token => generic(d),
    }?;
    // A delivery without an event id of its own is known by its body: the
    // same body again is the same submission (a redelivery, or a replay of
    // a captured one), and gets the first answer.
    if parsed.event_id.is_none() {
        parsed.event_id = Some(format!("sha256:{}", hex::encode(Sha256::digest(&d.body))));
    }
    Ok(parsed)
}

fn json_body(body: &[u8]) -> Result<Value> {
    serde_json::from_slice(body).map_err(|_| unreadable("JSON"))
}

fn event_id(value: Option<&Value>) -> Result<Option<String>> {
    match value.and_then(text_of) {
        Some(id) if id.chars().count() > MAX_EVENT_ID => {
            Err(Error::invalid(format!("the event id is longer than {MAX_EVENT_ID} characters")))
        }
        other => Ok(other.filter(|id| !id.is_empty())),
    }
}

/// A value as answer text: strings as they are, numbers and booleans
/// written out, the usual one-value objects of the form tools (`{"phone":
/// …}`, `{"label": …}`), lists joined with `;`. `None` for null and
/// anything else.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(text_of).collect();
            (!parts.is_empty()).then(|| parts.join(";"))
        }
        Value::Object(o) => {
            ["phone", "email", "value", "label", "name", "text"].iter().find_map(|k| o.get(*k)).and_then(text_of)
        }
        Value::Null => None,
    }
}

fn flat(object: &Map<String, Value>) -> Vec<Answer> {
    object.iter().filter_map(|(k, v)| text_of(v).map(|value| Answer { keys: vec![k.clone()], value })).collect()
}

/// Typeform's webhook: `event_id`, and `form_response.answers[]`, each with
/// `field.ref`, `field.id` and a value under its `type` (`text`, `email`,
/// `phone_number`, `choice.label`...). A question's title comes from
/// `form_response.definition.fields[]`.
fn typeform(body: &Value) -> Result<Parsed> {
    let response = body.get("form_response").ok_or_else(|| unreadable("a Typeform form_response"))?;
    let titles: Vec<(&str, &str)> = response
        .pointer("/definition/fields")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| Some((f.get("id")?.as_str()?, f.get("title")?.as_str()?)))
        .collect();
    let mut answers = Vec::new();
    for a in response.get("answers").and_then(Value::as_array).into_iter().flatten() {
        let field = a.get("field");
        let get = |k: &str| field.and_then(|f| f.get(k)).and_then(Value::as_str);
        let mut keys: Vec<String> = Vec::new();
        if let Some(r) = get("ref") {
            keys.push(r.to_string());
        }
        if let Some(id) = get("id") {
            if let Some((_, title)) = titles.iter().find(|(i, _)| *i == id) {
                keys.push(title.to_string());
            }
            keys.push(id.to_string());
        }
        let value = a.get("type").and_then(Value::as_str).and_then(|t| a.get(t)).and_then(text_of);
        if let (false, Some(value)) = (keys.is_empty(), value) {
            answers.push(Answer { keys, value });
        }
    }
    Ok(Parsed { answers, event_id: event_id(body.get("event_id"))?, ..Parsed::default() })
}

/// 简道云's data push: `{"op": "data_create", "data": {widget: value...}}`.
/// Other operations (updates, removals) are not sign-ups. Its event id, the
/// `X-JDY-DeliverId` header, is not covered by the signature, so a
/// redelivery is known by its body instead (see [`parse`]): a replay with a
/// new header is still the same submission.
fn jiandaoyun(body: &Value, _d: &Delivery) -> Result<Parsed> {
    let event_id = None;
    if body.get("op").and_then(Value::as_str).is_some_and(|op| op != "data_create") {
        return Ok(Parsed { event_id, ignored: true, ..Parsed::default() });
    }
    let data = body.get("data").and_then(Value::as_object).ok_or_else(|| unreadable("a 简道云 data push"))?;
    Ok(Parsed { answers: flat(data), event_id, ..Parsed::default() })
}

/// Decrypts a Feishu body sent with an Encrypt Key: base64 of a 16-byte IV
/// and the AES-256-CBC ciphertext, under the SHA-256 of the key.
fn feishu_decrypt(key: &str, encrypted: &str) -> Result<Value> {
    let bad = || unreadable("a Feishu event encrypted with this form's Encrypt Key");
    let raw = base64::engine::general_purpose::STANDARD.decode(encrypted.trim()).map_err(|_| bad())?;
    if raw.len() < 32 {
        return Err(bad());
    }
    let (iv, ciphertext) = raw.split_at(16);
    let key = Sha256::digest(key.as_bytes());
    let mut buf = ciphertext.to_vec();
    let cipher = cbc::Decryptor::<aes::Aes256>::new_from_slices(&key, iv).map_err(|_| bad())?;
    let plain = cipher.decrypt_padded_mut::<Pkcs7>(&mut buf).map_err(|_| bad())?;
    serde_json::from_slice(plain).map_err(|_| bad())
}

/// The event in a Feishu body, decrypted when it is.
fn feishu_event(secret: &str, body: &[u8]) -> Result<Value> {
    let outer = json_body(body)?;
    match outer.get("encrypt").and_then(Value::as_str) {
        Some(encrypted) => feishu_decrypt(secret, encrypted),
        None => Ok(outer),
    }
}

/// Feishu's URL check (`"type": "url_verification"`), which Feishu sends
/// unsigned when the address is saved: its challenge, if `body` is one
/// encrypted with this form's key. Answering it creates nothing.
pub fn feishu_challenge(secret: &str, body: &[u8]) -> Option<String> {
    // Only an encrypted check proves the sender has the key: a plain one
    // would let anyone learn which form names exist, and echo their text.
    let encrypted = json_body(body).ok()?.get("encrypt").and_then(Value::as_str).map(str::to_string)?;
    let event = feishu_decrypt(secret, &encrypted).ok()?;
    match event.get("type").and_then(Value::as_str) {
        Some("url_verification") => event.get("challenge").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

/// A Feishu event (schema 2.0: `header.event_id`, `event`; 1.0: `uuid`,
/// `event`). The answers are the event's `fields` (or `data`, `answers`)
/// object, else the event object itself.
fn feishu(secret: &str, body: &[u8]) -> Result<Parsed> {
    let event = feishu_event(secret, body)?;
    if event.get("type").and_then(Value::as_str) == Some("url_verification") {
        let challenge = event.get("challenge").and_then(text_of);
        return Ok(Parsed { challenge, ..Parsed::default() });
    }
    let id = event.pointer("/header/event_id").or_else(|| event.get("uuid"));
    let inner = event.get("event").and_then(Value::as_object).ok_or_else(|| unreadable("a Feishu event"))?;
    let answers = ["fields", "data", "answers"]
        .iter()
        .find_map(|k| inner.get(*k).and_then(Value::as_object))
        .map(flat)
        .unwrap_or_else(|| flat(inner));
    Ok(Parsed { answers, event_id: event_id(id)?, ..Parsed::default() })
}

/// A flat JSON object, or `application/x-www-form-urlencoded`; the event id
/// is an `event_id` field (signed with the body). The `X-Event-Id` header is
/// not covered by the signature, so it is not trusted: without the field a
/// redelivery is known by its body (see [`parse`]).
fn generic(d: &Delivery) -> Result<Parsed> {
    // By the content type; without one, a body that opens like JSON is JSON.
    let media = d.header("content-type").unwrap_or("").to_ascii_lowercase();
    let first = d.body.iter().find(|b| !b.is_ascii_whitespace());
    let urlencoded = media.contains("x-www-form-urlencoded")
        || (!media.contains("json") && !first.is_some_and(|b| matches!(b, b'{' | b'[')));
    let mut answers = match urlencoded {
        true => {
            let text = std::str::from_utf8(&d.body).map_err(|_| unreadable("UTF-8 form data"))?;
            let mut out = Vec::new();
            for pair in text.split('&').filter(|p| !p.is_empty()) {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                let (k, v) = (percent_decode(k), percent_decode(v));
                match (k, v) {
                    (Some(k), Some(v)) => out.push(Answer { keys: vec![k], value: v }),
                    _ => return Err(unreadable("well-formed form data")),
                }
            }
            out
        }
        false => flat(json_body(&d.body)?.as_object().ok_or_else(|| unreadable("a JSON object"))?),
    };
    let field = answers.iter().position(|a| a.keys.first().is_some_and(|k| k == "event_id"));
    let from_body = field.map(|i| answers.remove(i).value);
    Ok(Parsed { answers, event_id: event_id(from_body.map(Value::String).as_ref())?, ..Parsed::default() })
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// The fields a form may set; anything else it sends (roles, passwords,
/// status...) is ignored, never stored.
const FORM_FIELDS: [Field; 7] =
    [Field::Username, Field::Name, Field::Email, Field::Phone, Field::EmployeeId, Field::Department, Field::Title];

/// Whether a form may set `field` (`form add --map` refuses the others).
pub fn settable(field: Field) -> bool {
    FORM_FIELDS.contains(&field)
}

/// The applicant in `answers`, mapped with the import's header rules and
/// `overrides` (`--map`), each field checked with the rules of `user add`.
/// The department is the form's, or one under it that the answers name.
pub fn check(
    answers: &[Answer],
    overrides: &[(String, Field)],
    form_department: Option<&str>,
    region: rlibphonenumber::Region,
) -> std::result::Result<(Applicant, Option<String>), Vec<FieldError>> {
    let mut values: Vec<(Field, &str)> = Vec::new();
    for answer in answers {
        let field = answer.keys.iter().find_map(|k| Mapping::field_of(k, overrides));
        if let Some(field) = field.filter(|f| settable(*f) && !values.iter().any(|(g, _)| g == f)) {
            values.push((field, answer.value.trim()));
        }
    }
    let mut errors = Vec::new();
    let mut check = |field: Field, required: bool, f: &dyn Fn(&str) -> Result<String>| -> Option<String> {
        let value = values.iter().find(|(g, _)| *g == field).map(|(_, v)| *v).filter(|v| !v.is_empty());
        let Some(value) = value else {
            if required {
                errors.push(FieldError {
                    field: field.as_str().into(),
                    value: String::new(),
                    message: format!("{} is required", field.as_str()),
                });
            }
            return None;
        };
        match f(value) {
            Ok(v) => Some(v),
            Err(e) => {
                errors.push(FieldError { field: field.as_str().into(), value: value.into(), message: e.message });
                None
            }
        }
    };
    let username = check(Field::Username, false, &validate::username);
    let name = check(Field::Name, true, &validate::name);
    let email = check(Field::Email, true, &validate::email);
    let phone = check(Field::Phone, false, &|p| validate::phone(p, region));
    let employee_id = check(Field::EmployeeId, false, &validate::employee_id);
    let title = check(Field::Title, false, &validate::title);
    let department = check(Field::Department, false, &|d| {
        let d = validate::department(d)?;
        match form_department {
            Some(scope) if !covers(Some(scope), Some(&d)) => {
                Err(Error::invalid(format!("department '{d}': this form signs people up in {scope} or under it")))
            }
            _ => Ok(d),
        }
    });
    match (name, email) {
        (Some(name), Some(email)) if errors.is_empty() => {
            let department = department.or_else(|| form_department.map(str::to_string));
            Ok((Applicant { username, name, email, phone, employee_id, title }, department))
        }
        _ => Err(errors),
    }
}
