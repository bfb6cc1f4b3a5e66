//! The team ledger on PostgreSQL (SPEC 8): the `postgres://` URL in libpq's syntax, the
//! password from `PGPASSWORD` or `~/.pgpass`, TLS through rustls with libpq's `sslmode`s,
//! the schema check every command makes (`svcreq_meta`), `db init` and `db migrate`, and
//! the statement cache. No message shows a password: svcreq never takes one in a URL.

use super::sql::{Arg, DbError, DbResult};
use crate::error::{failure, usage};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Schema steps of the team ledger: entry N brings it from version N to N + 1, with the
/// same numbers as the SQLite ledger's steps (`open::MIGRATIONS`).
pub(crate) const PG_MIGRATIONS: &[&str] = &[
    include_str!("pg/v1.sql"),
    include_str!("pg/v2.sql"),
    include_str!("pg/v3.sql"),
    include_str!("pg/v4.sql"),
    include_str!("pg/v5.sql"),
    include_str!("pg/v6.sql"),
    include_str!("pg/v7.sql"),
    include_str!("pg/v8.sql"),
];

/// The table that stamps a database as an svcreq team ledger, with its schema version.
const META: &str = "-- svcreq team ledger: what this database is, and its schema version.\n\
CREATE TABLE svcreq_meta (\n    key   TEXT PRIMARY KEY,\n    value TEXT NOT NULL\n);\n";

/// Whether `--db` names a PostgreSQL ledger (SPEC 8).
pub fn is_url(s: &str) -> bool {
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// libpq's `sslmode` values (`allow` is taken as `prefer`: TLS when the server offers it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// Where the server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    Tcp(String),
    /// A Unix socket directory.
    Socket(PathBuf),
}

/// A parsed ledger URL: everything but a password, which never comes from the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub host: Host,
    pub port: u16,
    pub dbname: String,
    pub user: String,
    pub sslmode: SslMode,
    pub sslrootcert: Option<PathBuf>,
    pub connect_timeout: Option<u64>,
}

impl Target {
    /// The ledger as messages name it: `postgres://user@host:port/db` (never a password).
    pub fn label(&self) -> String {
        let host = match &self.host {
            Host::Tcp(h) if h.contains(':') => format!("[{h}]"),
            Host::Tcp(h) => h.clone(),
            Host::Socket(p) => percent_encode(&p.to_string_lossy()),
        };
        format!(
            "postgres://{}@{host}:{}/{}",
            crate::output::inert_line(&self.user),
            self.port,
            crate::output::inert_line(&self.dbname)
        )
    }
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn percent_decode(s: &str, what: &str) -> anyhow::Result<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match hex {
                Some(b) => out.push(b),
                None => {
                    return Err(usage(crate::tr!(
                        "pg-url-bad-percent",
                        part = url_part(what)
                    )));
                }
            }
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| usage(crate::tr!("pg-url-not-utf8", part = url_part(what))))
}

/// The words for a part of the URL (`user`, `host`, `dbname`, or a parameter's name, which
/// stays as written) in the reader's language.
fn url_part(what: &str) -> String {
    crate::tr!("pg-url-part", part = crate::output::inert_line(what))
}

fn password_hint() -> String {
    crate::tr!("pg-url-password")
}

