//! Roles, permissions, departments, scoped and expiring assignments, `user can`
//! and approvals.

use crate::testenv::{TestEnv, UserJson, superuser_actor};

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Role {
    name: String,
    description: String,
    permissions: Vec<String>,
    builtin: bool,
    requires_approval: bool,
    assigned: u64,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Permission {
    name: String,
    description: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Approval {
    id: i64,
    kind: String,
    user: String,
    role: String,
    department: Option<String>,
    requested_by: String,
    status: String,
    decided_by: Option<String>,
    reason: Option<String>,
    created_at: String,
    form: Option<String>,
    applicant: Option<serde_json::Value>,
}

#[test]
fn permission_catalogue_and_builtin_roles_are_as_specified() {
    let env = TestEnv::with_admin();
    let perms: Vec<Permission> = env.json(&["permission", "list"]);
    assert_eq!(perms.len(), 14);
    assert!(perms.iter().all(|p| !p.description.is_empty()));
    let all: Vec<&str> = perms.iter().map(|p| p.name.as_str()).collect();
    let roles: Vec<Role> = env.json(&["role", "list"]);
    let get = |n: &str| roles.iter().find(|r| r.name == n).unwrap();
    let mut admin = get("admin").permissions.clone();
    admin.sort();
    let mut want = all.clone();
    want.sort();
    assert_eq!(admin, want);
    assert_eq!(get("dept-admin").permissions, ["reports.view", "users.manage", "users.read"]);
    assert_eq!(
        get("sales-manager").permissions,
        [
            "customers.delete",
            "customers.export",
            "customers.read",
            "customers.write",
            "opportunities.read",
            "opportunities.write",
            "reports.view",
            "users.read"
        ]
    );
    assert_eq!(
        get("sales-rep").permissions,
        ["customers.read", "customers.write", "opportunities.read", "opportunities.write"]
    );
    assert_eq!(get("support-agent").permissions, ["customers.read", "tickets.read", "tickets.write"]);
    assert_eq!(get("viewer").permissions, ["customers.read", "opportunities.read", "reports.view", "tickets.read"]);
    assert!(roles.iter().all(|r| r.builtin && !r.requires_approval && !r.description.is_empty()));
    assert_eq!(get("admin").assigned, 1);
    let shown: Role = env.json(&["role", "show", "viewer"]);
    assert_eq!(shown.name, "viewer");
    env.fails(&["role", "show", "wizard"], 3);
    assert!(env.ok(&["permission", "list"]).contains("customers.export"));
}

#[test]
fn create_update_delete_custom_roles() {
    let env = TestEnv::with_admin();
    let r: Role = env.json(&[
        "role",
        "create",
        "auditor",
        "--permission",
        "audit.read",
        "--permission",
        "reports.view",
        "--description",
        "Reads the log",
    ]);
    assert_eq!((r.builtin, r.assigned, r.permissions.len()), (false, 0, 2));
    env.fails(&["role", "create", "auditor", "--permission", "audit.read"], 4);
    env.fails(&["role", "create", "bad", "--permission", "customers.fly"], 5);
    env.fails(&["role", "create", "Bad Name", "--permission", "audit.read"], 5);
    assert_eq!(env.run(&["role", "create", "nope"]).code, 2, "--permission is required");
    let r: Role = env.json(&[
        "role",
        "update",
        "auditor",
        "--add-permission",
        "customers.read",
        "--remove-permission",
        "reports.view",
        "--requires-approval",
        "true",
    ]);
    assert_eq!(r.permissions, ["audit.read", "customers.read"]);
    assert!(r.requires_approval);
    env.fails(&["role", "update", "auditor", "--add-permission", "nope.nope"], 5);
    env.fails(
        &["role", "update", "auditor", "--remove-permission", "audit.read", "--remove-permission", "customers.read"],
        5,
    );
    env.fails(&["role", "update", "viewer", "--add-permission", "users.manage"], 6);
    let v: Role = env.json(&["role", "update", "admin", "--requires-approval", "true"]);
    assert!(v.requires_approval, "built-in roles may require approval");
    env.fails(&["role", "delete", "viewer"], 6);
    env.fails(&["role", "delete", "ghost"], 3);
    env.invite("zhangsan", &[]);
    env.ok(&["role", "update", "auditor", "--requires-approval", "false"]);
    env.ok(&["role", "assign", "zhangsan", "auditor"]);
    let err = env.fails(&["role", "delete", "auditor"], 4);
    assert!(err.contains("--force"), "{err}");
    env.ok(&["role", "delete", "auditor", "--force"]);
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert!(u.roles.is_empty());
    let actions: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "role"]);
    let actions: Vec<&str> = actions.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["role.create", "role.update", "role.update", "role.update", "role.assign", "role.delete"]);
}

