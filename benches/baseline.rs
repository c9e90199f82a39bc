//! Baselines for `bench/run.sh`: the cost of argon2id itself, with the
//! parameters crmctl uses, measured in-process.
//!
//! ```text
//! cargo bench --bench baseline -- verify 20     # median seconds of one verify
//! cargo bench --bench baseline -- hash 10000    # seconds to hash N passwords on one core
//! cargo bench --bench baseline -- throughput 10  # verifies a second on every core, for N seconds
//! ```
#![allow(clippy::print_stdout, clippy::unwrap_used)]

use std::time::Instant;

use crmctl::{PasswordPolicy as Policy, Secret, verify_password};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let (what, n) = match args.as_slice() {
        [what, n] => (what.as_str(), n.parse::<usize>().unwrap()),
        _ => {
            eprintln!("usage: baseline verify|hash|throughput N");
            std::process::exit(2);
        }
    };
    let policy = Policy::default();
    match what {
        "verify" => {
            let password = Secret::new("correct horse battery staple");
            let phc = policy.hash(&password).unwrap();
            let mut times: Vec<f64> = (0..n)
                .map(|_| {
                    let t = Instant::now();
                    assert!(verify_password(&password, &phc));
                    t.elapsed().as_secs_f64()
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!("{:.6}", times[times.len() / 2]);
        }
        "hash" => {
            // The same passwords bench/gen.py writes into its `password` column.
            let t = Instant::now();
            for i in 0..n {
                policy.hash(&Secret::new(format!("Bench-pass-{i}-okay"))).unwrap();
            }
            println!("{:.6}", t.elapsed().as_secs_f64());
        }
        "throughput" => {
            // The hashing limit of the machine as it is now: one thread per
            // core verifying for `n` seconds (what `cores ÷ one verify`
            // would be if nothing else ran), measured beside the server's run.
            let password = Secret::new("correct horse battery staple");
            let phc = policy.hash(&password).unwrap();
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            let until = Instant::now() + std::time::Duration::from_secs(n as u64);
            let t = Instant::now();
            let done: usize = std::thread::scope(|s| {
                let workers: Vec<_> = (0..cores)
                    .map(|_| {
                        s.spawn(|| {
                            let mut count = 0;
                            while Instant::now() < until {
                                assert!(verify_password(&password, &phc));
                                count += 1;
                            }
                            count
                        })
                    })
                    .collect();
                workers.into_iter().map(|w| w.join().unwrap()).sum()
            });
            println!("{:.3}", done as f64 / t.elapsed().as_secs_f64());
        }
        _ => {
            eprintln!("usage: baseline verify|hash|throughput N");
            std::process::exit(2);
        }
    }
}
