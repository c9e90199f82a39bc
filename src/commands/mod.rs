//! One function per verb: read the arguments, call the library, hand the
//! result to the printer. No business rule lives here.

pub mod approval;
pub mod audit;
pub mod auth;
pub mod config;
pub mod docs;
pub mod form;
pub mod import;
pub mod init;
pub mod invite;
pub mod mfa;
pub mod ops;
pub mod password;
pub mod role;
pub mod serve;
pub mod token;
pub mod user;

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

use crate::config::Environment;
use crate::config::PathSource;
use crate::credentials::passwords::Secret;
use crate::error::{Error, Kind, Result};
use crate::identity::Actor;
use crate::identity::Principal;
use crate::store::{OpenMode, Store};

use crate::cli::Format;
use crate::cli::{Cli, Command};
use crate::output::Printer;
use crate::output::views::{UserView, UserWithPassword};
use crate::users::User;

/// The `crmctl` binary: parse, run, turn the result into an exit code.
pub fn main() -> std::process::ExitCode {
    use clap::Parser;
    // clap prints its own usage errors and exits 2 (help and version: 0).
    let cli = Cli::parse();
    let ctx = Context::new(&cli, Environment::from_process());
    match run(cli, &ctx) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // Whoever read stdout has gone (`| head`): nothing more to say.
        Err(err) if err.kind == Kind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(err) => {
            ctx.printer.error(&err);
            std::process::ExitCode::from(err.exit_code())
        }
    }
}

/// What every command needs: where the database is, who is acting, how to
/// print, and whether a person is at the keyboard.
pub struct Context {
    /// Prints results.
    pub printer: Printer,
    /// The environment, read once.
    pub env: Environment,
    /// `--db` / `CRMCTL_DB`.
    pub db_flag: Option<PathBuf>,
    /// `--yes`.
    pub yes: bool,
    /// Who is acting.
    pub actor: Actor,
    /// stdin is a terminal: prompts are allowed.
    pub interactive: bool,
    /// `--token-file`.
    pub token_file: Option<PathBuf>,
}

impl Context {
    /// Builds the context from the parsed command line and the environment.
    pub fn new(cli: &Cli, env: Environment) -> Self {
        let color = !cli.global.no_color && !env.no_color && std::io::stderr().is_terminal();
        let printer = Printer { format: cli.global.format, quiet: cli.global.quiet, color };
        Context {
            printer,
            actor: Actor::current_os(env.sudo_user.as_deref(), env.sudo_uid.as_deref()),
            db_flag: cli.global.db.clone(),
            yes: cli.global.yes,
            interactive: std::io::stdin().is_terminal(),
            token_file: cli.global.token_file.clone(),
            env,
        }
    }

    /// The database path in use and where it came from.
    pub fn db_path(&self) -> Result<(PathBuf, PathSource)> {
        crate::config::database_path(self.db_flag.as_deref(), &self.env)
    }

    /// Opens the store; a command that writes passes [`OpenMode::Create`].
    pub fn open(&self, mode: OpenMode) -> Result<Store> {
        self.opener()?.open(mode)
    }

    /// What opening the store needs, read once: the database, the config
    /// file's settings, the busy timeout and the syslog socket. `crmctl
    /// serve` keeps it to open its pool's connections.
    pub fn opener(&self) -> Result<Opener> {
        let (path, _) = self.db_path()?;
        Ok(Opener { syslog: crate::config::audit_syslog(&self.env)?, ..self.opener_at(path)? })
    }

    /// What opening the database `path` names needs (rather than `--db`'s),
    /// without the audit log's syslog copy: `store copy` moves a database's
    /// existing entries, it writes no new ones.
    pub fn opener_at(&self, path: PathBuf) -> Result<Opener> {
        Ok(Opener {
            path,
            // Read (and check) the config file's settings before touching the database.
            file_settings: crate::config::file_settings(&self.env)?,
            busy_timeout: crate::config::busy_timeout(&self.env)?,
            syslog: None,
            printer: self.printer,
        })
    }

    /// The API token to act with, from `--token-file` or `CRMCTL_TOKEN`.
    fn token(&self) -> Result<Option<String>> {
        let Some(file) = &self.token_file else { return Ok(self.env.token.clone()) };
        let text = std::fs::read_to_string(file)
            .map_err(|err| Error::usage(format!("cannot read --token-file {}: {err}", file.display())))?;
        let token = text.lines().next().unwrap_or("").trim().to_string();
        if token.is_empty() {
            return Err(Error::usage(format!("--token-file {} is empty", file.display())));
        }
        Ok(Some(token))
    }

