//! Benchmark floor (PostgreSQL, 2): the least a process can do to read one request of the
//! team ledger with the same crate — connect, select the request and its events, print them,
//! exit. `bench/run.sh` compares `svcreq show` on PostgreSQL with it.
//!
//!     cargo run --release --example floor_pg_read -- postgresql://user@%2Frun%2Fpg/ledger 42

fn main() -> Result<(), postgres::Error> {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(id)) = (args.next(), args.next()) else {
        panic!("usage: floor_pg_read POSTGRES-URL ID");
    };
    let id: i64 = id.parse().expect("a request id");
    let mut client = postgres::Client::connect(&url, postgres::NoTls)?;
    let request = client.query_one("SELECT * FROM requests WHERE id = $1", &[&id])?;
    let events = client.query(
        "SELECT at, actor, kind, detail, data FROM events WHERE request_id = $1 ORDER BY id",
        &[&id],
    )?;
    let title: String = request.get("title");
    println!("{id} {title}");
    for e in events {
        let (at, kind): (i64, String) = (e.get(0), e.get(2));
        println!("{at} {kind}");
    }
    Ok(())
}
