//! Integration tests: every command through the real `crmctl` binary, with a
//! clean environment and a temporary database.
#![allow(clippy::unwrap_used, clippy::print_stdout)]

mod testenv;

mod access;
mod attacks_access;
mod attacks_erasure;
mod attacks_files;
mod attacks_settings;
mod audit;
mod auth;
mod config;
mod docs;
mod dormant;
mod examples;
mod forms;
mod hashes;
mod import;
mod import_files;
mod mail;
mod ops;
mod output;
mod pty;
mod robustness;
mod roles;
mod round_trip;
mod scim;
mod server;
mod store;
mod tokens;
mod tour;
mod users;