    /// Opens the store and works out who is acting: the token's user when a
    /// token is given (which never creates a database), else the superuser.
    pub fn session(&self, mode: OpenMode) -> Result<(Store, Principal)> {
        match self.token()? {
            Some(token) => {
                let mut store = self.open(OpenMode::Existing)?;
                let who = crate::access::tokens::authenticate(&mut store, &token)?;
                Ok((store, who))
            }
            None => Ok((self.open(mode)?, Principal::Superuser(self.actor.clone()))),
        }
    }

    /// Asks a yes/no question; `--yes` answers it, and without a terminal it
    /// is a usage error naming `--yes`.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(Error::usage("confirmation needed, but stdin is not a terminal").hint("pass --yes to confirm"));
        }
        let answer = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(|err| Error::usage(format!("no answer: {err}")))?;
        if answer { Ok(()) } else { Err(Error::usage("cancelled; nothing was changed")) }
    }

    /// Reads a password from the first line of stdin, newline stripped.
    pub fn password_from_stdin(&self) -> Result<Secret> {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|err| Error::invalid(format!("cannot read the password from stdin: {err}")))?;
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            return Err(Error::invalid("no password on stdin (the first line is empty)")
                .hint("printf '%s\\n' \"$PASSWORD\" | crmctl ... --password-stdin"));
        }
        Ok(Secret::new(line))
    }

    /// Prompts for a password on the terminal; `confirm` asks twice (setting one).
    pub fn prompt_password(&self, prompt: &str, confirm: bool, flags: &str) -> Result<Secret> {
        if !self.interactive {
            return Err(Error::usage("a password is needed, but stdin is not a terminal to ask on")
                .hint(format!("pass {flags}")));
        }
        let read = |p: &str| {
            rpassword::prompt_password(p).map_err(|err| Error::usage(format!("cannot read the password: {err}")))
        };
        let first = read(prompt)?;
        if confirm && read("Repeat the password: ")? != first {
            return Err(Error::invalid("the two passwords differ; nothing was changed"));
        }
        Ok(Secret::new(first))
    }
}

/// Opens the store as every command does: migrated, with the config file's
/// settings and the audit log's syslog copy.
#[derive(Debug, Clone)]
pub struct Opener {
    path: PathBuf,
    file_settings: Vec<(String, String)>,
    busy_timeout: std::time::Duration,
    syslog: Option<PathBuf>,
    printer: Printer,
}

impl Opener {
    /// Opens (and migrates) the store.
    pub fn open(&self, mode: OpenMode) -> Result<Store> {
        let mut store =
            Store::open(&self.path, mode, self.busy_timeout)?.with_file_settings(self.file_settings.clone());
        if store.created() {
            match store.path() {
                Some(_) => self.printer.note(&format!("created database {} (mode 0600)", self.path.display())),
                None => self.printer.note(&format!("created database tables in {}", self.path.display())),
            }
        }
        crate::audit::upgrade_store(&mut store)?;
        if let Some(socket) = &self.syslog {
            // A syslog failure never fails the command: a warning at most.
            let (mut sink, printer) = (crate::audit::Syslog::new(socket.clone()), self.printer);
            store.on_audit_commit(Box::new(move |row| {
                if let Err(why) = sink.send(row) {
                    printer.warn(&why);
                }
            }));
        }
        Ok(store)
    }
}

/// Runs the parsed command.
pub fn run(cli: Cli, ctx: &Context) -> Result<()> {
    match cli.command {
        Command::Init(args) => init::run(ctx, args),
        Command::User(cmd) => user::run(ctx, cmd),
        Command::Auth(cmd) => auth::run(ctx, cmd),
        Command::Role(cmd) => role::run(ctx, cmd),
        Command::Invite(cmd) => invite::invite(ctx, cmd),
        Command::ResetPassword(args) => password::reset_password(ctx, args),
        Command::Password(cmd) => password::password(ctx, cmd),
        Command::Mfa(cmd) => mfa::mfa(ctx, cmd),
        Command::Permission(cmd) => role::permissions(ctx, cmd),
        Command::Department(cmd) => role::departments(ctx, cmd),
        Command::Approval(cmd) => approval::run(ctx, cmd),
        Command::Token(cmd) => token::run(ctx, cmd),
        Command::Form(cmd) => form::run(ctx, cmd),
        Command::Config(cmd) => config::run(ctx, cmd),
        Command::Audit(cmd) => audit::run(ctx, cmd),
        Command::Backup { file } => ops::backup(ctx, &file),
        Command::Restore { file } => ops::restore(ctx, &file),
        Command::Check => ops::check(ctx),
        Command::Store(crate::cli::StoreCommand::Copy { from, to }) => ops::store_copy(ctx, &from, &to),
        Command::Serve(args) => serve::run(ctx, args),
        Command::Completions { shell } => docs::completions(ctx, shell),
        Command::Man => docs::man(ctx),
    }
}

