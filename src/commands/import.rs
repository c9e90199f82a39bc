//! `crmctl user import` and `crmctl user export`.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::files;
use crate::import::{self, Delimiter, Encoding, NewPasswords, OnConflict, Options, Summary};
use crate::store::OpenMode;
use crate::users::{self, ListQuery};

use super::Context;
use crate::cli::{DelimiterArg, EncodingArg, ExportArgs, Format, OnConflictArg, UserImportArgs};
use crate::output::views::{ExportedUser, ImportView, UserView};

fn options(args: &UserImportArgs) -> Result<Options> {
    let encoding = match args.encoding {
        EncodingArg::Auto => Encoding::Auto,
        EncodingArg::Utf8 => Encoding::Utf8,
        EncodingArg::Gb18030 => Encoding::Gb18030,
        EncodingArg::Utf16 => Encoding::Utf16,
    };
    let delimiter = match args.delimiter {
        DelimiterArg::Auto => Delimiter::Auto,
        DelimiterArg::Comma => Delimiter::Byte(b','),
        DelimiterArg::Semicolon => Delimiter::Byte(b';'),
        DelimiterArg::Tab => Delimiter::Byte(b'\t'),
    };
    let mut maps = Vec::new();
    for m in &args.maps {
        let (header, field) =
            m.rsplit_once('=').ok_or_else(|| Error::usage(format!("--map '{m}': expected 'HEADER=field'")))?;
        maps.push((header.to_string(), field.to_string()));
    }
    Ok(Options {
        encoding,
        delimiter,
        maps,
        sheet: args.sheet.clone(),
        header_line: args.header_line,
        sync_roles: args.sync_roles,
        on_conflict: match args.on_conflict {
            OnConflictArg::Error => OnConflict::Error,
            OnConflictArg::Skip => OnConflict::Skip,
            OnConflictArg::Update => OnConflict::Update,
        },
        dry_run: args.dry_run,
        atomic: args.atomic,
        passwords: match (&args.credentials_out, args.invite) {
            (Some(path), _) => NewPasswords::Random(path.clone()),
            (None, true) => NewPasswords::Invite,
            (None, false) => NewPasswords::None,
        },
        keep_invitations: args.send,
        default_role: args.default_role.clone(),
        report: args.report.clone(),
    })
}

