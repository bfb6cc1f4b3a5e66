//! What both backends share (SPEC 8): statement arguments, the `?N` → `$N` translation,
//! one row-access trait so rows are decoded once, one error type, and a handle that runs
//! a statement on either backend.

use std::borrow::Cow;
use std::fmt;

/// One statement argument, borrowed where it can be (no copies of large texts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    Null,
    Int(i64),
    Text(Cow<'a, str>),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'static> {
    fn from(s: String) -> Arg<'static> {
        Arg::Text(Cow::Owned(s))
    }
}

impl From<i64> for Arg<'static> {
    fn from(v: i64) -> Arg<'static> {
        Arg::Int(v)
    }
}

impl From<bool> for Arg<'static> {
    fn from(v: bool) -> Arg<'static> {
        Arg::Int(v.into())
    }
}

impl<'a, T: Into<Arg<'a>>> From<Option<T>> for Arg<'a> {
    fn from(v: Option<T>) -> Arg<'a> {
        v.map_or(Arg::Null, Into::into)
    }
}

impl rusqlite::ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Arg::Null => ValueRef::Null,
            Arg::Int(v) => ValueRef::Integer(*v),
            Arg::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

impl postgres::types::ToSql for Arg<'_> {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::{IsNull, Type};
        match self {
            Arg::Null => Ok(IsNull::Yes),
            Arg::Int(v) if *ty == Type::UNKNOWN => {
                out.extend_from_slice(v.to_string().as_bytes());
                Ok(IsNull::No)
            }
            Arg::Text(s) if *ty == Type::UNKNOWN => {
                out.extend_from_slice(s.as_bytes());
                Ok(IsNull::No)
            }
            Arg::Int(v) if *ty == Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
            Arg::Int(v) if *ty == Type::INT2 => i16::try_from(*v)?.to_sql(ty, out),
            Arg::Int(v) if *ty == Type::BOOL => (*v != 0).to_sql(ty, out),
            Arg::Int(v) => v.to_sql(ty, out),
            Arg::Text(s) => s.as_ref().to_sql(ty, out),
        }
    }

    fn accepts(_ty: &postgres::types::Type) -> bool {
        true
    }

    /// Binary for a prepared statement's typed parameters; text for an unprepared one's,
    /// whose types the server infers ([`super::pg::PgConn::exec`]): it reads the text as
    /// the type it inferred, as it would a literal.
    fn encode_format(&self, ty: &postgres::types::Type) -> postgres::types::Format {
        if *ty == postgres::types::Type::UNKNOWN {
            postgres::types::Format::Text
        } else {
            postgres::types::Format::Binary
        }
    }

    postgres::types::to_sql_checked!();
}

/// `sql` written with SQLite's `?N` placeholders in PostgreSQL's dialect: `?N` becomes
/// `$N` and `instr(` becomes `strpos(` (same argument order), outside quoted literals and
/// identifiers. Everything else is written once in the SQL both accept.
pub fn pg(sql: &str) -> Cow<'_, str> {
    if !sql.contains('?') && !sql.contains("instr(") {
        return Cow::Borrowed(sql);
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut quote: Option<char> = None;
    let mut chars = sql.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' && chars.peek().is_some_and(|(_, d)| d.is_ascii_digit()) => {
                out.push('$');
            }
            None if c == 'i'
                && sql[i..].starts_with("instr(")
                && !sql[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_alphanumeric() || p == '_') =>
            {
                out.push_str("strpos(");
                for _ in 0.."nstr(".len() {
                    chars.next();
                }
            }
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// An error from either backend, or a value the ledger holds that svcreq cannot read.
#[derive(Debug)]
pub enum DbError {
    Sqlite(rusqlite::Error),
    Pg(postgres::Error),
    /// A value svcreq cannot read: where (`request 2, column severity`) and what.
    Value(String),
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbError::Sqlite(e) => e.fmt(f),
            DbError::Pg(e) => e.fmt(f),
            DbError::Value(what) => f.write_str(&crate::tr!("store-value", what = what.as_str())),
        }
    }
}

impl std::error::Error for DbError {}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> DbError {
        match super::open::unreadable_value(&e, None) {
            Some(what) => DbError::Value(what),
            None => DbError::Sqlite(e),
        }
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> DbError {
        DbError::Pg(e)
    }
}

