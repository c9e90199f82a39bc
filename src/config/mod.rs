//! Configuration: the process environment, the config file, where the
//! database is, and the settings catalogue with its rules.

mod env;
mod settings;

pub use env::*;
pub use settings::*;
