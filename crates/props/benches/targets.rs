//! Executions per second of each fuzz target's property over its committed corpus,
//! without coverage instrumentation: where a target spends its time, and which inputs are
//! the slowest (the fuzzer's speed is bounded by them). The last two columns split an
//! execution's time into what every call pays whatever the input (the intercept of a
//! least-squares line through each input's time against its length, and the median time
//! of the shortest tenth of the inputs) and what each byte adds: a large fixed part is a
//! table, bundle or buffer built per call instead of once.
//!
//! `cargo bench -p sixfold-props --bench targets [TARGET...] [--runs N]`

#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

use std::path::Path;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--runs N`: replay each corpus exactly N times and print no timing, for a count of
    // instructions (`perf stat -e instructions:u`), which a loaded machine does not change.
    let fixed_runs: Option<u32> = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|k| args.get(k + 1))
        .and_then(|n| n.parse().ok());
    let wanted: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with('-') && a.parse::<u32>().is_err())
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    if fixed_runs.is_none() {
        println!(
            "| target | inputs | bytes | executions/s | mean µs | slowest input (µs) | fixed µs + ns/byte (fit) | shortest tenth: median µs |"
        );
        println!("|---|---|---|---|---|---|---|---|");
    }
    for (name, check) in sixfold_props::TARGETS {
        if !wanted.is_empty() && !wanted.iter().any(|w| w.as_str() == name) {
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
        if let Some(runs) = fixed_runs {
            for _ in 0..runs {
                for (_, data) in &inputs {
                    check(data);
                }
            }
            println!("{name}: {} executions", inputs.len() * runs as usize);
            continue;
        }
        // Warm the caches the first execution fills (Fluent forms, the built-in table),
        // as the fuzzer's first execution does.
        for (_, data) in &inputs {
            check(data);
        }
        let mut total = Duration::ZERO;
        let mut runs = 0u32;
        let mut slowest = (Duration::ZERO, String::new());
        let bytes: usize = inputs.iter().map(|(_, d)| d.len()).sum();
        // Each input's total time over the runs, for the fit.
        let mut each = vec![Duration::ZERO; inputs.len()];
        while total < Duration::from_secs(2) || runs == 0 {
            for (k, (file, data)) in inputs.iter().enumerate() {
                let start = Instant::now();
                check(data);
                let took = start.elapsed();
                total += took;
                each[k] += took;
                if took > slowest.0 {
                    slowest = (took, file.clone());
                }
            }
            runs += 1;
        }
        let points: Vec<(f64, f64)> = inputs
            .iter()
            .zip(&each)
            .map(|((_, data), t)| (data.len() as f64, t.as_secs_f64() * 1e6 / f64::from(runs)))
            .collect();
        let (fixed, per_byte) = fit(&points);
        let executions = f64::from(runs) * inputs.len() as f64;
        println!(
            "| {name} | {} | {bytes} | {:.0} | {:.1} | {} ({}) | {fixed:.1} + {:.1} | {:.1} |",
            inputs.len(),
            executions / total.as_secs_f64(),
            total.as_secs_f64() * 1e6 / executions,
            slowest.1,
            slowest.0.as_micros(),
            per_byte * 1e3,
            shortest_tenth_median(&points)
        );
    }
}

/// The least-squares line `µs = fixed + per_byte × bytes` through (bytes, µs) points.
fn fit(points: &[(f64, f64)]) -> (f64, f64) {
    let n = points.len() as f64;
    let (sx, sy) = points
        .iter()
        .fold((0.0, 0.0), |(sx, sy), (x, y)| (sx + x, sy + y));
    let (mx, my) = (sx / n, sy / n);
    let (sxy, sxx) = points.iter().fold((0.0, 0.0), |(sxy, sxx), (x, y)| {
        (sxy + (x - mx) * (y - my), sxx + (x - mx) * (x - mx))
    });
    let slope = if sxx > 0.0 { sxy / sxx } else { 0.0 };
    (my - slope * mx, slope)
}

/// The median time of the shortest tenth of the inputs (at least one): close to what a
/// call costs when the input adds almost nothing.
fn shortest_tenth_median(points: &[(f64, f64)]) -> f64 {
    let mut by_len = points.to_vec();
    by_len.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut times: Vec<f64> = by_len[..(by_len.len() / 10).max(1)]
        .iter()
        .map(|p| p.1)
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