/// Parse a `postgres://` / `postgresql://` URL in libpq's syntax (host, port, dbname,
/// user, `sslmode`, `sslrootcert`, `connect_timeout`, `application_name`), with libpq's
/// environment defaults (`PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGSSLMODE`,
/// `PGSSLROOTCERT`). A password in it is refused (exit 2).
pub fn parse_url(url: &str) -> anyhow::Result<Target> {
    let rest = url
        .strip_prefix("postgresql://")
        .or_else(|| url.strip_prefix("postgres://"))
        .ok_or_else(|| usage(crate::tr!("pg-url-scheme")))?;
    let (main, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (authority, path) = match main.find('/') {
        Some(i) => (&main[..i], &main[i + 1..]),
        None => (main, ""),
    };
    let (userinfo, hostport) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let mut user = None;
    if let Some(u) = userinfo {
        if u.contains(':') {
            return Err(usage(password_hint()));
        }
        if !u.is_empty() {
            user = Some(percent_decode(u, "user")?);
        }
    }
    if hostport.contains(',') {
        return Err(usage(crate::tr!("pg-url-several-hosts")));
    }
    let (mut host, mut port) = (None, None);
    if let Some(h) = hostport.strip_prefix('[') {
        let (h, p) = h
            .split_once(']')
            .ok_or_else(|| usage(crate::tr!("pg-url-bracket")))?;
        host = Some(h.to_string());
        if let Some(p) = p.strip_prefix(':') {
            port = Some(p.to_string());
        }
    } else if !hostport.is_empty() {
        match hostport.rsplit_once(':') {
            Some((h, p)) => {
                host = Some(percent_decode(h, "host")?).filter(|h| !h.is_empty());
                port = Some(p.to_string());
            }
            None => host = Some(percent_decode(hostport, "host")?),
        }
    }
    let mut dbname = Some(percent_decode(path, "dbname")?).filter(|d| !d.is_empty());
    let mut sslmode = None;
    let mut sslrootcert = None;
    let mut connect_timeout = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = percent_decode(v, k)?;
        match k {
            "host" => host = Some(v),
            "port" => port = Some(v),
            "dbname" => dbname = Some(v),
            "user" => user = Some(v),
            "sslmode" => sslmode = Some(v),
            "sslrootcert" => sslrootcert = Some(v),
            "connect_timeout" => connect_timeout = Some(v),
            "application_name" => {}
            "password" => return Err(usage(password_hint())),
            other => {
                return Err(usage(crate::tr!(
                    "pg-url-parameter",
                    name = crate::output::inert_line(other)
                )));
            }
        }
    }
    let host = host.or_else(|| env("PGHOST"));
    let host = match host {
        Some(h) if h.starts_with('/') => Host::Socket(PathBuf::from(h)),
        Some(h) => Host::Tcp(h),
        None => Host::Socket(PathBuf::from("/var/run/postgresql")),
    };
    let port = match port.or_else(|| env("PGPORT")) {
        None => 5432,
        Some(p) => p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| {
            usage(crate::tr!(
                "pg-url-port",
                port = crate::output::inert_line(&p)
            ))
        })?,
    };
    let user = user
        .or_else(|| env("PGUSER"))
        .or_else(|| env("USER"))
        .or_else(|| env("LOGNAME"))
        .ok_or_else(|| usage(crate::tr!("pg-url-no-user")))?;
    let dbname = dbname
        .or_else(|| env("PGDATABASE"))
        .unwrap_or_else(|| user.clone());
    // A bad value is named with where it came from: the URL, or PGSSLMODE.
    let from_env = sslmode.is_none();
    let sslmode = match sslmode.or_else(|| env("PGSSLMODE")).as_deref() {
        None | Some("prefer") => SslMode::Prefer,
        Some("disable") => SslMode::Disable,
        Some("allow") => SslMode::Prefer,
        Some("require") => SslMode::Require,
        Some("verify-ca") => SslMode::VerifyCa,
        Some("verify-full") => SslMode::VerifyFull,
        Some(other) => {
            return Err(usage(crate::tr!(
                if from_env {
                    "pg-sslmode-env"
                } else {
                    "pg-sslmode"
                },
                value = crate::output::inert_line(other)
            )));
        }
    };
    let connect_timeout = match connect_timeout {
        None => None,
        Some(t) => Some(
            t.parse::<u64>()
                .map_err(|_| usage(crate::tr!("pg-url-timeout")))?,
        ),
    };
    Ok(Target {
        host,
        port,
        dbname,
        user,
        sslmode,
        sslrootcert: sslrootcert
            .or_else(|| env("PGSSLROOTCERT"))
            .map(PathBuf::from),
        connect_timeout,
    })
}

/// The password for `t`: `PGPASSWORD`, else the first matching line of `~/.pgpass` (or
/// `PGPASSFILE`), read as libpq reads it (`host:port:db:user:password`, `*` for any,
/// `\:` and `\\` escaped); a file others can read is ignored, with a warning, as libpq does; a file larger
/// than [`crate::error::TEXT_FILE_CAP`] is not read.
pub fn password(t: &Target) -> Option<String> {
    if let Some(p) = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty()) {
        return Some(p);
    }
    let file = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass")))?;
    let meta = std::fs::metadata(&file).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            crate::output::say_err(&format!(
                "svcreq: {}",
                crate::i18n::full_stop(crate::tr!(
                    "pg-pgpass-readable",
                    path = file.display().to_string(),
                    mode = format!("{:o}", meta.permissions().mode() & 0o777)
                ))
            ));
            return None;
        }
    }
    let _ = meta;
    // Bounded as every file svcreq reads is (SPEC 2): a password file past the cap, or a
    // device named by PGPASSFILE, is not read whole.
    let text = crate::error::read_text(&file).ok()?;
    pgpass_lookup(&text, t)
}

/// The password of the first `.pgpass` line matching `t`.
pub fn pgpass_lookup(text: &str, t: &Target) -> Option<String> {
    let (host, local) = match &t.host {
        Host::Tcp(h) => (h.clone(), false),
        Host::Socket(p) => (p.to_string_lossy().into_owned(), true),
    };
    let port = t.port.to_string();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                }
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
                c => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() != 5 {
            continue;
        }
        let m = |f: &str, v: &str| f == "*" || f == v;
        let host_ok = m(&fields[0], &host) || (local && fields[0] == "localhost");
        if host_ok && m(&fields[1], &port) && m(&fields[2], &t.dbname) && m(&fields[3], &t.user) {
            return Some(fields[4].clone());
        }
    }
    None
}

/// A connection to the team ledger, with the statements it has prepared.
pub struct PgConn {
    client: RefCell<postgres::Client>,
    stmts: RefCell<HashMap<String, postgres::Statement>>,
    /// Statements run once so far, unprepared: the second run of one prepares it.
    seen: RefCell<HashSet<String>>,
    /// The session's transactions are read-only unless they say otherwise (read commands).
    read_only: bool,
    /// Opened for a write command ([`PgConn::for_writes`]).
    writer: bool,
    /// A read-write transaction is open already, begun with the access read
    /// ([`super::access::open`]): the next [`PgConn::begin`] takes it rather than
    /// spending a round trip on its own.
    begun: std::cell::Cell<bool>,
    /// A request and its history read with the access data, in the same round trip
    /// ([`super::access::open`]), for the command that named it; taken by its first read.
    read_ahead: RefCell<Option<ReadAhead>>,
    /// The URL without a password, for messages.
    pub label: String,
}

