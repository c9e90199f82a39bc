//! SCIM 2.0 views (RFC 7643): users and groups as resources, list
//! responses, and the discovery documents (`/ServiceProviderConfig`,
//! `/ResourceTypes`, `/Schemas`). JSON only; `output::http` sends them.
//!
//! What the schemas publish is exactly what the server keeps and gives
//! back: an attribute a provider sets is returned as set.

use serde_json::{Map, Value, json};

use crate::access::groups::Group;
use crate::users::scim::ScimUser;

/// The core User schema.
pub const USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
/// The enterprise extension.
pub const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/// The core Group schema.
pub const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const LIST: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

/// A user as a resource; `base` is the server's SCIM root URL.
pub fn user(u: &ScimUser, base: &str) -> Value {
    let id = u.user.id.to_string();
    let mut doc = Map::new();
    doc.insert("schemas".into(), json!([USER, ENTERPRISE]));
    doc.insert("id".into(), json!(id));
    if let Some(external_id) = &u.external_id {
        doc.insert("externalId".into(), json!(external_id));
    }
    doc.insert("userName".into(), json!(u.user_name));
    if let Some(name) = &u.name {
        doc.insert("name".into(), name.clone());
    }
    doc.insert("displayName".into(), json!(u.user.name));
    if let Some(title) = &u.user.title {
        doc.insert("title".into(), json!(title));
    }
    doc.insert("active".into(), json!(u.active));
    doc.insert("emails".into(), u.emails.clone());
    if let Some(phones) = &u.phone_numbers {
        doc.insert("phoneNumbers".into(), phones.clone());
    }
    let groups: Vec<Value> = u
        .user
        .roles
        .iter()
        .filter(|a| a.department.is_none())
        .map(|a| json!({"value": a.role, "$ref": format!("{base}/Groups/{}", a.role), "display": a.role}))
        .collect();
    if !groups.is_empty() {
        doc.insert("groups".into(), Value::Array(groups));
    }
    let mut enterprise = Map::new();
    if let Some(number) = &u.user.employee_id {
        enterprise.insert("employeeNumber".into(), json!(number));
    }
    if let Some(department) = &u.user.department {
        enterprise.insert("department".into(), json!(department));
    }
    if let Some(manager) = u.manager_id {
        enterprise
            .insert("manager".into(), json!({"value": manager.to_string(), "$ref": format!("{base}/Users/{manager}")}));
    }
    if !enterprise.is_empty() {
        doc.insert(ENTERPRISE.into(), Value::Object(enterprise));
    }
    doc.insert(
        "meta".into(),
        json!({
            "resourceType": "User",
            "created": u.user.created_at,
            "lastModified": u.user.updated_at,
            "location": format!("{base}/Users/{id}"),
            "version": format!("W/\"{}\"", u.user.updated_at),
        }),
    );
    Value::Object(doc)
}

/// A group (a role) as a resource; `base` is the server's SCIM root URL.
/// Members are users; `members` is left out when there is none.
pub fn group(g: &Group, base: &str) -> Value {
    let name = &g.role.name;
    let mut doc = Map::new();
    doc.insert("schemas".into(), json!([GROUP]));
    doc.insert("id".into(), json!(name));
    if let Some(external_id) = &g.external_id {
        doc.insert("externalId".into(), json!(external_id));
    }
    doc.insert("displayName".into(), json!(name));
    let members: Vec<Value> = g
        .members
        .iter()
        .map(|m| json!({"value": m.id.to_string(), "$ref": format!("{base}/Users/{}", m.id), "type": "User"}))
        .collect();
    if !members.is_empty() {
        doc.insert("members".into(), Value::Array(members));
    }
    doc.insert("meta".into(), json!({"resourceType": "Group", "location": format!("{base}/Groups/{name}")}));
    Value::Object(doc)
}

/// A page of resources (RFC 7644 §3.4.2).
pub fn list(total: usize, start_index: usize, resources: Vec<Value>) -> Value {
    json!({
        "schemas": [LIST],
        "totalResults": total,
        "startIndex": start_index,
        "itemsPerPage": resources.len(),
        "Resources": resources,
    })
}

/// The largest page a list answers.
pub const MAX_RESULTS: usize = 1000;

/// `/ServiceProviderConfig`.
pub fn service_provider_config(base: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        "documentationUri": "https://github.com/crmctl/crmctl#server",
        "patch": {"supported": true},
        "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": true, "maxResults": MAX_RESULTS},
        "changePassword": {"supported": true},
        "sort": {"supported": false},
        "etag": {"supported": false},
        "authenticationSchemes": [{
            "type": "oauthbearertoken",
            "name": "API token",
            "description": "Authorization: Bearer <token>, a token from `crmctl token create`",
            "primary": true,
        }],
        "meta": {"resourceType": "ServiceProviderConfig", "location": format!("{base}/ServiceProviderConfig")},
    })
}

/// `/ResourceTypes`, each: users, and groups (roles).
pub fn resource_types(base: &str) -> Vec<Value> {
    vec![
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "User", "name": "User", "endpoint": "/Users", "description": "People",
            "schema": USER,
            "schemaExtensions": [{"schema": ENTERPRISE, "required": false}],
            "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/User")},
        }),
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "Group", "name": "Group", "endpoint": "/Groups",
            "description": "Roles: a member holds the role organisation-wide",
            "schema": GROUP,
            "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/Group")},
        }),
    ]
}

