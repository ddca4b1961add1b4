//! The interface in six languages, end to end: how the language is chosen, localised
//! errors and help, the `check` report in every language (snapshots), and
//! `meta --render`, whose header block must appear line for line in each bundled rendering.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const LANGS: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The binary with no language in its environment unless `env` sets one.
fn sixfold_env(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sixfold"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1");
    for name in ["SIXFOLD_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("the sixfold binary runs")
}

fn sixfold(args: &[&str], dir: &Path) -> Output {
    sixfold_env(args, dir, &[])
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A copy of the bundled document whose French rendering merges operative paragraphs 3
/// and 4 and misprints a year.
fn damaged_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dst = tmp.path().join("A-RES-51-60");
    std::fs::create_dir(&dst).expect("create the copy");
    for entry in std::fs::read_dir(repo().join("translations/A-RES-51-60")).expect("readable") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().expect("a file name").to_owned();
        let mut text = std::fs::read_to_string(&path).expect("a UTF-8 file");
        if name == "fr.md" {
            text = text.replace("\n4. ", " 4. ").replacen("1961", "1916", 1);
        }
        std::fs::write(dst.join(name), text).expect("write the copy");
    }
    tmp
}

/// A line as compared with the renderings: without Markdown bold or hard-break spaces.
fn normalised(line: &str) -> String {
    line.replace("**", "").trim_end().to_owned()
}

#[test]
fn rendered_headers_appear_line_for_line_in_the_bundled_renderings() {
    let mut all = String::new();
    for lang in LANGS {
        let out = sixfold(
            &[
                "meta",
                "translations/A-RES-51-60",
                "--render",
                "--layout",
                "1990s",
                "--lang",
                lang,
            ],
            &repo(),
        );
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
        let rendered = stdout(&out);
        let bundled =
            std::fs::read_to_string(repo().join(format!("translations/A-RES-51-60/{lang}.md")))
                .expect("the bundled rendering");
        let bundled: Vec<String> = bundled.lines().map(normalised).collect();
        // Every rendered line, in order, is a whole line of the rendering.
        let mut from = 0;
        for line in rendered.lines().map(normalised).filter(|l| !l.is_empty()) {
            let at = bundled[from..]
                .iter()
                .position(|b| *b == line)
                .unwrap_or_else(|| {
                    panic!("{lang}: `{line}` is not in {lang}.md after line {from}")
                });
            from += at + 1;
        }
        let _ = write!(all, "==> {lang} <==\n{rendered}");
        assert!(
            !rendered.contains([FSI, PDI]),
            "{lang}: terminal text is not isolated"
        );
    }
    insta::assert_snapshot!("rendered_headers", all);
}

#[test]
fn render_needs_a_folder_and_a_language() {
    let out = sixfold(&["meta", "translations/A-RES-51-60", "--render"], &repo());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--lang"), "{}", stderr(&out));
    let out = sixfold(
        &[
            "meta",
            "translations/A-RES-51-60/fr.md",
            "--render",
            "--lang",
            "fr",
        ],
        &repo(),
    );
    assert_eq!(out.status.code(), Some(2));
    let json = sixfold(
        &[
            "meta",
            "translations/A-RES-51-60",
            "--render",
            "--layout",
            "1990s",
            "--lang",
            "ru",
            "--format",
            "json",
        ],
        &repo(),
    );
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("valid JSON");
    assert_eq!(value["language"], "ru");
    assert_eq!(value["masthead"][3][0], "Пятьдесят первая сессия");
    // Without `--layout`, today's masthead: "United Nations" first, the session fifth.
    let json = sixfold(
        &[
            "meta",
            "translations/A-RES-51-60",
            "--render",
            "--lang",
            "ru",
            "--format",
            "json",
        ],
        &repo(),
    );
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("valid JSON");
    assert_eq!(value["masthead"][0][0], "Организация Объединенных Наций");
    assert_eq!(value["masthead"][4][0], "Пятьдесят первая сессия");
    let out = sixfold(
        &["meta", "translations/A-RES-51-60", "--layout", "1990s"],
        &repo(),
    );
    assert_eq!(out.status.code(), Some(2), "--layout needs --render");
}

#[test]
fn the_check_report_in_six_languages() {
    let tmp = damaged_copy();
    for lang in LANGS {
        let out = sixfold(&["--ui-lang", lang, "check", "A-RES-51-60"], tmp.path());
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let text = stdout(&out);
        assert!(
            !text.contains([FSI, PDI]),
            "{lang}: no isolation marks in a terminal"
        );
        // Codes, file names and lines stay as they are in every language.
        for fixed in [
            "fr.md:27",
            "merged-paragraphs",
            "numbers-differ",
            "A/RES/51/60",
        ] {
            assert!(text.contains(fixed), "{lang}: {fixed} in {text}");
        }
        insta::assert_snapshot!(format!("check_{lang}"), text);
    }
}