/// The rows of one request read ahead ([`super::access::open`]): as
/// [`super::Store::get_with_events`] reads them, as text (a simple query's rows).
pub(crate) struct ReadAhead {
    /// The request asked for.
    pub id: i64,
    /// Its row (none: not there, or not the role's to see), with its import's time and actor.
    pub request: Vec<postgres::SimpleQueryRow>,
    /// Its events, oldest first.
    pub events: Vec<postgres::SimpleQueryRow>,
}

impl PgConn {
    /// A statement run before: prepared now, once per connection, and kept.
    fn stmt(&self, sql: &str) -> DbResult<Option<postgres::Statement>> {
        if let Some(s) = self.stmts.borrow().get(sql) {
            return Ok(Some(s.clone()));
        }
        if self.seen.borrow_mut().insert(sql.to_string()) {
            return Ok(None);
        }
        let st = self.client.borrow_mut().prepare(&super::sql::pg(sql))?;
        self.stmts.borrow_mut().insert(sql.to_string(), st.clone());
        Ok(Some(st))
    }

    fn params<'a>(args: &'a [Arg<'_>]) -> Vec<&'a (dyn postgres::types::ToSql + Sync)> {
        args.iter()
            .map(|a| a as &(dyn postgres::types::ToSql + Sync))
            .collect()
    }

    /// The arguments of an unprepared statement: their types left to the server, which
    /// infers them from the statement as it does when preparing one, and their values
    /// sent as text, which it reads as the types it inferred.
    fn untyped<'a>(
        args: &'a [Arg<'_>],
    ) -> Vec<(
        &'a (dyn postgres::types::ToSql + Sync),
        postgres::types::Type,
    )> {
        args.iter()
            .map(|a| {
                (
                    a as &(dyn postgres::types::ToSql + Sync),
                    postgres::types::Type::UNKNOWN,
                )
            })
            .collect()
    }

    /// Run one statement. The first time a statement runs on this connection it is sent
    /// unprepared, with its arguments, in one round trip (most statements of a command run
    /// once); the second time it is prepared and kept, so a loop pays one round trip a row.
    pub fn exec(&self, sql: &str, args: &[Arg<'_>]) -> DbResult<u64> {
        Ok(match self.stmt(sql)? {
            Some(st) => self.client.borrow_mut().execute(&st, &Self::params(args))?,
            None => self
                .client
                .borrow_mut()
                .execute_typed(&super::sql::pg(sql), &Self::untyped(args))?,
        })
    }

    /// The rows of one query (unprepared the first time, as [`PgConn::exec`]).
    pub fn query(&self, sql: &str, args: &[Arg<'_>]) -> DbResult<Vec<postgres::Row>> {
        Ok(match self.stmt(sql)? {
            Some(st) => self.client.borrow_mut().query(&st, &Self::params(args))?,
            None => self
                .client
                .borrow_mut()
                .query_typed(&super::sql::pg(sql), &Self::untyped(args))?,
        })
    }

    /// This connection serves a write command: its transactions ([`PgConn::begin`]) may
    /// write even when the session was opened read-only (to read the team's configuration
    /// first, [`open`]); statements outside them stay read-only.
    pub fn for_writes(mut self) -> PgConn {
        self.writer = true;
        self
    }

    /// Begin a transaction: read-only on a read command's session, read-write for a
    /// write command's.
    pub fn begin(&self) -> DbResult<()> {
        if self.begun.replace(false) {
            return Ok(());
        }
        self.batch(if self.writer && self.read_only {
            "BEGIN READ WRITE"
        } else {
            "BEGIN"
        })
    }

    /// A read-write transaction was begun on this connection by the statements it last
    /// ran ([`super::access::open`] for a write command): the next [`PgConn::begin`]
    /// takes it.
    pub(crate) fn begun_for_writes(&self) {
        self.begun.set(true);
    }

    /// Keep the rows of a request read ahead, for [`PgConn::take_read_ahead`].
    pub(crate) fn keep_read_ahead(&self, ahead: ReadAhead) {
        *self.read_ahead.borrow_mut() = Some(ahead);
    }

    /// The rows read ahead for request `id`, once; none for another request (they are
    /// dropped then: only the first read may take them, before anything else is read).
    pub(crate) fn take_read_ahead(&self, id: i64) -> Option<ReadAhead> {
        self.read_ahead.borrow_mut().take().filter(|a| a.id == id)
    }

    /// Statements without arguments, in one round trip.
    pub fn batch(&self, sql: &str) -> DbResult<()> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    /// The client, for COPY.
    pub fn client(&self) -> std::cell::RefMut<'_, postgres::Client> {
        self.client.borrow_mut()
    }
}

