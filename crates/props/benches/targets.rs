//! Executions per second of each fuzz target's property over its committed corpus,
//! without coverage instrumentation: where a target spends its time, and which inputs are
//! the slowest (the fuzzer's speed is bounded by them).
//!
//! `cargo bench -p sixfold-props --bench targets [TARGET...]`

#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

use std::path::Path;
use std::time::{Duration, Instant};

fn main() {
    let wanted: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    println!("| target | inputs | bytes | executions/s | mean µs | slowest input (µs) |");
    println!("|---|---|---|---|---|---|");
    for (name, check) in sixfold_props::TARGETS {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == name) {
            continue;
        }
        let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(root.join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .map(|e| {
                let path = e.expect("a corpus entry").path();
                let data = std::fs::read(&path).expect("a corpus file");
                (
                    path.file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                    data,
                )
            })
            .collect();
        inputs.sort();
        // Warm the caches the first execution fills (Fluent forms, the built-in table),
        // as the fuzzer's first execution does.
        for (_, data) in &inputs {
            check(data);
        }
        let mut total = Duration::ZERO;
        let mut runs = 0u32;
        let mut slowest = (Duration::ZERO, String::new());
        let bytes: usize = inputs.iter().map(|(_, d)| d.len()).sum();
        while total < Duration::from_secs(2) || runs == 0 {
            for (file, data) in &inputs {
                let start = Instant::now();
                check(data);
                let took = start.elapsed();
                total += took;
                if took > slowest.0 {
                    slowest = (took, file.clone());
                }
            }
            runs += 1;
        }
        let executions = f64::from(runs) * inputs.len() as f64;
        println!(
            "| {name} | {} | {bytes} | {:.0} | {:.1} | {} ({}) |",
            inputs.len(),
            executions / total.as_secs_f64(),
            total.as_secs_f64() * 1e6 / executions,
            slowest.1,
            slowest.0.as_micros()
        );
    }
}
