//! Access flows: roles and their assignment, API tokens, four-eyes approvals.

pub mod approvals;
pub mod roles;
pub mod tokens;
