//! Repository automation, reached as `cargo xtask`.

fn main() {}
