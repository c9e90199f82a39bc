use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

/// `crmctl user ...`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form
    #[command(after_help = "USER arguments (--manager) accept a username, an email, an employee ID or #ID.
With no arguments on a terminal, `crmctl user add` asks for each field.

Examples:
  crmctl user add zhangsan --name 张三 --email zhangsan@example.com --phone 13812345678 \\
      --employee-id E0007 --department 销售部/华东区 --role sales-rep --invite
  crmctl user add lisi --name 李四 --email lisi@example.com --random-password --format json
  printf '%s\\n' \"$PW\" | crmctl user add wangwu --name 王五 --email ww@example.com --password-stdin
  crmctl user add zhangsan --name 张三 --email zhangsan@example.com --invite --if-not-exists")]
    Add(UserAddArgs),
    /// Show one user
    #[command(
        after_help = "Examples:\n  crmctl user show zhangsan\n  crmctl user show E0007 --format json\n  crmctl user show '#7'"
    )]
    Show {
        /// Username, email, employee ID or #ID
        user: String,
    },
    /// List users (all matching, no default limit; deleted ones only on request)
    #[command(
        after_help = "Examples:\n  crmctl user list --department 销售部\n  crmctl user list --status disabled --format csv\n  crmctl user list --inactive-days 90 --format json"
    )]
    List(UserListArgs),
    /// Change a user's fields (an empty value clears an optional field)
    #[command(
        after_help = "Examples:\n  crmctl user update zhangsan --department 销售部/华南区 --title 销售经理\n  crmctl user update zhangsan --expires 2027-06-30\n  crmctl user update zhangsan --phone ''"
    )]
    Update(UserUpdateArgs),
    /// Disable a user, or every active user idle for N days: they can no longer log in
    #[command(after_help = "With --inactive-days, every active user whose last login (or creation, if they never
logged in) is more than N days ago is disabled, in one transaction, and listed; the last
active admin is kept, and a token user's run leaves the users it does not manage alone.

Examples:
  crmctl user disable zhangsan --reason 'left 2026-11-30' --transfer-to lisi
  crmctl user disable --inactive-days 90 --dry-run
  crmctl user disable --inactive-days 90 --reason 'dormant account review' --format json")]
    Disable(UserDisableArgs),
    /// Enable a disabled or locked user again
    #[command(after_help = "Examples:\n  crmctl user enable zhangsan")]
    Enable {
        /// Username, email, employee ID or #ID
        user: String,
    },
    /// Soft-delete a user (restorable); asks to confirm unless --yes
    #[command(after_help = "Examples:\n  crmctl user delete zhangsan --yes")]
    Delete {
        /// Username, email, employee ID or #ID
        user: String,
    },
    /// Restore a soft-deleted user to the status they had
    #[command(after_help = "Examples:\n  crmctl user restore zhangsan")]
    Restore {
        /// Username, email, employee ID or #ID
        user: String,
    },
    /// Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no
    #[command(after_help = "Without --department only organisation-wide grants count.

Examples:
  crmctl user can zhangsan customers.write
  crmctl user can lisi users.manage --department 销售部/华东区 --format json")]
    Can {
        /// Username, email, employee ID or #ID
        user: String,
        /// A permission from `crmctl permission list`
        permission: String,
        /// Ask about this department (covers sub-departments)
        #[arg(long, value_name = "PATH")]
        department: Option<String>,
    },
    /// Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)
    #[command(after_help = "Every row is checked before anything is written. By default the valid rows are written
in one transaction and the exit code is 5 if any row was rejected.

Examples:
  crmctl user import employees.csv --dry-run
  crmctl user import 员工名单.csv --on-conflict update --invite --send --report rejected.csv
  crmctl user import hr.csv --map '英文名=username' --default-role viewer --atomic
  crmctl user import new.csv --random-password --credentials-out creds.csv
  iconv -f gbk -t utf-8 list.csv | crmctl user import - --format json")]
    Import(UserImportArgs),
    /// Export users as CSV (default) or JSON; formula-like cells are neutralised
    #[command(
        after_help = "Examples:\n  crmctl user export --output users.csv\n  crmctl user export --format json > users.json"
    )]
    Export(ExportArgs),
    /// Erase a user's personal data for good (the audit log keeps the id only)
    #[command(after_help = "Examples:\n  crmctl user purge zhangsan --yes")]
    Purge {
        /// Username, email, employee ID or #ID
        user: String,
    },
}