#[test]
fn json_output_is_the_same_in_every_interface_language() {
    let tmp = damaged_copy();
    let english = sixfold(&["check", "A-RES-51-60", "--format", "json"], tmp.path());
    for lang in ["ar", "zh", "ru"] {
        let out = sixfold(
            &[
                "--ui-lang",
                lang,
                "check",
                "A-RES-51-60",
                "--format",
                "json",
            ],
            tmp.path(),
        );
        assert_eq!(stdout(&out), stdout(&english), "{lang}");
    }
}

#[test]
fn the_language_comes_from_the_option_then_sixfold_lang_then_the_locale() {
    let tmp = damaged_copy();
    let summary = |env: &[(&str, &str)], args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["check", "A-RES-51-60"]);
        let out = sixfold_env(&all, tmp.path(), env);
        stdout(&out)
            .lines()
            .last()
            .unwrap_or_default()
            .trim()
            .to_owned()
    };
    assert_eq!(summary(&[], &[]), "3 errors, 0 warnings, 0 infos");
    assert_eq!(
        summary(&[("LANG", "fr_FR.UTF-8")], &[]),
        "3 erreurs, 0 avertissement, 0 info"
    );
    assert_eq!(
        summary(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "C.UTF-8")], &[]),
        "3 errors, 0 warnings, 0 infos",
        "LC_ALL wins over LANG"
    );
    assert_eq!(
        summary(
            &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "es_ES.UTF-8")],
            &[]
        ),
        "3 errores, 0 advertencias, 0 notas"
    );
    assert_eq!(
        summary(&[("LC_ALL", "fr_FR.UTF-8"), ("SIXFOLD_LANG", "ru")], &[]),
        "3 ошибки, 0 предупреждений, 0 замечаний"
    );
    assert_eq!(
        summary(&[("SIXFOLD_LANG", "ru")], &["--ui-lang", "zh"]),
        "3 个错误，0 个警告，0 个提示"
    );
    // `--lang` of a subcommand is the input's language, not the interface's.
    let out = sixfold(
        &["meta", "translations/A-RES-51-60/zh.md", "--lang", "zh"],
        &repo(),
    );
    assert!(
        stdout(&out).contains("  symbol        A/RES/51/60"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn errors_and_help_are_localised() {
    let out = sixfold(&["--ui-lang", "fr", "check", "no-such-folder"], &repo());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("erreur : "), "{}", stderr(&out));
    let out = sixfold(&["--ui-lang", "ar", "meta", "no-such-file"], &repo());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("خطأ: ") && err.contains("no-such-file"),
        "{err}"
    );
    assert!(
        !err.contains([FSI, PDI]),
        "no marks around a path in a terminal"
    );

    let help = stdout(&sixfold(&["--ui-lang", "zh", "--help"], &repo()));
    assert!(help.contains("联合国正式文件六种语文工具"), "{help}");
    assert!(help.contains("对照参照文本检查各文本"), "{help}");
    assert!(help.contains("界面语文"), "{help}");
    let help = stdout(&sixfold(&["check", "--help", "--ui-lang", "es"], &repo()));
    assert!(help.starts_with("Comparar las versiones"), "{help}");
    // Every argument with a Fluent help text shows it, in every language.
    for (sub, arg_help_start) in [
        ("id", "Symbols or version ids"),
        ("align", "Document folders (each holding"),
        ("check", "Reference language the others are compared with"),
        ("history", "Reference language the others are compared with"),
        ("stale", "Revision to check"),
        ("pin", "Why the decision was made"),
        ("export", "Languages to export"),
        ("meta", "A rendering (`fr.md`)"),
    ] {
        let help = stdout(&sixfold(&[sub, "--help"], &repo()));
        assert!(help.contains(arg_help_start), "{sub}: {help}");
        for lang in ["ar", "zh", "fr", "ru", "es"] {
            let help = stdout(&sixfold(&["--ui-lang", lang, sub, "--help"], &repo()));
            assert!(!help.contains(arg_help_start), "{lang} {sub}: {help}");
        }
    }
    let help = stdout(&sixfold(&["--ui-lang", "fr", "meta", "--help"], &repo()));
    assert!(
        help.contains("Écrire l'en-tête et les lignes finales"),
        "{help}"
    );
    let help = stdout(&sixfold(&["--help"], &repo()));
    assert!(
        help.contains("Parse, validate and normalise UN document symbols."),
        "{help}"
    );
    let out = sixfold(&["--ui-lang", "de", "check"], &repo());
    assert_eq!(
        out.status.code(),
        Some(2),
        "clap rejects an unknown interface language"
    );
}

