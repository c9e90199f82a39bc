//! Access flows: roles and their assignment, roles as SCIM groups, API tokens,
//! four-eyes approvals.

pub mod approvals;
pub mod groups;
pub mod roles;
pub mod tokens;