/// Arguments of `crmctl user export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE (mode 0600, UTF-8 with BOM for Excel) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only users with this status, or all (default: every user but deleted ones)
    #[arg(long, value_name = "STATUS", value_parser = super::user_statuses())]
    pub status: Option<String>,
    /// Add each user's password hash (superuser only; audited), for a move to another server
    #[arg(long)]
    pub include_hashes: bool,
}

/// Arguments of `crmctl user add`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("password").args(["password_stdin", "random_password", "invite"])))]
pub struct UserAddArgs {
    /// Login name: a-z, 0-9, '.', '_', '-' (stored lowercase)
    pub username: Option<String>,
    /// Display name, any script (张三) [required]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Email address (unique, ignoring case) [required]
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Phone; without + it is read in phone.default_region (CN): 13812345678
    #[arg(long, value_name = "PHONE")]
    pub phone: Option<String>,
    /// Employee ID (工号), unique
    #[arg(long, value_name = "ID")]
    pub employee_id: Option<String>,
    /// Department path, such as 销售部/华东区
    #[arg(long, value_name = "PATH")]
    pub department: Option<String>,
    /// Job title
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    /// The user's manager (USER)
    #[arg(long, value_name = "USER")]
    pub manager: Option<String>,
    /// Give this role (repeatable); default: setting default_role, else none
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,
    /// Last day the account may log in (YYYY-MM-DD, UTC)
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Generate a password, print it once, require a change at first login
    #[arg(long)]
    pub random_password: bool,
    /// Create the user as invited, with an invitation code (printed once)
    #[arg(long)]
    pub invite: bool,
    /// Mail the invitation (with --invite)
    #[arg(long, requires = "invite")]
    pub send: bool,
    /// Require a password change at first login
    #[arg(long)]
    pub must_change_password: bool,
    /// If the username exists already, change nothing and exit 0
    #[arg(long)]
    pub if_not_exists: bool,
}