#[test]
fn export_labels_follow_the_interface_language() {
    let out = sixfold(
        &[
            "--ui-lang",
            "ar",
            "export",
            "translations/A-RES-51-60",
            "--format",
            "html",
        ],
        &repo(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // No isolation marks in the title: browsers show it in their own chrome.
    assert!(page.contains("<title>A/RES/51/60 — النسخ المحاذاة</title>"));
    let out = sixfold(
        &[
            "export",
            "translations/A-RES-51-60",
            "--format",
            "xliff",
            "--langs",
            "en,ru",
            "--ui-lang",
            "ru",
        ],
        &repo(),
    );
    let xliff = stdout(&out);
    assert!(xliff.contains("рабочий перевод"), "{xliff}");
    assert!(!xliff.contains([FSI, PDI]));
    // Data formats do not change with the interface language.
    let tsv = |lang: &str| {
        stdout(&sixfold(
            &[
                "--ui-lang",
                lang,
                "export",
                "translations/A-RES-51-60",
                "--format",
                "tsv",
            ],
            &repo(),
        ))
    };
    assert_eq!(tsv("zh"), tsv("en"));
}

/// A two-commit repository: six one-paragraph renderings, then an English correction
/// the French has not followed.
fn repository_with_a_stale_french_paragraph() -> tempfile::TempDir {
    use git2::{IndexAddOption, Repository, Signature, Time};
    let dir = tempfile::tempdir().expect("a temporary folder");
    let repo = Repository::init(dir.path()).expect("a repository");
    let folder = dir.path().join("translations/A-X-1");
    std::fs::create_dir_all(&folder).expect("the document folder");
    let texts = [
        (
            "en",
            "1. Welcomes the report of the Secretary-General;\n\n2. Decides to remain seized of the matter.\n",
        ),
        (
            "fr",
            "1. Accueille avec satisfaction le rapport du Secrétaire général ;\n\n2. Décide de rester saisie de la question.\n",
        ),
    ];
    let commit = |time: i64, message: &str| {
        let mut index = repo.index().expect("the index");
        index
            .add_all(["*"], IndexAddOption::DEFAULT, None)
            .expect("add");
        index.write().expect("write the index");
        let tree = repo
            .find_tree(index.write_tree().expect("a tree"))
            .expect("the tree");
        let sig = Signature::new("Test", "test@example.org", &Time::new(time, 0)).expect("sig");
        let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .expect("a commit");
    };
    for (code, text) in texts {
        std::fs::write(folder.join(format!("{code}.md")), text).expect("write");
    }
    commit(1_704_067_200, "two renderings");
    std::fs::write(
        folder.join("en.md"),
        "1. Welcomes with appreciation the report of the Secretary-General;\n\n2. Decides to remain seized of the matter.\n",
    )
    .expect("write");
    commit(1_704_070_800, "en: op. 1");
    dir
}

#[test]
fn history_stale_and_diff_speak_the_interface_language() {
    let repo = repository_with_a_stale_french_paragraph();
    let run = |args: &[&str]| {
        let out = sixfold_env(
            args,
            repo.path(),
            &[
                ("GIT_CONFIG_NOSYSTEM", "1"),
                ("GIT_CONFIG_GLOBAL", "/dev/null"),
            ],
        );
        (out.status.code(), stdout(&out), stderr(&out))
    };
    let (code, text, err) = run(&["--ui-lang", "fr", "history", "translations/A-X-1"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        text.starts_with("historique de translations/A-X-1"),
        "{text}"
    );
    assert!(
        text.contains("en : 2 commits") && text.contains("fr : 1 commit"),
        "{text}"
    );
    let (code, text, err) = run(&["--ui-lang", "ru", "stale", "translations/A-X-1"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        text.contains("1 устаревший сегмент в translations/A-X-1"),
        "{text}"
    );
    let (code, text, err) = run(&[
        "--ui-lang",
        "ar",
        "diff",
        "translations/A-X-1",
        "--from",
        "HEAD~1",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(text.contains("صف واحد مختلف"), "{text}");
    assert!(!text.contains([FSI, PDI]));
    let (_, english, _) = run(&["diff", "translations/A-X-1", "--from", "HEAD~1"]);
    assert!(english.trim_end().ends_with("1 row differs"), "{english}");
    // Their errors too, not only their reports.
    let (code, _, err) = run(&[
        "--ui-lang",
        "fr",
        "diff",
        "translations/A-X-1",
        "--from",
        "no-such-rev",
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("révision « no-such-rev » inconnue"), "{err}");
    // The git library's own words are named as its words, without its class and code
    // numbers.
    assert!(
        err.contains("cause : libgit2 indique : revspec 'no-such-rev' not found\n"),
        "{err}"
    );
    assert!(!err.contains("class="), "{err}");
    let outside = tempfile::tempdir().expect("temp dir");
    let out = sixfold_env(
        &["--ui-lang", "zh", "history", "."],
        outside.path(),
        &[("GIT_CEILING_DIRECTORIES", outside.path().to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("不在 git 仓库中"), "{}", stderr(&out));
}

/// Every check code documented in the checks' table has its message in all six
/// languages, so a new check cannot ship with an English-only explanation.
#[test]
fn every_check_code_has_a_message_in_six_languages() {
    let source = std::fs::read_to_string(repo().join("crates/translations/src/check.rs"))
        .expect("the checks' source");
    let codes: Vec<&str> = source
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .filter_map(|l| l.split('`').next())
        .collect();
    assert!(codes.len() >= 20, "{codes:?}");
    let l10n = sixfold_l10n::Localizer::plain();
    for code in codes {
        for lang in sixfold_core::Lang::ALL {
            assert!(
                l10n.has_message(lang, &sixfold_l10n::finding_message_id(code)),
                "{lang}: no message check-{code}"
            );
        }
    }
}

/// clap's own words follow the interface language too: the default and the possible
/// values after an option's help, and the command-line mistakes clap finds (exit 2).
/// English keeps clap's text exactly.
#[test]
fn command_line_mistakes_and_option_values_are_localised() {
    let out = sixfold(&["--ui-lang", "fr", "check", "--format", "xml"], &repo());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("erreur : valeur « xml » non valable pour --format")
            && stderr(&out).contains("valeurs possibles : text, json"),
        "{}",
        stderr(&out)
    );
    let out = sixfold(&["--ui-lang", "ru", "check", "--bogus"], &repo());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("ошибка: неизвестный параметр «--bogus»"),
        "{}",
        stderr(&out)
    );
    let out = sixfold(&["--ui-lang", "es", "check", "--pivot", "xx"], &repo());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--pivot <PIVOT>: idioma desconocido «xx»"),
        "{}",
        stderr(&out)
    );
    let help = stdout(&sixfold(&["--ui-lang", "fr", "check", "--help"], &repo()));
    assert!(help.contains("[par défaut : en]"), "{help}");
    assert!(help.contains("[valeurs possibles : text, json]"), "{help}");
    assert!(
        !help.contains("[default:") && !help.contains("possible values"),
        "{help}"
    );
    let out = sixfold(&["check", "--format", "xml"], &repo());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: invalid value 'xml' for '--format <FORMAT>'"),
        "{}",
        stderr(&out)
    );
}

/// A folder that does not exist and a rendering that is a symbolic link are explained in
/// the interface language, down to the last cause, without the system's English words.
#[test]
fn load_errors_are_in_the_interface_language() {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let missing = tmp.path().join("nowhere");
    let missing = missing.to_str().expect("UTF-8 path");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .args(["--ui-lang", "fr", "export", missing, "--format", "tsv"])
        .output()
        .expect("the sixfold binary runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("impossible de charger le dossier de document"),
        "{stderr}"
    );
    assert!(stderr.contains("n’existe pas"), "{stderr}");
    assert!(!stderr.contains("os error"), "{stderr}");

    let folder = tmp.path().join("doc");
    std::fs::create_dir(&folder).expect("create the folder");
    std::fs::write(folder.join("en.md"), "The General Assembly,\n").expect("write en");
    std::fs::write(tmp.path().join("secret"), "not a rendering\n").expect("write a file");
    #[cfg(unix)]
    std::os::unix::fs::symlink(tmp.path().join("secret"), folder.join("es.md"))
        .expect("make a link");
    #[cfg(unix)]
    {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_sixfold"))
            .args(["--ui-lang", "es", "export"])
            .arg(&folder)
            .args(["--format", "tsv"])
            .output()
            .expect("the sixfold binary runs");
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("es un enlace simbólico; se esperaba un archivo normal"),
            "{stderr}"
        );
    }
}