fn can(env: &TestEnv, args: &[&str]) -> (i32, serde_json::Value) {
    let mut full = vec!["user", "can"];
    full.extend(args);
    full.extend(["--format", "json"]);
    let run = env.run(&full);
    (run.code, serde_json::from_str(&run.stdout).unwrap_or_default())
}

#[test]
fn scoped_and_expiring_assignments_and_user_can() {
    let env = TestEnv::with_admin();
    env.active("lisi", "correct horse battery", &["--department", "销售部"]);
    env.ok(&["role", "assign", "lisi", "dept-admin", "--department", "销售部"]);
    let (code, v) = can(&env, &["lisi", "users.manage", "--department", "销售部/华东区"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["granted_by"], serde_json::json!({"role": "dept-admin", "department": "销售部"}));
    for other in ["销售部门", "财务部"] {
        let (code, v) = can(&env, &["lisi", "users.manage", "--department", other]);
        assert_eq!(code, 1, "{other}: {v}");
        assert_eq!(v["allowed"], false);
    }
    let (code, v) = can(&env, &["lisi", "users.manage"]);
    assert_eq!(code, 1, "a scoped grant is not organisation-wide: {v}");
    assert!(v["reason"].as_str().unwrap().contains("销售部"));
    let table = env.run(&["user", "can", "lisi", "users.manage", "--department", "销售部"]);
    assert!(table.stdout.contains("dept-admin"), "{table:?}");
    let denied = env.run(&["user", "can", "lisi", "customers.read"]);
    assert_eq!(denied.code, 1);
    assert!(denied.stderr.contains("denied"), "{denied:?}");
    env.fails(&["user", "can", "lisi", "customers.fly"], 5);
    env.fails(&["user", "can", "ghost", "customers.read"], 3);

    // An expired assignment grants nothing.
    let run = env.run(&["role", "assign", "lisi", "viewer", "--expires", "2001-01-01"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("warning:"), "{run:?}");
    assert_eq!(can(&env, &["lisi", "customers.read"]).0, 1);
    env.ok(&["role", "assign", "lisi", "viewer", "--expires", "2099-01-01"]);
    assert_eq!(can(&env, &["lisi", "customers.read"]).0, 0);
    let u: UserJson = env.json(&["user", "show", "lisi"]);
    let viewer = u.roles.iter().find(|r| r.role == "viewer").unwrap();
    assert_eq!(viewer.expires_at.as_deref(), Some("2099-01-01T23:59:59Z"));
    // A disabled user can do nothing.
    env.ok(&["user", "disable", "lisi"]);
    let (code, v) = can(&env, &["lisi", "customers.read"]);
    assert_eq!(code, 1);
    assert!(v["reason"].as_str().unwrap().contains("disabled"));
    // Unassign: a role not held is a no-op; a held one goes.
    env.ok(&["role", "unassign", "lisi", "viewer"]);
    let again = env.run(&["role", "unassign", "lisi", "viewer"]);
    assert_eq!(again.code, 0);
    assert!(again.stderr.contains("nothing changed"));
    env.fails(&["role", "assign", "lisi", "wizard"], 3);
    env.fails(&["role", "assign", "ghost", "viewer"], 3);
}

#[test]
fn the_last_admin_keeps_the_admin_role() {
    let env = TestEnv::with_admin();
    let err = env.fails(&["role", "unassign", "root", "admin"], 6);
    assert!(err.contains("last active admin"), "{err}");
    env.active("root2", "second admin passphrase", &["--role", "admin"]);
    env.ok(&["role", "unassign", "root", "admin"]);
    env.fails(&["role", "unassign", "root2", "admin"], 6);
}

#[test]
fn departments_in_use_with_counts() {
    let env = TestEnv::with_admin();
    env.invite("a", &["--department", "销售部"]);
    env.invite("b", &["--department", "销售部/华东区"]);
    env.invite("c", &["--department", "销售部/华东区"]);
    env.invite("d", &["--department", "财务部"]);
    let v: Vec<serde_json::Value> = env.json(&["department", "list"]);
    assert_eq!(
        v,
        serde_json::json!([
            {"department": "财务部", "users": 1, "total": 1},
            {"department": "销售部", "users": 1, "total": 3},
            {"department": "销售部/华东区", "users": 2, "total": 2},
        ])
        .as_array()
        .unwrap()
        .clone()
    );
}

#[test]
fn approval_is_needed_and_the_requester_cannot_give_it() {
    let mut env = TestEnv::with_admin();
    env.invite("zhangsan", &[]);
    env.ok(&["role", "create", "finance", "--permission", "reports.view", "--requires-approval"]);
    let run = env.run(&["role", "assign", "zhangsan", "finance", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v, serde_json::json!({"status": "pending", "request_id": 1}));
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert!(u.roles.is_empty(), "nothing assigned yet");
    let list: Vec<Approval> = env.json(&["approval", "list", "--status", "pending"]);
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0].user.as_str(), list[0].role.as_str(), list[0].requested_by.as_str()),
        ("zhangsan", "finance", superuser_actor().as_str())
    );
    assert!(list[0].decided_by.is_none() && list[0].department.is_none() && !list[0].created_at.is_empty());
    assert_eq!((list[0].kind.as_str(), &list[0].form, &list[0].applicant), ("role", &None, &None));
    let err = env.fails(&["approval", "approve", "1"], 6);
    assert!(err.contains("requester"), "{err}");
    env.fails(&["approval", "reject", "1"], 6);
    env.fails(&["approval", "approve", "99"], 3);
    let err = env.fails(&["approval", "list", "--status", "maybe"], 2);
    assert!(err.contains("pending, approved, rejected"), "{err}");

    // Another person, through sudo: a different OS uid.
    if !nix::unistd::getuid().is_root() {
        eprintln!("not root: a second OS identity cannot be simulated; CI runs as root");
        return;
    }
    env.env("SUDO_USER", "nobody").env("SUDO_UID", "65534");
    let approved: Approval = env.json(&["approval", "approve", "1"]);
    assert_eq!(
        (approved.id, approved.status.as_str(), approved.decided_by.as_deref()),
        (1, "approved", Some("os:nobody"))
    );
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert_eq!(u.roles[0].role, "finance");
    env.fails(&["approval", "approve", "1"], 4);
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--user", "zhangsan", "--limit", "2"]);
    assert_eq!(entries[0]["action"], "approval.approve");
    assert_eq!(entries[1]["action"], "role.assign");
    assert_eq!(entries[1]["actor"], "os:nobody");

    // Rejection, with a reason.
    let run = env.run(&["role", "assign", "root", "finance", "--format", "json"]);
    let id = serde_json::from_str::<serde_json::Value>(&run.stdout).unwrap()["request_id"].as_i64().unwrap();
    env.env("SUDO_USER", "third");
    let rejected: Approval = env.json(&["approval", "reject", &id.to_string(), "--reason", "not in finance"]);
    assert_eq!((rejected.status.as_str(), rejected.reason.as_deref()), ("rejected", Some("not in finance")));
    let all: Vec<Approval> = env.json(&["approval", "list"]);
    assert_eq!(all.len(), 2);
    assert!(env.ok(&["approval", "list"]).contains("REQUESTED BY"));
}
