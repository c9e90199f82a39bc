//! The README's five-minute tour is true: its commands run, in a fresh
//! temporary HOME, and print what the README shows, once the things that
//! differ from run to run are masked (see [`masked`]). Twice in a row, as a
//! reader trying it again would.

use std::path::Path;

use crate::testenv::TestEnv;

/// One `$ command` of the tour, with the exit code its `# exit N` comment
/// says (else 0) and the lines the README shows after it.
#[derive(Debug)]
struct Step {
    command: String,
    exit: i32,
    shown: Vec<String>,
}

fn tour() -> Vec<Step> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find("<!-- tour:start -->").expect("tour start marker");
    let end = readme.find("<!-- tour:end -->").expect("tour end marker");
    let mut steps: Vec<Step> = Vec::new();
    for line in readme[start..end].lines().skip(1) {
        if line.starts_with("```") {
            continue;
        }
        match line.strip_prefix("$ ") {
            Some(command) => {
                let exit = command
                    .split_once("# exit ")
                    .and_then(|(_, rest)| rest.split(|c: char| !c.is_ascii_digit()).next())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                steps.push(Step { command: command.to_string(), exit, shown: Vec::new() });
            }
            None => steps.last_mut().expect("the tour starts with a command").shown.push(line.to_string()),
        }
    }
    steps
}

/// Runs every step in one bash, stdout and stderr interleaved as a terminal
/// shows them, and returns each step's exit code and output.
fn run_tour(env: &TestEnv, steps: &[Step]) -> Vec<(i32, String)> {
    let mut script = String::from("exec 2>&1\nset -u\n");
    for (i, step) in steps.iter().enumerate() {
        script.push_str(&format!("printf '@@step {i}@@\\n'\n{{ {}\n}}\nprintf '\\n@@exit %d@@\\n' $?\n", step.command));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = Path::new(env!("CARGO_BIN_EXE_crmctl")).parent().unwrap().to_path_buf();
    let tmp = env.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let mut cmd = env.program("bash", &["-c", &script]);
    cmd.current_dir(root)
        .env("PATH", format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default()))
        .env("TMPDIR", &tmp)
        .env_remove("CRMCTL_DB");
    let run = env.run_with(cmd, None);
    assert_eq!(run.code, 0, "{run:?}");
    let mut out: Vec<(i32, String)> = Vec::new();
    let mut current = String::new();
    for line in run.stdout.lines() {
        if line.starts_with("@@step ") {
            current.clear();
        } else if let Some(code) = line.strip_prefix("@@exit ").and_then(|l| l.strip_suffix("@@")) {
            out.push((code.parse().unwrap(), current.replace(tmp.to_str().unwrap(), "/tmp")));
        } else {
            current.push_str(line);
            current.push('\n');
        }
    }
    assert_eq!(out.len(), steps.len(), "{run:?}");
    out
}

/// What differs from run to run, masked: the `mktemp -d` folder, times,
/// codes, tokens and hashes (32 hex digits or more), generated passwords,
/// and the OS login recorded as the actor. Runs of spaces count as one, so
/// that a masked value of another length does not move a table's columns.
/// Trailing blank lines are dropped.
fn masked(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.lines().map(|line| squeeze(&mask_line(line))).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

fn squeeze(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn mask_line(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("password: ") {
        return format!("password: <secret {}>", rest.trim().chars().count());
    }
    if let Some((key, _)) = line.split_once("\"password\": \"") {
        return format!("{key}\"password\": \"<secret>\",");
    }
    let mut out = String::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let (token, len) = if let Some(name) = rest.strip_prefix("/tmp/tmp.") {
            ("<mktemp -d>", "/tmp/tmp.".len() + run_of(name, |c| c.is_ascii_alphanumeric()))
        } else if is_time(rest) {
            ("<time>", 20)
        } else if run_of(rest, |c| c.is_ascii_hexdigit()) >= 32 {
            ("<hex>", run_of(rest, |c| c.is_ascii_hexdigit()))
        } else if rest.starts_with("os:") && !out.ends_with(|c: char| c.is_alphanumeric()) {
            ("os:<login>", 3 + run_of(&rest[3..], |c| c.is_ascii_alphanumeric() || "._-".contains(c)))
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        out.push_str(token);
        rest = &rest[len..];
    }
    out
}

/// The length in bytes of the ASCII run at the start of `text` matching `keep`.
fn run_of(text: &str, keep: impl Fn(char) -> bool) -> usize {
    text.chars().take_while(|c| c.is_ascii() && keep(*c)).count()
}

/// Whether `text` starts with an RFC 3339 UTC time as crmctl prints it.
fn is_time(text: &str) -> bool {
    let shape = b"dddd-dd-ddTdd:dd:ddZ";
    text.len() >= shape.len()
        && text.as_bytes().iter().zip(shape).all(|(b, s)| if *s == b'd' { b.is_ascii_digit() } else { b == s })
}

#[test]
fn the_normaliser_masks_what_varies_and_nothing_else() {
    assert_eq!(
        masked("created database /tmp/tmp.Xq3J7vT2sd/crm.db (mode 0600)\n\n"),
        ["created database <mktemp -d>/crm.db (mode 0600)"]
    );
    assert_eq!(
        masked(" 9   2026-11-23T06:27:04Z  os:root  user.disable  {\"reason\":\"left 2026-11-30\"}"),
        ["9 <time> os:<login> user.disable {\"reason\":\"left 2026-11-30\"}"]
    );
    assert_eq!(masked(&format!("invitation code: {}", "ab12".repeat(16))), ["invitation code: <hex>"]);
    assert_eq!(masked("password: XiY3f53cDz3JHCaZu8NC"), ["password: <secret 20>"]);
    assert_eq!(masked("  \"password\": \"x y\","), ["\"password\": \"<secret>\","]);
    assert_eq!(masked("ID 7 E0007 deadbeef 销售部/华东区"), ["ID 7 E0007 deadbeef 销售部/华东区"]);
}

#[test]
fn readme_tour_shows_what_crmctl_prints() {
    let steps = tour();
    assert!(steps.len() >= 10, "the tour has {} commands", steps.len());
    let env = TestEnv::new();
    for round in ["first", "second"] {
        let results = run_tour(&env, &steps);
        for (step, (code, output)) in steps.iter().zip(&results) {
            assert_eq!(
                *code, step.exit,
                "{round} run: `{}` exited {code}, the README says {}\n{output}",
                step.command, step.exit
            );
            let shown = masked(&step.shown.join("\n"));
            let real = masked(output);
            assert!(
                shown == real,
                "{round} run: the README does not show what `{}` prints.\n--- README (masked)\n{}\n--- real (masked)\n{}\n--- real\n{output}",
                step.command,
                shown.join("\n"),
                real.join("\n"),
            );
        }
        let verify = steps.iter().position(|s| s.command.starts_with("crmctl audit verify")).expect("audit verify");
        assert!(results[verify].1.contains("audit log intact"), "{:?}", results[verify]);
    }
}