/// A certificate verifier that accepts any server certificate: libpq's `prefer` and
/// `require` encrypt without checking who the server is.
#[derive(Debug)]
struct AnyCert(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AnyCert {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the chain must lead to the given CA; the name is not checked.
#[derive(Debug)]
struct CaOnly(Arc<rustls::client::WebPkiServerVerifier>);

impl rustls::client::danger::ServerCertVerifier for CaOnly {
    fn verify_server_cert(
        &self,
        end_entity: &rustls::pki_types::CertificateDer<'_>,
        intermediates: &[rustls::pki_types::CertificateDer<'_>],
        server_name: &rustls::pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        use rustls::{CertificateError as C, Error as E};
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(E::InvalidCertificate(C::NotValidForName | C::NotValidForNameContext { .. })) => {
                Ok(rustls::client::danger::ServerCertVerified::assertion())
            }
            other => other,
        }
    }
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// The root certificate file: `sslrootcert`, else libpq's `~/.postgresql/root.crt`.
fn root_cert_file(t: &Target) -> Option<PathBuf> {
    t.sslrootcert.clone().or_else(|| {
        let p = PathBuf::from(std::env::var_os("HOME")?).join(".postgresql/root.crt");
        p.exists().then_some(p)
    })
}

/// The rustls configuration for `t`'s sslmode (libpq's meaning: `require` with a root
/// certificate file verifies the chain, as `verify-ca`).
fn tls_config(t: &Target) -> anyhow::Result<rustls::ClientConfig> {
    use rustls::pki_types::{CertificateDer, pem::PemObject};
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|_| failure(crate::tr!("pg-tls-setup")))?;
    let root = root_cert_file(t);
    let mode = match (t.sslmode, &root) {
        (SslMode::Require, Some(_)) if t.sslrootcert.is_some() => SslMode::VerifyCa,
        (m, _) => m,
    };
    if matches!(mode, SslMode::Prefer | SslMode::Require | SslMode::Disable) {
        return Ok(builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyCert(provider)))
            .with_no_client_auth());
    }
    let Some(root) = root else {
        return Err(usage(crate::tr!(
            "pg-needs-root-cert",
            mode = if mode == SslMode::VerifyCa {
                "verify-ca"
            } else {
                "verify-full"
            }
        )));
    };
    let unreadable = || {
        failure(crate::tr!(
            "pg-root-cert-unreadable",
            path = root.display().to_string()
        ))
    };
    let mut roots = rustls::RootCertStore::empty();
    // Bounded as every file svcreq reads is: `sslrootcert=/dev/zero` is not read whole.
    // A file that cannot be read at all (missing, too large) is said with its reason, as
    // every file svcreq reads is.
    let pem = crate::error::read_bytes(&root, crate::error::CERT_FILE_CAP).map_err(|reason| {
        failure(crate::tr!(
            "error-cannot-read",
            what = crate::tr!("pg-root-cert-file"),
            path = root.display().to_string(),
            reason = reason
        ))
    })?;
    for cert in CertificateDer::pem_slice_iter(&pem) {
        roots
            .add(cert.map_err(|_| unreadable())?)
            .map_err(|_| unreadable())?;
    }
    if roots.is_empty() {
        return Err(unreadable());
    }
    let verifier =
        rustls::client::WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
            .build()
            .map_err(|_| unreadable())?;
    let builder = builder.dangerous();
    Ok(if mode == SslMode::VerifyCa {
        builder.with_custom_certificate_verifier(Arc::new(CaOnly(verifier)))
    } else {
        builder.with_custom_certificate_verifier(verifier)
    }
    .with_no_client_auth())
}

/// Connect to the ledger at `url`; `read_only` makes every transaction of the session
/// read-only (read commands, SPEC 8). The error is one sentence (exit 1; 2 for a bad URL).
pub fn connect(url: &str, read_only: bool) -> anyhow::Result<PgConn> {
    let t = parse_url(url)?;
    let label = t.label();
    let mut cfg = postgres::Config::new();
    match &t.host {
        Host::Tcp(h) => cfg.host(h),
        Host::Socket(p) => cfg.host_path(p),
    };
    cfg.port(t.port)
        .user(&t.user)
        .dbname(&t.dbname)
        .application_name("svcreq")
        .connect_timeout(Duration::from_secs(t.connect_timeout.unwrap_or(10).max(1)));
    if read_only {
        cfg.options("-c default_transaction_read_only=on");
    }
    if let Some(p) = password(&t) {
        cfg.password(p);
    }
    let tls = matches!(t.host, Host::Tcp(_)) && t.sslmode != SslMode::Disable;
    let client = if tls {
        cfg.ssl_mode(if t.sslmode == SslMode::Prefer {
            postgres::config::SslMode::Prefer
        } else {
            postgres::config::SslMode::Require
        });
        let make = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(&t)?);
        cfg.connect(make)
    } else {
        cfg.ssl_mode(postgres::config::SslMode::Disable);
        cfg.connect(postgres::NoTls)
    }
    .map_err(|e| connect_error(&t, &label, &e))?;
    Ok(PgConn {
        client: RefCell::new(client),
        stmts: RefCell::new(HashMap::new()),
        seen: RefCell::new(HashSet::new()),
        read_only,
        writer: !read_only,
        begun: std::cell::Cell::new(false),
        read_ahead: RefCell::new(None),
        label,
    })
}

