//! The layering of `src/lib.rs` ("Where things are") holds: dependencies
//! between the crate's top-level modules run one way. Test code (a
//! `#[cfg(test)]` module) may reach anywhere; everything else may not form a
//! cycle. A new `use crate::…` that closes a loop fails here, naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Non-test code of a source file, without comments (which may name anything).
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("a readable source file");
    let code = match text.find("#[cfg(test)]\nmod ") {
        Some(at) => &text[..at],
        None => &text,
    };
    code.lines().map(|line| line.split_once("//").map_or(line, |(before, _)| before)).collect::<Vec<_>>().join("\n")
}

/// The lowercase names that follow `prefix` in `code`.
fn named_after(code: &str, prefix: &str) -> BTreeSet<String> {
    code.match_indices(prefix)
        .map(|(at, _)| {
            code[at + prefix.len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
        })
        .filter(|name: &String| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

/// One `commands/` file per verb group → the sibling files it calls.
fn command_graph() -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
    let mut deps = BTreeMap::new();
    for entry in fs::read_dir(&dir).expect("src/commands is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_stem().expect("a file name").to_string_lossy().into_owned();
        if name == "mod" {
            continue;
        }
        let mut named = named_after(&code_of(&path), "super::");
        named.remove(&name);
        deps.insert(name, named);
    }
    deps
}

/// Top-level module → the top-level modules its non-test code names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).expect("under src/");
            let first = rel.components().next().expect("a file name").as_os_str().to_string_lossy().into_owned();
            let module = first.trim_end_matches(".rs").to_string();
            if ["lib", "main", "properties"].contains(&module.as_str()) {
                continue;
            }
            let mut named = named_after(&code_of(&path), "crate::");
            named.remove(&module);
            deps.entry(module).or_default().extend(named);
        }
    }
    deps
}

/// Every pair of modules that reach each other, directly or not.
fn cycles(deps: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(m) = todo.pop() {
            for next in deps.get(&m).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let mut found = Vec::new();
    for (module, direct) in deps {
        for dep in direct {
            if reach(dep).contains(module) {
                found.push(format!("{module} -> {dep} -> … -> {module}"));
            }
        }
    }
    found
}

#[test]
fn top_level_modules_form_no_cycle() {
    let deps = graph();
    assert!(deps.len() > 10, "the source tree was read: {deps:?}");
    let found = cycles(&deps);
    assert!(found.is_empty(), "dependency cycles between top-level modules:\n{}", found.join("\n"));
}

#[test]
fn command_files_form_no_cycle() {
    let deps = command_graph();
    assert!(deps.contains_key("user") && deps.contains_key("import"), "src/commands was read: {deps:?}");
    let found = cycles(&deps);
    assert!(found.is_empty(), "dependency cycles between files of src/commands:\n{}", found.join("\n"));
}

#[test]
fn the_checker_finds_a_cycle() {
    let mut deps = BTreeMap::new();
    deps.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    deps.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    deps.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(cycles(&deps).len(), 3);
    deps.insert("c".to_string(), BTreeSet::new());
    assert!(cycles(&deps).is_empty());
}
