use clap::{ArgAction, Subcommand};

/// `crmctl role ...`
#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Every role with its permissions and how often it is assigned
    #[command(after_help = "Examples:\n  crmctl role list\n  crmctl role list --format json")]
    List,
    /// One role
    #[command(after_help = "Examples:\n  crmctl role show sales-manager")]
    Show {
        /// Role name
        role: String,
    },
    /// Create a custom role
    #[command(after_help = "Examples:
  crmctl role create auditor --permission audit.read --permission reports.view --description 'Reads the audit log'
  crmctl role create finance-admin --permission users.manage --permission users.read --requires-approval")]
    Create {
        /// Role name: a-z, 0-9, '.', '_', '-'
        role: String,
        /// A permission from `crmctl permission list` (repeatable)
        #[arg(long = "permission", value_name = "P", required = true)]
        permissions: Vec<String>,
        /// What the role is for
        #[arg(long, value_name = "D")]
        description: Option<String>,
        /// Assigning this role needs approval by a second administrator
        #[arg(long)]
        requires_approval: bool,
    },
    /// Change a role's permissions, description or approval rule
    #[command(after_help = "Examples:
  crmctl role update auditor --add-permission customers.read --remove-permission reports.view
  crmctl role update admin --requires-approval true")]
    Update {
        /// Role name
        role: String,
        /// Add this permission (repeatable)
        #[arg(long = "add-permission", value_name = "P")]
        add: Vec<String>,
        /// Remove this permission (repeatable)
        #[arg(long = "remove-permission", value_name = "P")]
        remove: Vec<String>,
        /// Whether assigning the role needs approval
        #[arg(long, value_name = "true|false", action = ArgAction::Set)]
        requires_approval: Option<bool>,
        /// New description
        #[arg(long, value_name = "D")]
        description: Option<String>,
    },
    /// Delete a custom role (refused while assigned, unless --force)
    #[command(after_help = "Examples:\n  crmctl role delete auditor\n  crmctl role delete auditor --force")]
    Delete {
        /// Role name
        role: String,
        /// Also remove every assignment of the role
        #[arg(long)]
        force: bool,
    },
    /// Give USER a role, optionally for one department and until a date
    #[command(
        after_help = "A role marked --requires-approval creates a pending request instead (see `crmctl approval`).

Examples:
  crmctl role assign zhangsan sales-rep
  crmctl role assign lisi dept-admin --department 销售部 --expires 2027-06-30"
    )]
    Assign {
        /// Username, email, employee ID or #ID
        user: String,
        /// Role name
        role: String,
        /// Only in this department and below it
        #[arg(long, value_name = "PATH")]
        department: Option<String>,
        /// Last day the assignment grants anything (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        expires: Option<String>,
    },
    /// Take a role away from USER (a role not held is a no-op)
    #[command(after_help = "Examples:\n  crmctl role unassign lisi dept-admin --department 销售部")]
    Unassign {
        /// Username, email, employee ID or #ID
        user: String,
        /// Role name
        role: String,
        /// The department the assignment is scoped to
        #[arg(long, value_name = "PATH")]
        department: Option<String>,
    },
}

/// `crmctl permission ...`
#[derive(Debug, Subcommand)]
pub enum PermissionCommand {
    /// The fixed permission catalogue
    #[command(after_help = "Examples:\n  crmctl permission list --format json")]
    List,
}

/// `crmctl department ...`
#[derive(Debug, Subcommand)]
pub enum DepartmentCommand {
    /// Departments in use, with user counts (direct, and including sub-departments)
    #[command(after_help = "Examples:\n  crmctl department list")]
    List,
}
