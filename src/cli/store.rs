use std::path::PathBuf;

use clap::Subcommand;

/// `crmctl store ...`
#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Copy a whole database between stores: SQLite to PostgreSQL, or back
    #[command(after_help = "SRC and DST are what --db takes: a SQLite file, or a PostgreSQL connection string
(postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes
from PGPASSWORD or ~/.pgpass, never from the string (exit 2). Superuser only.

Every row is copied as it is, ids and audit log included, in one transaction on each
side. The source's audit chain is checked first (broken: exit 1, naming the entry), the
destination must not hold an organisation yet (exit 4), and the copy's chain must end
at the source's head before it is committed; in every failure nothing is written.
--db is not used.

Examples:
  PGPASSWORD=... crmctl store copy --from /var/lib/crmctl/crm.db --to postgres://crmctl@db.example.com/crm
  crmctl store copy --from postgres://crmctl@db.example.com/crm --to /var/backups/crm-copy.db --format json")]
    Copy {
        /// The database to copy (left as it is)
        #[arg(long, value_name = "SRC")]
        from: PathBuf,
        /// The database to copy into: a new SQLite file, or an empty PostgreSQL database
        #[arg(long, value_name = "DST")]
        to: PathBuf,
    },
}
