//! One module per subcommand; each exposes `Args` (clap) and `run`.

pub(crate) mod id;