impl DbError {
    /// The same error, naming the request it was read from.
    pub fn in_request(self, id: i64) -> DbError {
        match self {
            DbError::Value(what) => DbError::Value(format!("request {id}, {what}")),
            e => e,
        }
    }
}

pub type DbResult<T> = Result<T, DbError>;

/// Reading one row's columns, the same way on both backends.
pub trait Get {
    fn int(&self, i: usize) -> DbResult<i64>;
    fn opt_int(&self, i: usize) -> DbResult<Option<i64>>;
    fn text(&self, i: usize) -> DbResult<String>;
    fn opt_text(&self, i: usize) -> DbResult<Option<String>>;
    /// Whether `valid` accepts the text of column `i` (`None` for NULL), read where it lies
    /// without a copy: what a listing checks of the columns it does not show. Not text
    /// (an integer, a blob): false.
    fn text_ok(&self, i: usize, valid: &dyn Fn(Option<&str>) -> bool) -> bool;
    /// The column's name, for messages.
    fn name(&self, i: usize) -> String;
    /// The value as it is, whatever its type (whole-ledger copies).
    fn value(&self, i: usize) -> DbResult<Arg<'static>>;
}

impl dyn Get + '_ {
    /// A value that must parse as `T` (an enum kept as text).
    pub fn parse<T: std::str::FromStr>(&self, i: usize) -> DbResult<T> {
        // Read where it lies, without a copy (every listed row parses a few).
        let got = std::cell::Cell::new(None);
        if self.text_ok(i, &|s| match s.map(str::parse::<T>) {
            Some(Ok(v)) => {
                got.set(Some(v));
                true
            }
            _ => false,
        }) && let Some(v) = got.take()
        {
            return Ok(v);
        }
        let s = self.text(i)?;
        s.parse().map_err(|_| {
            DbError::Value(crate::tr!(
                "store-column-unexpected",
                column = crate::tr!("store-column", column = self.name(i)),
                value = crate::output::inert_line(&s)
            ))
        })
    }

    /// The text of column `i` when `valid` accepts it; else the column and value named, as
    /// [`Self::parse`] names them (a value written by hand into the ledger, say).
    pub fn text_where(&self, i: usize, valid: impl Fn(&str) -> bool) -> DbResult<String> {
        let s = self.text(i)?;
        if valid(&s) {
            Ok(s)
        } else {
            Err(DbError::Value(crate::tr!(
                "store-column-unexpected",
                column = crate::tr!("store-column", column = self.name(i)),
                value = crate::output::inert_line(&s)
            )))
        }
    }

    /// The text of column `i` when it reads as a `T` (kept as text).
    pub fn text_of<T: std::str::FromStr>(&self, i: usize) -> DbResult<String> {
        self.text_where(i, |s| s.parse::<T>().is_ok())
    }

    /// A count (0 or more) in column `i`.
    pub fn count(&self, i: usize) -> DbResult<i64> {
        let v = self.int(i)?;
        if v < 0 {
            return Err(DbError::Value(crate::tr!(
                "store-column-range",
                column = crate::tr!("store-column", column = self.name(i)),
                value = v.to_string()
            )));
        }
        Ok(v)
    }

    /// A flag kept as 0 or 1 in column `i` (`available_24x7`): any other number is one
    /// svcreq never writes, named as [`Self::count`] names a negative count.
    pub fn flag(&self, i: usize) -> DbResult<bool> {
        match self.int(i)? {
            0 => Ok(false),
            1 => Ok(true),
            v => Err(DbError::Value(crate::tr!(
                "store-column-range",
                column = crate::tr!("store-column", column = self.name(i)),
                value = v.to_string()
            ))),
        }
    }

    /// Optional JSON text in column `i` (an event's data), checked to be JSON.
    pub fn opt_json(&self, i: usize) -> DbResult<Option<String>> {
        match self.opt_text(i)? {
            None => Ok(None),
            // Read as a value, as every reader of the data reads it (a number beyond a
            // double's range, or nesting past the parser's depth, reads as no value).
            Some(s) if serde_json::from_str::<serde_json::Value>(&s).is_ok() => Ok(Some(s)),
            Some(s) => Err(DbError::Value(crate::tr!(
                "store-column-unexpected",
                column = crate::tr!("store-column", column = self.name(i)),
                value = crate::output::inert_line(&s)
            ))),
        }
    }

    pub fn parse_opt<T: std::str::FromStr>(&self, i: usize) -> DbResult<Option<T>> {
        let got = std::cell::Cell::new(None);
        if self.text_ok(i, &|s| match s.map(str::parse::<T>) {
            None => true,
            Some(Ok(v)) => {
                got.set(Some(v));
                true
            }
            Some(Err(_)) => false,
        }) {
            return Ok(got.take());
        }
        match self.opt_text(i)? {
            None => Ok(None),
            Some(_) => self.parse(i).map(Some),
        }
    }

    /// A time kept as Unix seconds.
    pub fn time(&self, i: usize) -> DbResult<chrono::DateTime<chrono::Utc>> {
        let v = self.int(i)?;
        self.time_of(i, v)
    }

    /// The time `v` (Unix seconds) read from column `i`, or the column and value named.
    fn time_of(&self, i: usize, v: i64) -> DbResult<chrono::DateTime<chrono::Utc>> {
        chrono::DateTime::from_timestamp(v, 0).ok_or_else(|| {
            DbError::Value(crate::tr!(
                "store-column-range",
                column = crate::tr!("store-column", column = self.name(i)),
                value = v.to_string()
            ))
        })
    }

    pub fn opt_time(&self, i: usize) -> DbResult<Option<chrono::DateTime<chrono::Utc>>> {
        match self.opt_int(i)? {
            None => Ok(None),
            Some(v) => self.time_of(i, v).map(Some),
        }
    }
}

