//! What a user sees at a terminal: tables wrapped between words at a terminal's width, no tenant
//! column when one tenant is shown, `-q` for classify, a tenant that left the config still
//! listable, and the `sla` footer in the zone of the tenant shown.

mod common;
use common::Env;

const TWO_TENANTS: &str = "tenant = \"contoso\"\ntimezone = \"America/New_York\"\n\
    [tenants.fabrikam]\ntimezone = \"Asia/Tokyo\"\nplan = \"business-premium\"\n";

fn ledger(config: &str) -> Env {
    let env = Env::with_config(config);
    env.open(&[
        "--title",
        "PowerShell module Connect-ExchangeOnline fails for every administrator account in the tenant",
        "--severity",
        "B",
        "--available-24x7",
    ]);
    env.open(&[
        "--title",
        "Teams meetings cannot be joined by anyone",
        "--severity",
        "A",
        "--tenant",
        "fabrikam",
        "--available-24x7",
    ]);
    env
}

/// stdout of svcreq on a pseudo-terminal `columns` wide (`script`, util-linux); None
/// without it.
fn at_columns(env: &Env, columns: usize, args: &str) -> Option<String> {
    let cmd = format!(
        "stty cols {columns} rows 50; '{}' --db '{}' --config '{}' --now {} --color never {args}",
        env!("CARGO_BIN_EXE_svcreq"),
        env.db().display(),
        env.path("c.toml").display(),
        common::NOW
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .env_remove("COLUMNS")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SVCREQ_LANG")
        .env("USER", "alice")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).replace('\r', ""))
}

/// The words of a table's cells, as a reader sees them line by line.
fn words(table: &str) -> Vec<String> {
    table
        .lines()
        .flat_map(|l| l.split(['│', '┆']))
        .flat_map(|c| c.split_whitespace())
        .map(str::to_string)
        .collect()
}

#[test]
fn tables_on_a_terminal_wrap_between_words() {
    let env = ledger(TWO_TENANTS);
    for (columns, args, whole) in [
        (
            90,
            "list",
            &[
                "PowerShell",
                "Connect-ExchangeOnline",
                "administrator",
                "fabrikam",
            ][..],
        ),
        (
            90,
            "sla --fail-on never",
            &["Connect-ExchangeOnline", "administrator"],
        ),
        (
            80,
            "show 1",
            &["PowerShell", "Connect-ExchangeOnline", "administrator"],
        ),
        (
            120,
            "tenants",
            &["America/New_York", "business-premium", "business-hours"],
        ),
    ] {
        let Some(out) = at_columns(&env, columns, args) else {
            eprintln!("skipped: `script` (util-linux) is not installed");
            return;
        };
        let w = words(&out);
        for word in whole {
            assert!(w.iter().any(|x| x == word), "{args}: '{word}' split\n{out}");
        }
        let widest = out
            .lines()
            .filter(|l| l.starts_with(['│', '╭', '╰', '╞']))
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0);
        assert!(widest <= columns, "{args}: {widest} columns\n{out}");
    }
}

#[test]
fn one_tenant_shown_drops_the_tenant_column() {
    let env = ledger(TWO_TENANTS);
    let both = env.run(&["list"], 0);
    assert!(both.contains("Tenant"), "{both}");
    for args in [
        &["list", "--tenant", "fabrikam"][..],
        &["sla", "--tenant", "fabrikam"],
    ] {
        let one = env.run(args, 0);
        assert!(!one.contains("Tenant"), "{args:?}\n{one}");
        assert!(one.contains("Teams meetings"), "{args:?}\n{one}");
    }
    let single = Env::new();
    single.open(&["--title", "x", "--severity", "C"]);
    let out = single.run(&["sla", "--fail-on", "never", "--tenant", "default"], 0);
    assert!(!out.contains("Tenant"), "{out}");
}

#[test]
fn classify_quiet_prints_the_severity_alone() {
    let env = Env::new();
    let out = env.run(
        &["classify", "-q", "All users cannot send or receive mail"],
        0,
    );
    assert_eq!(out, "A\n");
    let out = env.run(
        &["classify", "--quiet", "How much does an E5 licence cost?"],
        0,
    );
    assert_eq!(out, "presales\n");
}

