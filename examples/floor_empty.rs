//! Benchmark floor (3): an empty Rust program, the cost of starting a process.
fn main() {}