fn sqlite_get<T: rusqlite::types::FromSql>(r: &rusqlite::Row<'_>, i: usize) -> DbResult<T> {
    r.get(i).map_err(|e| {
        let names = |i: usize| {
            r.as_ref()
                .column_name(i)
                .map_or_else(|_| format!("{}", i + 1), str::to_string)
        };
        match super::open::unreadable_value(&e, Some(&names)) {
            Some(what) => DbError::Value(what),
            None => DbError::Sqlite(e),
        }
    })
}

impl Get for rusqlite::Row<'_> {
    fn value(&self, i: usize) -> DbResult<Arg<'static>> {
        use rusqlite::types::Value;
        Ok(match sqlite_get::<Value>(self, i)? {
            Value::Null => Arg::Null,
            Value::Integer(v) => Arg::Int(v),
            Value::Text(s) => Arg::Text(Cow::Owned(s)),
            Value::Real(_) | Value::Blob(_) => {
                return Err(DbError::Value(crate::tr!(
                    "store-column-real-or-blob",
                    column = crate::tr!("store-column", column = Get::name(self, i))
                )));
            }
        })
    }
    fn int(&self, i: usize) -> DbResult<i64> {
        sqlite_get(self, i)
    }
    fn opt_int(&self, i: usize) -> DbResult<Option<i64>> {
        sqlite_get(self, i)
    }
    fn text(&self, i: usize) -> DbResult<String> {
        sqlite_get(self, i)
    }
    fn opt_text(&self, i: usize) -> DbResult<Option<String>> {
        sqlite_get(self, i)
    }
    fn text_ok(&self, i: usize, valid: &dyn Fn(Option<&str>) -> bool) -> bool {
        use rusqlite::types::ValueRef;
        match self.get_ref(i) {
            Ok(ValueRef::Null) => valid(None),
            Ok(ValueRef::Text(b)) => std::str::from_utf8(b).is_ok_and(|s| valid(Some(s))),
            _ => false,
        }
    }
    fn name(&self, i: usize) -> String {
        self.as_ref()
            .column_name(i)
            .map_or_else(|_| format!("{}", i + 1), str::to_string)
    }
}

fn pg_get<'r, T: postgres::types::FromSql<'r>>(r: &'r postgres::Row, i: usize) -> DbResult<T> {
    r.try_get(i).map_err(|_| {
        DbError::Value(crate::tr!(
            "store-column-type",
            column = crate::tr!("store-column", column = Get::name(r, i)),
            found = r.columns().get(i).map_or("?", |c| c.type_().name())
        ))
    })
}

