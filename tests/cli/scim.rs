//! SCIM 2.0 through a real socket: the python-scim conformance suite
//! (`scim2-tester`) against `crmctl serve`, and what it does not check
//! (filters, 409, the Okta and Entra PATCH dialects, a department-scoped
//! provisioning token, `"via": "scim"` in the audit log, soft delete,
//! `userName` and `phoneNumbers` kept as sent).

use serde_json::{Value, json};

use crate::testenv::{self, TestEnv};

fn token(env: &TestEnv, user: &str) -> String {
    env.token(user)
}

/// A SCIM client with one token: (status, body) of each request.
struct Client {
    agent: ureq::Agent,
    token: String,
}

impl Client {
    fn new(token: String) -> Client {
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        Client { agent, token }
    }

    fn send(&self, method: &str, url: &str, body: Option<&Value>) -> (u16, Value) {
        let auth = format!("Bearer {}", self.token);
        let mut resp = match (method, body) {
            ("GET", _) => self.agent.get(url).header("Authorization", &auth).call(),
            ("DELETE", _) => self.agent.delete(url).header("Authorization", &auth).call(),
            (m, Some(body)) => {
                let req = match m {
                    "POST" => self.agent.post(url),
                    "PUT" => self.agent.put(url),
                    _ => self.agent.patch(url),
                };
                req.header("Authorization", &auth)
                    .header("Content-Type", "application/scim+json")
                    .send(body.to_string())
            }
            _ => panic!("{method} needs a body"),
        }
        .unwrap();
        let status = resp.status().as_u16();
        let text = resp.body_mut().read_to_string().unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }
}

fn user_body(user_name: &str, email: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": user_name,
        "displayName": "Barbara Jensen",
        "emails": [{"value": email, "type": "work", "primary": true}],
    })
}

#[test]
fn scim2_tester_passes_with_no_error_and_no_skip() {
    let env = TestEnv::with_admin();
    let server = env.serve();
    let python = testenv::python();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/scim_tester.py");
    let mut cmd = env.program(python.to_str().unwrap(), &[script.to_str().unwrap(), &server.url("/scim/v2")]);
    cmd.env("SCIM_TOKEN", token(&env, "root"));
    let run = env.run_with(cmd, None);
    println!("scim2-tester: {}", run.stdout.trim());
    assert_eq!(run.code, 0, "{run:?}");
    let counts: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    let passed: u64 = ["SUCCESS", "COMPLIANT", "ACCEPTABLE"].iter().filter_map(|k| counts[k].as_u64()).sum();
    let all: u64 = counts.as_object().unwrap().values().filter_map(Value::as_u64).sum();
    assert!(passed > 0 && passed == all, "every check passes, none skipped: {counts}");
}

