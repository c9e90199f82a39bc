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

fn patch_body(ops: Value) -> Value {
    json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops})
}

/// The roles `user show --format json` lists, as `role` or `role@department`.
fn roles_of(env: &TestEnv, user: &str) -> Vec<String> {
    let shown: Value = env.json(&["--format", "json", "user", "show", user]);
    shown["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| match r["department"].as_str() {
            Some(d) => format!("{}@{d}", r["role"].as_str().unwrap()),
            None => r["role"].as_str().unwrap().to_string(),
        })
        .collect()
}

fn member_ids(group: &Value) -> Vec<String> {
    group["members"]
        .as_array()
        .map_or_else(Vec::new, |m| m.iter().map(|m| m["value"].as_str().unwrap().to_string()).collect())
}

#[test]
fn scim_group_membership_is_the_role_held_organisation_wide() {
    let env = TestEnv::with_admin();
    env.invite("lisi", &[]);
    env.invite("wangwu", &["--department", "销售部"]);
    env.ok(&["role", "assign", "wangwu", "sales-rep", "--department", "销售部"]);
    let server = env.serve();
    let client = Client::new(token(&env, "root"));
    let id = |user: &str| -> String {
        let shown: Value = env.json(&["--format", "json", "user", "show", user]);
        shown["id"].to_string()
    };
    let (lisi, wangwu) = (id("lisi"), id("wangwu"));
    let group = server.url("/scim/v2/Groups/sales-rep");
    let (status, doc) = client.send("GET", &group, None);
    assert_eq!((status, doc["displayName"].as_str()), (200, Some("sales-rep")), "{doc}");
    assert!(member_ids(&doc).is_empty(), "a department-scoped holder is no member: {doc}");

    // Okta: add with a path, remove by a value filter.
    let add = json!([{"op": "add", "path": "members", "value": [{"value": lisi, "display": "Li Si"}]}]);
    let (status, doc) = client.send("PATCH", &group, Some(&patch_body(add)));
    assert_eq!((status, member_ids(&doc)), (200, vec![lisi.clone()]), "{doc}");
    assert_eq!(roles_of(&env, "lisi"), ["sales-rep"]);
    let remove = json!([{"op": "remove", "path": format!("members[value eq \"{lisi}\"]")}]);
    let (status, doc) = client.send("PATCH", &group, Some(&patch_body(remove)));
    assert_eq!((status, member_ids(&doc)), (200, Vec::<String>::new()), "{doc}");
    assert!(roles_of(&env, "lisi").is_empty());

    // Entra: `Add` and `Remove` with the members as values.
    let add = json!([{"op": "Add", "path": "members", "value": [{"value": lisi}, {"value": wangwu}]}]);
    let (status, doc) = client.send("PATCH", &group, Some(&patch_body(add)));
    assert_eq!((status, member_ids(&doc)), (200, vec![lisi.clone(), wangwu.clone()]), "{doc}");
    assert_eq!(roles_of(&env, "wangwu"), ["sales-rep", "sales-rep@销售部"], "the scoped grant stays beside");
    let remove = json!([{"op": "Remove", "path": "members", "value": [{"value": lisi}]}]);
    let (status, doc) = client.send("PATCH", &group, Some(&patch_body(remove)));
    assert_eq!((status, member_ids(&doc)), (200, vec![wangwu.clone()]), "{doc}");
    assert!(roles_of(&env, "lisi").is_empty());

    // A path-less replace makes the members exactly those sent.
    let replace = json!([{"op": "replace", "value": {"members": [{"value": lisi}]}}]);
    let (status, doc) = client.send("PATCH", &group, Some(&patch_body(replace)));
    assert_eq!((status, member_ids(&doc)), (200, vec![lisi.clone()]), "{doc}");
    assert_eq!(roles_of(&env, "wangwu"), ["sales-rep@销售部"]);
    let (_, shown) = client.send("GET", &server.url(&format!("/scim/v2/Users/{lisi}")), None);
    assert_eq!(shown["groups"][0]["value"], "sales-rep", "{shown}");

    // A new group is a role with no permission; DELETE removes it.
    let groups = server.url("/scim/v2/Groups");
    let body = json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "crm-users",
                      "members": [{"value": wangwu}]});
    let (status, made) = client.send("POST", &groups, Some(&body));
    assert_eq!((status, made["id"].as_str(), member_ids(&made)), (201, Some("crm-users"), vec![wangwu.clone()]));
    let role: Value = env.json(&["--format", "json", "role", "show", "crm-users"]);
    assert_eq!(role["permissions"], json!([]));
    assert_eq!(client.send("POST", &groups, Some(&body)).0, 409);
    assert_eq!(client.send("DELETE", &format!("{groups}/crm-users"), None).0, 204);
    env.fails(&["role", "show", "crm-users"], 3);
    assert_eq!(roles_of(&env, "wangwu"), ["sales-rep@销售部"]);
    assert_eq!(client.send("DELETE", &format!("{groups}/viewer"), None).0, 403, "a built-in role stays");

    // Filters on displayName.
    let found = |filter: &str| -> Vec<String> {
        let (status, page) = client.send("GET", &format!("{groups}?filter={}", urlencode(filter)), None);
        assert_eq!(status, 200, "{filter}: {page}");
        page["Resources"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(found(r#"displayName eq "SALES-REP""#), ["sales-rep"]);
    assert_eq!(found(r#"displayName sw "sales""#), ["sales-manager", "sales-rep"]);
    let (status, err) = client.send("GET", &format!("{groups}?filter={}", urlencode(r#"members.value eq "1""#)), None);
    assert_eq!((status, err["scimType"].as_str()), (400, Some("invalidFilter")), "{err}");

    let entries: Vec<Value> = env.json(&["--format", "json", "audit", "list", "--user", "lisi"]);
    let assigned: Vec<&Value> = entries.iter().filter(|e| e["action"] == "role.assign").collect();
    assert!(!assigned.is_empty());
    for entry in assigned {
        assert_eq!((entry["actor"].as_str(), entry["details"]["via"].as_str()), (Some("user:root"), Some("scim")));
    }
}

#[test]
fn scim_a_provisioner_cannot_push_admin_membership() {
    let env = TestEnv::with_admin();
    env.active("idp", "okta service account 2026", &[]);
    env.ok(&["role", "assign", "idp", "provisioner"]);
    env.invite("lisi", &[]);
    let lisi: Value = env.json(&["--format", "json", "user", "show", "lisi"]);
    let server = env.serve();
    let client = Client::new(token(&env, "idp"));
    let add = json!([{"op": "add", "path": "members", "value": [{"value": lisi["id"].to_string()}]}]);
    let (status, err) = client.send("PATCH", &server.url("/scim/v2/Groups/admin"), Some(&patch_body(add)));
    assert_eq!(status, 403, "{err}");
    assert!(roles_of(&env, "lisi").is_empty());
    let body = json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "ops"});
    assert_eq!(client.send("POST", &server.url("/scim/v2/Groups"), Some(&body)).0, 403, "roles.manage");
    let (status, page) = client.send("GET", &server.url("/scim/v2/Groups"), None);
    assert_eq!(status, 200, "reading groups needs users.read: {page}");
}

#[test]
fn scim_filter_on_the_work_email_value() {
    let env = TestEnv::with_admin();
    let server = env.serve();
    let client = Client::new(token(&env, "root"));
    let users = server.url("/scim/v2/Users");
    let mut body = user_body("bjensen", "bjensen@example.com");
    body["emails"] = json!([
        {"value": "bjensen@example.com", "type": "work", "primary": true},
        {"value": "babs@home.example", "type": "home"},
    ]);
    let (status, made) = client.send("POST", &users, Some(&body));
    assert_eq!(status, 201, "{made}");
    let found = |filter: &str| -> Value {
        let (status, page) = client.send("GET", &format!("{users}?filter={}", urlencode(filter)), None);
        assert_eq!(status, 200, "{filter}: {page}");
        page["totalResults"].clone()
    };
    assert_eq!(found(r#"emails[type eq "work"].value eq "BJENSEN@example.com""#), 1);
    assert_eq!(found(r#"emails[type eq "work"].value eq "babs@home.example""#), 0, "that one is not the work email");
    assert_eq!(found(r#"emails[type eq "home"].value co "babs" and userName eq "bjensen""#), 1);
    let search = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                        "filter": r#"emails[type eq "work"].value sw "bjensen""#});
    let (status, page) = client.send("POST", &format!("{users}/.search"), Some(&search));
    assert_eq!((status, page["totalResults"].as_u64()), (200, Some(1)), "{page}");
}

#[test]
fn scim_meta_location_is_https_when_the_server_serves_tls() {
    let env = TestEnv::with_admin();
    let cert = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    std::fs::write(env.path("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(env.path("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let (c, k) = (env.path("cert.pem"), env.path("key.pem"));
    let server = env.serve_with(&["--tls-cert", c.to_str().unwrap(), "--tls-key", k.to_str().unwrap()]);
    let script = "import json, os, ssl, sys, urllib.request\n\
                  ctx = ssl.create_default_context(cafile=sys.argv[1])\n\
                  req = urllib.request.Request(sys.argv[2], headers={'Authorization': 'Bearer ' + os.environ['SCIM_TOKEN']})\n\
                  print(urllib.request.urlopen(req, context=ctx).read().decode())";
    let url = format!("{}/scim/v2/Groups/admin", server.base);
    let out = std::process::Command::new("python3")
        .args(["-c", script, c.to_str().unwrap(), &url])
        .env("SCIM_TOKEN", token(&env, "root"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let group: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(group["meta"]["location"], format!("{}/scim/v2/Groups/admin", server.base), "{group}");
    assert!(group["members"][0]["$ref"].as_str().unwrap().starts_with("https://127.0.0.1:"), "{group}");
}

/// From the attacker review: one PATCH of 20,000 phone numbers is refused
/// at once (it used to hold the write lock for a minute, then commit after
/// the client's 408); SCIM's body and parameter errors are SCIM errors.
#[test]
fn scim_huge_patches_and_bad_bodies_are_refused_in_scim_form() {
    let env = TestEnv::with_admin();
    let server = env.serve();
    let client = Client::new(token(&env, "root"));
    let (status, made) =
        client.send("POST", &server.url("/scim/v2/Users"), Some(&user_body("dos1", "dos1@example.com")));
    assert_eq!(status, 201, "{made}");
    let id = made["id"].as_str().unwrap().to_string();
    let numbers: Vec<Value> = (0..20_000).map(|i| json!({"value": format!("1380000{i:05}")})).collect();
    let ops = json!([{"op": "add", "path": "phoneNumbers", "value": numbers}]);
    let started = std::time::Instant::now();
    let (status, error) = client.send("PATCH", &server.url(&format!("/scim/v2/Users/{id}")), Some(&patch_body(ops)));
    assert_eq!(status, 400, "{error}");
    assert_eq!(error["scimType"], "invalidValue", "{error}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "took {:?}", started.elapsed());
    let (_, shown) = client.send("GET", &server.url(&format!("/scim/v2/Users/{id}")), None);
    assert!(shown["phoneNumbers"].is_null(), "nothing was kept: {shown}");

    let root = token(&env, "root");
    let scim_error = |reply: &crate::testenv::Reply, status: u16| {
        assert_eq!(reply.status, status, "{reply:?}");
        assert!(reply.content_type.starts_with("application/scim+json"), "{reply:?}");
        let body = reply.json();
        assert_eq!(body["schemas"][0], "urn:ietf:params:scim:api:messages:2.0:Error", "{body}");
        assert_eq!(body["status"], status.to_string());
    };
    let wrong_type = server.send("POST", "/scim/v2/Users", Some(&root), Some(b"{}"), "text/plain", &[]);
    scim_error(&wrong_type, 415);
    let malformed =
        server.send("POST", "/scim/v2/Users", Some(&root), Some(b"{\"userName\":"), "application/scim+json", &[]);
    scim_error(&malformed, 400);
    let bad_count = server.call("GET", "/scim/v2/Users?count=x", Some(&root), None);
    scim_error(&bad_count, 400);
}
