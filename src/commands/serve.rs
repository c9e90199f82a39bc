//! `crmctl serve`

use crate::cli::ServeArgs;
use crate::error::Result;
use crate::server::{self, Options};
use crate::store::OpenMode;

use super::Context;

/// Runs the server in the foreground until SIGTERM.
pub fn run(ctx: &Context, args: ServeArgs) -> Result<()> {
    let opener = ctx.opener()?;
    let opts = Options {
        listen: args.listen,
        port_file: args.port_file,
        tls: args.tls_cert.zip(args.tls_key),
        request_timeout: std::time::Duration::from_secs(args.request_timeout),
    };
    // The server never creates a database: `crmctl init` does.
    server::serve(opts, Box::new(move || opener.open(OpenMode::Existing)))
}
