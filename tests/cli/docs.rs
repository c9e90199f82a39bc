//! Generated documentation and the embedding example.

use std::path::Path;

use crate::testenv::TestEnv;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "crmctl.bash"),
    ("zsh", "_crmctl"),
    ("fish", "crmctl.fish"),
    ("powershell", "_crmctl.ps1"),
    ("elvish", "crmctl.elv"),
];

/// Fails when `completions/` is out of date. Regenerate with
/// `CRMCTL_BLESS=1 cargo test --test cli completions`.
#[test]
fn checked_in_completions_are_current() {
    let env = TestEnv::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in SHELLS {
        let fresh = env.ok(&["completions", shell]);
        assert!(fresh.contains("crmctl"), "{shell}");
        let path = dir.join(file);
        if std::env::var_os("CRMCTL_BLESS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let stored = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            stored == fresh,
            "completions/{file} is out of date: run CRMCTL_BLESS=1 cargo test --test cli completions"
        );
    }
    assert_eq!(env.run(&["completions", "tcsh"]).code, 2);
}

/// Runs of whitespace as one space: clap wraps help text to the terminal.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const USER_STATUSES: &[&str] = &["invited", "active", "disabled", "locked", "expired", "deleted", "all"];

/// Every closed set of values is clap's: `-h` and `--help` list it, and a
/// value outside it is exit 2 naming the valid ones.
#[test]
fn closed_sets_of_values_are_listed_in_help_and_errors() {
    let env = TestEnv::new();
    let cases: [(&[&str], &str, &[&str]); 9] = [
        (&["user", "list"], "--status", USER_STATUSES),
        (&["user", "export"], "--status", USER_STATUSES),
        (&["invite", "list"], "--status", &["pending", "accepted", "expired", "revoked"]),
        (&["approval", "list"], "--status", &["pending", "approved", "rejected"]),
        (&["user", "import"], "--encoding", &["auto", "utf-8", "gb18030", "utf-16"]),
        (&["user", "import"], "--delimiter", &["auto", "comma", "semicolon", "tab"]),
        (&["user", "import"], "--on-conflict", &["error", "skip", "update"]),
        (&["user", "list"], "--format", &["table", "json", "csv"]),
        (&["completions"], "SHELL", &["bash", "elvish", "fish", "powershell", "zsh"]),
    ];
    for (command, flag, values) in cases {
        let listed = format!("[possible values: {}]", values.join(", "));
        let short = squeeze(&env.ok(&[command, &["-h"]].concat()));
        assert!(short.contains(&listed), "{command:?} -h does not list {flag}: {listed}\n{short}");
        let long = squeeze(&env.ok(&[command, &["--help"]].concat()));
        let at = long.find(&format!("{flag} <")).or_else(|| long.find(&format!("<{flag}>"))).unwrap();
        let section = &long[at..(at + 700).min(long.len())];
        for value in values {
            assert!(
                section.contains(&format!("- {value}:")) || section.contains(&listed),
                "{command:?} --help does not list {value} for {flag}:\n{section}"
            );
        }
        let mut args: Vec<&str> = command.to_vec();
        if command == ["user", "import"] {
            args.push("staff.csv");
        }
        if flag != "SHELL" {
            args.push(flag);
        }
        args.push("bogus");
        let err = squeeze(&env.fails(&args, 2));
        assert!(err.contains("invalid value 'bogus'") && err.contains(&listed), "{args:?}: {err}");
    }
    // Global options have their own heading.
    let help = env.ok(&["user", "show", "--help"]);
    let (own, global) = help.split_once("Global options:").expect("a Global options heading");
    assert!(global.contains("--format") && global.contains("--token-file") && !own.contains("--format"), "{help}");
}

