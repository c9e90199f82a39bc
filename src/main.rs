//! The `crmctl` binary: everything happens in the library's `cli`,
//! `commands` and `output` modules.

fn main() -> std::process::ExitCode {
    crmctl::main()
}
