//! Standard output held back until the command has succeeded (issue 14, "no partial
//! output"): a command that fails half-way — a value in the ledger it cannot read on row
//! 500 000 of an export — prints its one sentence on stderr and nothing on stdout, never
//! the first rows of a document that ends nowhere.
//!
//! The text is kept in memory up to [`MEMORY_CAP`] bytes, then in an unnamed temporary
//! file (removed by the system when the process ends, whatever happens), so memory stays
//! flat however large the output.

use std::fs::File;
use std::io::{self, Seek, Write};

/// Bytes kept in memory before the spool moves to a temporary file.
pub const MEMORY_CAP: usize = 4 << 20;

/// Output written nowhere until [`Spool::commit`].
#[derive(Default)]
pub struct Spool {
    memory: Vec<u8>,
    file: Option<io::BufWriter<File>>,
}

impl Spool {
    /// An empty spool.
    pub fn new() -> Spool {
        Spool::default()
    }

    /// Write everything held to `out`, in order, and flush it.
    pub fn commit(self, out: &mut impl Write) -> io::Result<()> {
        if let Some(file) = self.file {
            let mut file = file.into_inner().map_err(|e| e.into_error())?;
            file.rewind()?;
            io::copy(&mut file, out)?;
        }
        out.write_all(&self.memory)?;
        out.flush()
    }
}

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        if self.file.is_none() && self.memory.len() + buf.len() <= MEMORY_CAP {
            self.memory.extend_from_slice(buf);
            return Ok(());
        }
        if self.file.is_none() {
            self.file = Some(io::BufWriter::with_capacity(1 << 16, tempfile::tempfile()?));
        }
        let file = self.file.as_mut().expect("just created");
        // What memory held comes first in the file; memory then holds nothing.
        if !self.memory.is_empty() {
            file.write_all(&self.memory)?;
            self.memory = Vec::new();
        }
        file.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        // Nothing reaches standard output before the command has succeeded.
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spool_past_its_memory_keeps_every_byte_in_order() {
        let mut s = Spool::new();
        let line = vec![b'x'; 1000];
        let mut want = Vec::new();
        for i in 0..(MEMORY_CAP / 1000 + 50) {
            let l = format!("{i}:");
            s.write_all(l.as_bytes()).unwrap();
            s.write_all(&line).unwrap();
            want.extend_from_slice(l.as_bytes());
            want.extend_from_slice(&line);
        }
        assert!(s.file.is_some());
        let mut got = Vec::new();
        s.commit(&mut got).unwrap();
        assert_eq!(got, want);
    }

    #[test]
    fn nothing_is_written_before_the_commit() {
        let mut s = Spool::new();
        s.write_all(b"[\n").unwrap();
        s.flush().unwrap();
        drop(s);
    }
}