#[test]
fn list_accepts_a_tenant_that_left_the_config() {
    let env = ledger(TWO_TENANTS);
    // fabrikam leaves the config; its history stays listable and reported.
    std::fs::write(
        env.path("c.toml"),
        "tenant = \"contoso\"\ntimezone = \"America/New_York\"\n",
    )
    .unwrap();
    let ids = env.run(&["list", "--tenant", "fabrikam", "--format", "ids"], 0);
    assert_eq!(ids, "2\n");
    let sla = env.run(&["sla", "--tenant", "fabrikam", "--format", "csv"], 0);
    assert_eq!(sla.lines().count(), 2, "{sla}");
    // Times given for it are read in the zone its requests were filed in (Tokyo).
    let since = env.run(
        &[
            "list",
            "--tenant",
            "fabrikam",
            "--since",
            "2026-11-24 19:00",
            "--format",
            "ids",
        ],
        0,
    );
    assert_eq!(since, "2\n", "10:00Z is 19:00 in Tokyo");
    let after = env.run(
        &[
            "list",
            "--tenant",
            "fabrikam",
            "--since",
            "2026-11-24 19:01",
            "--format",
            "ids",
        ],
        0,
    );
    assert_eq!(after, "");
}

#[test]
fn a_tenant_in_neither_config_nor_ledger_is_refused() {
    let env = ledger(TWO_TENANTS);
    for cmd in ["list", "sla"] {
        let err = env.fail(&[cmd, "--tenant", "nobody"], 2);
        assert_eq!(
            err,
            "svcreq: unknown tenant 'nobody': it is neither in the config nor in the ledger; known tenants: contoso, fabrikam\n"
        );
    }
}

#[test]
fn sla_footer_uses_the_zone_of_the_tenant_shown() {
    let env = ledger(TWO_TENANTS);
    let tokyo = env.run(&["sla", "--tenant", "fabrikam"], 0);
    let footer = tokyo.lines().last().unwrap();
    assert!(footer.ends_with("(at 2026-11-24 19:00:00 JST)"), "{footer}");
    let all = env.run(&["sla"], 0);
    let footer = all.lines().last().unwrap();
    assert!(footer.ends_with("(at 2026-11-24 05:00:00 EST)"), "{footer}");
}

#[test]
fn usage_errors_are_one_line_with_exit_2() {
    let env = Env::new();
    for (args, line) in [
        (
            &["list", "--colour", "never"][..],
            "svcreq: unexpected argument '--colour' found (a similar argument exists: '--color'); see --help\n",
        ),
        (
            &["open"],
            "svcreq: the following required arguments were not provided: --title <TITLE>; see --help\n",
        ),
        (
            &["open", "--title", "x", "--severity", "D"],
            "svcreq: invalid value 'D' for '--severity <SEVERITY>': unknown severity 'D'; use one of: A, B, C; see --help\n",
        ),
    ] {
        assert_eq!(env.fail(args, 2), line, "{args:?}");
    }
    // Help and version are not errors.
    assert!(env.run(&["open", "--help"], 0).contains("--title"));
}

/// The tenants table at 80 columns never splits a time-zone id (nor a plan or target):
/// the targets move to a table of their own when one table cannot keep its words whole.
#[test]
fn tenants_at_80_columns_keep_zone_ids_whole() {
    let env = ledger(TWO_TENANTS);
    let Some(out) = at_columns(&env, 80, "tenants") else {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    };
    let w = words(&out);
    for word in [
        "America/New_York",
        "Asia/Tokyo",
        "business-premium",
        "business-hours",
        "next-day",
    ] {
        assert!(w.iter().any(|x| x == word), "'{word}' split\n{out}");
    }
    let widest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 80, "{widest} columns\n{out}");
    let mut s = insta::Settings::clone_current();
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s.bind(|| insta::assert_snapshot!("table_tenants_80", out));
}

/// Japanese tables at 80 columns (SPEC 10): wide characters are counted as two columns, so
/// every line of a table is as wide as its border and none passes 80; the Japanese tables
/// use no character of ambiguous width.
#[test]
fn japanese_tables_align_at_80_columns() {
    use unicode_width::UnicodeWidthStr;
    let env = ledger(TWO_TENANTS);
    env.open(&[
        "--title",
        "全ユーザーがメールを送受信できない。回避策はありません",
        "--category",
        "technical",
    ]);
    for args in [
        "--lang ja list",
        "--lang ja sla --all",
        "--lang ja show 3",
        "--lang ja tenants",
    ] {
        let Some(out) = at_columns(&env, 80, args) else {
            eprintln!("skipped: `script` (util-linux) is not installed");
            return;
        };
        let mut width = None;
        for line in out
            .lines()
            .filter(|l| l.starts_with(['╭', '│', '╞', '├', '╰']))
        {
            let w = line.width();
            assert!(w <= 80, "{args}: {w} columns\n{out}");
            if line.starts_with('╭') {
                width = Some(w);
            }
            assert_eq!(Some(w), width, "{args}: a line out of line\n{out}");
            assert!(!line.contains(['—', '·']), "{args}: ambiguous width\n{out}");
        }
        assert!(width.is_some(), "{args}: no table\n{out}");
    }
}