/// Prints one user. `read` is true for commands that were asked to show it,
/// which --quiet does not silence. A generated password is always printed.
pub fn print_user(ctx: &Context, user: &User, password: Option<&str>, read: bool) -> Result<()> {
    let p = &ctx.printer;
    match p.format {
        Format::Json => match password {
            Some(pw) => p.json(&UserWithPassword { user: UserView::from(user), password: pw.to_string() }),
            None => p.json(&UserView::from(user)),
        },
        Format::Csv => p.csv(std::slice::from_ref(user)),
        Format::Table => {
            if read || !p.quiet {
                p.record(user_pairs(user))?;
            }
            if let Some(pw) = password {
                p.line(&format!("password: {pw}"))?;
                p.note("the password is shown only this once; it must be changed at first login");
            }
            Ok(())
        }
    }
}

pub fn user_pairs(u: &User) -> Vec<(&'static str, String)> {
    let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let roles = if u.roles.is_empty() {
        "-".to_string()
    } else {
        u.roles.iter().map(crate::access::roles::label).collect::<Vec<_>>().join(", ")
    };
    let mut pairs = vec![
        ("id", u.id.to_string()),
        ("username", u.username.clone()),
        ("name", u.name.clone()),
        ("email", u.email.clone()),
        ("phone", o(&u.phone)),
        ("employee_id", o(&u.employee_id)),
        ("department", o(&u.department)),
        ("title", o(&u.title)),
        ("manager", o(&u.manager)),
        ("status", u.status.as_str().to_string()),
        ("roles", roles),
        ("must_change_password", u.must_change_password.to_string()),
        ("mfa", u.mfa.to_string()),
        ("expires_at", o(&u.expires_at)),
        ("created_at", u.created_at.clone()),
        ("updated_at", u.updated_at.clone()),
        ("last_login_at", o(&u.last_login_at)),
    ];
    if let Some(reason) = &u.disabled_reason {
        pairs.push(("disabled_reason", reason.clone()));
    }
    if let Some(heir) = &u.transferred_to {
        pairs.push(("transferred_to", heir.clone()));
    }
    pairs
}

/// The code of `invite accept` / `password set`: as given (`given_flag`,
/// visible in `ps`: still accepted), from the first line of stdin with
/// `--code-stdin`, else asked for on the terminal without echo.
pub fn one_time_code(
    ctx: &Context,
    given: Option<String>,
    from_stdin: bool,
    prompt: &str,
    given_flag: &str,
) -> Result<Secret> {
    if let Some(code) = given {
        return Ok(Secret::new(code.trim()));
    }
    if from_stdin {
        return first_line_of_stdin("code").map_err(|e| {
            e.hint("printf '%s\\n%s\\n' \"$CODE\" \"$PASSWORD\" | crmctl ... --code-stdin --password-stdin")
        });
    }
    if !ctx.interactive {
        return Err(Error::usage("the code is needed, but stdin is not a terminal to ask on")
            .hint("pass --code-stdin: the code on the first line of stdin (the password on the next: --password-stdin)")
            .hint(format!("or give it as {given_flag}, where other users of the machine can see it (ps)")));
    }
    let code =
        rpassword::prompt_password(prompt).map_err(|err| Error::usage(format!("cannot read the code: {err}")))?;
    Ok(Secret::new(code.trim()))
}

/// A secret value (a code, a form's key) from the first line of stdin,
/// trimmed; an empty line is an error naming `what`.
pub fn first_line_of_stdin(what: &str) -> Result<Secret> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| Error::invalid(format!("cannot read the {what} from stdin: {err}")))?;
    let value = line.trim();
    if value.is_empty() {
        return Err(Error::invalid(format!("no {what} on stdin (the first line is empty)")));
    }
    Ok(Secret::new(value))
}

pub fn new_password(ctx: &Context, from_stdin: bool, prompt: &str) -> Result<Secret> {
    if from_stdin { ctx.password_from_stdin() } else { ctx.prompt_password(prompt, true, "--password-stdin") }
}