/// An attribute definition (RFC 7643 §7).
fn attr(name: &str, kind: &str, multi: bool, required: bool, mutability: &str, extra: Value) -> Value {
    let mut a = json!({
        "name": name, "type": kind, "multiValued": multi, "description": name, "required": required,
        "caseExact": false, "mutability": mutability,
        "returned": if mutability == "writeOnly" { "never" } else { "default" },
        "uniqueness": "none",
    });
    if let (Value::Object(a), Value::Object(extra)) = (&mut a, extra) {
        a.extend(extra);
    }
    a
}

fn schema(id: &str, name: &str, description: &str, attributes: Vec<Value>, base: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
        "id": id, "name": name, "description": description, "attributes": attributes,
        "meta": {"resourceType": "Schema", "location": format!("{base}/Schemas/{id}")},
    })
}

/// `/Schemas`, each: the User, enterprise and Group schemas as served, and
/// the three that describe the discovery documents.
pub fn schemas(base: &str) -> Vec<Value> {
    let s = |name: &str| attr(name, "string", false, false, "readWrite", json!({}));
    let sub = |items: Vec<Value>| json!({"subAttributes": items});
    let multi_value = |types: &[&str]| {
        vec![
            s("value"),
            attr("type", "string", false, false, "readWrite", json!({"canonicalValues": types})),
            attr("primary", "boolean", false, false, "readWrite", json!({})),
        ]
    };
    let reference = |types: &[&str]| json!({"referenceTypes": types});
    let user = vec![
        attr("userName", "string", false, true, "readWrite", json!({"uniqueness": "server"})),
        attr("name", "complex", false, false, "readWrite", sub(vec![s("formatted"), s("familyName"), s("givenName")])),
        attr("displayName", "string", false, true, "readWrite", json!({})),
        s("title"),
        attr("active", "boolean", false, true, "readWrite", json!({})),
        attr("password", "string", false, false, "writeOnly", json!({"caseExact": true})),
        attr(
            "emails",
            "complex",
            true,
            true,
            "readWrite",
            sub({
                let mut items = multi_value(&["work", "home", "other"]);
                items[0] = attr("value", "string", false, true, "readWrite", json!({}));
                items
            }),
        ),
        attr(
            "phoneNumbers",
            "complex",
            true,
            false,
            "readWrite",
            sub(multi_value(&["work", "home", "mobile", "fax", "pager", "other"])),
        ),
        attr(
            "groups",
            "complex",
            true,
            false,
            "readOnly",
            sub(vec![
                attr("value", "string", false, false, "readOnly", json!({})),
                attr("$ref", "reference", false, false, "readOnly", reference(&["Group"])),
                attr("display", "string", false, false, "readOnly", json!({})),
            ]),
        ),
    ];
    let enterprise = vec![
        s("employeeNumber"),
        s("department"),
        attr(
            "manager",
            "complex",
            false,
            false,
            "readWrite",
            sub(vec![s("value"), attr("$ref", "reference", false, false, "readWrite", reference(&["User"]))]),
        ),
    ];
    let group = vec![
        attr("displayName", "string", false, true, "immutable", json!({"uniqueness": "server"})),
        attr(
            "members",
            "complex",
            true,
            false,
            "readWrite",
            sub(vec![
                attr("value", "string", false, false, "immutable", json!({})),
                attr("$ref", "reference", false, false, "immutable", reference(&["User"])),
                attr("type", "string", false, false, "immutable", json!({"canonicalValues": ["User"]})),
            ]),
        ),
    ];
    let ro = |name: &str, kind: &str, multi: bool| attr(name, kind, multi, false, "readOnly", json!({}));
    let spc = vec![
        ro("documentationUri", "reference", false),
        ro("patch", "complex", false),
        ro("bulk", "complex", false),
        ro("filter", "complex", false),
        ro("changePassword", "complex", false),
        ro("sort", "complex", false),
        ro("etag", "complex", false),
        ro("authenticationSchemes", "complex", true),
    ];
    let rt = vec![
        ro("id", "string", false),
        ro("name", "string", false),
        ro("description", "string", false),
        ro("endpoint", "reference", false),
        ro("schema", "reference", false),
        ro("schemaExtensions", "complex", true),
    ];
    let sc = vec![
        ro("id", "string", false),
        ro("name", "string", false),
        ro("description", "string", false),
        ro("attributes", "complex", true),
    ];
    vec![
        schema(USER, "User", "User Account", user, base),
        schema(ENTERPRISE, "EnterpriseUser", "Enterprise User", enterprise, base),
        schema(GROUP, "Group", "Group: a crmctl role", group, base),
        schema(
            "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
            "ServiceProviderConfig",
            "Service Provider Configuration",
            spc,
            base,
        ),
        schema("urn:ietf:params:scim:schemas:core:2.0:ResourceType", "ResourceType", "Resource Type", rt, base),
        schema("urn:ietf:params:scim:schemas:core:2.0:Schema", "Schema", "Schema", sc, base),
    ]
}
