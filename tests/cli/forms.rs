//! Form sign-ups through the binary and a real socket: `crmctl form`,
//! `crmctl serve` at `/forms/v1`, and `approval` of the sign-ups. Every
//! signature is computed by Python's `hmac`/`hashlib` (and Feishu's
//! encryption by `openssl enc`), never by the code under test.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

use crate::testenv::{Server, TestEnv};

fn serve(env: &TestEnv) -> Server {
    env.serve()
}

struct Answer {
    status: u16,
    retry_after: Option<String>,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn post(server: &Server, path: &str, headers: &[(&str, String)], body: &[u8]) -> Answer {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut req = agent.post(format!("{}{path}", server.base));
    for (name, value) in headers {
        req = req.header(*name, value.as_str());
    }
    let mut resp = req.send(body).unwrap();
    let retry_after = resp.headers().get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_string);
    Answer { status: resp.status().as_u16(), retry_after, body: resp.body_mut().read_to_string().unwrap() }
}

/// Runs `python3 -c CODE ARGS...` with `input` on stdin: its stdout, trimmed.
fn python(code: &str, args: &[&str], input: &[u8]) -> String {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(code)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "python failed");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

const HMAC_HEX: &str = "import sys,hmac,hashlib; print(hmac.new(sys.argv[1].encode(), sys.stdin.buffer.read(), hashlib.sha256).hexdigest())";
const HMAC_B64: &str = "import sys,hmac,hashlib,base64; \
     print(base64.b64encode(hmac.new(sys.argv[1].encode(), sys.stdin.buffer.read(), hashlib.sha256).digest()).decode())";
const FEISHU_SIG: &str = "import sys,hashlib; k,ts,n=sys.argv[1:4]; \
     print(hashlib.sha256((ts+n+k).encode()+sys.stdin.buffer.read()).hexdigest())";
const FEISHU_ENCRYPT: &str = "import sys,os,json,base64,hashlib,subprocess; k=sys.argv[1]; iv=os.urandom(16); \
     ct=subprocess.run(['openssl','enc','-aes-256-cbc','-K',hashlib.sha256(k.encode()).hexdigest(),'-iv',iv.hex()], \
     input=sys.stdin.buffer.read(),capture_output=True,check=True).stdout; \
     print(json.dumps({'encrypt': base64.b64encode(iv+ct).decode()}))";
const JDY_SIG: &str = "import sys,hashlib; s,n,ts=sys.argv[1:4]; \
     print(hashlib.sha1(':'.join([n, sys.stdin.buffer.read().decode(), s, ts]).encode()).hexdigest())";

const SECRET: &str = "form-secret-0123456789abcdef";

fn now() -> String {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs().to_string()
}