/// One sentence for a failed connection; never the driver's text, never a password.
fn connect_error(t: &Target, label: &str, e: &postgres::Error) -> anyhow::Error {
    use postgres::error::SqlState;
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        // A server that takes only TLS (pg_hba `hostssl`) rejects a connection without it
        // as it rejects an unknown login: tell the two apart by its wording ("no
        // encryption"; "SSL off" before PostgreSQL 12).
        let plain = t.sslmode == SslMode::Disable && matches!(t.host, Host::Tcp(_));
        if plain
            && *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            && (db.message().contains("no encryption") || db.message().contains("SSL off"))
        {
            return failure(crate::tr!("pg-tls-required", label = label));
        }
        return failure(
            if *code == SqlState::INVALID_PASSWORD
                || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            {
                crate::tr!(
                    "pg-login-refused",
                    label = label,
                    role = crate::output::inert_line(&t.user)
                )
            } else if *code == SqlState::INVALID_CATALOG_NAME {
                crate::tr!(
                    "pg-no-database",
                    label = label,
                    name = crate::output::inert_line(&t.dbname)
                )
            } else if *code == SqlState::TOO_MANY_CONNECTIONS {
                crate::tr!("pg-too-many-connections", label = label)
            } else {
                crate::tr!(
                    "pg-connection-refused",
                    label = label,
                    message = crate::output::inert_line(db.message())
                )
            },
        );
    }
    let mut tls_failed = false;
    let mut io: Option<std::io::ErrorKind> = None;
    let mut text = e.to_string();
    let mut src: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = src {
        text.push_str(": ");
        text.push_str(&s.to_string());
        if s.downcast_ref::<rustls::Error>().is_some() {
            tls_failed = true;
        }
        if let Some(i) = s.downcast_ref::<std::io::Error>() {
            io.get_or_insert(i.kind());
            if i.get_ref().is_some_and(|inner| inner.is::<rustls::Error>()) {
                tls_failed = true;
            }
        }
        src = s.source();
    }
    if text.contains("server does not support TLS") {
        return failure(crate::tr!("pg-no-tls", label = label));
    }
    if tls_failed || text.starts_with("error performing TLS handshake") {
        return failure(crate::tr!(
            "pg-tls-untrusted",
            label = label,
            mode = match t.sslmode {
                SslMode::VerifyFull => "verify-full",
                SslMode::VerifyCa => "verify-ca",
                SslMode::Require => "require",
                _ => "prefer",
            }
        ));
    }
    if text.contains("password missing") {
        return failure(crate::tr!("pg-password-missing", label = label));
    }
    if text.contains("timeout") || io == Some(std::io::ErrorKind::TimedOut) {
        return failure(crate::tr!("pg-timeout", label = label));
    }
    failure(crate::tr!("pg-no-server", label = label))
}

/// The versions stamped in `svcreq_meta`: the schema's, and the access model's
/// ([`super::access::ACCESS_VERSION`]; 0 when a ledger made by an earlier svcreq has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamps {
    schema: i64,
    access: i64,
}

/// The versions stamped in `svcreq_meta`, in one round trip; None when the database has
/// no svcreq schema (no `svcreq_meta`, or no schema version in it).
fn stamps(c: &PgConn) -> anyhow::Result<Option<Stamps>> {
    let rows = match c.client.borrow_mut().simple_query(
        "SELECT key, value FROM svcreq_meta WHERE key IN ('schema_version', 'access_version')",
    ) {
        Ok(rows) => rows,
        Err(e) if e.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE) => {
            return Ok(None);
        }
        Err(e) => return Err(error(&c.label, DbError::Pg(e))),
    };
    let (mut schema, mut access) = (None, None);
    for m in rows {
        if let postgres::SimpleQueryMessage::Row(r) = m {
            let n = parse_version(c, r.get(1).unwrap_or_default())?;
            if r.get(0) == Some("schema_version") {
                schema = Some(n);
            } else {
                access = Some(n);
            }
        }
    }
    Ok(schema.map(|schema| Stamps {
        schema,
        access: access.unwrap_or(0),
    }))
}

/// The schema version stamped in `svcreq_meta`; None when the database has no svcreq
/// schema (no `svcreq_meta`).
fn schema_version(c: &PgConn) -> anyhow::Result<Option<i64>> {
    Ok(stamps(c)?.map(|s| s.schema))
}

fn parse_version(c: &PgConn, v: &str) -> anyhow::Result<i64> {
    v.parse().map_err(|_| {
        failure(crate::tr!(
            "pg-bad-version",
            label = c.label.as_str(),
            version = crate::output::inert_line(v)
        ))
    })
}

/// Connect and check the schema: other commands never change it on PostgreSQL (SPEC 8),
/// they say what to do.
pub fn open(url: &str, read_only: bool) -> anyhow::Result<PgConn> {
    check_schema(connect(url, read_only)?)
}

