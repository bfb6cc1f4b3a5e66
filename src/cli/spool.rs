//! A private spool for an import: every row is read and checked first, written here as
//! it is checked, and replayed into the ledger afterwards, so the ledger's write lock is
//! held only for the writing (a slow pipe never blocks other writers) and memory stays
//! flat. The file is unnamed (unlinked at creation, mode 0600): nothing is left behind.

use crate::error::failure;
use crate::error::io_reason;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::marker::PhantomData;
use std::path::Path;

/// Rows of type `T`, each with the line of the input it came from.
pub struct Spool<T> {
    out: BufWriter<File>,
    buf: Vec<u8>,
    count: u64,
    _row: PhantomData<T>,
}

fn spool_error(e: &std::io::Error) -> anyhow::Error {
    failure(crate::tr!("import-spool-write", reason = io_reason(e)))
}

impl<T: Serialize + DeserializeOwned> Spool<T> {
    /// A new spool in `dir` (the ledger's directory, so it lives on the ledger's disk),
    /// else in the temporary directory.
    pub fn new(dir: Option<&Path>) -> anyhow::Result<Spool<T>> {
        let file = match dir.filter(|d| d.is_dir()) {
            Some(d) => tempfile::tempfile_in(d).or_else(|_| tempfile::tempfile()),
            None => tempfile::tempfile(),
        }
        .map_err(|e| spool_error(&e))?;
        Ok(Spool {
            out: BufWriter::with_capacity(256 * 1024, file),
            buf: Vec::new(),
            count: 0,
            _row: PhantomData,
        })
    }

    /// Add a row.
    pub fn push(&mut self, line: u64, row: &T) -> anyhow::Result<()> {
        self.buf.clear();
        self.buf.extend_from_slice(&[0; 12]);
        let mut buf = std::mem::take(&mut self.buf);
        buf = postcard::to_extend(row, buf)
            .map_err(|e| failure(crate::tr!("import-spool-row", error = e.to_string())))?;
        let len = (buf.len() - 12) as u32;
        buf[..4].copy_from_slice(&len.to_le_bytes());
        buf[4..12].copy_from_slice(&line.to_le_bytes());
        self.out.write_all(&buf).map_err(|e| spool_error(&e))?;
        self.buf = buf;
        self.count += 1;
        Ok(())
    }

    /// How many rows are spooled.
    pub fn len(&self) -> u64 {
        self.count
    }

    /// Hand every row to `each` in the order pushed, with its line. Rows are read back and
    /// decoded on a second thread, a batch ahead of `each`.
    pub fn replay(self, mut each: impl FnMut(u64, T) -> anyhow::Result<()>) -> anyhow::Result<()>
    where
        T: Send,
    {
        const BATCH: usize = 1024;
        let mut file = self.out.into_inner().map_err(|e| spool_error(e.error()))?;
        file.rewind().map_err(|e| spool_error(&e))?;
        let count = self.count;
        std::thread::scope(|s| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<anyhow::Result<Vec<(u64, T)>>>(4);
            s.spawn(move || {
                let mut input = BufReader::with_capacity(256 * 1024, file);
                let mut head = [0u8; 12];
                let mut buf = Vec::new();
                let mut batch = Vec::with_capacity(BATCH);
                let mut read_one = || -> anyhow::Result<(u64, T)> {
                    input.read_exact(&mut head).map_err(|e| spool_error(&e))?;
                    let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
                    let mut line = [0u8; 8];
                    line.copy_from_slice(&head[4..]);
                    buf.resize(len, 0);
                    input.read_exact(&mut buf).map_err(|e| spool_error(&e))?;
                    let row: T = postcard::from_bytes(&buf).map_err(|e| {
                        failure(crate::tr!("import-spool-read", error = e.to_string()))
                    })?;
                    Ok((u64::from_le_bytes(line), row))
                };
                for i in 0..count {
                    match read_one() {
                        Ok(r) => batch.push(r),
                        Err(e) => {
                            let _ = tx.send(Err(e));
                            return;
                        }
                    }
                    if batch.len() == BATCH || i + 1 == count {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        if tx.send(Ok(full)).is_err() {
                            return; // the writer stopped
                        }
                    }
                }
            });
            for batch in rx {
                for (line, row) in batch? {
                    each(line, row)?;
                }
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_come_back_in_order_with_their_lines() {
        let mut s = Spool::<(String, Option<i64>)>::new(None).unwrap();
        s.push(2, &("a".into(), Some(-1))).unwrap();
        s.push(5, &("日本".into(), None)).unwrap();
        assert_eq!(s.len(), 2);
        let mut got = Vec::new();
        s.replay(|l, r| {
            got.push((l, r));
            Ok(())
        })
        .unwrap();
        assert_eq!(
            got,
            [(2, ("a".into(), Some(-1))), (5, ("日本".into(), None))]
        );
    }
}