fn add_form(env: &TestEnv, name: &str, kind: &str, extra: &[&str]) -> Value {
    let mut args = vec!["form", "add", name, "--kind", kind, "--format", "json"];
    if kind != "token" {
        args.push("--secret-stdin");
    }
    args.extend(extra);
    let run = env.run_stdin(&args, &format!("{SECRET}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

fn person(n: &str) -> Value {
    json!({"姓名": format!("王{n}"), "邮箱": format!("wang{n}@example.com"), "手机号码": "13812345678"})
}

fn generic(server: &Server, form: &str, body: &Value, extra: &[(&str, String)]) -> Answer {
    let bytes = body.to_string().into_bytes();
    let sig = python(HMAC_HEX, &[SECRET], &bytes);
    let mut headers = vec![("Content-Type", "application/json".to_string()), ("X-Signature", format!("sha256={sig}"))];
    headers.extend(extra.iter().cloned());
    post(server, &format!("/forms/v1/{form}"), &headers, &bytes)
}

#[test]
fn forms_are_added_listed_and_removed_by_the_superuser_and_never_show_a_secret() {
    let env = TestEnv::with_admin();
    let added = add_form(&env, "hr", "typeform", &["--map", "Full name=name", "--role", "sales-rep"]);
    assert_eq!(added["check"], "signature");
    assert!(added.get("secret").is_none(), "a given secret is not printed again");
    let token = env.json::<Value>(&["form", "add", "intranet", "--kind", "token", "--department", "销售部"]);
    let secret = token["secret"].as_str().unwrap().to_string();
    assert_eq!(secret.len(), 64);
    assert_eq!(token["url_path"], format!("/forms/v1/intranet/{secret}"));
    let list: Vec<Value> = env.json(&["form", "list"]);
    assert_eq!(list.len(), 2);
    assert_eq!((list[1]["name"].as_str(), list[1]["check"].as_str()), (Some("intranet"), Some("url-secret")));
    let table = env.ok(&["form", "list"]);
    assert!(table.contains("weaker"), "{table}");
    for out in [env.ok(&["form", "list", "--format", "json"]), table, env.ok(&["audit", "list", "--format", "json"])] {
        assert!(!out.contains(SECRET) && !out.contains(&secret), "a secret in {out}");
    }
    // A token user with every permission is still not the superuser.
    let t: Value = env.json(&["token", "create", "root"]);
    let mut as_root = env.command(&["form", "remove", "hr"]);
    as_root.env("CRMCTL_TOKEN", t["token"].as_str().unwrap());
    assert_eq!(env.run_with(as_root, None).code, 6);
    env.ok(&["form", "remove", "hr"]);
    env.fails(&["form", "remove", "hr"], 3);
    env.fails(&["form", "add", "x", "--kind", "token", "--map", "密码=password"], 5);
}

#[test]
fn each_signature_kind_accepts_python_signed_deliveries_and_refuses_others_with_a_bare_401() {
    let env = TestEnv::with_admin();
    add_form(&env, "generic", "hmac-sha256", &[]);
    add_form(&env, "tf", "typeform", &["--map", "q_name=name", "--map", "q_mail=email"]);
    add_form(&env, "lark", "feishu", &[]);
    add_form(&env, "jdy", "jiandaoyun", &["--map", "_widget_1=name", "--map", "_widget_2=email"]);
    let token = env.json::<Value>(&["form", "add", "open", "--kind", "token"]);
    let server = serve(&env);
    let mut ids = Vec::new();

    // hmac-sha256, JSON and urlencoded.
    let a = generic(&server, "generic", &person("一"), &[]);
    assert_eq!(a.status, 202, "{}", a.body);
    ids.push(a.json()["request_id"].as_i64().unwrap());
    let form_body = "%E5%A7%93%E5%90%8D=%E7%8E%8B%E4%BA%8C&email=wang2%40example.com".as_bytes();
    let sig = python(HMAC_HEX, &[SECRET], form_body);
    let headers =
        [("Content-Type", "application/x-www-form-urlencoded".to_string()), ("X-Signature", format!("sha256={sig}"))];
    let a = post(&server, "/forms/v1/generic", &headers, form_body);
    assert_eq!(a.status, 202, "{}", a.body);

    // Typeform.
    let tf = json!({"event_id": "01TF", "event_type": "form_response", "form_response": {
    "definition": {"fields": [{"id": "f1", "title": "Phone"}]},
    "answers": [
        {"type": "text", "text": "Zhang San", "field": {"id": "a1", "ref": "q_name", "type": "short_text"}},
        {"type": "email", "email": "zhangsan@example.com", "field": {"id": "a2", "ref": "q_mail", "type": "email"}},
        {"type": "phone_number", "phone_number": "+8613812345678", "field": {"id": "f1", "ref": "x", "type": "phone_number"}}
    ]}});
    let bytes = tf.to_string().into_bytes();
    let sig = python(HMAC_B64, &[SECRET], &bytes);
    let a = post(&server, "/forms/v1/tf", &[("Typeform-Signature", format!("sha256={sig}"))], &bytes);
    assert_eq!(a.status, 202, "{}", a.body);

    // Feishu: the event encrypted with the Encrypt Key, the signature over the encrypted body.
    let event = json!({"schema": "2.0", "header": {"event_id": "lark-1", "event_type": "x"},
        "event": {"fields": {"姓名": "李四", "电子邮件": "lisi@example.com"}}});
    let bytes = python(FEISHU_ENCRYPT, &[SECRET], event.to_string().as_bytes()).into_bytes();
    let (ts, nonce) = (now(), "n0nce".to_string());
    let sig = python(FEISHU_SIG, &[SECRET, &ts, &nonce], &bytes);
    let lark = |ts: &str, sig: &str| {
        vec![
            ("X-Lark-Request-Timestamp", ts.to_string()),
            ("X-Lark-Request-Nonce", nonce.clone()),
            ("X-Lark-Signature", sig.to_string()),
        ]
    };
    let a = post(&server, "/forms/v1/lark", &lark(&ts, &sig), &bytes);
    assert_eq!(a.status, 202, "{}", a.body);
    // A replay with a stale timestamp, correctly signed, is refused.
    let stale = (now().parse::<i64>().unwrap() - 600).to_string();
    let stale_sig = python(FEISHU_SIG, &[SECRET, &stale, &nonce], &bytes);
    assert_eq!(post(&server, "/forms/v1/lark", &lark(&stale, &stale_sig), &bytes).status, 401);
    // Feishu's unsigned URL check, encrypted with the key, gets its challenge back.
    let check = json!({"challenge": "c-123", "token": "t", "type": "url_verification"});
    let bytes = python(FEISHU_ENCRYPT, &[SECRET], check.to_string().as_bytes()).into_bytes();
    let a = post(&server, "/forms/v1/lark", &[], &bytes);
    assert_eq!((a.status, a.json()["challenge"].as_str()), (200, Some("c-123")));
    // The same check in plain text proves nothing: a bare 401, no echo.
    let a = post(&server, "/forms/v1/lark", &[], check.to_string().as_bytes());
    assert_eq!((a.status, a.body.as_str()), (401, ""));

    // 简道云: nonce and timestamp in the query string.
    let body =
        json!({"op": "data_create", "data": {"_id": "x", "_widget_1": "赵六", "_widget_2": "zhaoliu@example.com"}});
    let bytes = body.to_string().into_bytes();
    let ts = now();
    let sig = python(JDY_SIG, &[SECRET, "abc", &ts], &bytes);
    let path = format!("/forms/v1/jdy?nonce=abc&timestamp={ts}");
    let jdy = [("X-JDY-Signature", sig.clone()), ("X-JDY-DeliverId", "d-1".to_string())];
    let a = post(&server, &path, &jdy, &bytes);
    assert_eq!(a.status, 202, "{}", a.body);
    assert_eq!(post(&server, &format!("/forms/v1/jdy?nonce=abd&timestamp={ts}"), &jdy, &bytes).status, 401);

    // token: the secret is the path.
    let url = token["url_path"].as_str().unwrap();
    let a = post(&server, url, &[("Content-Type", "application/json".into())], person("三").to_string().as_bytes());
    assert_eq!(a.status, 202, "{}", a.body);
    let wrong = format!("{}x", &url[..url.len() - 1]);
    assert_eq!(post(&server, &wrong, &[], person("三").to_string().as_bytes()).status, 401);

    // Tampered bodies, missing signatures, unknown forms: 401 and nothing else.
    let body = person("四").to_string().into_bytes();
    let sig = python(HMAC_HEX, &[SECRET], &body);
    let mut tampered = body.clone();
    tampered.insert(1, b' ');
    for (path, headers, body) in [
        ("/forms/v1/generic", vec![("X-Signature", format!("sha256={sig}"))], tampered.clone()),
        ("/forms/v1/generic", vec![], body.clone()),
        ("/forms/v1/tf", vec![("Typeform-Signature", format!("sha256={sig}"))], body.clone()),
        ("/forms/v1/nosuch", vec![("X-Signature", format!("sha256={sig}"))], body.clone()),
    ] {
        let a = post(&server, path, &headers, &body);
        assert_eq!((a.status, a.body.as_str()), (401, ""), "{path}");
    }
    let pending: Vec<Value> = env.json(&["approval", "list", "--status", "pending"]);
    assert_eq!(pending.len(), 6, "{pending:#?}");
    assert!(pending.iter().all(|p| p["kind"] == "signup" && p["user"].is_null()));
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users"), 1, "sign-ups are not users");
    let via: i64 =
        env.sql("SELECT count(*) FROM audit WHERE action = 'signup.submit' AND details LIKE '%\"via\":\"form\"%'");
    assert_eq!(via, 6);
    assert!(ids[0] > 0);
}

#[test]
fn invalid_answers_are_422_with_the_field_errors_and_store_nothing() {
    let env = TestEnv::with_admin();
    add_form(&env, "web", "hmac-sha256", &["--department", "销售部"]);
    let server = serve(&env);
    let a = generic(&server, "web", &json!({"姓名": "", "邮箱": "li@@x", "手机号码": "12", "部门": "财务部"}), &[]);
    assert_eq!(a.status, 422, "{}", a.body);
    let errors: Vec<String> =
        a.json()["errors"].as_array().unwrap().iter().map(|e| e.as_str().unwrap().to_string()).collect();
    for field in ["name", "email", "phone", "department"] {
        assert!(errors.iter().any(|e| e.starts_with(field)), "{field} in {errors:?}");
    }
    let a = post(
        &server,
        "/forms/v1/web",
        &[("X-Signature", format!("sha256={}", python(HMAC_HEX, &[SECRET], b"{")))],
        b"{",
    );
    assert_eq!(a.status, 400, "{}", a.body);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM approvals"), 0);
}

#[test]
fn a_redelivery_gets_the_first_request_id_and_makes_no_second_request() {
    let env = TestEnv::with_admin();
    add_form(&env, "web", "hmac-sha256", &[]);
    let server = serve(&env);
    let first = generic(&server, "web", &person("一"), &[("X-Event-Id", "evt-1".into())]);
    let again = generic(&server, "web", &person("一"), &[("X-Event-Id", "evt-1".into())]);
    assert_eq!(first.status, 202);
    assert_eq!(again.status, 202);
    assert_eq!(first.json()["request_id"], again.json()["request_id"]);
    // A captured delivery replayed with a new (unsigned) X-Event-Id header is
    // still the same submission.
    let replay = generic(&server, "web", &person("一"), &[("X-Event-Id", "evt-forged".into())]);
    assert_eq!(replay.json()["request_id"], first.json()["request_id"]);
    let mut body = person("一");
    body["event_id"] = json!("evt-2");
    let third = generic(&server, "web", &body, &[]);
    let fourth = generic(&server, "web", &body, &[]);
    assert_eq!(third.json()["request_id"], fourth.json()["request_id"]);
    assert_ne!(first.json()["request_id"], third.json()["request_id"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM approvals"), 2);
}

#[test]
fn a_form_past_its_rate_or_its_pending_cap_gets_429_with_retry_after() {
    let env = TestEnv::with_admin();
    add_form(&env, "web", "hmac-sha256", &[]);
    add_form(&env, "full", "hmac-sha256", &[]);
    let server = serve(&env);
    for n in 0..30 {
        assert_eq!(generic(&server, "web", &person(&n.to_string()), &[]).status, 202);
    }
    let a = generic(&server, "web", &person("x"), &[]);
    assert_eq!(a.status, 429, "{}", a.body);
    let wait: u64 = a.retry_after.unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait));
    // 200 pending sign-ups of another form, sent over earlier hours.
    let form: i64 = env.sql("SELECT id FROM forms WHERE name = 'full'");
    let first: i64 = env.sql("SELECT coalesce(max(id), 0) + 1 FROM approvals");
    for n in 0..200i64 {
        let id = first + n;
        env.exec_with(
            "INSERT INTO approvals (id, kind, requested_by, status, created_at) \
             VALUES (?1, 'signup', 'form:full', 'pending', '2020-01-01T00:00:00Z')",
            &[&id],
        );
        env.exec_with(
            "INSERT INTO signups (approval_id, form_id, form, event_id) VALUES (?1, ?2, 'full', ?3)",
            &[&id, &form, &format!("old-{n}")],
        );
    }
    let a = generic(&server, "full", &person("y"), &[]);
    assert_eq!((a.status, a.retry_after.as_deref()), (429, Some("3600")));
}

#[test]
fn approval_makes_an_invited_user_in_the_forms_department_and_role_and_rejection_erases_the_data() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "seat_limit", "2"]);
    add_form(&env, "web", "hmac-sha256", &["--department", "销售部", "--role", "sales-rep"]);
    let server = serve(&env);
    let mut ids = Vec::new();
    for n in ["甲", "乙", "丙"] {
        let mut body = person(n);
        body["邮箱"] = json!(format!("applicant{}@example.com", ids.len()));
        let a = generic(&server, "web", &body, &[]);
        assert_eq!(a.status, 202, "{}", a.body);
        ids.push(a.json()["request_id"].as_i64().unwrap().to_string());
    }
    drop(server);
    // Three sign-ups wait, with one seat left: they take none.
    let approved: Value = env.json(&["approval", "approve", &ids[0]]);
    assert_eq!((approved["kind"].as_str(), approved["status"].as_str()), (Some("signup"), Some("approved")));
    assert!(approved["invitation"]["code"].as_str().is_some_and(|c| c.len() == 64));
    let user: Value = env.json(&["user", "show", "applicant0@example.com"]);
    assert_eq!(user["status"], "invited");
    assert_eq!(user["department"], "销售部");
    assert_eq!(user["roles"][0]["role"], "sales-rep");
    assert_eq!(approved["user"], user["username"]);
    env.fails(&["approval", "approve", &ids[1]], 6);
    // Rejected: the applicant's data is nowhere in the file.
    env.ok(&["approval", "reject", &ids[2], "--reason", "duplicate"]);
    let answers: Option<String> = env.sql(&format!("SELECT answers FROM signups WHERE approval_id = {}", ids[2]));
    assert_eq!(answers, None);
    // On SQLite, not in the file's bytes either (a PostgreSQL server's files are its own).
    if !env.on_postgres() {
        let file = std::fs::read(&env.db).unwrap();
        let needle = "applicant2@example.com".as_bytes();
        assert!(!file.windows(needle.len()).any(|w| w == needle), "the rejected applicant's email is in the file");
    }
    let kept: i64 = env.sql("SELECT count(*) FROM signups WHERE answers LIKE '%applicant2@%'");
    assert_eq!(kept, 0);
    let listed: Vec<Value> = env.json(&["approval", "list"]);
    assert!(listed.iter().all(|r| r["kind"] == "signup"));
    assert!(listed[2]["applicant"].is_null());
    env.ok(&["audit", "verify"]);
}