/// `c` when its ledger has the schema and the access rules this svcreq writes; else what
/// to do, in one sentence.
pub fn check_schema(c: PgConn) -> anyhow::Result<PgConn> {
    let v = stamps(&c)?;
    checked(c, v)
}

/// As [`check_schema`], with the versions as read from `svcreq_meta` (schema None: no
/// version row; access None: a ledger set up before access rules were versioned).
pub fn check_version(
    c: PgConn,
    version: Option<&str>,
    access: Option<&str>,
) -> anyhow::Result<PgConn> {
    let schema = version.map(|v| parse_version(&c, v)).transpose()?;
    let access = access.map(|v| parse_version(&c, v)).transpose()?;
    let v = schema.map(|schema| Stamps {
        schema,
        access: access.unwrap_or(0),
    });
    checked(c, v)
}

fn checked(c: PgConn, version: Option<Stamps>) -> anyhow::Result<PgConn> {
    let current = i64::from(super::CURRENT_VERSION);
    match version.map(|s| (s.schema, s.access)) {
        None => Err(failure(crate::tr!(
            "pg-not-a-ledger",
            label = c.label.as_str()
        ))),
        // Access rules older than this svcreq's let a role do what svcreq would refuse:
        // the owner upgrades them first (SPEC 8).
        Some((v, a)) if v == current && a < super::access::ACCESS_VERSION => Err(failure(
            crate::tr!("pg-older-access", label = c.label.as_str()),
        )),
        Some((v, _)) if v < current => Err(failure(crate::tr!(
            "pg-older-schema",
            label = c.label.as_str(),
            version = v.to_string(),
            current = current.to_string()
        ))),
        Some((v, _)) if v > current => Err(failure(crate::tr!(
            "pg-newer-schema",
            label = c.label.as_str(),
            version = v.to_string(),
            current = current.to_string()
        ))),
        Some(_) => Ok(c),
    }
}

/// What `svcreq db init` runs on PostgreSQL, in one transaction: the stamp table, every
/// schema step, the access model (group roles, grants, row-level security: see
/// [`super::access`]), then the version.
pub fn init_sql() -> String {
    let mut sql = String::from(META);
    for step in PG_MIGRATIONS {
        sql.push('\n');
        sql.push_str(step);
    }
    sql.push('\n');
    sql.push_str(super::access::ACCESS_TABLES_SQL);
    sql.push('\n');
    sql.push_str(super::access::ACCESS_SQL);
    sql.push('\n');
    sql.push_str(&super::access::checks_sql());
    sql.push_str(&format!(
        "\nINSERT INTO svcreq_meta (key, value) VALUES ('schema_version', '{}'), ('access_version', '{}');\n",
        super::CURRENT_VERSION,
        super::access::ACCESS_VERSION
    ));
    sql
}

/// `svcreq db init` on PostgreSQL: create the schema in an empty database. Returns the
/// version it found when the database already is a ledger (nothing changed then); a role
/// that does not own the ledger's tables is refused there as when it creates them (exit 4).
pub fn init(url: &str) -> anyhow::Result<Option<i64>> {
    let c = connect(url, false)?;
    if let Some(v) = schema_version(&c)? {
        refuse_non_owner(&c)?;
        return Ok(Some(v));
    }
    let sql = format!("BEGIN;\n{}COMMIT;", init_sql());
    if let Err(e) = c.batch(&sql) {
        let _ = c.batch("ROLLBACK");
        return Err(ddl_error(&c.label, e));
    }
    Ok(None)
}

/// A role that does not own the ledger's tables (nor is a member of the role that does) is
/// refused a schema change (SPEC 8: `db init`, `db migrate` are the owner's), exit 4, before
/// anything is changed: a global reader's or a partner's role among them, whatever its
/// delegation. A database that holds no ledger yet has no owner to ask.
fn refuse_non_owner(c: &PgConn) -> anyhow::Result<()> {
    let owns = c
        .query(
            "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c \
             WHERE c.oid = to_regclass('svcreq_meta')",
            &[],
        )
        .map_err(|e| error(&c.label, e))?
        .first()
        .map(|r| r.get::<_, Option<bool>>(0));
    match owns {
        None | Some(Some(true)) => Ok(()),
        Some(_) => Err(crate::error::refused(crate::tr!(
            "team-owner-ddl",
            ledger = c.label.as_str()
        ))),
    }
}

/// What `db migrate` did: the schema from and to, and the access model it brought up to
/// [`super::access::ACCESS_VERSION`] from an older one (None: it was current).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migrated {
    pub from: i64,
    pub to: i64,
    pub access_from: Option<i64>,
}