/// The spellings scripts used before the values were a closed set still work.
#[test]
fn encoding_and_delimiter_aliases_are_accepted() {
    let env = TestEnv::with_admin();
    let path = env.path("staff.csv");
    std::fs::write(&path, "name;email\nJean;jean@example.com\n").unwrap();
    let file = path.to_str().unwrap();
    for (flag, value) in [
        ("--encoding", "UTF-8"),
        ("--encoding", "utf8"),
        ("--encoding", "GBK"),
        ("--encoding", "gb2312"),
        ("--delimiter", ";"),
        ("--delimiter", "semicolon"),
    ] {
        let run = env.run(&["user", "import", file, "--dry-run", flag, value]);
        assert_eq!(run.code, 0, "{flag} {value}: {run:?}");
    }
    std::fs::write(&path, "name\temail\nJean\tjean@example.com\n").unwrap();
    for tab in ["tab", "\t", "\\t"] {
        let run = env.run(&["user", "import", file, "--dry-run", "--delimiter", tab]);
        assert_eq!(run.code, 0, "--delimiter {tab:?}: {run:?}");
    }
    let run = env.run(&["user", "import", file, "--dry-run", "--delimiter", ","]);
    assert_eq!(run.code, 5, "a comma does not split this file: {run:?}");
}

/// Tab completion in bash offers the values of a closed set.
#[test]
fn bash_completion_offers_the_encodings() {
    let env = TestEnv::new();
    let script = env.path("crmctl.bash");
    std::fs::write(&script, env.ok(&["completions", "bash"])).unwrap();
    let complete = |words: &str, cword: usize, cur: &str, prev: &str| {
        let probe = format!(
            "source '{}'\nCOMP_WORDS=({words})\nCOMP_CWORD={cword}\n_crmctl crmctl '{cur}' '{prev}'\n\
             printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
            script.display()
        );
        let run = env.run_with(env.program("bash", &["-c", &probe]), None);
        assert_eq!(run.code, 0, "{run:?}");
        run.stdout.lines().map(str::to_string).collect::<Vec<_>>()
    };
    let offered = complete("crmctl user import staff.csv --encoding ''", 5, "", "--encoding");
    assert_eq!(offered, ["auto", "utf-8", "gb18030", "utf-16"]);
    assert_eq!(complete("crmctl user import staff.csv --encoding gb", 5, "gb", "--encoding"), ["gb18030"]);
    let statuses = complete("crmctl user list --status ''", 4, "", "--status");
    assert_eq!(statuses, USER_STATUSES);
}

#[test]
fn man_page_covers_every_command() {
    let env = TestEnv::new();
    let page = env.ok(&["man"]);
    assert!(page.starts_with(".ie") || page.contains(".TH crmctl 1"), "{}", &page[..200.min(page.len())]);
    for cmd in [
        "CRMCTL INIT",
        "CRMCTL USER ADD",
        "CRMCTL USER PURGE",
        "CRMCTL AUTH VERIFY",
        "CRMCTL CONFIG SET",
        "CRMCTL AUDIT VERIFY",
    ] {
        assert!(page.contains(&format!(".SH \"{cmd}\"")), "{cmd} missing from the man page");
    }
    assert!(page.contains("password\\-stdin"));
    // One page: no reference to crmctl-*(1) pages that do not exist.
    let pages: Vec<&str> = page
        .match_indices("(1)")
        .map(|(at, _)| page[..at].rsplit(|c: char| c.is_whitespace() || c == ',').next().unwrap_or(""))
        .collect();
    assert!(pages.iter().all(|p| *p == "crmctl"), "references to pages that do not exist: {pages:?}");
    assert!(page.is_ascii(), "non-ASCII text is written as \\[uXXXX] for groff");
    // ENVIRONMENT, FILES and EXIT STATUS repeat docs/reference.md's tables.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let reference = std::fs::read_to_string(root.join("docs/reference.md")).unwrap();
    let section = |title: &str| {
        let start = page.find(&format!(".SH \"{title}\"")).unwrap_or_else(|| panic!("no {title} section"));
        let rest = &page[start + 4..];
        rest[..rest.find("\n.SH ").unwrap_or(rest.len())].to_string()
    };
    let terms = |heading: &str| -> Vec<String> {
        let start = reference.find(&format!("\n## {heading}\n")).unwrap();
        let body = &reference[start + 1..];
        let body = &body[..body[3..].find("\n## ").map_or(body.len(), |e| e + 3)];
        body.lines()
            .filter_map(|l| l.strip_prefix("| "))
            .filter_map(|l| l.split(" | ").next())
            .filter(|t| !t.starts_with("---") && !["variable", "file", "code"].contains(t))
            .map(|t| t.trim_matches('`').replace('-', "\\-"))
            .collect()
    };
    for (title, heading, least) in
        [("ENVIRONMENT", "Environment variables", 10), ("FILES", "Files", 6), ("EXIT STATUS", "Exit codes", 9)]
    {
        let text = section(title);
        let terms = terms(heading);
        assert!(terms.len() >= least, "{heading}: {terms:?}");
        for term in terms {
            assert!(
                text.contains(&format!(".TP\n{term}")) || text.contains(&format!(".TP\n\\fB{term}\\fR")),
                "{title} lacks {term}"
            );
        }
    }
    for var in
        ["CRMCTL_DB", "CRMCTL_TOKEN", "CRMCTL_CONFIG", "CRMCTL_BUSY_TIMEOUT_MS", "CRMCTL_SMTP_PASSWORD", "NO_COLOR"]
    {
        assert!(section("ENVIRONMENT").contains(var), "{var}");
    }
}