#[test]
fn scim_users_filters_conflicts_and_kept_values() {
    let env = TestEnv::with_admin();
    let server = env.serve();
    let client = Client::new(token(&env, "root"));
    let users = server.url("/scim/v2/Users");
    let mut body = user_body("Barbara.Jensen@Example.COM", "bjensen@example.com");
    body["externalId"] = json!("okta-00u1");
    body["phoneNumbers"] = json!([{"value": "138 1234 5678", "type": "mobile", "primary": true}]);
    let (status, made) = client.send("POST", &users, Some(&body));
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["userName"], "Barbara.Jensen@Example.COM", "userName as sent");
    assert_eq!(made["phoneNumbers"], body["phoneNumbers"], "phoneNumbers as sent");
    assert_eq!(made["active"], true, "an invited user is active");
    let id = made["id"].as_str().unwrap().to_string();
    let shown: Value = env.json(&["--format", "json", "user", "show", &format!("#{id}")]);
    assert_eq!(shown["username"], "barbara.jensen", "derived as an import derives one");
    assert_eq!(shown["phone"], "+8613812345678");
    assert_eq!(shown["status"], "invited");

    let found = |filter: &str| -> Vec<String> {
        let url = format!("{users}?filter={}", urlencode(filter));
        let (status, page) = client.send("GET", &url, None);
        assert_eq!(status, 200, "{filter}: {page}");
        assert_eq!(page["totalResults"].as_u64().unwrap() as usize, page["Resources"].as_array().unwrap().len());
        page["Resources"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(found(r#"userName eq "barbara.jensen@example.com""#), [id.as_str()], "ignoring case");
    assert!(found(r#"userName eq "nobody@example.com""#).is_empty());
    assert_eq!(found(r#"externalId eq "okta-00u1""#), [id.as_str()]);
    assert!(found(r#"externalId eq "OKTA-00U1""#).is_empty(), "externalId is case-exact");
    assert_eq!(found(r#"emails.value eq "BJENSEN@example.com""#), [id.as_str()]);
    assert_eq!(found(r#"emails[type eq "work" and value co "bjensen"]"#), [id.as_str()]);
    assert_eq!(found(r#"userName sw "barbara" and active eq true"#), [id.as_str()]);
    assert_eq!(found(r#"userName eq "root" or externalId pr"#).len(), 2);
    let (status, err) = client.send("GET", &format!("{users}?filter={}", urlencode(r#"title eq "x""#)), None);
    assert_eq!((status, err["scimType"].as_str()), (400, Some("invalidFilter")), "{err}");

    let (status, err) = client.send("POST", &users, Some(&user_body("BARBARA.jensen@example.com", "x@example.com")));
    assert_eq!((status, err["scimType"].as_str()), (409, Some("uniqueness")), "{err}");

    let (status, _) = client.send("DELETE", &format!("{users}/{id}"), None);
    assert_eq!(status, 204);
    assert_eq!(client.send("GET", &format!("{users}/{id}"), None).0, 404, "a deleted user is gone over SCIM");
    env.ok(&["user", "restore", &format!("#{id}")]);
    let (status, back) = client.send("GET", &format!("{users}/{id}"), None);
    assert_eq!((status, back["userName"].as_str()), (200, Some("Barbara.Jensen@Example.COM")));
}

#[test]
fn scim_patch_in_the_okta_and_entra_dialects_is_audited_as_via_scim() {
    let env = TestEnv::with_admin();
    let server = env.serve();
    let client = Client::new(token(&env, "root"));
    let users = server.url("/scim/v2/Users");
    let (_, made) = client.send("POST", &users, Some(&user_body("jdoe@example.com", "jdoe@example.com")));
    let url = format!("{users}/{}", made["id"].as_str().unwrap());
    let patch = |ops: Value| json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops});

    // Okta: a path-less replace of active.
    let (status, off) =
        client.send("PATCH", &url, Some(&patch(json!([{"op": "replace", "value": {"active": false}}]))));
    assert_eq!((status, off["active"].as_bool()), (200, Some(false)), "{off}");
    let shown: Value = env.json(&["--format", "json", "user", "show", "jdoe"]);
    assert_eq!(shown["status"], "disabled");

    // Entra: `Replace`, strings for booleans, value-filter paths, URN paths.
    let ops = json!([
        {"op": "Replace", "path": "active", "value": "True"},
        {"op": "Add", "path": "emails[type eq \"work\"].value", "value": "john.doe@example.com"},
        {"op": "Replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "销售部"},
        {"op": "Add", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+86 139 0000 0000"},
    ]);
    let (status, on) = client.send("PATCH", &url, Some(&patch(ops)));
    assert_eq!(status, 200, "{on}");
    assert_eq!(on["active"], true);
    assert_eq!(on["emails"][0]["value"], "john.doe@example.com");
    assert_eq!(on["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["department"], "销售部");
    assert_eq!(on["phoneNumbers"], json!([{"type": "mobile", "value": "+86 139 0000 0000"}]));
    let (status, off) =
        client.send("PATCH", &url, Some(&patch(json!([{"op": "Replace", "value": {"active": "False"}}]))));
    assert_eq!((status, off["active"].as_bool()), (200, Some(false)), "{off}");
    let shown: Value = env.json(&["--format", "json", "user", "show", "jdoe"]);
    assert_eq!((shown["status"].as_str(), shown["email"].as_str()), (Some("disabled"), Some("john.doe@example.com")));
    assert_eq!(shown["phone"], "+8613900000000");

    let entries: Vec<Value> = env.json(&["--format", "json", "audit", "list", "--user", "jdoe"]);
    let actions: Vec<&str> = entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    for action in ["user.add", "user.disable", "user.enable", "user.update"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
    for entry in &entries {
        assert_eq!((entry["actor"].as_str(), entry["details"]["via"].as_str()), (Some("user:root"), Some("scim")));
    }
}

#[test]
fn scim_a_department_scoped_provisioner_stays_in_its_department() {
    let env = TestEnv::with_admin();
    // A token's user must be active.
    env.active("idp", "okta service account 2026", &["--department", "销售部"]);
    env.ok(&["role", "assign", "idp", "provisioner", "--department", "销售部"]);
    env.ok(&[
        "user",
        "add",
        "clerk",
        "--name",
        "Clerk",
        "--email",
        "clerk@example.com",
        "--department",
        "财务部",
        "--invite",
    ]);
    let server = env.serve();
    let client = Client::new(token(&env, "idp"));
    let users = server.url("/scim/v2/Users");
    let ext = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    let mut inside = user_body("east@example.com", "east@example.com");
    inside[ext] = json!({"department": "销售部/华东区"});
    assert_eq!(client.send("POST", &users, Some(&inside)).0, 201);
    let mut outside = user_body("fin@example.com", "fin@example.com");
    outside[ext] = json!({"department": "财务部"});
    assert_eq!(client.send("POST", &users, Some(&outside)).0, 403);
    let clerk: Value = env.json(&["--format", "json", "user", "show", "clerk"]);
    let clerk_url = format!("{users}/{}", clerk["id"]);
    assert_eq!(client.send("GET", &clerk_url, None).0, 404, "outside the scope is as unknown");
    assert_eq!(client.send("DELETE", &clerk_url, None).0, 404);
    let (_, page) = client.send("GET", &format!("{users}?filter={}", urlencode(r#"userName eq "clerk""#)), None);
    assert_eq!(page["totalResults"], 0);
    let shown: Value = env.json(&["--format", "json", "user", "show", "clerk"]);
    assert_eq!(shown["status"], "invited", "unchanged");
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