/// Arguments of `crmctl user list`.
#[derive(Debug, Args)]
pub struct UserListArgs {
    /// Only users with this status now, or all (default: every user but deleted ones)
    #[arg(long, value_name = "STATUS", value_parser = super::user_statuses())]
    pub status: Option<String>,
    /// Holding this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// In this department or below it (销售部 covers 销售部/华东区)
    #[arg(long, value_name = "PATH")]
    pub department: Option<String>,
    /// Text found in username, name, email, phone or employee ID
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// No login for at least N days (never logged in: counted from creation)
    #[arg(long, value_name = "N")]
    pub inactive_days: Option<u32>,
    /// At most N users
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// Arguments of `crmctl user disable`: one USER, or --inactive-days.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("whom").args(["user", "inactive_days"]).required(true)))]
pub struct UserDisableArgs {
    /// Username, email, employee ID or #ID
    pub user: Option<String>,
    /// Instead of USER: every active user with no login in the last N days
    /// (never logged in: counted from creation)
    #[arg(long, value_name = "N")]
    pub inactive_days: Option<u32>,
    /// With --inactive-days: list who would be disabled, change nothing
    #[arg(long, requires = "inactive_days", conflicts_with = "user")]
    pub dry_run: bool,
    /// Why (kept with the user and in the audit log; with --inactive-days the
    /// default is "no login for N days")
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Who takes over the leaver's customers
    #[arg(long, value_name = "USER", conflicts_with = "inactive_days")]
    pub transfer_to: Option<String>,
}

/// Arguments of `crmctl user update`.
#[derive(Debug, Args)]
pub struct UserUpdateArgs {
    /// Username, email, employee ID or #ID
    pub user: String,
    /// New display name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New email
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// New phone ('' clears)
    #[arg(long, value_name = "PHONE")]
    pub phone: Option<String>,
    /// New employee ID ('' clears)
    #[arg(long, value_name = "ID")]
    pub employee_id: Option<String>,
    /// New department path ('' clears)
    #[arg(long, value_name = "PATH")]
    pub department: Option<String>,
    /// New title ('' clears)
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    /// New manager, a USER ('' clears)
    #[arg(long, value_name = "USER")]
    pub manager: Option<String>,
    /// New last day (YYYY-MM-DD), or never
    #[arg(long, value_name = "DATE|never")]
    pub expires: Option<String>,
    /// New login name
    #[arg(long, value_name = "NEW")]
    pub username: Option<String>,
}

/// Arguments of `crmctl user import`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("new_passwords").args(["invite", "random_password"])))]
pub struct UserImportArgs {
    /// CSV, workbook (xlsx, xlsm, xls, ods) or `user export --format json` file, or - for stdin
    pub file: std::path::PathBuf,
    /// Validate and show what would happen; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Write nothing if any row is rejected
    #[arg(long)]
    pub atomic: bool,
    /// Rows whose username, email or employee ID exists: error, skip or update
    #[arg(long, value_enum, default_value_t = OnConflictArg::Error, value_name = "MODE")]
    pub on_conflict: OnConflictArg,
    /// Map a column: 'HEADER=field' (fields: username, name, email, phone, employee_id,
    /// department, title, manager, roles, expires, status, password, password_hash)
    #[arg(long = "map", value_name = "HEADER=field")]
    pub maps: Vec<String>,
    /// With --on-conflict update: also remove the roles a user holds that the row does not list
    #[arg(long)]
    pub sync_roles: bool,
    /// Workbooks: the sheet to read (default: the first)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The header's line (default: the first of the first 10 lines that names a name or email column)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub header_line: Option<u64>,
    /// The text encoding of a CSV file
    #[arg(long, value_enum, ignore_case = true, default_value_t = EncodingArg::Auto, value_name = "ENCODING")]
    pub encoding: EncodingArg,
    /// The separator of a CSV file (',' and ';' work too)
    #[arg(long, value_enum, default_value_t = DelimiterArg::Auto, value_name = "DELIMITER")]
    pub delimiter: DelimiterArg,
    /// Create an invitation for each new user
    #[arg(long)]
    pub invite: bool,
    /// Mail the invitations (with --invite)
    #[arg(long, requires = "invite")]
    pub send: bool,
    /// Generate a password for each new user (needs --credentials-out)
    #[arg(long, requires = "credentials_out")]
    pub random_password: bool,
    /// Where generated passwords go: a CSV (username,password), mode 0600
    #[arg(long, value_name = "FILE", requires = "random_password")]
    pub credentials_out: Option<PathBuf>,
    /// Role for new users whose row lists no roles
    #[arg(long, value_name = "ROLE")]
    pub default_role: Option<String>,
    /// Write the rejected rows, as given, with `line` and `error` columns (UTF-8 with BOM)
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

/// `--encoding` of `user import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EncodingArg {
    /// A BOM if there is one, else UTF-8 if the file is valid UTF-8, else GB18030
    Auto,
    /// UTF-8 (a BOM is skipped)
    #[value(name = "utf-8", aliases = ["utf8", "utf_8"])]
    Utf8,
    /// GB18030, which covers GBK and GB2312 (Excel's "CSV" on a Chinese Windows)
    #[value(name = "gb18030", aliases = ["gbk", "gb2312"])]
    Gb18030,
    /// UTF-16, little-endian unless a BOM says otherwise (Excel's "Unicode text")
    #[value(name = "utf-16", aliases = ["utf16", "utf_16"])]
    Utf16,
}

/// `--delimiter` of `user import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DelimiterArg {
    /// The most frequent of ',', ';' and tab in the header line
    Auto,
    /// ','
    #[value(alias = ",")]
    Comma,
    /// ';'
    #[value(alias = ";")]
    Semicolon,
    /// A tab character
    #[value(aliases = ["\t", "\\t"])]
    Tab,
}

/// `--on-conflict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnConflictArg {
    /// Reject the row
    Error,
    /// Leave the existing user alone
    Skip,
    /// Write the changed fields (identical rows count as unchanged)
    Update,
}