/// `svcreq db migrate` on PostgreSQL: the pending schema steps, then the access model
/// when the ledger's is older than this svcreq's (the earlier one taken away, this one
/// put in its place, the admins already listed granted its helpers, a configuration
/// stored whole cut by tenant), in one transaction, after locking the version row.
pub fn migrate(url: &str) -> anyhow::Result<Migrated> {
    let c = connect(url, false)?;
    refuse_non_owner(&c)?;
    let current = i64::from(super::CURRENT_VERSION);
    let access = super::access::ACCESS_VERSION;
    let run = || -> DbResult<Option<Migrated>> {
        c.batch("BEGIN")?;
        let rows = c.query(
            "SELECT value FROM svcreq_meta WHERE key = 'schema_version' FOR UPDATE",
            &[],
        )?;
        let Some(v) = rows.first() else {
            return Ok(None);
        };
        let v: i64 = super::sql::Get::text(v, 0)?
            .parse()
            .map_err(|_| DbError::Value(crate::tr!("pg-version-not-a-number")))?;
        let mut done = Migrated {
            from: v,
            to: current.max(v),
            access_from: None,
        };
        if v > current {
            c.batch("COMMIT")?;
            return Ok(Some(done));
        }
        if v < current {
            for step in &PG_MIGRATIONS[v.max(0) as usize..] {
                c.batch(step)?;
            }
            if v < 4 {
                super::reindex_all(super::Db::Pg(&c))?;
            }
            c.exec(
                "UPDATE svcreq_meta SET value = ?1 WHERE key = 'schema_version'",
                &[Arg::from(current.to_string())],
            )?;
        }
        let had = c
            .query(
                "SELECT value FROM svcreq_meta WHERE key = 'access_version'",
                &[],
            )?
            .first()
            .map(|r| super::sql::Get::text(r, 0))
            .transpose()?
            .and_then(|a| a.parse::<i64>().ok())
            .unwrap_or(0);
        if had < access {
            c.batch(super::access::ACCESS_RESET_SQL)?;
            c.batch(super::access::ACCESS_SQL)?;
            c.batch(&super::access::checks_sql())?;
            super::access::split_stored_config(&c)?;
            c.exec(
                "INSERT INTO svcreq_meta (key, value) VALUES ('access_version', ?1) \
                 ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                &[Arg::from(access.to_string())],
            )?;
            done.access_from = Some(had);
        }
        c.batch("COMMIT")?;
        Ok(Some(done))
    };
    if schema_version(&c)?.is_none() {
        return Err(failure(crate::tr!(
            "pg-not-a-ledger-init",
            label = c.label.as_str()
        )));
    }
    match run() {
        Ok(Some(m)) if m.from > current => Err(failure(crate::tr!(
            "pg-newer-schema",
            label = c.label.as_str(),
            version = m.from.to_string(),
            current = current.to_string()
        ))),
        Ok(Some(m)) => Ok(m),
        Ok(None) => Err(failure(crate::tr!(
            "pg-no-version",
            label = c.label.as_str()
        ))),
        Err(DbError::Pg(e)) => {
            let _ = c.batch("ROLLBACK");
            Err(ddl_error(&c.label, DbError::Pg(e)))
        }
        Err(e) => {
            let _ = c.batch("ROLLBACK");
            Err(error(&c.label, e))
        }
    }
}

fn ddl_error(label: &str, e: DbError) -> anyhow::Error {
    if let DbError::Pg(p) = &e
        && p.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
    {
        return crate::error::refused(crate::tr!("team-owner-ddl", ledger = label));
    }
    // A row already in the ledger that the checks of this svcreq refuse (the migration's
    // own validation names it by request and column): nothing was migrated.
    if let DbError::Pg(p) = &e
        && let Some(db) = p.as_db_error()
        && *db.code() == postgres::error::SqlState::CHECK_VIOLATION
        && let Some(id) = db.detail().and_then(|d| d.parse::<i64>().ok())
    {
        return failure(crate::tr!(
            "pg-migrate-row-refused",
            label = label,
            request = id,
            column = refused_column(db)
        ));
    }
    error(label, e)
}

/// The column a refused write names: the one the ledger's check gave (its history checks
/// say it), else the one its constraint is named after (its rule in words, the column
/// first: "severity is one of A, B, C"; `TABLE_COLUMN_ok[_N]` before access version 7; see
/// [`super::access::checks_sql`]), as svcreq's read check names it (`events.at`).
fn refused_column(db: &postgres::error::DbError) -> String {
    if let Some(c) = db.column() {
        return crate::output::inert_line(c).into_owned();
    }
    let table = db.table().unwrap_or_default();
    let name = db.constraint().unwrap_or_default();
    let column = match name.split_once(' ') {
        Some((column, _)) => column,
        None => name
            .strip_prefix(table)
            .and_then(|n| n.strip_prefix('_'))
            .and_then(|n| n.rfind("_ok").map(|i| &n[..i]))
            .unwrap_or(name),
    };
    let column = if table == "requests" || table.is_empty() {
        column.to_string()
    } else {
        format!("{table}.{column}")
    };
    crate::output::inert_line(&column).into_owned()
}

/// What the server refused (SQLSTATE 42501: a privilege the role lacks, a row the
/// row-level security does not allow it, a change without its event), as one sentence
/// (exit 4, SPEC 2: not allowed): never the server's own wording.
pub fn refused_by_server(label: &str) -> anyhow::Error {
    crate::error::refused(crate::tr!("team-refused", ledger = label))
}

/// Whether a failed transaction may succeed when run again: a serialization failure or
/// a deadlock (40001, 40P01).
pub fn retryable(e: &anyhow::Error) -> bool {
    use postgres::error::SqlState;
    match e.downcast_ref::<DbError>() {
        Some(DbError::Pg(p)) => matches!(
            p.code(),
            Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED
        ),
        _ => false,
    }
}