/// `user import`.
pub fn run(ctx: &Context, args: UserImportArgs) -> Result<()> {
    let mut opts = options(&args)?;
    let (_stdout_spool, to_stdout) = spool_stdout_output(&mut opts)?;
    // stdin is spooled to a private temporary file: a workbook is recognised
    // by its content, which needs a file to look at.
    let _spool;
    let path: PathBuf = if args.file.as_os_str() == "-" {
        let mut tmp = tempfile::NamedTempFile::new().map_err(|e| Error::storage(format!("cannot spool stdin: {e}")))?;
        std::io::copy(&mut std::io::stdin().lock(), &mut tmp)
            .map_err(|e| Error::storage(format!("cannot read stdin: {e}")))?;
        let p = tmp.path().to_path_buf();
        _spool = tmp;
        p
    } else {
        let p = args.file.clone();
        if !p.is_file() {
            return Err(Error::not_found(format!("no file {}", p.display())));
        }
        p
    };
    let (mut store, who) = ctx.session(if args.dry_run { OpenMode::Existing } else { OpenMode::Create })?;
    // Mail needs a link to send: refused before anything is written.
    if args.send {
        crate::mail::check_store_ready(&mut store)?;
    }
    let bar = progress_bar();
    let mut progress = |phase: &str, done: u64| {
        if let Some(b) = &bar {
            b.set_message(phase.to_string());
            b.set_position(done);
        }
    };

    // The file is read and decided once; on a terminal the decisions are
    // shown before anything is written.
    let summary = if ctx.interactive && !ctx.yes && !opts.dry_run {
        let prepared = import::prepare(&mut store, &who, &path, &opts, &mut progress)?;
        match &bar {
            Some(b) => b.suspend(|| print_preview(ctx, prepared.summary(), true))?,
            None => print_preview(ctx, prepared.summary(), true)?,
        }
        let preview = prepared.summary();
        ctx.confirm(&format!(
            "Write {} new and {} changed users{}?",
            preview.created,
            preview.updated,
            if preview.rejected > 0 { format!(" ({} rows rejected)", preview.rejected) } else { String::new() }
        ))?;
        prepared.finish(&mut store, &mut progress)?
    } else {
        import::run(&mut store, &who, &path, &opts, &mut progress)?
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if args.send {
        let mut failed = 0;
        for issued in &summary.invitations {
            if let Err(err) = super::invite::send_invitation(ctx, &mut store, issued) {
                failed += 1;
                ctx.printer.error(&err);
            }
        }
        if failed > 0 {
            print_result(ctx, &summary, to_stdout.as_deref())?;
            return Err(Error::storage(format!("{failed} invitation(s) could not be mailed; they stay valid"))
                .hint("fix the mail settings, then `crmctl invite list --status pending` and `crmctl invite resend ID --send`"));
        }
    }
    print_result(ctx, &summary, to_stdout.as_deref())?;
    summary.outcome()
}

/// `--report -` or `--credentials-out -`: that file goes to stdout. It is
/// written to a private folder first (the import writes it as it goes, and
/// only a complete one is printed); returns the folder and the file.
fn spool_stdout_output(opts: &mut Options) -> Result<(Option<tempfile::TempDir>, Option<PathBuf>)> {
    let report = opts.report.as_deref().is_some_and(files::is_stdout);
    let credentials = matches!(&opts.passwords, NewPasswords::Random(p) if files::is_stdout(p));
    if !report && !credentials {
        return Ok((None, None));
    }
    if report && credentials {
        return Err(Error::usage("--report - and --credentials-out -: only one of them can go to stdout")
            .hint("write the other to a file"));
    }
    let dir =
        tempfile::tempdir().map_err(|e| Error::storage(format!("cannot make a private temporary folder: {e}")))?;
    let file = dir.path().join("out.csv");
    match report {
        true => opts.report = Some(file.clone()),
        false => opts.passwords = NewPasswords::Random(file.clone()),
    }
    Ok((Some(dir), Some(file)))
}

/// Prints the result of an import; when a file goes to stdout (`-`), stdout
/// holds that file alone and the counts go to stderr.
fn print_result(ctx: &Context, s: &Summary, to_stdout: Option<&std::path::Path>) -> Result<()> {
    let Some(file) = to_stdout else {
        return print_preview(ctx, s, false);
    };
    ctx.printer.note(&format!(
        "{}{} rows: {} created, {} updated, {} unchanged, {} skipped, {} rejected",
        if s.dry_run { "dry run, nothing written: " } else { "" },
        s.rows,
        s.created,
        s.updated,
        s.unchanged,
        s.skipped,
        s.rejected
    ));
    if file.exists() {
        let text = std::fs::read(file).map_err(|e| Error::storage(format!("cannot read back the output: {e}")))?;
        ctx.printer.raw(&text)?;
    }
    Ok(())
}

fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg}: {pos} rows") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    Some(bar)
}

/// What was detected, for the preview: `CSV, encoding gb18030, delimiter ',', header on line 3`.
fn detected(s: &Summary) -> String {
    let mut parts = vec![s.format.to_string()];
    if let Some(sheet) = &s.sheet {
        parts.push(format!("sheet '{sheet}'"));
    }
    if let Some(encoding) = &s.encoding {
        parts.push(format!("encoding {encoding}"));
    }
    match s.delimiter {
        Some('\t') => parts.push("delimiter tab".into()),
        Some(d) => parts.push(format!("delimiter '{d}'")),
        None => {}
    }
    parts.push(format!("header on line {}", s.header_line));
    parts.join(", ")
}