impl Get for postgres::Row {
    fn value(&self, i: usize) -> DbResult<Arg<'static>> {
        use postgres::types::Type;
        let ty = self.columns().get(i).map(|c| c.type_().clone());
        Ok(match ty {
            Some(Type::INT8) => pg_get::<Option<i64>>(self, i)?.map_or(Arg::Null, Arg::Int),
            Some(Type::INT4) => {
                pg_get::<Option<i32>>(self, i)?.map_or(Arg::Null, |v| Arg::Int(v.into()))
            }
            _ => pg_get::<Option<String>>(self, i)?.map_or(Arg::Null, |s| Arg::Text(Cow::Owned(s))),
        })
    }
    fn int(&self, i: usize) -> DbResult<i64> {
        pg_get(self, i)
    }
    fn opt_int(&self, i: usize) -> DbResult<Option<i64>> {
        pg_get(self, i)
    }
    fn text(&self, i: usize) -> DbResult<String> {
        pg_get(self, i)
    }
    fn opt_text(&self, i: usize) -> DbResult<Option<String>> {
        pg_get(self, i)
    }
    fn text_ok(&self, i: usize, valid: &dyn Fn(Option<&str>) -> bool) -> bool {
        self.try_get::<_, Option<&str>>(i).is_ok_and(valid)
    }
    fn name(&self, i: usize) -> String {
        self.columns()
            .get(i)
            .map_or_else(|| format!("{}", i + 1), |c| c.name().to_string())
    }
}

/// A simple query's row: every value as the server writes it in text, read for columns of
/// known types (BIGINT as integers, TEXT as text). A value that does not read so is
/// refused; a reader of such rows ([`super::Store::get_with_events`]) then reads them again
/// the usual way, which says what is wrong as it always does.
impl Get for postgres::SimpleQueryRow {
    fn value(&self, i: usize) -> DbResult<Arg<'static>> {
        Ok(self
            .try_get(i)
            .ok()
            .flatten()
            .map_or(Arg::Null, |s| Arg::Text(Cow::Owned(s.to_string()))))
    }
    fn int(&self, i: usize) -> DbResult<i64> {
        self.opt_int(i)?.ok_or_else(|| simple_unreadable(self, i))
    }
    fn opt_int(&self, i: usize) -> DbResult<Option<i64>> {
        match self.try_get(i) {
            Ok(None) => Ok(None),
            Ok(Some(s)) => s.parse().map(Some).map_err(|_| simple_unreadable(self, i)),
            Err(_) => Err(simple_unreadable(self, i)),
        }
    }
    fn text(&self, i: usize) -> DbResult<String> {
        self.opt_text(i)?.ok_or_else(|| simple_unreadable(self, i))
    }
    fn opt_text(&self, i: usize) -> DbResult<Option<String>> {
        self.try_get(i)
            .map(|s| s.map(str::to_string))
            .map_err(|_| simple_unreadable(self, i))
    }
    fn text_ok(&self, i: usize, valid: &dyn Fn(Option<&str>) -> bool) -> bool {
        self.try_get(i).is_ok_and(valid)
    }
    fn name(&self, i: usize) -> String {
        self.columns()
            .get(i)
            .map_or_else(|| format!("{}", i + 1), |c| c.name().to_string())
    }
}

fn simple_unreadable(r: &postgres::SimpleQueryRow, i: usize) -> DbError {
    DbError::Value(crate::tr!(
        "store-column-type",
        column = crate::tr!("store-column", column = Get::name(r, i)),
        found = "text"
    ))
}

#[cfg(test)]
mod tests {
    use super::pg;

    #[test]
    fn placeholders_become_dollar_numbers_outside_literals() {
        assert_eq!(pg("SELECT 1"), "SELECT 1");
        assert_eq!(
            pg("UPDATE t SET a = ?2 WHERE id = ?1 AND b = '?3' AND \"c?4\" = ?10"),
            "UPDATE t SET a = $2 WHERE id = $1 AND b = '?3' AND \"c?4\" = $10"
        );
        assert_eq!(
            pg("SELECT instr(x, ?1) > 0, my_instr(y), 'instr(z)'"),
            "SELECT strpos(x, $1) > 0, my_instr(y), 'instr(z)'"
        );
        // A bare ? (not a numbered placeholder) is left alone; an escaped quote stays inside.
        assert_eq!(pg("SELECT '?''?1' , ?"), "SELECT '?''?1' , ?");
    }

    proptest::proptest! {
        #[test]
        fn translation_only_touches_numbered_placeholders(n in 1u32..100, lit in "[a-z ?0-9]{0,12}") {
            let sql = format!("SELECT ?{n}, '{lit}'");
            let out = pg(&sql);
            proptest::prop_assert_eq!(out, format!("SELECT ${n}, '{lit}'"));
        }
    }
}
