//! The `sixfold` command line.

fn main() {}
