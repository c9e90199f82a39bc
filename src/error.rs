//! The one error type of crmctl and its mapping to the exit codes of docs/reference.md.
//!
//! Domain and store code return [`Error`]; the binary turns it into `error:` and
//! `hint:` lines and an exit code in one place (`main`). Nothing here prints.

use std::fmt;

/// What kind of failure happened; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A question command answered "no" (wrong credentials, tampering found): exit 1.
    Negative,
    /// Usage error, or a prompt needed without a terminal: exit 2.
    Usage,
    /// User, role, database file... not found: exit 3.
    NotFound,
    /// Username, email or employee ID already taken: exit 4.
    Conflict,
    /// A field failed validation, or a password breaks the policy: exit 5.
    Invalid,
    /// Not allowed: last admin, seat limit, account disabled at login: exit 6.
    NotPermitted,
    /// The database stayed locked past the busy timeout: exit 7.
    Busy,
    /// Storage or I/O failure: unreadable file, corrupt database, newer schema: exit 8.
    Storage,
    /// The reader of stdout went away (`crmctl user list | head`): not a
    /// failure, so exit 0 and no message, as ripgrep does.
    BrokenPipe,
}

impl Kind {
    /// The process exit code docs/reference.md assigns to this kind of failure.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Negative => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Conflict => 4,
            Kind::Invalid => 5,
            Kind::NotPermitted => 6,
            Kind::Busy => 7,
            Kind::Storage => 8,
            Kind::BrokenPipe => 0,
        }
    }

    /// The HTTP status `crmctl serve` answers with (SPEC "Server"): a
    /// negative answer (wrong credentials) is 401, usage and invalid data
    /// 400, not found 404, conflict 409, not permitted 403, busy 503 and
    /// storage 500.
    pub fn http_status(self) -> u16 {
        match self {
            Kind::Negative => 401,
            Kind::Usage | Kind::Invalid => 400,
            Kind::NotFound => 404,
            Kind::Conflict => 409,
            Kind::NotPermitted => 403,
            Kind::Busy => 503,
            Kind::Storage | Kind::BrokenPipe => 500,
        }
    }
}

/// A failure with a one-line message and optional hints for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Decides the exit code.
    pub kind: Kind,
    /// One line: what went wrong.
    pub message: String,
    /// Zero or more lines: what to do about it.
    pub hints: Vec<String>,
}

/// Result with crmctl's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A new error of `kind` with `message`.
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), hints: Vec::new() }
    }
    /// Adds a `hint:` line.
    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
    /// Exit 1: a negative answer.
    pub fn negative(message: impl Into<String>) -> Self {
        Self::new(Kind::Negative, message)
    }
    /// Exit 2: usage.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    /// Exit 3: not found.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }
    /// Exit 4: conflict.
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }
    /// Exit 5: invalid data.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(Kind::Invalid, message)
    }
    /// Exit 6: not permitted.
    pub fn not_permitted(message: impl Into<String>) -> Self {
        Self::new(Kind::NotPermitted, message)
    }
    /// Exit 7: busy.
    pub fn busy(message: impl Into<String>) -> Self {
        Self::new(Kind::Busy, message)
    }
    /// Exit 8: storage or I/O.
    pub fn storage(message: impl Into<String>) -> Self {
        Self::new(Kind::Storage, message)
    }
    /// Exit 0, silently: stdout is a pipe nobody reads any more.
    pub fn broken_pipe() -> Self {
        Self::new(Kind::BrokenPipe, "stdout is closed")
    }
    /// The exit code for this error.
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::storage(format!("I/O error: {err}"))
    }
}
