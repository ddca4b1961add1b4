//! One module per subcommand; each exposes `Args` (clap) and `run`.

pub(crate) mod align;
pub(crate) mod check;
pub(crate) mod diff;
pub(crate) mod export;
pub(crate) mod history;
pub(crate) mod id;
pub(crate) mod meta;
pub(crate) mod read;
pub(crate) mod review;
pub(crate) mod stale;