/// The man page renders with groff without a single warning, and its
/// Chinese examples come out as UTF-8 text. Skipped only where groff is
/// missing outside CI; in CI (`CI` set, as `.ci/run` does) that fails.
#[test]
fn man_page_renders_with_groff_without_warnings() {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).map(|dir| dir.join("groff")).find(|p| p.is_file()))
        .unwrap_or_default();
    let Some(groff) = found else {
        assert!(
            std::env::var_os("CI").is_none(),
            "groff is missing: CI must have it (.ci/run installs groff-base with apt-get)"
        );
        eprintln!("skipped: no groff on PATH (Debian: apt-get install groff-base)");
        return;
    };
    let env = TestEnv::new();
    let page = env.ok(&["man"]);
    let render = |args: &[&str]| {
        let mut child = std::process::Command::new(&groff)
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let text = page.clone();
        let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, text.as_bytes()));
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, _, warnings) = render(&["-man", "-Tutf8", "-ww", "-z"]);
    assert_eq!((code, warnings.as_str()), (Some(0), ""), "groff warns about the man page");
    let (code, text, _) = render(&["-man", "-Tutf8", "-P-c", "-P-b", "-P-u"]);
    assert_eq!(code, Some(0));
    for shown in
        ["Display name, any script (张三)", "--department 销售部/华东区", "CRMCTL_BUSY_TIMEOUT_MS", "EXIT STATUS"]
    {
        assert!(text.contains(shown), "groff's text lacks {shown:?}");
    }
}

/// docs/reference.md's command map names every command the man page has (the
/// man page is generated from the clap definitions, so it cannot go stale).
#[test]
fn reference_maps_every_command() {
    let env = TestEnv::new();
    let page = env.ok(&["man"]);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let reference = std::fs::read_to_string(root.join("docs/reference.md")).unwrap();
    let commands: Vec<String> = page
        .lines()
        .filter_map(|l| {
            l.strip_prefix(".SH \"CRMCTL ")?.strip_suffix('"').map(|c| c.replace("\\-", "-").to_lowercase())
        })
        .collect();
    assert!(commands.len() > 40, "the man page lists the commands: {commands:?}");
    let missing: Vec<&String> = commands
        .iter()
        .filter(|c| !reference.contains(&format!("| `{c}` |")) && !reference.contains(&format!("| `{c} ")))
        .collect();
    assert!(missing.is_empty(), "docs/reference.md does not map: {missing:?}");
}

/// The CRM server's use of the library, run as a program.
#[test]
fn embedding_example_verifies_a_login() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", "correct horse battery", &["--role", "sales-rep"]);
    let exe = Path::new(env!("CARGO_BIN_EXE_crmctl")).with_file_name("examples").join("verify_login");
    assert!(exe.exists(), "{} not built: run the whole `cargo test`, which builds examples", exe.display());
    let run = |pw: &str| {
        let mut cmd = std::process::Command::new(&exe);
        cmd.args([env.db.to_str().unwrap(), "zhangsan"]);
        env.run_with(cmd, Some(&format!("{pw}\n")))
    };
    let ok = run("correct horse battery");
    assert_eq!(ok.code, 0, "{ok:?}");
    assert!(ok.stdout.contains("welcome zhangsan") && ok.stdout.contains("sales-rep"), "{ok:?}");
    assert!(ok.stdout.contains("customers.read: allowed"), "{ok:?}");
    let bad = run("wrong horse battery");
    assert_eq!(bad.code, 1, "{bad:?}");
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "auth"]);
    assert_eq!(entries[0]["actor"], "os:crm-server");
}
