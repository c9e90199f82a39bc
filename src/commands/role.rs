//! `crmctl role ...`, `permission list`, `department list`, and the printing
//! of `user can`.

use crate::access::roles::{self, Answer, Assigned, RoleChanges};
use crate::error::{Error, Result};
use crate::identity::PERMISSIONS;
use crate::store::{OpenMode, RoleRow};

use super::Context;
use super::print_user;
use crate::cli::{DepartmentCommand, Format, PermissionCommand, RoleCommand};
use crate::output::views::{CanView, DepartmentView, PendingView, PermissionView, RoleDeletedView, RoleView};

/// Dispatches a `role` verb.
pub fn run(ctx: &Context, cmd: RoleCommand) -> Result<()> {
    let (mut store, who) = ctx.session(match cmd {
        RoleCommand::Create { .. } => OpenMode::Create,
        _ => OpenMode::Existing,
    })?;
    match cmd {
        RoleCommand::List => print_roles(ctx, &roles::list(&mut store)?)?,
        RoleCommand::Show { role } => print_role(ctx, &roles::show(&mut store, &role)?)?,
        RoleCommand::Create { role, permissions, description, requires_approval } => {
            let created =
                roles::create(&mut store, &who, &role, &permissions, description.as_deref(), requires_approval)?;
            print_role(ctx, &created)?;
        }
        RoleCommand::Update { role, add, remove, requires_approval, description } => {
            let changes = RoleChanges { add, remove, requires_approval, description };
            print_role(ctx, &roles::update(&mut store, &who, &role, changes)?)?;
        }
        RoleCommand::Delete { role, force } => {
            let gone = roles::delete(&mut store, &who, &role, force)?;
            ctx.printer.note(&format!("deleted role {} ({} assignment(s) removed)", gone.name, gone.assigned));
            if ctx.printer.format == Format::Json {
                ctx.printer.json(&RoleDeletedView {
                    name: gone.name,
                    deleted: true,
                    assignments_removed: gone.assigned,
                })?;
            }
        }
        RoleCommand::Assign { user, role, department, expires } => {
            match roles::assign(&mut store, &who, &user, &role, department.as_deref(), expires.as_deref())? {
                Assigned::Pending(id) => {
                    let view = PendingView { status: "pending", request_id: id };
                    match ctx.printer.format {
                        Format::Json => ctx.printer.json(&view)?,
                        Format::Csv => ctx.printer.csv(&[view])?,
                        Format::Table => ctx.printer.line(&format!("pending: approval request #{id}"))?,
                    }
                    ctx.printer.note(&format!(
                        "role {role} needs approval: another administrator runs `crmctl approval approve {id}`"
                    ));
                }
                Assigned::Done(changed) => {
                    for w in &changed.warnings {
                        ctx.printer.warn(w);
                    }
                    if !changed.changed {
                        ctx.printer.note(&format!("{} holds {role} already; nothing changed", changed.user.username));
                    }
                    print_user(ctx, &changed.user, None, false)?;
                }
            }
        }
        RoleCommand::Unassign { user, role, department } => {
            let changed = roles::unassign(&mut store, &who, &user, &role, department.as_deref())?;
            if !changed.changed {
                ctx.printer.note(&format!("{} does not hold {role} there; nothing changed", changed.user.username));
            }
            print_user(ctx, &changed.user, None, false)?;
        }
    }
    Ok(())
}

fn print_roles(ctx: &Context, list: &[RoleRow]) -> Result<()> {
    let views: Vec<RoleView> = list.iter().map(RoleView::from).collect();
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&views),
        Format::Csv => p.csv(&views),
        Format::Table => p.table(
            &["ROLE", "BUILTIN", "APPROVAL", "ASSIGNED", "PERMISSIONS"],
            views
                .iter()
                .map(|r| {
                    vec![
                        r.name.clone(),
                        if r.builtin { "yes" } else { "no" }.into(),
                        if r.requires_approval { "required" } else { "-" }.into(),
                        r.assigned.to_string(),
                        r.permissions.join(", "),
                    ]
                })
                .collect(),
        ),
    }
}

fn print_role(ctx: &Context, role: &RoleRow) -> Result<()> {
    let view = RoleView::from(role);
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&view),
        Format::Csv => p.csv(&[view]),
        Format::Table => p.record(vec![
            ("name", view.name.clone()),
            ("description", view.description.clone()),
            ("permissions", view.permissions.join(", ")),
            ("builtin", view.builtin.to_string()),
            ("requires_approval", view.requires_approval.to_string()),
            ("assigned", view.assigned.to_string()),
        ]),
    }
}

/// `permission list`.
pub fn permissions(ctx: &Context, cmd: PermissionCommand) -> Result<()> {
    let PermissionCommand::List = cmd;
    let views: Vec<PermissionView> =
        PERMISSIONS.iter().map(|(name, description)| PermissionView { name, description }).collect();
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&views),
        Format::Csv => p.csv(&views),
        Format::Table => p.table(
            &["PERMISSION", "DESCRIPTION"],
            views.iter().map(|v| vec![v.name.to_string(), v.description.to_string()]).collect(),
        ),
    }
}

/// `department list`.
pub fn departments(ctx: &Context, cmd: DepartmentCommand) -> Result<()> {
    let DepartmentCommand::List = cmd;
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let views: Vec<DepartmentView> = roles::departments(&mut store, &who)?
        .into_iter()
        .map(|(department, users, total)| DepartmentView { department, users, total })
        .collect();
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&views),
        Format::Csv => p.csv(&views),
        Format::Table => p.table(
            &["DEPARTMENT", "USERS", "WITH SUB-DEPARTMENTS"],
            views.iter().map(|v| vec![v.department.clone(), v.users.to_string(), v.total.to_string()]).collect(),
        ),
    }
}

/// Prints the answer of `user can`; a denial is exit 1.
pub fn print_answer(ctx: &Context, a: &Answer) -> Result<()> {
    let view = CanView::from(a);
    let p = &ctx.printer;
    let scope = |d: &Option<String>| d.clone().unwrap_or_else(|| "the whole organisation".into());
    match p.format {
        Format::Json => p.json(&view)?,
        Format::Csv => p.csv(std::slice::from_ref(&view))?,
        Format::Table => {
            if let Some(g) = &view.granted_by {
                p.line(&format!(
                    "allowed: {} has {} through role {} in {}",
                    view.user,
                    view.permission,
                    g.role,
                    scope(&g.department)
                ))?;
            }
        }
    }
    match &a.reason {
        None => Ok(()),
        Some(why) => Err(Error::negative(format!(
            "denied: {} lacks {} in {}: {why}",
            a.username,
            a.permission,
            scope(&a.department)
        ))),
    }
}