/// One sentence for an error on an open team ledger.
pub fn error(label: &str, e: DbError) -> anyhow::Error {
    use postgres::error::SqlState;
    match e {
        DbError::Value(what) => failure(crate::tr!(
            "pg-unreadable-value",
            label = label,
            what = what
        )),
        DbError::Sqlite(e) => failure(crate::tr!(
            "store-other-error",
            path = label,
            error = crate::output::inert_line(&e.to_string()).into_owned()
        )),
        DbError::Pg(e) => {
            if let Some(db) = e.as_db_error() {
                let code = db.code();
                let msg = crate::output::inert_line(db.message());
                return failure(
                    if *code == SqlState::T_R_SERIALIZATION_FAILURE
                        || *code == SqlState::T_R_DEADLOCK_DETECTED
                    {
                        crate::tr!("pg-busy", label = label)
                    } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
                        // Access the server enforces (SPEC 8: a missing privilege, a row
                        // its row-level security refuses, a change without its event):
                        // refused, as svcreq refuses, in one sentence of its own.
                        return refused_by_server(label);
                    } else if *code == SqlState::CHECK_VIOLATION {
                        // A write the ledger's checks refuse (SPEC 8: nothing svcreq would
                        // refuse to read is written): the request and column, never the
                        // row's values.
                        let column = refused_column(db);
                        match db.detail().and_then(|d| d.parse::<i64>().ok()) {
                            Some(id) => crate::tr!(
                                "pg-row-refused",
                                label = label,
                                request = id,
                                column = column
                            ),
                            None => crate::tr!("pg-value-refused", label = label, column = column),
                        }
                    } else if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
                        crate::tr!("pg-read-only", label = label, message = msg)
                    } else if *code == SqlState::DISK_FULL {
                        crate::tr!("pg-disk-full", label = label)
                    } else {
                        crate::tr!("pg-server-error", label = label, message = msg)
                    },
                );
            }
            if e.is_closed() {
                return failure(crate::tr!("pg-connection-lost", label = label));
            }
            failure(crate::tr!("pg-connection-failed", label = label))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pg_migrations_pair_up_with_sqlite_ones() {
        assert_eq!(PG_MIGRATIONS.len(), super::super::open::MIGRATIONS.len());
        for (i, step) in PG_MIGRATIONS.iter().enumerate() {
            assert!(
                step.contains(&format!("schema version {}", i + 1)),
                "pg step {} names its version",
                i + 1
            );
        }
    }

    #[test]
    fn urls_parse_as_libpq_reads_them() {
        let t = parse_url("postgres://alice@db.example.net:6543/ledger?sslmode=verify-full&sslrootcert=/etc/ca.pem").unwrap();
        assert_eq!(t.host, Host::Tcp("db.example.net".into()));
        assert_eq!(
            (t.port, t.dbname.as_str(), t.user.as_str()),
            (6543, "ledger", "alice")
        );
        assert_eq!(t.sslmode, SslMode::VerifyFull);
        assert_eq!(t.sslrootcert, Some(PathBuf::from("/etc/ca.pem")));
        let t = parse_url("postgresql://bob@%2Fvar%2Frun%2Fpostgresql/svcreq").unwrap();
        assert_eq!(t.host, Host::Socket("/var/run/postgresql".into()));
        let t = parse_url("postgresql:///svcreq?host=/tmp/pg&user=carol&port=5433").unwrap();
        assert_eq!(t.host, Host::Socket("/tmp/pg".into()));
        assert_eq!((t.port, t.user.as_str()), (5433, "carol"));
        let t = parse_url("postgres://dave@[::1]:5432/x?sslmode=require").unwrap();
        assert_eq!(t.host, Host::Tcp("::1".into()));
        assert_eq!(t.label(), "postgres://dave@[::1]:5432/x");
        for bad in [
            "postgres://alice:s3cret@h/db",
            "postgres://h/db?password=s3cret",
            "postgres://a@h/db?sslmode=sometimes",
            "postgres://a@h:99999/db",
            "postgres://a@h/db?foo=1",
            "postgres://a@h1,h2/db",
        ] {
            let e = parse_url(bad).unwrap_err().to_string();
            assert!(!e.contains("s3cret"), "{e}");
        }
    }

    #[test]
    fn pgpass_lines_match_as_libpq_matches_them() {
        let t = parse_url("postgres://alice@db.example.net/ledger").unwrap();
        let file = "# comment\nother:5432:*:*:no\ndb.example.net:5432:ledger:alice:a\\:b\\\\c\n*:*:*:*:fallback\n";
        assert_eq!(pgpass_lookup(file, &t).as_deref(), Some("a:b\\c"));
        let t = parse_url("postgres://bob@db.example.net/ledger").unwrap();
        assert_eq!(pgpass_lookup(file, &t).as_deref(), Some("fallback"));
        let t = parse_url("postgres://bob@%2Ftmp/ledger").unwrap();
        assert_eq!(
            pgpass_lookup("localhost:5432:ledger:bob:sock\n", &t).as_deref(),
            Some("sock")
        );
    }
}
