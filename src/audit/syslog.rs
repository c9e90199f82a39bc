//! A copy of the chain's progress sent to syslog, out of reach of whoever
//! can write the database.

use std::path::PathBuf;

use crate::store::AuditRow;

/// Sends the id, action and hash of each new entry to syslog
/// (`audit.syslog = true` in the config file): a copy of the chain's
/// progress out of reach of whoever can write the database. Never fails a
/// command; the first failure is returned, to be warned about, and later
/// entries are then not sent.
pub struct Syslog {
    socket: PathBuf,
    logger: Option<::syslog::Logger<::syslog::LoggerBackend, ::syslog::Formatter3164>>,
    failed: bool,
}

impl Syslog {
    /// The local syslog socket.
    pub const DEFAULT_SOCKET: &str = "/dev/log";

    /// A sender to the datagram socket at `socket`, connected on first use.
    pub fn new(socket: PathBuf) -> Syslog {
        Syslog { socket, logger: None, failed: false }
    }

    /// Sends one entry: `crmctl audit id=N action=A hash=H` (no personal data).
    pub fn send(&mut self, row: &AuditRow) -> std::result::Result<(), String> {
        if self.failed {
            return Ok(());
        }
        let result = self.try_send(row);
        self.failed = result.is_err();
        result
    }

    fn try_send(&mut self, row: &AuditRow) -> std::result::Result<(), String> {
        let socket = self.socket.display();
        let logger = match &mut self.logger {
            Some(logger) => logger,
            None => {
                let formatter = ::syslog::Formatter3164 {
                    facility: ::syslog::Facility::LOG_AUTH,
                    hostname: None,
                    process: "crmctl".into(),
                    pid: std::process::id(),
                };
                let logger = ::syslog::unix_custom(formatter, &self.socket)
                    .map_err(|err| format!("cannot reach syslog at {socket}: {err}"))?;
                self.logger.insert(logger)
            }
        };
        logger
            .notice(format!("crmctl audit id={} action={} hash={}", row.id, row.action, row.hash))
            .map_err(|err| format!("cannot write audit entry #{} to syslog at {socket}: {err}", row.id))
    }
}