fn print_preview(ctx: &Context, s: &Summary, preview_only: bool) -> Result<()> {
    let p = &ctx.printer;
    let detected = detected(s);
    let mapping: Vec<Vec<String>> =
        s.mapping.iter().map(|(h, f)| vec![h.clone(), f.clone().unwrap_or_else(|| "(ignored)".into())]).collect();
    if !s.unknown_columns.is_empty() {
        p.warn(&format!("ignored columns: {} (use --map 'HEADER=field' to import one)", s.unknown_columns.join(", ")));
    }
    let view = ImportView::from(s);
    match p.format {
        // The document goes to stdout; what was detected, to stderr.
        Format::Json if !preview_only => {
            p.note(&format!("read {detected}"));
            p.json(&view)?
        }
        Format::Csv if !preview_only => {
            p.note(&format!("read {detected}"));
            p.csv(&[view])?
        }
        Format::Json | Format::Csv => p.note(&format!("read {detected}")),
        Format::Table => {
            p.line(&format!("Detected {detected}"))?;
            p.table(&["COLUMN", "FIELD"], mapping)?;
            p.line("")?;
            p.record(vec![
                ("rows", view.rows.to_string()),
                (if s.dry_run || preview_only { "to create" } else { "created" }, view.created.to_string()),
                (if s.dry_run || preview_only { "to update" } else { "updated" }, view.updated.to_string()),
                ("unchanged", view.unchanged.to_string()),
                ("skipped", view.skipped.to_string()),
                ("rejected", view.rejected.to_string()),
            ])?;
            if !view.errors.is_empty() {
                p.line("")?;
                p.table(
                    &["LINE", "FIELD", "VALUE", "ERROR"],
                    view.errors
                        .iter()
                        .map(|e| vec![e.line.to_string(), e.field.clone(), e.value.clone(), e.message.clone()])
                        .collect(),
                )?;
            }
            if !preview_only && s.dry_run {
                p.note(&format!("dry run: nothing was written ({} rows would be)", s.created + s.updated));
            }
        }
    }
    Ok(())
}

/// `user export`.
pub fn export(ctx: &Context, args: ExportArgs) -> Result<()> {
    let to_stdout = args.output.as_deref().is_none_or(files::is_stdout);
    if args.include_hashes && to_stdout && std::io::stdout().is_terminal() {
        return Err(Error::usage("--include-hashes: password hashes are not printed on a terminal")
            .hint("write them to a file: --output users.csv (mode 0600)"));
    }
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let query = ListQuery { status: args.status.clone(), ..ListQuery::default() };
    let list = users::export(&mut store, &who, &query, args.include_hashes)?;
    let count = list.len();
    let text = match (ctx.printer.format, args.include_hashes) {
        (Format::Json, false) => json_text(&list.iter().map(|(u, _)| UserView::from(u)).collect::<Vec<_>>())?,
        (Format::Json, true) => {
            json_text(&list.into_iter().map(|(u, h)| ExportedUser::new(&u, h)).collect::<Vec<_>>())?
        }
        (Format::Csv | Format::Table, false) => {
            crate::output::csv_text(&list.into_iter().map(|(u, _)| u).collect::<Vec<_>>(), true)?
        }
        (Format::Csv | Format::Table, true) => {
            crate::output::csv_text(&list.into_iter().map(|(u, h)| ExportedUser::new(&u, h)).collect::<Vec<_>>(), true)?
        }
    };
    match args.output.filter(|path| !files::is_stdout(path)) {
        None => ctx.printer.raw(text.as_bytes())?,
        Some(path) => {
            // The BOM tells Excel the CSV is UTF-8. A new file, mode 0600, written atomically.
            let bom = if ctx.printer.format == Format::Json { "" } else { "\u{feff}" };
            files::write_new(&path, "the export", format!("{bom}{text}").as_bytes())?;
            ctx.printer.note(&format!("exported {count} users to {} (mode 0600)", path.display()));
        }
    }
    Ok(())
}

fn json_text<T: serde::Serialize>(value: &T) -> Result<String> {
    Ok(serde_json::to_string_pretty(value).map_err(|e| Error::storage(format!("cannot write JSON: {e}")))? + "\n")
}
