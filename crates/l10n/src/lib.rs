//! Language data for the six official languages, kept as Fluent resources.
