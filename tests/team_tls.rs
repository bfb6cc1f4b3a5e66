//! TLS to the team ledger (SPEC 8: libpq's sslmodes through rustls), against a server of
//! its own: a throwaway CA and server certificate made with `openssl`, a cluster started
//! with `ssl=on` that takes TCP connections over TLS only (`hostssl`). `verify-full` with
//! the right CA and host connects; a wrong CA, a wrong host name, or no TLS at all is
//! refused in one sentence. Skipped without PostgreSQL's server programs or `openssl`
//! (failed with CI=true, as the other team-ledger tests).

mod common;
use common::pg;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// A server program, as the `postgres` user when we are root (initdb refuses root).
fn server_cmd(bin: &Path, prog: &str) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin.join(prog));
        c
    } else {
        Command::new(bin.join(prog))
    }
}

fn run(c: &mut Command) {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{c:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn openssl(dir: &Path, args: &[&str]) {
    run(Command::new("openssl").current_dir(dir).args(args));
}

/// A CA (`NAME.crt`, `NAME.key`) with an EC key.
fn make_ca(dir: &Path, name: &str) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.crt"),
            "-days",
            "2",
            "-subj",
            &format!("/CN=svcreq test {name}"),
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
}

/// A server certificate for the name `localhost` only, signed by the CA `ca`.
fn make_server_cert(dir: &Path, ca: &str) {
    openssl(
        dir,
        &[
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=localhost",
        ],
    );
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            &format!("{ca}.crt"),
            "-CAkey",
            &format!("{ca}.key"),
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
        ],
    );
}

/// A cluster listening on 127.0.0.1 with TLS (TCP over TLS only), stopped and removed on
/// drop.
struct TlsCluster {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
}

impl Drop for TlsCluster {
    fn drop(&mut self) {
        let _ = server_cmd(&self.bin, "pg_ctl")
            .arg("-D")
            .arg(self.dir.join("data"))
            .args(["-m", "immediate", "-w", "stop"])
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn start(bin: &Path, dir: &Path) -> TlsCluster {
    let data = dir.join("data");
    if is_root() {
        run(Command::new("chown").args(["-R", "postgres"]).arg(dir));
    }
    run(server_cmd(bin, "initdb")
        .arg("-D")
        .arg(&data)
        .args(["-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"])
        .arg("--locale=C.UTF-8"));
    // Unix socket for the owner; TCP only over TLS.
    std::fs::write(
        data.join("pg_hba.conf"),
        "local all all trust\nhostssl all all 127.0.0.1/32 trust\n",
    )
    .unwrap();
    if is_root() {
        run(Command::new("chown")
            .arg("postgres")
            .arg(data.join("pg_hba.conf")));
    }
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let opts = format!(
        "-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={d} -c fsync=off \
         -c ssl=on -c ssl_cert_file={d}/server.crt -c ssl_key_file={d}/server.key",
        d = dir.display()
    );
    let cluster = TlsCluster {
        bin: bin.to_path_buf(),
        dir: dir.to_path_buf(),
        port,
    };
    run(server_cmd(bin, "pg_ctl")
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(dir.join("log"))
        .args(["-w", "-o", &opts, "start"]));
    cluster
}

fn svcreq(url: &str, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_svcreq"));
    for (k, _) in std::env::vars() {
        if k.starts_with("SVCREQ_") || k.starts_with("PG") || k.starts_with("LC_") || k == "LANG" {
            c.env_remove(&k);
        }
    }
    c.args(["--db", url, "--now", common::NOW])
        .args(args)
        .output()
        .unwrap()
}

fn refused_in_one_sentence(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.starts_with("svcreq: "), "{err}");
    assert!(
        !err.contains("error performing TLS") && !err.contains("InvalidCertificate"),
        "the driver's wording: {err}"
    );
    err
}

#[test]
fn tls_verify_full_with_a_throwaway_ca() {
    let Some(bin) = pg::bin_dir() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but PostgreSQL is not installed"
        );
        eprintln!("skipped: PostgreSQL is not installed");
        return;
    };
    if Command::new("openssl").arg("version").output().is_err() {
        eprintln!("skipped: openssl is not installed");
        return;
    }
    let dir = tempfile::Builder::new()
        .prefix("svcreq-tls.")
        .tempdir()
        .unwrap()
        .keep();
    make_ca(&dir, "ca");
    make_ca(&dir, "other-ca");
    make_server_cert(&dir, "ca");
    run(Command::new("chmod").arg("600").arg(dir.join("server.key")));
    let c = start(&bin, &dir);
    let ca = dir.join("ca.crt");
    let other = dir.join("other-ca.crt");
    let url = |host: &str, mode: &str, root: &Path| {
        format!(
            "postgresql://postgres@{host}:{}/postgres?sslmode={mode}&sslrootcert={}",
            c.port,
            root.display()
        )
    };
    // The owner creates the ledger over verified TLS, then reads it.
    let good = url("localhost", "verify-full", &ca);
    let out = svcreq(&good, &["db", "init"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = svcreq(&good, &["list", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    // The chain alone (verify-ca) does not care for the name; require encrypts.
    assert_eq!(
        svcreq(&url("127.0.0.1", "verify-ca", &ca), &["list", "-q"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        svcreq(&url("127.0.0.1", "require", &ca), &["list", "-q"])
            .status
            .code(),
        Some(0)
    );
    // A wrong CA (also under require, which with a root file verifies the chain, as libpq
    // does), a wrong host name, no TLS: one sentence, exit 1.
    for bad in [
        url("localhost", "verify-full", &other),
        url("localhost", "verify-ca", &other),
        url("127.0.0.1", "require", &other),
        url("127.0.0.1", "verify-full", &ca),
    ] {
        let err = refused_in_one_sentence(&svcreq(&bad, &["list"]));
        assert!(err.contains("certificate"), "{bad}: {err}");
    }
    // sslmode=disable against a server that takes TLS only: it says so, not that the
    // password is wrong, in both languages.
    let plain = format!(
        "postgresql://postgres@127.0.0.1:{}/postgres?sslmode=disable",
        c.port
    );
    let err = refused_in_one_sentence(&svcreq(&plain, &["list"]));
    assert!(
        err.contains("only TLS") && err.contains("sslmode=disable") && !err.contains("password"),
        "{err}"
    );
    let err = refused_in_one_sentence(&svcreq(&plain, &["--lang", "ja", "list"]));
    assert!(
        err.contains("TLS") && err.contains("sslmode=disable") && !err.contains("パスワード"),
        "{err}"
    );
}
